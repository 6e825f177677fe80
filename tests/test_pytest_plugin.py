"""Tests for the pytest plugin and its syrupy extension: extraction snapshots a reviewer diffs."""

from __future__ import annotations

import json
from pathlib import Path

import leaderboard.extract  # noqa: F401 - see the NOTE below
from leaderboard.models import Document, ReadProblem, Result
from leaderboard.snapshot import serialize_extraction

# NOTE: pytester runs in-process and drops modules first imported by the inner run; the
# engine (and pint, which must not be imported twice) is imported above so it stays loaded.
pytest_plugins = ["pytester"]

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

CORPUS = [
    {"id": "2304.09842", "title": "Chameleon", "abstract": "Chameleon achieves 86.54% on ScienceQA and 98.78% on TabMWP."},
    {"id": "2502.03387", "title": "LIMO: Less is More for Reasoning", "abstract": "LIMO achieves 57.1% on AIME."},
]  # fmt: skip

# A stand-in rule engine for the user's project: one "rule" read from the rules directory,
# so a rule change (a different pattern file) changes the extraction.
CONFTEST = '''
import re
from pathlib import Path

import pytest

import leaderboard.extract
from leaderboard.models import Result


class RegexExtractor:
    def __init__(self, pattern):
        self.pattern = re.compile(pattern)

    @classmethod
    def load(cls, rules_dir=None):
        return cls(Path(rules_dir, "pattern.txt").read_text().strip())

    def extract(self, doc):
        results = []
        for m in self.pattern.finditer(doc.abstract):
            results.append(Result(doc=doc.title, doc_id=doc.id, model=doc.title.split(":")[0],
                                  benchmark=m.group("bench"), metric="accuracy",
                                  value=float(m.group("value")), unit="%",
                                  value_text=m.group("value"), span=m.span("value"),
                                  evidence=m.group(0), rule="score-on-benchmark"))
        return list(reversed(results)), []


@pytest.fixture(autouse=True)
def _user_engine(monkeypatch):
    monkeypatch.setattr(leaderboard.extract, "Extractor", RegexExtractor)
'''

TEST_FILE = '''
def test_corpus(leaderboard_snapshot):
    leaderboard_snapshot("corpus.jsonl", rules_dir="rules")
'''


def setup_project(pytester, pattern: str = r"(?P<value>\d+(?:\.\d+)?)% on (?P<bench>\w+)") -> Path:
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(test_user=TEST_FILE)
    (pytester.path / "corpus.jsonl").write_text("".join(json.dumps(d) + "\n" for d in CORPUS))
    (pytester.path / "rules").mkdir(exist_ok=True)
    (pytester.path / "rules" / "pattern.txt").write_text(pattern)
    return pytester.path / "__snapshots__" / "test_user" / "test_corpus.jsonl"


def test_snapshot_lifecycle_create_pass_diff_approve(pytester):
    snap = setup_project(pytester)
    # No snapshot yet: the test fails and says how to create it.
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*no snapshot of corpus.jsonl yet*--snapshot-update*"])
    assert not snap.exists()

    # --snapshot-update writes one result per line, in corpus and span order.
    pytester.runpytest("--snapshot-update").assert_outcomes(passed=1)
    lines = snap.read_text("utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert [(r["doc_id"], r["benchmark"], r["value"]) for r in records] == [
        ("2304.09842", "ScienceQA", 86.54),
        ("2304.09842", "TabMWP", 98.78),
        ("2502.03387", "AIME", 57.1),
    ]
    assert lines[0].startswith('{"doc": "Chameleon", "kind": "score", "model": "Chameleon"')
    assert "null" not in snap.read_text("utf-8")  # unset fields are left out

    pytester.runpytest().assert_outcomes(passed=1)

    # A rule change (percent values must now have a decimal part) shows as a diff.
    (pytester.path / "rules" / "pattern.txt").write_text(r"(?P<value>\d+\.\d\d)% on (?P<bench>\w+)")
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([
        "*the extraction of corpus.jsonl changed (1 line(s) gone, 0 new)*--snapshot-update*",
        "--- snapshot",
        "+++ extracted",
        '-{"doc": "LIMO: Less is More for Reasoning", "kind": "score", "model": "LIMO", '
        '"benchmark": "AIME", *"value": 57.1*',
    ])
    assert snap.read_text("utf-8").count("\n") == 3  # not rewritten without approval

    # The reviewer approves it.
    pytester.runpytest("--snapshot-update").assert_outcomes(passed=1)
    assert [json.loads(line)["benchmark"] for line in snap.read_text("utf-8").splitlines()] == [
        "ScienceQA", "TabMWP",
    ]  # fmt: skip


def test_missing_corpus_is_a_clear_failure(pytester):
    setup_project(pytester)
    pytester.makepyfile(test_user='def test_corpus(leaderboard_snapshot):\n    leaderboard_snapshot("nope.jsonl")\n')
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*leaderboard_snapshot: corpus not found: nope.jsonl*"])


class _Fixed:
    """An extractor that returns canned results in a scrambled order."""

    def __init__(self, by_title: dict[str, list[Result]]):
        self.by_title = by_title

    def extract(self, doc: Document):
        return list(reversed(self.by_title.get(doc.title, []))), []


def test_serialization_is_stable_and_path_independent():
    doc = Document(id="/home/me/corpus.txt:13", title="T", abstract="a 50% b 60%")
    results = [
        Result(doc="T", doc_id=doc.id, model="M", benchmark="B", value=50.0, span=(2, 5)),
        Result(doc="T", doc_id=doc.id, model="M", benchmark="C", value=60.0, span=(8, 11)),
    ]
    problem = ReadProblem(source="/home/me/corpus.txt", line=20, message="no abstract; record skipped")
    text = serialize_extraction(
        [doc, problem], _Fixed({"T": results}), corpus="/home/me/corpus.txt"
    )
    assert text.splitlines() == [
        '{"doc": "T", "kind": "score", "model": "M", "benchmark": "B", "value": 50.0, '
        '"evidence": "", "doc_id": "corpus.txt:13", "span": [2, 5], "rule": "", "value_text": ""}',
        '{"doc": "T", "kind": "score", "model": "M", "benchmark": "C", "value": 60.0, '
        '"evidence": "", "doc_id": "corpus.txt:13", "span": [8, 11], "rule": "", "value_text": ""}',
        '{"read_problem": "no abstract; record skipped", "line": 20}',
    ]
    assert text.endswith("\n")


def test_project_example_corpus_extraction(leaderboard_snapshot):
    """The project's own example corpus; review the diff, approve with --snapshot-update."""
    leaderboard_snapshot(EXAMPLES / "hf-papers-emergent-reasoning.txt")
