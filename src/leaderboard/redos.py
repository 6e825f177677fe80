"""Refuse rule regexes that can backtrack catastrophically (ReDoS), before they ever run.

Two checks, both cheap enough to run at every ``rules check``:

1. Static: the pattern is parsed with the standard library's regex parser and walked.
   A quantifier that can repeat without bound is *dangerous* when its body holds another
   unbounded quantifier (``(a+)+``, ``(\\w*\\s?)*``) or an alternation whose branches can
   start with the same character (``(a|ab)*``, ``(\\d|\\w)+``): both give the engine
   exponentially many ways to split a failing input. A possessive quantifier (``a++``)
   or an atomic group (``(?>...)``) never backtracks into its body, so either makes the
   construct safe.
2. Dynamic: the compiled pattern is run against adversarial inputs (long runs of letters,
   digits, spaces and punctuation) under a time limit; a timeout is a failure whatever
   the static check said (it covers syntax the stdlib parser does not know).
"""

from __future__ import annotations

import string
from collections.abc import Iterable
from typing import Any

import regex

try:  # Python 3.11+
    import re._constants as _c  # type: ignore[import-not-found]
    import re._parser as _parser  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

_SAMPLE = string.printable[:95] + "\u00a0éΩ→–"
_UNBOUNDED = 20  # a repeat allowing more than this many copies counts as unbounded
_POSSESSIVE = getattr(_c, "POSSESSIVE_REPEAT", None)
_ATOMIC = getattr(_c, "ATOMIC_GROUP", None)

ADVERSARIAL = [
    "a" * 3000 + "!",
    "A" * 3000 + "!",
    "1" * 3000 + "x",
    "1." * 1500 + "x",
    " " * 3000 + "x",
    "a " * 1500 + "!",
    "A-" * 1500 + "!",
    "1 " * 1500 + "%x",
    "on " * 1000 + "!",
    "aA1-_ ." * 400 + "\u0000",
]


def _category_has(category: Any, ch: str) -> bool:
    checks = {
        _c.CATEGORY_DIGIT: ch.isdigit(),
        _c.CATEGORY_NOT_DIGIT: not ch.isdigit(),
        _c.CATEGORY_SPACE: ch.isspace(),
        _c.CATEGORY_NOT_SPACE: not ch.isspace(),
        _c.CATEGORY_WORD: ch.isalnum() or ch == "_",
        _c.CATEGORY_NOT_WORD: not (ch.isalnum() or ch == "_"),
    }
    return checks.get(category, True)


def _in_has(items: Iterable[tuple[Any, Any]], ch: str) -> bool:
    negate = False
    hit = False
    for op, arg in items:
        if op is _c.NEGATE:
            negate = True
        elif op is _c.LITERAL:
            hit = hit or ord(ch) == arg
        elif op is _c.RANGE:
            hit = hit or arg[0] <= ord(ch) <= arg[1]
        elif op is _c.CATEGORY:
            hit = hit or _category_has(arg, ch)
    return hit != negate


def _first_set(seq: Any) -> set[str]:
    """Characters (from a sample) that can start a match of a parsed sequence."""
    out: set[str] = set()
    for op, arg in list(seq):
        optional = False
        if op is _c.LITERAL:
            out.add(chr(arg))
        elif op is _c.NOT_LITERAL:
            out.update(ch for ch in _SAMPLE if ord(ch) != arg)
        elif op is _c.ANY:
            out.update(_SAMPLE)
        elif op is _c.IN:
            out.update(ch for ch in _SAMPLE if _in_has(arg, ch))
        elif op is _c.CATEGORY:
            out.update(ch for ch in _SAMPLE if _category_has(arg, ch))
        elif op is _c.SUBPATTERN:
            body = arg[-1]
            out |= _first_set(body)
            optional = _can_be_empty(body)
        elif op is _c.BRANCH:
            for alt in arg[1]:
                out |= _first_set(alt)
            optional = any(_can_be_empty(alt) for alt in arg[1])
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op is _POSSESSIVE:
            lo, _hi, body = arg
            out |= _first_set(body)
            optional = lo == 0
        elif op is _ATOMIC:
            out |= _first_set(arg)
            optional = _can_be_empty(arg)
        elif op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            optional = True
        else:  # GROUPREF and friends: assume anything
            out.update(_SAMPLE)
        if not optional:
            break
    return out


def _can_be_empty(seq: Any) -> bool:
    for op, arg in list(seq):
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op is _POSSESSIVE:
            if arg[0] == 0:
                continue
            if _can_be_empty(arg[2]):
                continue
            return False
        if op is _c.SUBPATTERN and _can_be_empty(arg[-1]):
            continue
        if op is _c.BRANCH and any(_can_be_empty(alt) for alt in arg[1]):
            continue
        return False
    return True


def _walk(seq: Any, inside_unbounded: bool, problems: list[str]) -> None:
    for op, arg in list(seq):
        if op is _POSSESSIVE or op is _ATOMIC:
            continue  # never backtracks into its body
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            lo, hi, body = arg
            unbounded = hi == _c.MAXREPEAT or hi > _UNBOUNDED
            if unbounded and _ambiguous_nesting(body):
                problems.append("nested quantifiers: an unbounded repeat inside another "
                                "with nothing to tell the iterations apart (make one "
                                "possessive, e.g. `x++`, or use an atomic group)")
                return
            if unbounded:
                _check_branch_overlap(body, problems)
            _walk(body, inside_unbounded or unbounded, problems)
        elif op is _c.SUBPATTERN:
            _walk(arg[-1], inside_unbounded, problems)
        elif op is _c.BRANCH:
            for alt in arg[1]:
                _walk(alt, inside_unbounded, problems)
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            _walk(arg[1], False, problems)


def _inner_unbounded(seq: Any) -> list[set[str]]:
    """First-sets of the backtracking unbounded repeats anywhere inside a parsed sequence."""
    found: list[set[str]] = []
    for op, arg in list(seq):
        if op is _POSSESSIVE or op is _ATOMIC:
            continue
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            lo, hi, body = arg
            if hi == _c.MAXREPEAT or hi > _UNBOUNDED:
                found.append(_first_set(body))
            found.extend(_inner_unbounded(body))
        elif op is _c.SUBPATTERN:
            found.extend(_inner_unbounded(arg[-1]))
        elif op is _c.BRANCH:
            for alt in arg[1]:
                found.extend(_inner_unbounded(alt))
    return found


def _ambiguous_nesting(body: Any) -> bool:
    """An unbounded repeat's BODY holds unbounded repeats that a mandatory separator
    (a required item whose characters those repeats cannot match) does not delimit.

    ``(a+)+`` and ``(\\w+\\s?)*`` are ambiguous; ``(?:\\s*,\\s*\\d+)*`` is not: the comma
    must appear once per iteration and no inner repeat can swallow it.
    """
    inner = _inner_unbounded(body)
    if not inner:
        return False
    swallowed = set().union(*inner)
    items = list(body)
    while len(items) == 1 and items[0][0] is _c.SUBPATTERN:
        items = list(items[0][1][-1])
    for op, arg in items:
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op is _POSSESSIVE:
            continue
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue
        if _can_be_empty([(op, arg)]):
            continue
        first = _first_set([(op, arg)])
        if first and not (first & swallowed):
            return False  # a separator the inner repeats cannot match
    return True


def _check_branch_overlap(body: Any, problems: list[str]) -> None:
    items = list(body)
    while len(items) == 1 and items[0][0] is _c.SUBPATTERN:
        items = list(items[0][1][-1])
    for op, arg in items:
        if op is _c.BRANCH:
            firsts = [_first_set(alt) for alt in arg[1]]
            for i, a in enumerate(firsts):
                for b in firsts[i + 1:]:
                    if a & b:
                        sample = "".join(sorted(a & b))[:5]
                        problems.append("overlapping alternatives under a quantifier "
                                        f"(branches can both start with {sample!r})")
                        return
        break


def static_problems(pattern: str) -> list[str]:
    """Why PATTERN can backtrack catastrophically (empty when the static check finds nothing).

    Patterns the standard-library parser cannot read (``regex``-only syntax such as
    ``\\p{L}``) are left to the dynamic check.
    """
    try:
        parsed = _parser.parse(pattern)
    except Exception:  # noqa: BLE001 - regex-only syntax: the dynamic check decides
        return []
    problems: list[str] = []
    _walk(parsed, False, problems)
    return problems


def dynamic_problems(compiled: regex.Pattern[str], budget: float = 0.25) -> list[str]:
    """Run COMPILED on adversarial inputs; a timeout on any of them is a problem."""
    for text in ADVERSARIAL:
        try:
            for _ in compiled.finditer(text, timeout=budget):
                pass
        except TimeoutError:
            return [f"took over {budget:g} s on an adversarial input ({text[:12]!r}...)"]
    return []


def backtracking_problems(pattern: str, flags: int = 0) -> list[str]:
    """Static and dynamic ReDoS findings for one (fully expanded) rule pattern."""
    problems = static_problems(pattern)
    if problems:
        return problems
    try:
        compiled = regex.compile(pattern, flags | regex.V0)
    except regex.error:
        return []  # compilation errors are reported by the rule loader
    return dynamic_problems(compiled)
