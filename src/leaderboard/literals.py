"""Literals that every match of a rule pattern contains: a pre-test that changes no match.

A pattern cannot match a sentence that lacks a piece of text each of its matches holds.
:class:`RequiredLiterals` reads such pieces off a pattern: a tuple of *clauses*, each a
set of lower-case ASCII strings, and every match holds (after :func:`fold`) one string
of every clause. Where a clause has none of its strings in the folded sentence the
pattern finds nothing, so the engine skips it there: a few substring tests instead of
a regex scan of the sentence.

The pattern is read with the parser of the standard ``re`` module (the rules use the
part of regex's syntax that both share). A macro ``{NAME}`` is read once, on its own,
and stands for one atom in the patterns that use it (its expansion is one group); a
placeholder is written out in place, as :func:`leaderboard.rules.expand` does. Anything
the reading is unsure of gives no clause (the pattern then always runs): a construct
the parser does not know or warns about, a verbose-mode flag, an escaped reference, a
pattern compiled with full case folding or as VERSION1.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable

import regex

try:
    import re._constants as _C
    import re._parser as _P
except ImportError:  # Python 3.10
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _P  # type: ignore[no-redef]

#: the version of the reading below (part of the key under which results are cached: a
#: change to how clauses are read must change it)
LITERALS_FORMAT = "literals-1"

Clause = frozenset[str]
#: clauses ready to test (see :func:`holds`)
Clauses = tuple[tuple[str, ...], ...]

#: The non-ASCII characters that regex, ignoring case, takes for an ASCII letter (the
#: dotted capital I for "i", the dotless i for "I", the long s for "s", the Kelvin sign
#: for "k"), each mapped to that letter; every other character that matches an ASCII
#: literal is ASCII (tests/test_matcher_equivalence.py checks this against the engine).
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})

_REF = regex.compile(r"\{([A-Za-z_][A-Za-z0-9_]*+)\}")  # as in rules.py
_GROUP_NAME = regex.compile(r"(?<!\\)((?:\\\\)*+)\(\?P<\w++>")
_VERBOSE = regex.compile(r"\(\?[a-zA-Z-]*?x")
_MAX_CLAUSES = 3  # tested per pattern (each test costs a little, where most fail at the first)
_MACRO_BASE = 0xF0000  # a macro reference is read as one private-use character from here
_REPEATS = tuple(getattr(_C, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_C, n))
_ATOMIC = getattr(_C, "ATOMIC_GROUP", None)


def fold(text: str) -> str:
    """``text`` lower-cased so that a literal's lower-case form is in it wherever the
    literal matches, with or without case (see _FOLD)."""
    return text.lower() if text.isascii() else text.translate(_FOLD).lower()


class Unsure(Exception):
    """A pattern whose required literals are not read (it always runs)."""


class RequiredLiterals:
    """Reads the clauses of rule patterns written with the macros and placeholders of a
    rules directory (each macro is read once)."""

    def __init__(self, macros: dict[str, str], placeholders: dict[str, str]) -> None:
        self.macros = macros
        self.placeholders = placeholders
        self._atom = {name: chr(_MACRO_BASE + i) for i, name in enumerate(macros)}
        self._macro_of = {c: name for name, c in self._atom.items()}
        self._macro_clauses: dict[str, tuple[Clause, ...]] = {}

    def of(self, pattern: str, flags: int) -> list[Clause]:
        """Clauses of a rule pattern (before expansion) compiled with ``flags``; [] when unsure."""
        if flags & (regex.FULLCASE | regex.VERSION1):
            return []
        try:
            return self._read(self._prepare(pattern, ()), ())
        except (Unsure, _P.error, RecursionError, OverflowError):
            return []

    # ------------------------------------------------------------------ reading

    def _prepare(self, text: str, stack: tuple[str, ...]) -> str:
        """``text`` with placeholders written out and each macro as its one character."""

        def one(m: regex.Match[str]) -> str:
            name = m.group(1)
            before = m.string[: m.start()]
            if (len(before) - len(before.rstrip("\\"))) % 2:
                raise Unsure(name)  # "\{NAME}": not a reference to read as an atom
            if name in self.macros:
                return self._atom[name]
            if name in self.placeholders and name not in stack:
                return self._prepare(self.placeholders[name], (*stack, name))
            raise Unsure(name)

        if _VERBOSE.search(text):
            raise Unsure("verbose")
        return _REF.sub(one, text)

    def _read(self, source: str, stack: tuple[str, ...]) -> list[Clause]:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # "possible nested set" and the like: unsure
            try:
                tree = _P.parse(_GROUP_NAME.sub(r"\1(?:", source), 0)
            except Warning as exc:
                raise Unsure(str(exc)) from None
        return self._sequence(list(tree), stack)

    def _macro(self, name: str, stack: tuple[str, ...]) -> tuple[Clause, ...]:
        got = self._macro_clauses.get(name)
        if got is None:
            if name in stack:
                raise Unsure(name)
            stack = (*stack, name)
            got = tuple(self._read(self._prepare(self.macros[name], stack), stack))
            self._macro_clauses[name] = got
        return got

    def _sequence(self, items: list, stack: tuple[str, ...]) -> list[Clause]:
        """Every match of the items one after the other holds one string of each clause."""
        out: list[Clause] = []
        run: list[str] = []  # consecutive ASCII literals: one string
        for op, av in items:
            if op is _C.LITERAL and av < 128:
                run.append(chr(av).lower())
                continue
            if run:
                out.append(frozenset(["".join(run)]))
                run = []
            if op is _C.LITERAL and chr(av) in self._macro_of:
                out.extend(self._macro(self._macro_of[chr(av)], stack))
            else:
                out.extend(self._node(op, av, stack))
        if run:
            out.append(frozenset(["".join(run)]))
        return out

    def _node(self, op, av, stack: tuple[str, ...]) -> list[Clause]:  # type: ignore[no-untyped-def]
        if op is _C.SUBPATTERN:
            return self._sequence(list(av[-1]), stack)
        if op is _ATOMIC:
            return self._sequence(list(av), stack)
        if op in _REPEATS:
            low, _high, body = av
            return self._sequence(list(body), stack) if low >= 1 else []
        if op is _C.ASSERT:  # a look-ahead or look-behind holds in the text too
            return self._sequence(list(av[1]), stack)
        if op is _C.BRANCH:
            union: set[str] = set()
            for alt in av[1]:
                clauses = self._sequence(list(alt), stack)
                if not clauses:
                    return []
                union |= max(clauses, key=_strength)
            return [frozenset(union)]
        if op is _C.IN and av and all(o is _C.LITERAL and a < 128 for o, a in av):
            return [frozenset(chr(a).lower() for _, a in av)]
        return []


def _strength(clause: Clause) -> tuple[int, int]:
    """Longer strings, then fewer of them: a clause that fails more often."""
    return min(map(len, clause)), -len(clause)


def pruned(clauses: Iterable[Clause]) -> Clauses:
    """The clauses worth testing, the likeliest to fail first: without repeats, without
    those implied by another (a superset), without those holding a lone letter or digit
    (true of nearly every sentence) and at most _MAX_CLAUSES of them."""
    unique = sorted({c for c in clauses if not any(len(x) == 1 and x.isalnum() for x in c)},
                    key=lambda c: (len(c), sorted(c)))
    kept: list[Clause] = []
    for c in unique:
        if not any(k <= c for k in kept):
            kept.append(c)
    kept.sort(key=_strength, reverse=True)
    return tuple(tuple(sorted(c)) for c in kept[:_MAX_CLAUSES])


def needs(rx: regex.Pattern[str]) -> Clauses:
    """The clauses worth testing of a pattern written without macros or placeholders."""
    return pruned(RequiredLiterals({}, {}).of(rx.pattern, rx.flags))


def holds(clauses: Clauses, folded: str) -> bool:
    """Does ``folded`` (a sentence after :func:`fold`) hold a string of every clause?"""
    for clause in clauses:
        for lit in clause:
            if lit in folded:
                break
        else:
            return False
    return True
