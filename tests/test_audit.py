"""Tests for audit.py: numbers marked in place, tuples and near misses listed, text and Markdown."""

from __future__ import annotations

import re

from leaderboard.audit import audit_markdown, audit_text, locate
from leaderboard.models import Baseline, Delta, Document, Rejection, Result

TITLE = "Chameleon: Plug-and-Play Compositional Reasoning with Large Language Models"
ABSTRACT = (
    "We showcase the effectiveness of Chameleon on two multi-modal knowledge-intensive "
    "reasoning tasks: ScienceQA and TabMWP. Chameleon, powered by GPT-4, achieves an 86.54% "
    "overall accuracy on ScienceQA, improving the best published few-shot result by 11.37%. "
    "On TabMWP, GPT-4-powered Chameleon improves the accuracy by 17.0%, lifting the state of "
    "the art to 98.78%. The planner uses 7B parameters."
)
DOC = Document(
    id="2304.09842", title=TITLE, abstract=ABSTRACT, url="https://arxiv.org/abs/2304.09842",
    date="2023-04-19", source="corpus.jsonl", line=3,
)  # fmt: skip


def span(text: str, number: str) -> tuple[int, int]:
    start = text.index(number)
    return start, start + len(number)


def found() -> list[Result]:
    sentence = span(ABSTRACT, "Chameleon, powered by GPT-4, achieves an 86.54% overall accuracy on ScienceQA")
    return [
        Result(  # span = the whole clause: the number is looked up inside it
            doc=TITLE, doc_id=DOC.id, model="Chameleon (GPT-4)", benchmark="ScienceQA",
            metric="overall accuracy", value=86.54, unit="%", span=sentence,
            baseline=Baseline(model="best published few-shot result"),
            delta=Delta(value=11.37, unit="%"), rule="score-on-benchmark",
        ),
        Result(  # span = the number itself
            doc=TITLE, doc_id=DOC.id, model="Chameleon (GPT-4)", benchmark="TabMWP",
            metric="accuracy", value=98.78, unit="%", span=span(ABSTRACT, "98.78%"), rule="sota-claim",
        ),
        Result(  # no span: placed through its evidence
            doc=TITLE, doc_id=DOC.id, kind="delta", model="GPT-4-powered Chameleon",
            benchmark="TabMWP", metric="accuracy", value=17.0, unit="%", value_text="17.0",
            evidence="improves the accuracy by 17.0%", rule="gain-by",
        ),
    ]  # fmt: skip


def near() -> list[Rejection]:
    return [
        Rejection(
            reason="parameter count, not a result",
            candidate=Result(doc=TITLE, value=7.0, unit="B", span=span(ABSTRACT, "7B"), rule="score-on-benchmark"),
        )
    ]


def test_plain_text_marks_numbers_in_place_and_lists_tuples():
    text = audit_text(DOC, found(), near(), color=False)
    assert "\x1b" not in text
    lines = text.splitlines()
    assert lines[0] == TITLE
    assert lines[1] == "  2304.09842 · 2023-04-19 · https://arxiv.org/abs/2304.09842"
    assert lines[2] == "  3 results · 1 near miss"
    body = " ".join(line.strip() for line in lines[4:] if line.startswith("  ") and "[" not in line[:5])
    assert "achieves an «86.54%»[1] overall accuracy" in body
    assert "improves the accuracy by «17.0%»[2], lifting" in body
    assert "the art to «98.78%»[3]." in body
    assert "uses ‹7B›[r1] parameters" in body
    assert max(len(line) for line in lines if "«" in line or "achieves" in line) <= 100
    annotations = [line.strip() for line in lines if re.match(r"  \[r?\d+\] ", line)]
    assert annotations == [
        "[1] score (Chameleon (GPT-4), ScienceQA, overall accuracy, 86.54%); baseline: best "
        "published few-shot result; margin: 11.37%  rule: score-on-benchmark",
        "[2] delta (GPT-4-powered Chameleon, TabMWP, accuracy, 17.0%)  rule: gain-by",
        "[3] score (Chameleon (GPT-4), TabMWP, accuracy, 98.78%)  rule: sota-claim",
        "[r1] near miss '7B': parameter count, not a result  (score ((unnamed), (no benchmark), "
        "(no metric), 7 B); rule: score-on-benchmark)",
    ]


def test_colour_output_uses_ansi_and_neutralises_escapes_in_the_input():
    hostile = DOC.model_copy(update={"title": "T\x1b[2J", "abstract": ABSTRACT + " \x1b[31mred"})
    text = audit_text(hostile, found(), near(), color=True)
    assert "\x1b[1;32m86.54%\x1b[0m[1]" in text
    assert "\x1b[4;33m7B\x1b[0m[r1]" in text
    assert "\x1b[2J" not in text and "\x1b[31m" not in text  # input escapes are blanked
    assert "«" not in text


def test_unplaced_results_are_flagged():
    ghost = Result(doc=TITLE, model="X", benchmark="Y", value=12.0, unit="%", evidence="not in it 12%")
    text = audit_text(DOC, [ghost], [], color=False)
    assert "[1] score (X, Y, (no metric), 12%)  ⚠ not found in the abstract" in text
    assert "«" not in text


def test_results_sharing_a_number_share_one_mark():
    where = span(ABSTRACT, "86.54%")
    a = Result(doc=TITLE, model="A", benchmark="ScienceQA", value=86.54, unit="%", span=where)
    b = a.model_copy(update={"model": "B"})
    overlapping = Result(doc=TITLE, model="C", benchmark="S", value=86.0, span=(where[0], where[0] + 2))
    text = audit_text(DOC, [a, b, overlapping], [], color=False)
    # C's shorter span sorts first (label 1); the longer shared span is marked for A and B.
    assert "«86.54%»[2,3]" in text
    assert "[1] score (C, S, (no metric), 86)  (overlaps [2,3])" in text


def test_locate_falls_back_to_the_evidence_and_rejects_bad_spans():
    r = Result(doc=TITLE, value=98.78, unit="%", span=(5000, 5006), evidence="the art to 98.78%")
    assert locate(ABSTRACT, r) == span(ABSTRACT, "98.78%")
    assert locate(ABSTRACT, r.model_copy(update={"evidence": ""})) is None


def test_markdown_report_for_a_pull_request():
    other = Document(id="x:1", title="No numbers | here", abstract="We study things.")
    report = audit_markdown([(DOC, found(), near()), (other, [], [])], command="leaderboard audit c.jsonl")
    lines = report.splitlines()
    assert lines[0] == "<!-- generated by leaderboard audit c.jsonl; do not edit -->"
    assert "2 abstracts · 3 results · 1 near miss · 1 abstract with nothing found" in report
    assert f"## {TITLE}" in lines
    assert "`2304.09842` · 2023-04-19 · [paper](https://arxiv.org/abs/2304.09842)" in lines
    quote = next(line for line in lines if line.startswith("> "))
    assert "achieves an **86.54%** ⟨1⟩ overall accuracy" in quote
    assert "to **98.78%** ⟨3⟩." in quote
    assert "uses ~~7B~~ ⟨r1⟩ parameters" in quote
    assert "| 1   | score  | Chameleon (GPT-4)" in report
    assert "| r1  | 7B     | parameter count, not a result" in report
    assert "- No numbers \\| here (`x:1`)" in lines
    assert audit_markdown([(DOC, found(), near())]) == audit_markdown([(DOC, found(), near())])


def test_markdown_report_escapes_abstract_text():
    doc = Document(id="h", title="<script>x</script>", abstract="A [link](http://e.x) gets 50% on `B`.")
    r = Result(doc=doc.title, model="M", benchmark="B", value=50.0, unit="%", span=span(doc.abstract, "50%"))
    report = audit_markdown([(doc, [r], [])])
    assert "<script>" not in report and "## \\<script\\>x\\</script\\>" in report
    assert "> A \\[link\\](http:\\/\\/e.x) gets **50%** ⟨1⟩ on \\`B\\`." in report
