"""Every worked example of every rule file runs as one test, id "<rule-id>::<case>"."""

from __future__ import annotations

import pytest

from leaderboard.testing import RuleExampleCase, load_rule_examples

CASES = load_rule_examples()


def _param(case: RuleExampleCase):
    marks = [pytest.mark.xfail(reason=case.todo, strict=True)] if case.todo else []
    return pytest.param(case, id=case.test_id, marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_rule_example(case: RuleExampleCase) -> None:
    msg = case.evaluate()
    assert msg == "", f"{case.path}: {case.test_id}: {msg}"


def test_every_rule_has_positive_and_negative_examples() -> None:
    by_rule: dict[str, set[bool]] = {}
    for c in CASES:
        by_rule.setdefault(c.rule_id, set()).add(c.no_match)
    assert by_rule, "no rule examples found"
    assert all(v == {True, False} for v in by_rule.values()), by_rule
