"""Stage 3 — run compiled rules over one sentence and resolve overlapping matches."""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from .literals import fold, holds
from .rules import MATCH_TIMEOUT, CompiledRule, RuleSet

#: Groups whose text is a number that a match *claims*; two matches that claim one
#: number overlap.
CLAIM_GROUPS = ("value", "range_max", "baseline_value", "delta_value")


@dataclass
class Match:
    """One rule match with its groups (all spans are offsets into the abstract)."""

    rule: CompiledRule
    span: tuple[int, int]
    groups: dict[str, list[tuple[str, tuple[int, int]]]]
    claims: list[tuple[int, int]] = field(default_factory=list)

    @property
    def length(self) -> int:
        return self.span[1] - self.span[0]

    def first(self, name: str) -> str | None:
        got = self.groups.get(name)
        return got[0][0] if got else None


@dataclass
class Timeout:
    """A rule that ran out of time on a sentence (reported, never fatal)."""

    rule_id: str
    span: tuple[int, int]


def run_rules(ruleset: RuleSet, text: str, offset: int) -> tuple[list[Match], list[Timeout]]:
    """Every match of every rule in ``text`` (a sentence starting at ``offset``)."""
    lower = text.lower()
    matches: list[Match] = []
    timeouts: list[Timeout] = []
    has_num = None
    folded = fold(text)
    for rule in ruleset.rules:
        if rule.keywords:
            for k in rule.keywords:
                if k in lower:
                    break
            else:
                continue  # none of the rule's keywords
        if rule.value_gated and ruleset.value_gate is not None:
            # no number this rule could claim: its matches would count for nothing
            if has_num is None:
                try:
                    has_num = ruleset.value_gate.search(text, timeout=MATCH_TIMEOUT) is not None
                except TimeoutError:
                    has_num = True
            if not has_num:
                continue
        for rx, gate, kws, literals in rule.steps:
            if kws:
                for k in kws:
                    if k in lower:
                        break
                else:
                    continue  # none of the pattern's keywords
            if literals and not holds(literals, folded):
                continue  # a literal that every match holds is missing: nothing to find
            try:
                if gate is not None and gate.search(text, timeout=MATCH_TIMEOUT) is None:
                    continue
                found = list(rx.finditer(text, timeout=MATCH_TIMEOUT))
            except TimeoutError:
                timeouts.append(Timeout(rule.id, (offset, offset + len(text))))
                continue
            for m in found:
                matches.append(_to_match(rule, m, offset))
    return matches, timeouts


def _to_match(rule: CompiledRule, m: regex.Match[str], offset: int) -> Match:
    groups: dict[str, list[tuple[str, tuple[int, int]]]] = {}
    for name in m.re.groupindex:
        caps = m.captures(name)
        if not caps:
            continue
        spans = m.spans(name)
        groups[name] = [(c, (s + offset, e + offset)) for c, (s, e) in zip(caps, spans)]
    claims = [sp for g in CLAIM_GROUPS for _, sp in groups.get(g, [])]
    return Match(rule, (m.start() + offset, m.end() + offset), groups, claims)


def _conflict(a: Match, b: Match) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a.claims for s2, e2 in b.claims)


def policy_key(m: Match) -> tuple[int, int, str, int]:
    """Order of preference of the overlap policy: see :func:`resolve_overlaps`."""
    return (-m.rule.spec.priority, -m.length, m.rule.id, m.span[0])


def resolve_overlaps(matches: list[Match]) -> tuple[list[Match], list[tuple[Match, Match]]]:
    """Overlap policy "priority-longest-id".

    Two matches overlap when they claim a common number (a value, range end, baseline
    or delta value). Matches are taken in order of higher ``priority``, then longer
    span, then rule id (alphabetical), then earlier start; a match that overlaps an
    already kept one is dropped and reported with the match that beat it.

    Returns (kept in text order, [(dropped, winner), ...]).
    """
    kept: list[Match] = []
    dropped: list[tuple[Match, Match]] = []
    for m in sorted(matches, key=policy_key):
        winner = next((k for k in kept if _conflict(m, k)), None)
        if winner is None:
            kept.append(m)
        else:
            dropped.append((m, winner))
    kept.sort(key=lambda m: (m.span[0], m.rule.id))
    return kept, dropped
