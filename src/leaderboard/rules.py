"""Load, validate and compile the YAML rule files of ``rules/`` (schema, macros, placeholders)."""

from __future__ import annotations

import atexit
import copyreg
import functools
import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import regex
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .config import default_rules_dir
from .literals import LITERALS_FORMAT, Clauses, RequiredLiterals, pruned

RuleKind = Literal["score", "delta", "baseline", "reject"]

#: Named groups a placeholder may produce; anything else in a rule is an error.
FIELD_GROUPS = frozenset(
    {
        "value", "range_max", "metric", "benchmark", "model", "entity",
        "baseline_value", "baseline_model", "delta_value",
        # parts of a metric named by a template in ``defaults.metric`` ("{metric_item} solved")
        "metric_item", "metric_verb",
    }
)
#: Fields an example's ``expect`` entries may name.
EXPECT_FIELDS = frozenset(
    {
        "kind", "model", "benchmark", "metric", "value", "unit", "qualifier", "range_max",
        "baseline_model", "baseline_value", "delta_value", "delta_unit", "value_text", "reason",
    }
)
_REF = regex.compile(r"\{([A-Za-z_][A-Za-z0-9_]*+)\}")
MATCH_TIMEOUT = 0.05  # seconds per regex call; a timeout is reported, never fatal


class RuleError(Exception):
    """A rule file that cannot be used; the message is one line naming file and rule."""


# --------------------------------------------------------------------------- compiling

# NOTE: parsing and compiling the big expanded patterns is most of start-up (regex does it
# in Python). A compiled pattern can be pickled: regex registers a reducer that gives the
# compiled program (plain strings, bytes, ints and dicts) and the C function that
# rebuilds the very same Pattern object from it in microseconds. Those programs are kept
# in one cache file (``$XDG_CACHE_HOME/leaderboard/regex-<regex version>-py<X.Y>.marshal``,
# default ``~/.cache``), written with ``marshal`` (plain data, nothing is executed on
# loading) behind a SHA-256 checksum and a header naming the cache format, the regex and
# the Python version. A file that is missing, unreadable, corrupt, from another version
# or holds an entry that does not rebuild its own pattern is ignored: the pattern is
# compiled as usual (and the file rewritten). LEADERBOARD_REGEX_CACHE=0 turns it off.
_CACHE_FORMAT = 3
_CACHE_MAX = 1000  # entries kept in the file (the most recently used)
_CACHE_BYTES = 8_000_000  # and at most about this many bytes of them, besides this process's own
_PROGRAMS: dict[str, tuple[Any, ...]] | None = None
_PROGRAMS_DIRTY = False
_USED: set[str] = set()  # the entries this process asked for


def _programs_path() -> Path | None:
    if os.environ.get("LEADERBOARD_REGEX_CACHE", "1") in ("0", ""):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    ver = getattr(regex, "__version__", "0")
    return Path(base, "leaderboard", f"regex-{ver}-py{sys.version_info[0]}{sys.version_info[1]}.marshal")


def _cache_header() -> tuple[Any, ...]:
    return (_CACHE_FORMAT, str(getattr(regex, "__version__", "0")), sys.version, int(regex.DEFAULT_VERSION))


def _read_programs(path: Path) -> dict[str, tuple[Any, ...]]:
    """The entries of a cache file, or {} when it is missing or not exactly right."""
    try:
        data = path.read_bytes()
        digest, payload = data[:32], data[32:]
        if hashlib.sha256(payload).digest() != digest:
            return {}
        header, entries = marshal.loads(payload)
        if header != _cache_header() or not isinstance(entries, dict):
            return {}
        return {k: v for k, v in entries.items()
                if isinstance(k, str) and isinstance(v, tuple) and v and v[0] == k}
    except Exception:  # noqa: BLE001 - no cache, or an unusable one: compile
        return {}


def _programs() -> dict[str, tuple[Any, ...]]:
    global _PROGRAMS
    if _PROGRAMS is None:
        path = _programs_path()
        _PROGRAMS = _read_programs(path) if path is not None else {}
    return _PROGRAMS


def _reducer(rx: regex.Pattern[str]) -> tuple[Any, tuple[Any, ...]] | None:
    """(rebuild function, program) as pickle gets them from regex's registered reducer."""
    reduce = copyreg.dispatch_table.get(type(rx))
    if reduce is None:
        return None
    try:
        func, args = reduce(rx)
    except Exception:  # noqa: BLE001 - another regex: no cache
        return None
    if not callable(func) or not isinstance(args, tuple):
        return None
    return func, args


@functools.cache
def _rebuild() -> Any:
    got = _reducer(regex.compile(""))
    return got[0] if got else None


def _plain(value: Any) -> Any:
    """Program data as plain builtins (marshal writes no int subclasses such as flags)."""
    if isinstance(value, bool) or value is None or isinstance(value, (str, bytes, float)):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, tuple):
        return tuple(_plain(v) for v in value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    raise TypeError(type(value).__name__)


def compile_pattern(source: str) -> regex.Pattern[str]:
    """``regex.compile(source)``, rebuilt from the cached compiled program when there is one."""
    global _PROGRAMS_DIRTY
    programs = _programs()
    args = programs.get(source)
    if args is not None:
        rebuild = _rebuild()
        try:
            rx = rebuild(*args) if rebuild is not None else None
            if isinstance(rx, regex.Pattern) and rx.pattern == source:
                programs[source] = programs.pop(source)  # most recently used last
                _USED.add(source)
                return rx
        except Exception:  # noqa: BLE001 - a stale entry: compile it again
            pass
        del programs[source]
    rx = regex.compile(source)
    got = _reducer(rx)
    if got is not None and got[0] is _rebuild() and got[1] and got[1][0] == source:
        try:
            programs[source] = _plain(got[1])
        except TypeError:  # something marshal cannot write: not cached
            return rx
        _USED.add(source)
        if not _PROGRAMS_DIRTY:
            atexit.register(save_compiled)  # patterns compiled later (resolve's cues) too
        _PROGRAMS_DIRTY = True
    return rx


def cached_value(key: str, compute: Callable[[], Any]) -> Any:
    """``compute()``, a value of plain builtins, kept in the compiled-pattern cache under
    ``key`` (which must name everything the value depends on)."""
    global _PROGRAMS_DIRTY
    programs = _programs()
    k = "\x00value\x00" + key  # (no regex source starts with a NUL)
    got = programs.get(k)
    if got is not None and len(got) == 2:
        programs[k] = programs.pop(k)  # most recently used last
        _USED.add(k)
        return got[1]
    value = compute()
    try:
        programs[k] = (k, _plain(value))  # (an entry starts with its key, as a program does)
    except TypeError:  # something marshal cannot write: not cached
        return value
    _USED.add(k)
    if not _PROGRAMS_DIRTY:
        atexit.register(save_compiled)
    _PROGRAMS_DIRTY = True
    return value


def save_compiled() -> None:
    """Write the compiled programs learnt in this process to the cache (best effort)."""
    global _PROGRAMS_DIRTY
    path = _programs_path()
    if not _PROGRAMS_DIRTY or path is None or _PROGRAMS is None:
        return
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # keep what another process wrote meanwhile; ours are the most recent
        merged = _read_programs(path)
        for key in _PROGRAMS:
            merged.pop(key, None)
        merged.update(_PROGRAMS)
        entries: dict[str, tuple[Any, ...]] = {}
        size = 0
        for key, entry in reversed(list(merged.items())[-_CACHE_MAX:]):
            # the most recently used first, while they fit: a file holding the programs of
            # many past rule sets would make every start-up read (and keep) all of them
            size += len(marshal.dumps(entry))
            if size > _CACHE_BYTES and key not in _USED:
                continue
            entries[key] = entry
        entries = dict(reversed(list(entries.items())))
        payload = marshal.dumps((_cache_header(), entries))
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".regex-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(hashlib.sha256(payload).digest() + payload)
        os.replace(tmp, path)
        tmp = None
        _PROGRAMS_DIRTY = False
    except Exception:  # noqa: BLE001 - a read-only home is no error
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


# --------------------------------------------------------------------------- schema


class Example(BaseModel):
    """One worked example of a rule: a sentence and what the rule must (not) produce."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(description="case name, unique within the rule; test id <rule-id>::<name>")
    text: str = Field(description="a realistic sentence")
    expect: list[dict[str, Any]] = Field(
        default_factory=list,
        description="results this rule must give (each a subset of fields); order-free",
    )
    no_match: bool = Field(default=False, description="the rule must give no result here")
    why: str = Field(default="", description="what the case shows")
    todo: str = Field(default="", description="a known miss: the case runs as a strict xfail")

    @model_validator(mode="after")
    def _one_of(self) -> Example:
        if bool(self.expect) == self.no_match:
            raise ValueError(f"example {self.name!r}: give either 'expect' or 'no_match: true'")
        for exp in self.expect:
            unknown = set(exp) - EXPECT_FIELDS
            if unknown:
                raise ValueError(f"example {self.name!r}: unknown expect field(s) {sorted(unknown)}")
        return self


class Defaults(BaseModel):
    """Field values a rule gives when the sentence does not state them."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    metric: str | None = Field(
        default=None,
        description="a metric name, or a template whose {metric_item} / {metric_verb} take the "
        "lower-cased text of those groups, a verb as its past participle ('{metric_item} "
        "{metric_verb}': 'solves 86 problems' -> 'problems solved')",
    )
    unit: str | None = None
    qualifier: Literal[">", ">=", "<", "<=", "~"] | None = None

    @property
    def metric_template(self) -> bool:
        return self.metric is not None and "{" in self.metric

    @property
    def fixed_metric(self) -> str | None:
        """The metric when it is a plain name (a template needs a match: :meth:`metric_of`)."""
        return None if self.metric_template else self.metric

    def metric_of(self, group_text: Callable[[str], str | None]) -> str | None:
        """The metric for one match; ``group_text(name)`` is a group's text or None.

        A template with a group the match did not capture gives None."""
        if self.metric is None or not self.metric_template:
            return self.metric
        parts: dict[str, str] = {}
        for name in _REF.findall(self.metric):
            text = group_text(name)
            if not text:
                return None
            parts[name] = past_participle(text) if name == "metric_verb" else text.lower()
        return _REF.sub(lambda r: parts[r.group(1)], self.metric)


def past_participle(verb: str) -> str:
    """'solves', 'solving', 'fixes', 'repair' -> 'solved', 'solved', 'fixed', 'repaired'
    (regular verbs: the stem before -ing/-es/-ed/-s/-e, then -ed)."""
    w = verb.lower()
    for suffix in ("ing", "es", "ed", "s", "e"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    return w + "ed"


class GatedPattern(BaseModel):
    """A pattern with a gate: a cheaper regex that every match of the pattern contains,
    and/or keywords of its own (as a rule's ``keywords``, for this pattern only).

    The pattern runs only on sentences where the gate finds something, so a gate must be
    a necessary part of the pattern (typically its literal anchor and the first character
    of its value: ``(?:of|=|:)\\s++\\$?+\\d``). ``leaderboard rules check`` tests it on the
    rule's examples and the test suite on every sentence of the test corpora.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    pattern: str = Field(description="the pattern (macros and placeholders allowed)")
    gate: str | None = Field(default=None, description="a regex found in every sentence the pattern matches")
    keywords: list[str] = Field(
        default_factory=list,
        description="the pattern runs only on sentences containing one of these (lower-case)",
    )

    @model_validator(mode="after")
    def _check(self) -> GatedPattern:
        if self.gate is None and not self.keywords:
            raise ValueError("a pattern given as a mapping needs 'gate' or 'keywords'")
        return self


class RuleSpec(BaseModel):
    """The contract of one ``rules/extract/<id>.yaml`` file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", description="kebab-case; == file stem")
    summary: str = Field(description="one line, used in generated docs")
    description: str = Field(default="", description="longer explanation")
    priority: int = Field(default=50, ge=0, le=100, description="higher wins overlaps")
    kind: RuleKind = Field(description="score | delta | baseline | reject")
    pattern: str | GatedPattern | None = Field(default=None, description="one pattern")
    patterns: list[str | GatedPattern] = Field(
        default_factory=list, description="several patterns (each a string or {pattern, gate})"
    )
    keywords: list[str] = Field(
        default_factory=list,
        description="gate: the rule runs only on sentences containing one of these (lower-case)",
    )
    reason: str | None = Field(default=None, description="rejection reason (kind reject only)")
    defaults: Defaults = Field(default_factory=Defaults)
    margin: bool = Field(
        default=False,
        description="kind delta: in a sentence that also states a score, the delta is that "
        "score's margin (its `delta` field) instead of a line of its own",
    )
    examples: list[Example] = Field(default_factory=list)

    @model_validator(mode="after")
    def _check(self) -> RuleSpec:
        if not (self.pattern or self.patterns):
            raise ValueError("needs 'pattern' or 'patterns'")
        if self.kind == "reject" and not self.reason:
            raise ValueError("a reject rule needs 'reason'")
        if self.kind != "reject" and self.reason:
            raise ValueError("'reason' is only for kind reject")
        if not any(e.expect for e in self.examples):
            raise ValueError("needs at least one example with 'expect'")
        if not any(e.no_match for e in self.examples):
            raise ValueError("needs at least one example with 'no_match: true'")
        names = [e.name for e in self.examples]
        if len(names) != len(set(names)):
            raise ValueError("example names must be unique")
        return self

    def _entries(self) -> list[str | GatedPattern]:
        return ([self.pattern] if self.pattern else []) + list(self.patterns)

    def all_patterns(self) -> list[str]:
        return [e.pattern if isinstance(e, GatedPattern) else e for e in self._entries()]

    def all_gates(self) -> list[str | None]:
        """The gate of each pattern (None: the pattern runs on every sentence)."""
        return [e.gate if isinstance(e, GatedPattern) else None for e in self._entries()]

    def all_pattern_keywords(self) -> list[tuple[str, ...]]:
        """The keywords of each pattern (lower-cased; empty: none of its own)."""
        return [tuple(k.lower() for k in e.keywords) if isinstance(e, GatedPattern) else ()
                for e in self._entries()]


class MacrosFile(BaseModel):
    """The contract of ``rules/_macros.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    macros: dict[str, str | list[str]] = Field(
        description="UPPER_CASE name -> regex fragment, or a list of alternatives joined by |"
    )
    placeholders: dict[str, str] = Field(description="lower_case name -> fragment with named groups")


# --------------------------------------------------------------------------- compiled


@dataclass(frozen=True)
class CompiledRule:
    """A rule ready to run: its spec, compiled patterns and lower-case keyword gate."""

    spec: RuleSpec
    path: Path
    regexes: tuple[regex.Pattern[str], ...]
    keywords: tuple[str, ...]
    #: per pattern: a regex every match contains (the pattern is skipped where it finds
    #: nothing), or None
    gates: tuple[regex.Pattern[str] | None, ...] = ()
    #: per pattern: keywords of its own (the pattern is skipped where none occurs), or ()
    pattern_keywords: tuple[tuple[str, ...], ...] = ()
    #: every number the rule can claim is a {NUM}: it cannot match where NUM is nowhere
    value_gated: bool = False
    #: per pattern: clauses of literals that every match of it (and of its gate) holds
    #: (see literals.py: the pattern finds nothing where one fails), or ()
    literals: tuple[Clauses, ...] = ()
    #: (pattern, gate, pattern keywords, literals) of each pattern, in order
    steps: tuple[tuple[regex.Pattern[str], regex.Pattern[str] | None, tuple[str, ...], Clauses], ...] = \
        field(init=False, repr=False)

    def __post_init__(self) -> None:
        # one gate, keyword tuple and clause tuple per pattern, so that zip() over them
        # never drops one
        if len(self.gates) != len(self.regexes):
            object.__setattr__(self, "gates", (None,) * len(self.regexes))
        if len(self.pattern_keywords) != len(self.regexes):
            object.__setattr__(self, "pattern_keywords", ((),) * len(self.regexes))
        if len(self.literals) != len(self.regexes):
            object.__setattr__(self, "literals", ((),) * len(self.regexes))
        object.__setattr__(self, "steps", tuple(zip(self.regexes, self.gates, self.pattern_keywords, self.literals)))

    @property
    def id(self) -> str:
        return self.spec.id


@dataclass(eq=False)
class RuleSet:
    """All compiled rules of a rules directory plus the compiled shared macros."""

    rules_dir: Path
    rules: list[CompiledRule]
    macros: dict[str, str]
    placeholders: dict[str, str]
    _cache: dict[str, regex.Pattern[str]] = field(default_factory=dict)
    #: {NUM} on its own: a sentence where it finds nothing has no number a rule can claim
    value_gate: regex.Pattern[str] | None = None

    def by_id(self) -> dict[str, CompiledRule]:
        return {r.id: r for r in self.rules}

    def macro(self, name: str) -> regex.Pattern[str]:
        """A macro compiled on its own (used by the resolve stage for context cues)."""
        pat = self._cache.get(name)
        if pat is None:
            pat = compile_pattern(expand(self.macros[name], self.macros, self.placeholders, name))
            save_compiled()
            self._cache[name] = pat
        return pat


# the C parser when PyYAML has it (same documents, several times faster)
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _yaml_load(path: Path) -> Any:
    """A YAML file's data; any problem is a one-line RuleError naming the file (and line)."""
    if _SafeLoader is not yaml.SafeLoader:
        try:
            with open(path, encoding="utf-8") as fh:
                return yaml.load(fh, Loader=_SafeLoader)  # noqa: S506 - a safe loader
        except (yaml.YAMLError, OSError, UnicodeError):
            pass  # the pure-Python parser below gives the error its usual wording
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        raise RuleError(f"{where}: YAML syntax error: {exc.problem}") from None
    except yaml.YAMLError as exc:
        raise RuleError(f"{path}: YAML error: {exc}") from None
    except (OSError, UnicodeError) as exc:
        raise RuleError(f"{path}: cannot read: {getattr(exc, 'strerror', None) or exc}") from None


def _one_line(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = ".".join(str(x) for x in err["loc"])
        msg = err["msg"]
        if err["type"] == "extra_forbidden":
            msg = "unknown key"
        parts.append(f"{loc}: {msg}" if loc else msg)
    return "; ".join(parts)


def _metric_vocab(rules_dir: Path) -> str:
    """Every metric name and alias of metrics.yaml as one case-insensitive pattern.

    It matches what the alternation of the names, longest first, matches, and tries the
    names in the same order; it is written as a prefix tree (``top-1 acc(?:uracy)?``) so
    that the engine does not try each name in turn at every word (see :func:`_vocab_trie`).
    """
    from .vocab import load_metrics

    names = sorted(load_metrics(rules_dir), key=lambda s: (-len(s), s))
    # "pass@k", "recall@k": k stands for any cut-off (pass@1, recall@10, P@20); these are
    # tried first (a name that also matches there is a shorter prefix, or the same text)
    at_k = [n for n in names if n.endswith("@k")]
    rest = [n for n in names if not n.endswith("@k")]
    body = _vocab_trie(rest) or _vocab_alternation(rest)
    return "(?:" + _vocab_alternation(at_k) + "|" + body + ")" if at_k else body


def _vocab_alternation(names: list[str]) -> str:
    """``(?i:name1|name2|...)`` with ``\\s+`` between the words of a name."""
    alts = [r"\s+".join(regex.escape(w) for w in n.split()) for n in names]
    # "pass@k", "recall@k": k stands for any cut-off (pass@1, recall@10, P@20)
    alts = [a[:-2] + r"@(?:k|\d++)" if a.endswith("@k") else a for a in alts]
    return "(?i:" + "|".join(alts) + ")"


def _lower_benchmark_vocab(rules_dir: Path) -> str:
    """Benchmarks of benchmarks.yaml written in lower case (ogbn-arxiv), longest first."""
    from .vocab import load_names_file

    data = load_names_file(rules_dir)
    names = {n for name, aliases in data.benchmarks.items() for n in (name, *aliases)
             if n[:1].islower() and not any(ch.isupper() for ch in n.split("-")[0])}
    if not names:
        return "(?!)"
    return "|".join(regex.escape(n) for n in sorted(names, key=lambda s: (-len(s), s)))


_TRIE_END = ""


def _vocab_trie(names: list[str]) -> str | None:
    """The alternation of ``names`` (sorted longest first) as a prefix tree, or None.

    Equivalent to :func:`_vocab_alternation`: a name is a sequence of tokens (one
    character, or ``\\s+`` between words) and matches in at most one way; two names that
    both match at a position are then one a token prefix of the other (sibling tokens
    are checked to match no common character), so the alternation tries the names that
    can match in decreasing length, and so does the tree by trying every continuation
    before ending a name. None (use the alternation) when a check fails.
    """
    root: dict[str, dict] = {}
    for name in names:
        words = name.split()
        if not words:
            return None
        node = root
        for i, word in enumerate(words):
            toks = ([r"\s+"] if i else []) + list(word)
            for tok in toks:
                node = node.setdefault(tok, {})
        node[_TRIE_END] = {}

    def emit(node: dict[str, dict]) -> str | None:
        kids = [k for k in node if k != _TRIE_END]
        lits = [k for k in kids if k != r"\s+"]
        for i, a in enumerate(lits):  # no two siblings may match one character
            if regex.match(r"\s", a):
                return None
            for b in lits[i + 1 :]:
                if regex.fullmatch("(?i:" + regex.escape(a) + ")", b) or regex.fullmatch(
                    "(?i:" + regex.escape(b) + ")", a
                ):
                    return None
        alts = []
        for k in kids:
            rest = emit(node[k])
            if rest is None:
                return None
            alts.append((k if k == r"\s+" else regex.escape(k)) + rest)
        if not alts:
            return ""
        if _TRIE_END in node:
            return "(?:" + "|".join(alts) + ")?"
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    body = emit(root)
    return None if not body else "(?i:" + body + ")"


# NOTE: value gate. A match counts only through the numbers it claims (the groups of
# matcher.CLAIM_GROUPS): without them it gives no candidate and overlaps nothing. When
# every claim group of a rule is exactly a {QTY}, {QTY_U} or {NUM}, each of its matches
# holds a match of {NUM}, so the rule is skipped in a sentence where {NUM} finds nothing
# (digits only inside names: "GPT-4", "Qwen2.5"). Other rules always run.
_CLAIM_GROUPS = ("value", "range_max", "baseline_value", "delta_value")
_VALUE_MACROS = ("QTY", "QTY_U", "NUM")
_GROUP_OPEN = regex.compile(r"\(\?P<(?P<g>\w++)>")


def _top_level_refs(fragment: str) -> list[str] | None:
    """Macros ``{NAME}`` that every match of ``fragment`` matches (at its top level, with
    no top-level ``|`` and no optional quantifier after them); None when unsure."""
    out = []
    depth, i, in_class = 0, 0, False
    while i < len(fragment):
        ch = fragment[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if fragment[i + 1 : i + 2] == "]":
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return None
        elif ch == "|" and depth == 0:
            return None
        elif ch == "{" and depth == 0:
            m = regex.match(r"\{([A-Z][A-Z0-9_]*+)\}", fragment, pos=i)
            if m:
                after = fragment[m.end() : m.end() + 2]
                if not (after[:1] in ("?", "*") or after in ("{0", "{,")):
                    out.append(m.group(1))
                i = m.end()
                continue
        i += 1
    return out if depth == 0 and not in_class else None


def _value_macros(macros: dict[str, str]) -> tuple[str, ...]:
    """Those of _VALUE_MACROS whose every match holds a match of {NUM}."""
    safe = {"NUM"} if "NUM" in macros else set()
    changed = True
    while changed:
        changed = False
        for name in _VALUE_MACROS:
            if name in safe or name not in macros:
                continue
            refs = _top_level_refs(macros[name])
            if refs and any(r in safe for r in refs):
                safe.add(name)
                changed = True
    return tuple(n for n in _VALUE_MACROS if n in safe)


def _value_gated(sources: list[str], safe: tuple[str, ...]) -> bool:
    """Does every claim group of these expanded patterns hold exactly a value macro?"""
    if not safe:
        return False
    for source in sources:
        for m in _GROUP_OPEN.finditer(source):
            if m.group("g") in _CLAIM_GROUPS and not any(source.startswith(p, m.end()) for p in safe):
                return False
    return True


def expand(text: str, macros: dict[str, str], placeholders: dict[str, str], where: str) -> str:
    """Replace ``{MACRO}`` and ``{placeholder}`` references until none is left."""

    def sub(s: str, stack: tuple[str, ...]) -> str:
        def one(m: regex.Match[str]) -> str:
            name = m.group(1)
            if name in stack:
                raise RuleError(f"{where}: macro cycle {' -> '.join((*stack, name))}")
            if name in macros:
                return "(?:" + sub(macros[name], (*stack, name)) + ")"
            if name in placeholders:
                return sub(placeholders[name], (*stack, name))
            raise RuleError(f"{where}: unknown placeholder {{{name}}}")

        return _REF.sub(one, s)

    return sub(text, ())


@functools.cache
def load_ruleset(rules_dir: Path | None = None) -> RuleSet:
    """Read ``_macros.yaml`` and every ``extract/*.yaml``; raise RuleError on the first problem."""
    rules_dir = Path(rules_dir or default_rules_dir())
    macros_path = rules_dir / "_macros.yaml"
    raw = _yaml_load(macros_path)
    try:
        mf = MacrosFile.model_validate(raw)
    except ValidationError as exc:
        raise RuleError(f"{macros_path}: {_one_line(exc)}") from None
    macros = {k: v if isinstance(v, str) else "|".join(v) for k, v in mf.macros.items()}
    macros["METRIC_VOCAB"] = _metric_vocab(rules_dir)
    macros["BENCH_LOWER_VOCAB"] = _lower_benchmark_vocab(rules_dir)
    for name in macros:
        if not regex.fullmatch(r"[A-Z][A-Z0-9_]*+", name):
            raise RuleError(f"{macros_path}: macro {name!r}: names are UPPER_CASE")
    for name in mf.placeholders:
        if not regex.fullmatch(r"[a-z][a-z0-9_]*+", name):
            raise RuleError(f"{macros_path}: placeholder {name!r}: names are lower_case")
    # a claim group that is a value macro: "(?P<value>" + "(?:<expansion>)" + ")"
    safe = tuple("(?:" + expand("{" + name + "}", macros, mf.placeholders, name)[3:-1] + "))"
                 for name in _value_macros(macros))
    required = RequiredLiterals(macros, mf.placeholders)
    rules: list[CompiledRule] = []
    seen: dict[str, Path] = {}
    for path in sorted((rules_dir / "extract").glob("*.yaml")):
        data = _yaml_load(path)
        rid = data.get("id", "?") if isinstance(data, dict) else "?"
        try:
            spec = RuleSpec.model_validate(data)
        except ValidationError as exc:
            raise RuleError(f"{path}: rule {rid}: {_one_line(exc)}") from None
        if spec.id != path.stem:
            raise RuleError(f"{path}: rule {spec.id}: id must equal the file stem {path.stem!r}")
        if spec.id in seen:
            raise RuleError(f"{path}: rule {spec.id}: duplicate id (also in {seen[spec.id]})")
        seen[spec.id] = path
        compiled = []
        gates: list[regex.Pattern[str] | None] = []
        literals: list[Clauses] = []
        for i, (pat, gate) in enumerate(zip(spec.all_patterns(), spec.all_gates())):
            where = f"{path}: rule {spec.id} pattern {i + 1}"
            source = expand(pat, macros, mf.placeholders, where)
            try:
                rx = compile_pattern(source)
            except regex.error as exc:
                raise RuleError(f"{where}: bad regex: {exc}") from None
            unknown = set(rx.groupindex) - FIELD_GROUPS
            if unknown:
                raise RuleError(f"{where}: unknown group(s) {sorted(unknown)}")
            if spec.kind != "reject" and "value" not in rx.groupindex and "baseline_value" not in rx.groupindex:
                raise RuleError(f"{where}: pattern captures no {{value}}")
            compiled.append(rx)
            if gate is None:
                gates.append(None)
            else:
                try:
                    gates.append(compile_pattern(expand(gate, macros, mf.placeholders, f"{where} gate")))
                except regex.error as exc:
                    raise RuleError(f"{where}: bad gate regex: {exc}") from None
            g = gates[-1]

            def read(pat: str = pat, gate: str | None = gate, rx: regex.Pattern[str] = rx,
                     g: regex.Pattern[str] | None = g) -> Clauses:
                clauses = required.of(pat, rx.flags)
                if gate is not None and g is not None:
                    # the pattern runs only where its gate finds something: the gate's literals too
                    clauses += required.of(gate, g.flags)
                return pruned(clauses)

            # (kept in the compiled-pattern cache under the expanded pattern and gate)
            key = f"{LITERALS_FORMAT}\x00{rx.flags}\x00{rx.pattern}\x00{g.flags if g else ''}\x00{g.pattern if g else ''}"
            literals.append(cached_value(key, read))
        rules.append(
            CompiledRule(spec, path, tuple(compiled), tuple(k.lower() for k in spec.keywords),
                         tuple(gates), tuple(spec.all_pattern_keywords()),
                         _value_gated([rx.pattern for rx in compiled], safe), tuple(literals))
        )
    if not rules:
        raise RuleError(f"{rules_dir / 'extract'}: no rule files")
    value_gate = None
    if any(r.value_gated for r in rules):
        value_gate = compile_pattern(expand("{NUM}", macros, mf.placeholders, "value gate"))
    save_compiled()
    return RuleSet(rules_dir, rules, macros, dict(mf.placeholders), value_gate=value_gate)


def check_rules(rules_dir: Path | None = None) -> list[str]:
    """Every problem of a rules directory (schema, ids, placeholders, failing examples).

    Files are checked one by one, so one bad file does not hide the others.
    """
    rules_dir = Path(rules_dir or default_rules_dir())
    problems: list[str] = []
    try:
        MacrosFile.model_validate(_yaml_load(rules_dir / "_macros.yaml"))
    except RuleError as exc:
        problems.append(str(exc))
    except ValidationError as exc:
        problems.append(f"{rules_dir / '_macros.yaml'}: {_one_line(exc)}")
    seen: dict[str, Path] = {}
    for path in sorted((rules_dir / "extract").glob("*.yaml")):
        try:
            data = _yaml_load(path)
        except RuleError as exc:
            problems.append(str(exc))
            continue
        rid = data.get("id", "?") if isinstance(data, dict) else "?"
        try:
            spec = RuleSpec.model_validate(data)
        except ValidationError as exc:
            problems.append(f"{path}: rule {rid}: {_one_line(exc)}")
            continue
        if spec.id != path.stem:
            problems.append(f"{path}: rule {spec.id}: id must equal the file stem {path.stem!r}")
        if spec.id in seen:
            problems.append(f"{path}: rule {spec.id}: duplicate id (also in {seen[spec.id]})")
        seen[spec.id] = path
    if problems:
        return problems
    load_ruleset.cache_clear()
    try:
        ruleset = load_ruleset(rules_dir)
    except RuleError as exc:
        return [str(exc)]
    from .redos import backtracking_problems

    for rule in ruleset.rules:
        for i, (rx, gate) in enumerate(zip(rule.regexes, rule.gates)):
            for what, one in (("", rx), (" gate", gate)):
                for why in backtracking_problems(one.pattern, one.flags) if one is not None else ():
                    problems.append(f"{rule.path}: rule {rule.id} pattern {i + 1}{what}: can "
                                    f"backtrack catastrophically: {why}")
    if problems:
        return problems
    from .testing import load_rule_examples

    by_id = ruleset.by_id()
    for case in load_rule_examples(rules_dir):
        rule = by_id[case.rule_id]
        for i, (rx, gate, kws) in enumerate(zip(rule.regexes, rule.gates, rule.pattern_keywords)):
            if (gate is None and not kws) or not rx.search(case.text, timeout=5.0):
                continue
            if gate is not None and not gate.search(case.text, timeout=5.0):
                problems.append(f"{case.path}: rule {case.rule_id} pattern {i + 1}: the gate finds "
                                f"nothing in example {case.name}, which the pattern matches")
            if kws and not any(k in case.text.lower() for k in kws):
                problems.append(f"{case.path}: rule {case.rule_id} pattern {i + 1}: none of its "
                                f"keywords is in example {case.name}, which the pattern matches")
        if case.todo:
            continue
        msg = case.evaluate()
        if msg:
            problems.append(f"{case.path}: rule {case.rule_id} example {case.name}: {msg}")
    return problems
