"""Tests for aggregate.py: which results become rows, how they rank, conflicts, slugs."""

from __future__ import annotations

import random
import re

import pytest

from leaderboard.aggregate import build_leaderboards, fold_name, metric_key
from leaderboard.models import Baseline, Delta, Normalized, Result

CHAMELEON = "Chameleon: Plug-and-Play Compositional Reasoning with Large Language Models"
UI_INS = "UI-Ins: Enhancing GUI Grounding with Multi-Perspective Instruction-as-Reasoning"


def make(doc: str, model: str | None, benchmark: str | None, value: float, **kw) -> Result:
    kw.setdefault("metric", "accuracy")
    kw.setdefault("unit", "%")
    kw.setdefault("doc_id", doc[:12])
    kw.setdefault("evidence", f"{model} achieves {value}% {kw['metric']} on {benchmark}")
    return Result(doc=doc, model=model, benchmark=benchmark, value=value, **kw)


def board(boards, benchmark, metric=None):
    found = [
        b for b in boards
        if fold_name(b.benchmark, years=True) == fold_name(benchmark, years=True)
        and (metric is None or b.metric == metric)
    ]  # fmt: skip
    assert len(found) == 1, [(b.benchmark, b.metric) for b in boards]
    return found[0]


def test_only_scores_with_a_benchmark_become_rows():
    results = [
        make(CHAMELEON, "Chameleon (GPT-4)", "ScienceQA", 86.54),
        make(UI_INS, None, None, 76.0, kind="delta", metric=None),  # a gain on its own
        make(UI_INS, "UI-Ins-7B", "AndroidWorld", 12.0, kind="delta"),  # delta with benchmark
        make(UI_INS, "UI-Ins-32B", None, 87.3),  # score tied to no benchmark
        make(UI_INS, "UI-Ins-32B", "  ", 80.0),  # blank benchmark
    ]
    boards = build_leaderboards(results)
    assert [(b.benchmark, b.n_results) for b in boards] == [("ScienceQA", 1)]


def test_one_board_per_benchmark_and_metric_with_aliases_folded():
    results = [
        make(CHAMELEON, "Chameleon (GPT-4)", "ScienceQA", 86.54, metric="overall accuracy"),
        make("Other paper", "GPT-4", "ScienceQA", 82.0, metric="Accuracy"),
        make(UI_INS, "UI-Ins-32B", "ScienceQA", 60.0, metric="grounding accuracy"),
        make(UI_INS, "UI-Ins-32B", "ScienceQA", 0.8, metric="f1", unit=None),
    ]
    boards = build_leaderboards(results)
    assert sorted((b.benchmark, b.metric, b.n_results) for b in boards) == [
        ("ScienceQA", "accuracy", 2),  # "overall accuracy" is an alias of accuracy
        ("ScienceQA", "f1", 1),
        ("ScienceQA", "grounding accuracy", 1),  # not an alias: its own board
    ]
    assert metric_key("Overall  Accuracy") == "accuracy"


def test_benchmark_version_is_part_of_the_key():
    results = [
        make("GLM-4.5", "GLM-4.5", "AIME 24", 91.0, metric="pass@1"),
        make("AgentMath", "AgentMath-30B-A3B", "AIME24", 90.6, metric="pass@1"),
        make("Other", "Qwen3-8B", "AIME 2024", 76.0, metric="pass@1"),
        make("AgentMath", "AgentMath-30B-A3B", "AIME25", 86.4, metric="pass@1"),
        make(UI_INS, "UI-Ins-32B", "MMBench-GUI L2", 84.9, metric="grounding accuracy"),
        make("Other", "UI-TARS", "MMBench-GUI", 70.1, metric="grounding accuracy"),
    ]
    boards = build_leaderboards(results)
    aime24 = board(boards, "AIME 2024")
    assert aime24.n_results == 3 and aime24.n_papers == 3
    assert board(boards, "AIME25").n_results == 1
    assert board(boards, "MMBench-GUI L2").n_results == 1
    assert board(boards, "MMBench-GUI").n_results == 1
    assert len(boards) == 4


def test_rank_follows_metric_direction():
    acc = [
        make("P1", "A", "GSM8K", 80.1),
        make("P2", "B", "GSM8K", 92.4),
        make("P3", "C", "GSM8K", 85.0),
    ]
    wer = [
        make("Advancing STT", "large-v3", "SRB-300", 17.1, metric="wer"),
        make("Hesitation", "challenge system (Extra)", "SRB-300", 5.81, metric="WER"),
        make("Hesitation", "challenge system (Pure)", "SRB-300", 6.47, metric="word error rate"),
    ]
    boards = build_leaderboards(acc + wer)
    gsm = board(boards, "GSM8K")
    assert gsm.direction == "higher"
    assert [(r.rank, r.result.model) for r in gsm.rows] == [(1, "B"), (2, "C"), (3, "A")]
    srb = board(boards, "SRB-300")
    assert srb.direction == "lower" and srb.metric == "wer"
    assert [r.result.value for r in srb.rows] == [5.81, 6.47, 17.1]
    assert [r.rank for r in srb.rows] == [1, 2, 3]
    assert [r.result.model for r in srb.leaders] == ["challenge system (Extra)"]


def test_ties_share_a_rank_and_the_next_rank_is_skipped():
    results = [
        make("P1", "Zeta", "MATH-500", 90.0),
        make("P2", "Alpha", "MATH-500", 90.0),
        make("P3", "Beta", "MATH-500", 85.5),
        make("P4", "Gamma", "MATH-500", 95.2),
    ]
    rows = build_leaderboards(results)[0].rows
    assert [(r.rank, r.result.model) for r in rows] == [
        (1, "Gamma"), (2, "Alpha"), (2, "Zeta"), (4, "Beta"),
    ]  # fmt: skip


def test_unnamed_models_are_listed_but_not_ranked():
    grok = "Grokking in the Wild: Data Augmentation for Real-World Multi-Hop Reasoning"
    results = [
        make(grok, None, "2WikiMultiHopQA", 95.0, qualifier="<=", range_max=100.0),
        make("P2", "GPT-4", "2WikiMultiHopQA", 60.0),
        make("P3", "", "2WikiMultiHopQA", 99.0),
    ]
    b = build_leaderboards(results)[0]
    assert [(r.rank, r.result.model) for r in b.rows] == [(1, "GPT-4"), (None, ""), (None, None)]
    assert [r.result.model for r in b.leaders] == ["GPT-4"]
    assert b.conflicts == ()


def test_conflicting_values_across_papers_are_kept_and_flagged():
    results = [
        make(CHAMELEON, "Chameleon (GPT-4)", "ScienceQA", 86.54, doc_id="2304.09842"),
        make("A follow-up study", "Chameleon (GPT-4)", "ScienceQA", 85.1, doc_id="2406.00001"),
        make("A third paper", "chameleon (gpt-4)", "ScienceQA", 86.54, doc_id="2407.00002"),
        make("A third paper", "GPT-4", "ScienceQA", 75.2, doc_id="2407.00002"),
        make("Yet another", "GPT-4", "ScienceQA", 75.2, doc_id="2408.00003"),  # agrees
    ]
    b = build_leaderboards(results)[0]
    assert b.n_results == 5  # nothing merged
    flagged = sorted((r.result.doc, r.result.value) for r in b.rows if r.conflict)
    assert flagged == [
        ("A follow-up study", 85.1), ("A third paper", 86.54), (CHAMELEON, 86.54),
    ]  # fmt: skip
    assert len(b.conflicts) == 1
    conflict = b.conflicts[0]
    assert conflict.model == "Chameleon (GPT-4)"
    assert conflict.papers == 3
    assert [r.result.value for r in conflict.rows] == [86.54, 86.54, 85.1]


def test_the_same_result_printed_twice_in_one_paper_counts_once():
    twice = [
        make(CHAMELEON, "Chameleon (GPT-4)", "ScienceQA", 86.54, span=(900, 906)),
        make(CHAMELEON, "Chameleon (GPT-4)", "ScienceQA", 86.54, span=(1200, 1206)),
    ]
    other_setting = make(CHAMELEON, "Chameleon (GPT-4)", "ScienceQA", 79.9, span=(1300, 1304))
    b = build_leaderboards([*twice, other_setting])[0]
    assert [r.result.value for r in b.rows] == [86.54, 79.9]
    assert b.rows[0].result.span == (900, 906)  # the first one is kept
    assert all(r.conflict for r in b.rows)  # same paper, two values: shown, flagged


def test_output_does_not_depend_on_input_order():
    results = [
        make(f"Paper {i}", f"Model-{i % 5}", ["GSM8K", "MATH", "AIME 2024"][i % 3], 50 + i % 7)
        for i in range(30)
    ]
    expected = build_leaderboards(results)
    for seed in range(5):
        shuffled = results[:]
        random.Random(seed).shuffle(shuffled)
        assert build_leaderboards(shuffled) == expected


def test_boards_are_ordered_by_number_of_results_then_name():
    results = [
        make("P1", "A", "TabMWP", 98.78),
        make("P1", "A", "ScienceQA", 86.54),
        make("P2", "B", "ScienceQA", 80.0),
        make("P1", "A", "AndroidWorld", 74.1, metric="success rate"),
        make("P3", "C", "ScienceQA", 70.0),
    ]
    assert [b.benchmark for b in build_leaderboards(results)] == [
        "ScienceQA", "AndroidWorld", "TabMWP",
    ]  # fmt: skip


def test_slugs_are_safe_unique_and_stable():
    results = [
        make("P1", "A", "Bench α", 1.0),
        make("P1", "A", "Bench β", 2.0),  # same readable slug "bench-accuracy"
        make("P1", "A", "../../etc/passwd", 3.0),
        make("P1", "A", "index", 4.0),
    ]
    boards = build_leaderboards(results)
    slugs = [b.slug for b in boards]
    assert len(set(slugs)) == 4
    assert all(re.fullmatch(r"[a-z0-9-]+-[0-9a-f]{8,64}", s) for s in slugs), slugs
    assert "index" not in slugs
    assert [b.slug for b in build_leaderboards(reversed(results))] == slugs


def test_normalized_values_rank_only_when_every_row_has_one():
    all_norm = [
        make("P1", "A", "ImageNet", 0.81, unit=None, normalized=Normalized(value=0.81)),
        make("P2", "B", "ImageNet", 79.0, normalized=Normalized(value=0.79)),
    ]
    b = build_leaderboards(all_norm)[0]
    assert [r.result.model for r in b.rows] == ["A", "B"]  # 0.81 > 0.79 once normalized
    assert b.mixed_units and b.units == ("", "%")
    partly = [*all_norm, make("P3", "C", "ImageNet", 50.0)]
    b = build_leaderboards(partly)[0]
    assert [r.result.model for r in b.rows] == ["B", "C", "A"]  # printed numbers


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        ("WMT 2024 English-Chinese", "WMT24 English–Chinese", True),
        ("MiniF2F-Test (Lean4)", "minif2f test lean4", True),
        ("Llama 3.1 8B", "Llama 3 18B", False),
        ("MATH-500", "MATH", False),
    ],
)
def test_fold_name(left, right, same):
    assert (fold_name(left, years=True) == fold_name(right, years=True)) is same


def test_baseline_and_delta_travel_with_the_row():
    result = make(
        CHAMELEON, "Chameleon (GPT-4)", "ScienceQA", 86.54,
        baseline=Baseline(model="best published few-shot result"), delta=Delta(value=11.37, unit="%"),
    )  # fmt: skip
    row = build_leaderboards([result])[0].rows[0]
    assert row.result is result
