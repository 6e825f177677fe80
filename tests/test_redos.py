"""The ReDoS guard refuses patterns that backtrack catastrophically and accepts safe ones."""

from __future__ import annotations

import time

import pytest
import regex

from leaderboard.redos import backtracking_problems, dynamic_problems, static_problems

DANGEROUS = [
    r"(a+)+$",
    r"(\w+\s?)*$",
    r"(x+x+)+y",
    r"(?:[A-Za-z][a-z]*)+:",
    r"(\d*)*%",
    r"((?:on|in)\s*\w*)+!",
]
SAFE = [
    r"(?:[A-Z][a-z]*)+:",  # each iteration starts with a capital the inner repeat cannot eat
    r"\d++(?:\.\d++)?+\s*+%",
    r"(?:a++)+b",
    r"(?>a+)+b",
    r"(?:\s*,\s*\d+)*",
    r"(?:on|in)\s+[A-Z][\w-]*",
    r"(?P<value>\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s?%",
]


@pytest.mark.parametrize("pattern", DANGEROUS)
def test_dangerous_patterns_are_refused_with_a_reason(pattern: str) -> None:
    problems = static_problems(pattern)
    assert problems and "nested quantifiers" in problems[0]


@pytest.mark.parametrize("pattern", SAFE)
def test_safe_patterns_pass(pattern: str) -> None:
    assert backtracking_problems(pattern) == []


def test_dangerous_pattern_really_is_slow_and_dynamic_check_catches_it() -> None:
    compiled = regex.compile(r"(a|a)+$")  # not caught statically: the parser folds the branch
    start = time.perf_counter()
    problems = dynamic_problems(compiled, budget=0.05)
    assert problems and "adversarial" in problems[0]
    assert time.perf_counter() - start < 5


def test_overlapping_alternatives_under_a_quantifier() -> None:
    problems = static_problems(r"(?:\d+|\d+\.\d+)+x")
    assert problems  # caught either as nesting or as overlapping branches


def test_regex_only_syntax_is_left_to_the_dynamic_check() -> None:
    assert static_problems(r"\p{Lu}\p{L}*+") == []
    assert backtracking_problems(r"\p{Lu}\p{L}*+") == []
