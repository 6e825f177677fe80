"""A rule's gates may only skip sentences where the rule cannot match.

Two gates: a rule's `keywords` (substrings) and a pattern's `gate` (a regex). Every
sentence of the corpora in tests/data is run through every gated pattern, gate or no
gate; a match in a sentence the gate turns away would be a result silently thrown away.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from leaderboard.readers import read_path
from leaderboard.rules import load_ruleset
from leaderboard.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]
CORPORA = [ROOT / "examples" / "hf-papers-emergent-reasoning.txt"] + sorted(
    p for p in (ROOT / "tests" / "data").glob("*.jsonl") if "gold" not in p.name
)


def _sentences() -> list[str]:
    out: list[str] = []
    for path in CORPORA:
        for doc in read_path(str(path)):
            abstract = getattr(doc, "abstract", None)
            if abstract:
                out.extend(s.text for s in split_sentences(abstract) if any(ch.isdigit() for ch in s.text))
    return out


SENTENCES = _sentences()
GATED = [rule for rule in load_ruleset().rules if rule.keywords]


def test_corpora_are_read() -> None:
    assert len(SENTENCES) > 500


@pytest.mark.parametrize("rule", GATED, ids=[r.id for r in GATED])
def test_keyword_gate_is_exact(rule) -> None:
    for text in SENTENCES:
        lower = text.lower()
        if any(k in lower for k in rule.keywords):
            continue
        for rx in rule.regexes:
            m = rx.search(text, timeout=5.0)
            assert m is None, f"{rule.id} matches {m.group(0)!r} in a sentence without its keywords: {text!r}"


PATTERN_GATED = [rule for rule in load_ruleset().rules
                 if any(g is not None for g in rule.gates) or any(rule.pattern_keywords)]


def test_some_patterns_are_gated() -> None:
    assert len(PATTERN_GATED) >= 5


@pytest.mark.parametrize("rule", PATTERN_GATED, ids=[r.id for r in PATTERN_GATED])
def test_pattern_gate_is_exact(rule) -> None:
    for text in SENTENCES:
        lower = text.lower()
        for i, (rx, gate, kws) in enumerate(zip(rule.regexes, rule.gates, rule.pattern_keywords)):
            passes = (gate is None or gate.search(text, timeout=5.0)) and (
                not kws or any(k in lower for k in kws))
            if passes:
                continue
            m = rx.search(text, timeout=5.0)
            assert m is None, (f"{rule.id} pattern {i + 1} matches {m.group(0)!r} in a sentence "
                               f"its gate or keywords turn away: {text!r}")
