"""The fast paths of the engine give exactly what the reference implementations give.

Speed-ups (sentence splitting over candidate positions only, cached compiled regex
programs, the lazily built unit table) must never change an output: each is checked
here against the straightforward implementation it replaced, over the example corpus,
the dev corpora (when present) and the test fixtures.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import regex

from leaderboard import rules as rules_mod
from leaderboard import units
from leaderboard.extract import Extractor
from leaderboard.matcher import run_rules
from leaderboard.models import Document
from leaderboard.readers import read_path
from leaderboard.rules import compile_pattern, load_ruleset
from leaderboard.sentences import split_sentences, split_sentences_reference

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"


def _documents() -> list[Document]:
    paths = [ROOT / "examples" / "hf-papers-emergent-reasoning.txt"]
    paths += sorted(SHARED.glob("dev-*.jsonl")) if SHARED.is_dir() else []
    paths += sorted((ROOT / "tests" / "fixtures").rglob("*.jsonl"))
    docs: dict[str, Document] = {}
    for path in paths:
        try:
            for item in read_path(str(path)):
                if isinstance(item, Document):
                    docs.setdefault(item.abstract, item)
        except Exception:  # noqa: BLE001 - a fixture that is bad on purpose
            continue
    return list(docs.values())


DOCS = _documents()


def _noise(n: int) -> list[str]:
    rng = random.Random(5)
    alphabet = 'ab Ab.!? \n"\')]([1$\\Xe.g.vs.  St.No.“’'
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(n)]


def test_corpus_is_not_empty() -> None:
    assert len(DOCS) >= 20


def test_sentences_match_reference() -> None:
    for text in [d.abstract for d in DOCS] + _noise(5000):
        fast, ref = split_sentences(text), split_sentences_reference(text)
        assert fast == ref, text
        assert [s.model_dump() for s in fast] == [s.model_dump() for s in ref]
        assert all(s.model_fields_set == {"text", "start", "end"} for s in fast)


def _sig(m):  # type: ignore[no-untyped-def]
    return (m.rule.id, m.span, m.groups, m.claims)


def test_cached_programs_rebuild_identical_patterns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A pattern rebuilt from the cache file matches exactly like a freshly compiled one."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("LEADERBOARD_REGEX_CACHE", "1")
    monkeypatch.setattr(rules_mod, "_PROGRAMS", None)
    ruleset = load_ruleset()
    sources = [rx.pattern for r in ruleset.rules for rx in r.regexes]
    regex.purge()
    for src in sources:  # learn the programs, write them out
        compile_pattern(src)
    rules_mod.save_compiled()
    assert list(tmp_path.rglob("regex-*.marshal"))
    monkeypatch.setattr(rules_mod, "_PROGRAMS", None)  # as in a new process
    sentences = [s.text for d in DOCS for s in split_sentences(d.abstract)]
    for src in sources:
        cached, fresh = compile_pattern(src), regex.compile(src)
        assert cached.pattern == fresh.pattern and cached.groupindex == fresh.groupindex
        for s in sentences:
            a = [(m.span(), m.capturesdict()) for m in cached.finditer(s)]
            b = [(m.span(), m.capturesdict()) for m in fresh.finditer(s)]
            assert a == b, (src[:60], s)


def test_unusable_cache_files_are_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A corrupt, truncated, foreign or stale cache file only means compiling again."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("LEADERBOARD_REGEX_CACHE", "1")
    src = r"(?i)(?P<value>\d++)\s*+(?:%|points)"
    monkeypatch.setattr(rules_mod, "_PROGRAMS", None)
    regex.purge()
    compile_pattern(src)
    rules_mod.save_compiled()
    path = rules_mod._programs_path()
    assert path is not None and path.exists()
    good = path.read_bytes()
    bad_header = rules_mod.marshal.dumps(((0, "0", "0", 0), {}))
    for data in (b"", b"garbage", good[:-7], good[:40] + b"x" + good[41:],
                 rules_mod.hashlib.sha256(bad_header).digest() + bad_header):
        path.write_bytes(data)
        monkeypatch.setattr(rules_mod, "_PROGRAMS", None)  # as in a new process
        rx = compile_pattern(src)
        assert rx.pattern == src
        assert [m.capturesdict() for m in rx.finditer("57 % and 12points")] == [
            {"value": ["57"]}, {"value": ["12"]}]
    path.write_bytes(good)
    monkeypatch.setattr(rules_mod, "_PROGRAMS", None)
    assert src in rules_mod._programs()


def test_rule_matches_do_not_depend_on_the_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """run_rules gives the same matches with cached and with freshly compiled patterns."""
    ruleset = load_ruleset()
    sentences = [(s.text, s.start) for d in DOCS for s in split_sentences(d.abstract)]
    fast = [[_sig(m) for m in run_rules(ruleset, t, o)[0]] for t, o in sentences]
    monkeypatch.setenv("LEADERBOARD_REGEX_CACHE", "0")
    monkeypatch.setattr(rules_mod, "_PROGRAMS", None)
    load_ruleset.cache_clear()
    try:
        fresh_set = load_ruleset()
        fresh = [[_sig(m) for m in run_rules(fresh_set, t, o)[0]] for t, o in sentences]
    finally:
        load_ruleset.cache_clear()
    assert fast == fresh


def test_value_gate_does_not_change_matches() -> None:
    """Rules skipped where no number can be claimed give exactly the matches that count
    (those claiming a number) of the rules run everywhere."""
    import dataclasses

    ruleset = load_ruleset()
    assert ruleset.value_gate is not None and any(r.value_gated for r in ruleset.rules)
    ungated = dataclasses.replace(ruleset, rules=[
        dataclasses.replace(r, value_gated=False) for r in ruleset.rules])
    texts = [(s.text, s.start) for d in DOCS for s in split_sentences(d.abstract)]
    texts += [(t, 0) for t in _noise(2000)]
    texts += [("Its F1 score of 91.2 and top-1 accuracy (88.1%) beat the error rate: 3.2%", 0),
              ("accuracy-based 57.1% and ACC of 12.5, a success rate of 40%", 0)]
    texts += [("GPT-4 beats Qwen2.5-7B and o3-mini on MMLU-Pro", 0), ("from 12 to 15 (3 runs)", 0)]
    for text, off in texts:
        counts = lambda ms: [_sig(m) for m in ms if m.claims or not m.rule.value_gated]  # noqa: E731
        got = counts(run_rules(ruleset, text, off)[0])
        want = counts(run_rules(ungated, text, off)[0])
        assert got == want, text


def test_literal_pretest_does_not_change_matches() -> None:
    """Patterns skipped where a literal that each of their matches holds is missing give
    exactly the matches of the rules run without that pre-test; every pattern that needs
    a literal is skipped somewhere, and the noise holds the case variants of _FOLD."""
    import dataclasses

    ruleset = load_ruleset()
    assert sum(bool(c) for r in ruleset.rules for c in r.literals) > len(ruleset.rules)
    untested = dataclasses.replace(ruleset, rules=[
        dataclasses.replace(r, literals=()) for r in ruleset.rules])
    texts = [(s.text, s.start) for d in DOCS for s in split_sentences(d.abstract)]
    texts += [(t, 0) for t in _noise(2000)]
    variants = str.maketrans({"i": "\u0130", "I": "\u0131", "s": "\u017f", "k": "\u212a"})
    texts += [(t.translate(variants), o) for t, o in texts[:3000]]
    for text, off in texts:
        got = [_sig(m) for m in run_rules(ruleset, text, off)[0]]
        want = [_sig(m) for m in run_rules(untested, text, off)[0]]
        assert got == want, text


def test_fold_maps_every_case_variant_of_an_ascii_literal() -> None:
    """fold() lower-cases each character that regex, ignoring case, takes for an ASCII
    letter or digit to that character's lower case (so the literal pre-test is sound)."""
    from leaderboard.literals import fold

    ascii_chars = [chr(c) for c in range(128)]
    for code in range(128, 0x110000):
        ch = chr(code)
        like = [a for a in ascii_chars if regex.fullmatch("(?i)" + regex.escape(a), ch)] \
            if regex.fullmatch(r"(?i)[\x00-\x7f]", ch) else []
        assert all(fold(ch) == a.lower() for a in like), (hex(code), like)
        if like:
            assert fold("x" + ch + "y") == "x" + like[0].lower() + "y"


def test_required_literals_read_what_every_match_holds() -> None:
    from leaderboard.literals import RequiredLiterals, pruned

    req = RequiredLiterals({"A": "alpha|beta", "B": r"\d++", "C": "(?x) a b"}, {"v": "(?P<v>{B})xy"})
    read = lambda p: {tuple(sorted(c)) for c in pruned(req.of(p, 0))}  # noqa: E731
    assert read(r"(?i:Foo)\s++(?:bar|baz)") == {("foo",), ("ba",)}  # (the parser keeps "ba" apart)
    assert read(r"(?:bar|qux)") == {("bar", "qux")}
    assert read("{A} to {v}") == {("alpha", "beta"), (" to ",), ("xy",)}
    assert read("(?<=from )q{2,3}(?=ers)") == {("from ",), ("ers",)}
    assert read("[:=]{B}") == {(":", "="),}
    assert read("(?:foo)?bar*") == {("ba",)}  # optional parts need nothing
    assert read("(?!foo)bar|qux") == {("bar", "qux")}
    assert read("a|b|cc") == set()  # a lone letter is nearly everywhere
    assert read("→") == set() and read(".") == set()
    # unsure: no clause at all
    for pattern in (r"{C}foo", r"\{A}foo", "(?x) foo", "(?P<z>foo)(?P=z)", r"\p{L}foo", "[[:alpha:]]foo"):
        assert req.of(pattern, 0) == [], pattern
    assert req.of("foo", regex.FULLCASE) == req.of("foo", regex.VERSION1) == []


def test_unit_table_matches_pint() -> None:
    for unit in ["%", "ms", "s", "TB", "GB", "KB", "x", "dB", "FPS", "points", "mm", "cm",
                 "km", "m", "µs", "Hz", "h", "min", "minutes", "hours", "seconds", "tokens",
                 "deg/m", "furlongs"]:
        try:
            want = units._pint_factor(unit, None)
        except Exception:  # noqa: BLE001 - pint does not know it: normalize keeps the unit
            assert units.normalize(2.0, unit) == (2.0, unit)
            continue
        assert units._factor(unit, None) == want
        assert units.normalize(57.1, unit) == (57.1 * want[0], want[1])


def test_extraction_is_stable_across_runs() -> None:
    """Extracting twice (warm caches the second time) gives identical results."""
    ex = Extractor.load()
    first = [ex.extract(d) for d in DOCS]
    second = [ex.extract(d) for d in DOCS]
    dump = lambda got: [([r.model_dump_json() for r in res], [j.model_dump_json() for j in rej])  # noqa: E731
                        for res, rej in got]
    assert dump(first) == dump(second)


def test_value_gate_trusts_only_what_the_macro_text_guarantees() -> None:
    """The value gate is used only where the macros make it exact."""
    assert rules_mod._value_macros({"NUM": r"\d", "QTY": r"\$?+{NUM}{PM}?+"}) == ("QTY", "NUM")
    for qty in (r"{NUM}?", r"a|{NUM}", r"{NUM}{0,2}", r"{NUM}*", r"x(?:{NUM})?"):
        assert rules_mod._value_macros({"NUM": r"\d", "QTY": qty}) == ("NUM",), qty
    assert rules_mod._value_macros({"QTY": r"\d"}) == ()


def test_cached_values_are_read_back_without_computing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A value kept by cached_value (a rule pattern's literals) comes back from the file in
    a new process without being computed again, and a warm load writes no file."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("LEADERBOARD_REGEX_CACHE", "1")
    monkeypatch.setattr(rules_mod, "_PROGRAMS", None)
    calls: list[int] = []

    def compute() -> tuple[tuple[str, ...], ...]:
        calls.append(1)
        return (("accuracy", "score"), ("%",))

    assert rules_mod.cached_value("k1", compute) == (("accuracy", "score"), ("%",))
    rules_mod.save_compiled()
    monkeypatch.setattr(rules_mod, "_PROGRAMS", None)  # as in a new process
    monkeypatch.setattr(rules_mod, "_PROGRAMS_DIRTY", False)
    assert rules_mod.cached_value("k1", compute) == (("accuracy", "score"), ("%",))
    assert calls == [1]
    assert rules_mod._PROGRAMS_DIRTY is False  # nothing new learnt: the file is not rewritten


def test_cache_file_keeps_this_process_entries_within_a_byte_budget(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Entries of past processes are dropped, oldest first, once the file would pass its
    byte budget; the entries this process used are always kept."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("LEADERBOARD_REGEX_CACHE", "1")
    monkeypatch.setattr(rules_mod, "_CACHE_BYTES", 3000)
    monkeypatch.setattr(rules_mod, "_PROGRAMS", None)
    monkeypatch.setattr(rules_mod, "_USED", set())
    for i in range(20):  # a past process with many values
        rules_mod.cached_value(f"old{i}", lambda i=i: "x" * 400 + str(i))
    rules_mod.save_compiled()
    monkeypatch.setattr(rules_mod, "_PROGRAMS", None)
    monkeypatch.setattr(rules_mod, "_USED", set())
    assert len([k for k in rules_mod._programs() if "old" in k]) == 20  # its own: all kept
    for i in range(5):  # this process
        rules_mod.cached_value(f"new{i}", lambda i=i: "y" * 400 + str(i))
    rules_mod.save_compiled()
    monkeypatch.setattr(rules_mod, "_PROGRAMS", None)
    keys = list(rules_mod._programs())
    assert [k for k in keys if "new" in k] == [f"\x00value\x00new{i}" for i in range(5)]
    old = [k for k in keys if "old" in k]
    assert 0 < len(old) < 20 and old[-1].endswith("old19")  # the most recent of the past kept
    assert rules_mod._programs_path().stat().st_size < 3000 + 5 * 500
