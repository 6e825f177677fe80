"""The Extractor interface: spans, determinism, rejections with reasons, overlap policy."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from leaderboard.extract import Extractor
from leaderboard.matcher import Match, resolve_overlaps
from leaderboard.models import Document
from leaderboard.readers import read_path
from leaderboard.rules import load_ruleset

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "hf-papers-emergent-reasoning.txt"


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor.load()


def doc(abstract: str, title: str = "LIMO: Less is More for Reasoning") -> Document:
    return Document(id="t1", title=title, abstract=abstract, url="https://x.org/1", date="2025-01-01")


def test_load_is_cached() -> None:
    assert Extractor.load() is Extractor.load()


def test_result_fields_are_copied_and_evidence_is_exact(ex: Extractor) -> None:
    d = doc("We study reasoning. LIMO achieves 57.1% accuracy on AIME and 94.8% on MATH.")
    results, _ = ex.extract(d)
    assert [(r.benchmark, r.value) for r in results] == [("AIME", 57.1), ("MATH", 94.8)]
    for r in results:
        assert r.doc == d.title and r.doc_id == "t1" and r.url == d.url and r.date == d.date
        assert r.evidence == d.abstract[r.span[0]:r.span[1]]
        assert r.value_text in r.evidence and r.rule
        assert r.model == "LIMO" and r.unit == "%"
        assert r.normalized is not None and r.normalized.value == pytest.approx(r.value / 100)


def test_output_is_deterministic_and_json_serialisable(ex: Extractor) -> None:
    docs = [d for d in read_path(str(EXAMPLES)) if isinstance(d, Document)]
    first = [json.dumps([r.model_dump(mode="json") for r in ex.extract(d)[0]]) for d in docs]
    second = [json.dumps([r.model_dump(mode="json") for r in ex.extract(d)[0]]) for d in docs]
    assert first == second
    assert sum(len(json.loads(x)) for x in first) > 10


def test_results_are_ordered_by_span(ex: Extractor) -> None:
    d = doc("On HotpotQA it gets 61.0%. Later, X-1 obtains 70.2% on MuSiQue and 55.5% on 2Wiki.")
    starts = [r.span[0] for r in ex.extract(d)[0]]
    assert starts == sorted(starts)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("We fine-tune a 7B model on MMLU.", "parameter count"),
        ("LIMO is trained on only 817 samples.", "sample/dataset size"),
        ("We evaluate on 14 reasoning benchmarks.", "count of benchmarks/models"),
        ("Pass@k is stable for k up to 256 on AIME.", "hyper-parameter"),
        ("It matches models that are 20x larger.", "model-size ratio"),
        ("Our model reaches 57.1% accuracy overall.", "no benchmark named"),
        ("It reaches 105% on GSM8K.", "percentage above 100"),
    ],
)
def test_non_results_are_rejected_with_a_reason(ex: Extractor, text: str, reason: str) -> None:
    results, rejections = ex.extract(doc(text))
    assert results == []
    assert reason in [r.reason for r in rejections]
    for r in rejections:
        assert r.candidate.evidence == text[r.candidate.span[0]:r.candidate.span[1]]


def test_no_digit_no_work(ex: Extractor) -> None:
    assert ex.extract(doc("A survey of reasoning without any numbers.")) == ([], [])


def test_overlap_policy_priority_then_length_then_id() -> None:
    rs = load_ruleset()
    by_id = rs.by_id()
    low, high = by_id["score-value-on-benchmark"], by_id["delta-by-value"]
    a = Match(low, (0, 30), {}, [(10, 14)])
    b = Match(high, (5, 20), {}, [(10, 14)])
    c = Match(low, (40, 50), {}, [(42, 45)])
    kept, dropped = resolve_overlaps([a, b, c])
    assert kept == [b, c]
    assert dropped == [(a, b)]
    # same priority: the longer span wins, then the rule id decides
    long_ = Match(low, (0, 40), {}, [(10, 14)])
    short = Match(low, (8, 16), {}, [(10, 14)])
    assert resolve_overlaps([short, long_])[0] == [long_]
    other = Match(by_id["score-transition"], (0, 40), {}, [(10, 14)])
    same_len = replace(long_, rule=replace(other.rule, spec=other.rule.spec.model_copy(update={"priority": 50})))
    kept, _ = resolve_overlaps([long_, same_len])
    assert kept[0].rule.id == min(long_.rule.id, same_len.rule.id)


def test_overlapped_candidates_are_reported(ex: Extractor) -> None:
    _, rejections = ex.extract(doc("Seg-Zero-7B achieves a zero-shot performance of 57.5 on the ReasonSeg benchmark."))
    assert any(r.reason.startswith("overlapped by rule ") for r in rejections)


def test_timeout_is_a_reported_skip(monkeypatch: pytest.MonkeyPatch, ex: Extractor) -> None:
    import leaderboard.matcher as matcher

    class Slow:
        def finditer(self, text, timeout=None):
            raise TimeoutError

    rule = ex.ruleset.by_id()["score-value-on-benchmark"]
    monkeypatch.setattr(ex.ruleset, "rules", [replace(rule, regexes=(Slow(),))])
    results, rejections = ex.extract(doc("LIMO achieves 57.1% accuracy on AIME."))
    assert results == []
    assert any(r.reason.startswith(f"timeout: rule {rule.id}") for r in rejections)
    assert matcher.MATCH_TIMEOUT > 0
