"""Extraction quality on the public gold set, measured with `leaderboard evaluate` as a user would.

The floors below are the figures the rule set reaches today (a ratchet: raise them when
the rules improve, never lower them to get green). On the example corpus they are at or
above the project's targets (full F1 >= 0.95, full precision >= 0.97, metric and baseline
accuracy >= 0.90, delta F1 >= 0.85); README's "Extraction quality" lists every set.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from leaderboard.cli import main

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"

# corpus, gold, floors
SETS = {
    "example-corpus": (
        ROOT / "examples" / "hf-papers-emergent-reasoning.txt",
        DATA / "gold-hf-papers-emergent-reasoning.jsonl",
        # the targets for the public set, asserted: full F1 >= 0.95, precision >= 0.97,
        # metric and baseline accuracy >= 0.90, delta F1 >= 0.85 (floors at or above them)
        {"full_precision": 0.99, "full_f1": 0.99, "delta_f1": 0.95,
         "metric_accuracy": 0.90, "baseline_accuracy": 0.95,
         "delta_baseline_accuracy": 0.33},
    ),
    # the shared development sets (copies of ../shared/corpus and ../shared/gold)
    "dev-arxiv-2025": (
        DATA / "dev-arxiv-2025.jsonl",
        DATA / "gold-dev-arxiv-2025.jsonl",
        {"full_precision": 0.99, "full_f1": 0.96, "delta_f1": 0.95,
         # metric 0.70: results found since whose gold metric is a phrase the text does not
         # name as a metric ("of charts satisfy colorblindness guidelines", "FP detection"
         # for "identified 62.5% of FPs") count against it
         "metric_accuracy": 0.70, "baseline_accuracy": 0.70,
         "delta_baseline_accuracy": 0.62},
    ),
    "dev-mixed": (
        DATA / "dev-mixed.jsonl",
        DATA / "gold-dev-mixed.jsonl",
        {"full_precision": 0.99, "full_f1": 0.94, "delta_f1": 0.96,
         "metric_accuracy": 0.95, "baseline_accuracy": 0.90,
         "delta_baseline_accuracy": 0.75},
    ),
    # 40 real abstracts from many fields the rules were not developed on (sources in
    # tests/data/heldout-gold.notes.md); its first score was full F1 0.63, precision 0.75
    "heldout": (
        DATA / "heldout-corpus.jsonl",
        DATA / "heldout-gold.jsonl",
        {"full_precision": 0.99, "full_f1": 0.95, "delta_f1": 0.95,
         # metric 0.90 and baseline 0.78 (were 0.95 and 0.84): the two results found since in
         # "(1523 seconds vs 1961 seconds)" and "(2.2GB vs 11.2GB)" have gold metrics
         # ("training time", "memory") and a baseline the brackets do not name; metric 0.86:
         # a score found since (0.961 full F1) whose gold metric names more than the text
         "metric_accuracy": 0.86, "baseline_accuracy": 0.78,
         "delta_baseline_accuracy": 0.55},
    ),
    # a second 40 real abstracts (2023-2025 mostly), annotated without looking at the rules;
    # its first score was full F1 0.40, precision 0.49
    "heldout2": (
        DATA / "heldout2-corpus.jsonl",
        DATA / "heldout2-gold.jsonl",
        # precision 0.95 (was 0.97): a score in brackets found since ("... using a 2-layer
        # GraphSAGE ... (accuracy 89.88%)") goes to the paper's system, not the one it uses
        {"full_precision": 0.95, "full_f1": 0.90, "delta_f1": 0.85,
         # baseline 0.78 (was 0.82): a score found since ("AP 45.7%") has a gold baseline
         # ("among the DETR-like detection models") the rules do not read
         "metric_accuracy": 0.85, "baseline_accuracy": 0.78,
         "delta_baseline_accuracy": 0.48},
    ),
    # a third 40 real abstracts from many fields (weather, proteins, speech, recommenders,
    # federated learning, ...), annotated blind; first score (commit c365327): full F1
    # 0.567, precision 0.773, delta F1 0.732
    "heldout3": (
        DATA / "heldout3-corpus.jsonl",
        DATA / "heldout3-gold.jsonl",
        {"full_precision": 0.96, "full_f1": 0.84, "delta_f1": 0.8,
         "metric_accuracy": 0.66, "baseline_accuracy": 0.80,
         "delta_baseline_accuracy": 0.59},
    ),
    # a fourth 40 real abstracts (2023-2025 mostly, many fields), annotated blind; first
    # score (commit da395a8): full F1 0.339, precision 0.478, delta F1 0.755
    "heldout4": (
        DATA / "heldout4-corpus.jsonl",
        DATA / "heldout4-gold.jsonl",
        # delta 0.85 (was 0.86): "$56 \times$ less GPU time" is no longer a price, and the
        # gold has no line for that compute ratio
        # baseline 0.23 (was 0.24): a score found since (phi-3-small, 75% on MMLU; full F1
        # 0.732 -> 0.761) has a gold baseline the sentence's respectively-list does not give
        {"full_precision": 0.92, "full_f1": 0.75, "delta_f1": 0.89,
         "metric_accuracy": 0.92, "baseline_accuracy": 0.23},
    ),
    # a fifth 40 real abstracts (2021-2024, many fields, seven without results), annotated
    # blind; first score (commit 13a0330): full F1 0.500, precision 0.571, delta F1 0.557
    "heldout5": (
        DATA / "heldout5-corpus.jsonl",
        DATA / "heldout5-gold.jsonl",
        {"full_precision": 0.94, "full_f1": 0.82, "delta_f1": 0.89,
         "metric_accuracy": 0.95, "baseline_accuracy": 0.28},
    ),
    # a sixth 40 real abstracts (2022-2026, an arXiv feed's mix, seven without results),
    # annotated blind; first score (commit 47cf9d9): full F1 0.409, precision 0.474,
    # delta F1 0.725
    "heldout6": (
        DATA / "heldout6-corpus.jsonl",
        DATA / "heldout6-gold.jsonl",
        {"full_precision": 0.85, "full_f1": 0.8, "delta_f1": 0.9,
         "metric_accuracy": 0.55, "baseline_accuracy": 0.66},
    ),
    # a seventh 40 real abstracts in the Hugging Face Daily Papers style (LLM reasoning, RL,
    # agents, benchmarks, generation), annotated blind; first score (commit b4540dd): full
    # F1 0.629, precision 0.667, delta F1 0.792
    "heldout7": (
        DATA / "heldout7-corpus.jsonl",
        DATA / "heldout7-gold.jsonl",
        # full F1 0.78 and metric 0.57 (were 0.80 and 0.60): one result matched only because
        # a method the paper critiques, "Group Relative Policy Optimization (GRPO)", was taken
        # for its system (an acronym in a sentence with "we" no longer is one unless a system
        # noun comes with it); its gold system is "a minimalist R1-Zero recipe" / "Dr. GRPO"
        # precision 0.78 and full F1 0.77 (were 0.80, 0.78): software-testing metrics (line and
        # branch coverage, mutation score) now in the vocabulary read "tests with 99% branch
        # coverage", a property of the benchmark's tests, as a score
        {"full_precision": 0.78, "full_f1": 0.77, "delta_f1": 0.85,
         "metric_accuracy": 0.57, "baseline_accuracy": 0.58},
    ),
    # an eighth 40 real abstracts of machine learning outside language models, annotated
    # blind; first score (commit 61f83f6): full F1 0.769, precision 0.781, delta F1 0.835
    "heldout8": (
        DATA / "heldout8-corpus.jsonl",
        DATA / "heldout8-gold.jsonl",
        {"full_precision": 0.86, "full_f1": 0.82, "delta_f1": 0.91,
         "metric_accuracy": 0.93, "baseline_accuracy": 0.75},
    ),
    # a ninth 40 real abstracts like one day of new arXiv submissions (2024-2025), annotated
    # blind; first score (commit c39ff7f): full F1 0.531, precision 0.722, delta F1 0.837
    "heldout9": (
        DATA / "heldout9-corpus.jsonl",
        DATA / "heldout9-gold.jsonl",
        {"full_precision": 0.92, "full_f1": 0.89, "delta_f1": 0.97,
         "metric_accuracy": 0.95, "baseline_accuracy": 0.70},
    ),
    # a tenth 40 real abstracts of machine learning in medicine and the sciences, annotated
    # blind; first score (commit 6ae7f54): full F1 0.714, precision 0.714, delta F1 0.654
    "heldout10": (
        DATA / "heldout10-corpus.jsonl",
        DATA / "heldout10-gold.jsonl",
        {"full_precision": 0.87, "full_f1": 0.78, "delta_f1": 0.78,
         "metric_accuracy": 0.90, "baseline_accuracy": 0.95},
    ),
    # an eleventh 30 real abstracts of lesser-known NLP and LLM papers, annotated blind;
    # first score (commit c1bd7e3): full F1 0.400, precision 0.556, delta F1 0.583
    "heldout11": (
        DATA / "heldout11-corpus.jsonl",
        DATA / "heldout11-gold.jsonl",
        # precision 0.64 (was 0.85): the abstract's benchmark is now found from "on benchmarks
        # such as FinanceBench", and the five results found so have gold systems the text only
        # describes ("a metadata filtering strategy, which ..., improved accuracy to 72%");
        # full F1 rose (0.583 -> 0.600)
        {"full_precision": 0.64, "full_f1": 0.60, "delta_f1": 0.92,
         "metric_accuracy": 0.95, "baseline_accuracy": 0.0},
    ),
    # a twelfth 30 real abstracts of vision, audio, time series and recommenders (14 without
    # results; one gold score on a named benchmark, so full precision is noisy), annotated
    # blind; first score (commit 5426f8a): full precision 0.250, delta F1 0.775
    "heldout12": (
        DATA / "heldout12-corpus.jsonl",
        DATA / "heldout12-gold.jsonl",
        {"full_precision": 0.99, "full_f1": 0.99, "delta_f1": 0.97,
         "metric_accuracy": 0.95, "baseline_accuracy": 0.95},
    ),
    # a thirteenth 25 real abstracts with results on named benchmarks, annotated blind;
    # first score (commit 8ec7132): full F1 0.520, precision 0.542, delta F1 0.636
    "heldout13": (
        DATA / "heldout13-corpus.jsonl",
        DATA / "heldout13-gold.jsonl",
        {"full_precision": 0.80, "full_f1": 0.80, "delta_f1": 0.72,
         "metric_accuracy": 0.70, "baseline_accuracy": 0.95},
    ),
    # sets 14-19 (fourth session), collected and annotated blind by helpers, each scored before
    # any rule change for it (README "Extraction quality" lists the first scores)
    # 14: 30 NLP/LLM and multimodal abstracts; first full F1 0.706, precision 0.783
    "heldout14": (
        DATA / "heldout14-corpus.jsonl",
        DATA / "heldout14-gold.jsonl",
        {"full_precision": 0.91, "full_f1": 0.86, "delta_f1": 0.91,
         "metric_accuracy": 0.95, "baseline_accuracy": 0.12},
    ),
    # 15: 30 abstracts outside NLP (medical imaging, graphs, speech, science); first 0.536
    "heldout15": (
        DATA / "heldout15-corpus.jsonl",
        DATA / "heldout15-gold.jsonl",
        {"full_precision": 0.92, "full_f1": 0.81, "delta_f1": 0.68,
         "metric_accuracy": 0.95, "baseline_accuracy": 0.95},
    ),
    # 16: 30 Hugging Face Daily Papers style abstracts; first 0.725
    "heldout16": (
        DATA / "heldout16-corpus.jsonl",
        DATA / "heldout16-gold.jsonl",
        {"full_precision": 0.99, "full_f1": 0.91, "delta_f1": 0.81,
         "metric_accuracy": 0.60, "baseline_accuracy": 0.60},
    ),
    # 17: 30 applied-ML abstracts (clinical, EEG/ECG, security, energy, agriculture); first 0.400
    "heldout17": (
        DATA / "heldout17-corpus.jsonl",
        DATA / "heldout17-gold.jsonl",
        {"full_precision": 0.94, "full_f1": 0.78, "delta_f1": 0.62,
         "metric_accuracy": 0.95, "baseline_accuracy": 0.70},
    ),
    # 18: 30 vision and general-ML abstracts; first 0.528
    "heldout18": (
        DATA / "heldout18-corpus.jsonl",
        DATA / "heldout18-gold.jsonl",
        {"full_precision": 0.84, "full_f1": 0.71, "delta_f1": 0.78,
         # baseline 0.63 (seventh session): F1 0.667 -> 0.718 with newly matched results whose gold baselines are not in their clause
         "metric_accuracy": 0.78, "baseline_accuracy": 0.63},
    ),
    # 19: 30 NLP, speech and IR abstracts; first 0.444
    "heldout19": (
        DATA / "heldout19-corpus.jsonl",
        DATA / "heldout19-gold.jsonl",
        {"full_precision": 0.91, "full_f1": 0.61, "delta_f1": 0.7,
         "metric_accuracy": 0.95, "baseline_accuracy": 0.15},
    ),
    # 20: 30 ordinary 2025 arXiv papers (ten without results); first 0.733
    "heldout20": (
        DATA / "heldout20-corpus.jsonl",
        DATA / "heldout20-gold.jsonl",
        {"full_precision": 0.99, "full_f1": 0.92, "delta_f1": 0.91,
         "metric_accuracy": 0.95, "baseline_accuracy": 0.95},
    ),
    # 21: 30 papers from many venues, 2019-2024; first 0.409
    "heldout21": (
        DATA / "heldout21-corpus.jsonl",
        DATA / "heldout21-gold.jsonl",
        {"full_precision": 0.77, "full_f1": 0.75, "delta_f1": 0.67,
         "metric_accuracy": 0.99, "baseline_accuracy": 0.99},
    ),
    # 22: a broad ML mix, first 0.540; 23: Hugging Face Daily Papers style, first 0.809 (both
    # scored at commit 4cc196c)
    "heldout22": (
        DATA / "heldout22-corpus.jsonl",
        DATA / "heldout22-gold.jsonl",
        {"full_precision": 0.81, "full_f1": 0.69, "delta_f1": 0.88,
         "metric_accuracy": 0.62, "baseline_accuracy": 0.0},
    ),
    "heldout23": (
        DATA / "heldout23-corpus.jsonl",
        DATA / "heldout23-gold.jsonl",
        {"full_precision": 0.99, "full_f1": 0.93, "delta_f1": 0.80,
         "metric_accuracy": 0.81, "baseline_accuracy": 0.5},
    ),
    # 24: ordinary ML papers from many fields, first full F1 0.235 (precision 0.267);
    # 25: LLMs and their uses, first 0.540 (both at commit 0d0ef93; the session's last sets)
    "heldout24": (
        DATA / "heldout24-corpus.jsonl",
        DATA / "heldout24-gold.jsonl",
        # precision 0.71 and F1 0.60 (were 0.76 and 0.62): a shared-task paper's task is now its
        # benchmark ("CIC at CheckThat! 2022: ..."), and one result found so has a gold system
        # ("RoBERTa", named after the value by "using") other than the team's
        {"full_precision": 0.71, "full_f1": 0.60, "delta_f1": 0.79,
         "metric_accuracy": 0.95, "baseline_accuracy": 0.95},
    ),
    "heldout25": (
        DATA / "heldout25-corpus.jsonl",
        DATA / "heldout25-gold.jsonl",
        # baseline 0.33 (first 0.50): results found since (humans 85.0 on HourVideo, full F1
        # 0.540 -> 0.667) have gold baselines named only by apposition ("the ... model, Gemini
        # Pro 1.5 (85.0% vs. 37.3%)")
        {"full_precision": 0.93, "full_f1": 0.74, "delta_f1": 0.9,
         "metric_accuracy": 0.79, "baseline_accuracy": 0.33},
    ),
    # 26-29: collected and annotated blind by helpers (sources in the notes files); first
    # full F1 at commit 5339a96: 26 (2025 multimodal/RL/agents/generation) 0.808, 27 (classic
    # deep learning 2016-2023) 0.613, 28 (applied ML outside core ML) 0.345, 29 (efficiency,
    # RL/robotics, 3D, tabular) 0.143
    "heldout26": (
        DATA / "heldout26-corpus.jsonl",
        DATA / "heldout26-gold.jsonl",
        {"full_precision": 0.86, "full_f1": 0.86, "delta_f1": 0.9,
         "metric_accuracy": 0.87, "baseline_accuracy": 0.6},
    ),
    "heldout27": (
        DATA / "heldout27-corpus.jsonl",
        DATA / "heldout27-gold.jsonl",
        {"full_precision": 0.78, "full_f1": 0.73, "delta_f1": 0.69,
         "metric_accuracy": 0.82, "baseline_accuracy": 0.11},
    ),
    "heldout28": (
        DATA / "heldout28-corpus.jsonl",
        DATA / "heldout28-gold.jsonl",
        # metric 0.9 (first 1.0 on five matches): a result found since, "ranking by summed
        # z-scores, this system scored highest with 68.3", has a gold metric the value's
        # clause does not name
        {"full_precision": 0.83, "full_f1": 0.62, "delta_f1": 0.87,
         "metric_accuracy": 0.9, "baseline_accuracy": 0.66},
    ),
    "heldout29": (
        DATA / "heldout29-corpus.jsonl",
        DATA / "heldout29-gold.jsonl",
        {"full_precision": 0.99, "full_f1": 0.94, "delta_f1": 0.82,
         "metric_accuracy": 0.95, "baseline_accuracy": 0.95},
    ),
    # 30-33: collected and annotated blind by helpers after the rule changes for 26-29; first
    # full F1 at commit 8031125: 30 (NLP outside LLM agents) 0.372, 31 (computer vision) 0.833,
    # 32 (speech, time series, recommenders, graphs) 0.667, 33 (2025 LLM papers) 0.727
    "heldout30": (
        DATA / "heldout30-corpus.jsonl",
        DATA / "heldout30-gold.jsonl",
        # metric 0.72 (first 0.75): results found since include the colon list "(PEGASUS:
        # 47.21, BART: 45.14 on XSUM Dataset)", whose gold metric (ROUGE-1) the bracket does
        # not name
        {"full_precision": 0.64, "full_f1": 0.54, "delta_f1": 0.69,
         "metric_accuracy": 0.72, "baseline_accuracy": 0.5},
    ),
    "heldout31": (
        DATA / "heldout31-corpus.jsonl",
        DATA / "heldout31-gold.jsonl",
        {"full_precision": 0.99, "full_f1": 0.93, "delta_f1": 0.8,
         "metric_accuracy": 0.86, "baseline_accuracy": 0.77},
    ),
    "heldout32": (
        DATA / "heldout32-corpus.jsonl",
        DATA / "heldout32-gold.jsonl",
        # precision 0.84 (was 0.90): a shared-task title's challenge is now the benchmark (full F1
        # 0.833 -> 0.846); one score found since goes to the team, where gold names a single system
        {"full_precision": 0.84, "full_f1": 0.84, "delta_f1": 0.8,
         "metric_accuracy": 0.72, "baseline_accuracy": 0.0},
    ),
    "heldout33": (
        DATA / "heldout33-corpus.jsonl",
        DATA / "heldout33-gold.jsonl",
        {"full_precision": 0.99, "full_f1": 0.91, "delta_f1": 0.9,
         "metric_accuracy": 0.81, "baseline_accuracy": 0.95},
    ),
    # 34-37: a third blind batch, collected after the rule changes for 30-33; first full F1 at
    # commit 152adc0: 34 (general ML, cs.LG) 0.533, 35 (vision-language, documents, robotics,
    # driving) 0.812, 36 (biomedical, health and science ML) 0.514, 37 (2025 Hugging Face
    # Daily Papers mix) 0.866
    "heldout34": (
        DATA / "heldout34-corpus.jsonl",
        DATA / "heldout34-gold.jsonl",
        {"full_precision": 0.74, "full_f1": 0.79, "delta_f1": 0.9,
         # metric 0.6 (seventh session): the newly matched "from 11.07% to 3.31%" transition's gold metric (FPR) is named in another clause
         "metric_accuracy": 0.6, "baseline_accuracy": 0.75},
    ),
    "heldout35": (
        DATA / "heldout35-corpus.jsonl",
        DATA / "heldout35-gold.jsonl",
        {"full_precision": 0.99, "full_f1": 0.87, "delta_f1": 0.88,
         # baseline 0.33 (seventh session): the DocVLM transitions now matched (benchmark: the one known name of the sentence) start from the base models named in brackets earlier, which the gold gives as baselines
         "metric_accuracy": 0.55, "baseline_accuracy": 0.33},
    ),
    "heldout36": (
        DATA / "heldout36-corpus.jsonl",
        DATA / "heldout36-gold.jsonl",
        {"full_precision": 0.68, "full_f1": 0.54, "delta_f1": 0.46,
         "metric_accuracy": 0.66, "baseline_accuracy": 0.95},
    ),
    "heldout37": (
        DATA / "heldout37-corpus.jsonl",
        DATA / "heldout37-gold.jsonl",
        # metric 0.65 (first 0.68): a result found since has the gold metric "score", which its
        # sentence does not write
        {"full_precision": 0.93, "full_f1": 0.93, "delta_f1": 0.75,
         "metric_accuracy": 0.65, "baseline_accuracy": 0.0},
    ),
    # 38-41: a fourth blind batch; first full F1: 38 (cs.CL 2024-2025) 0.700 at commit
    # 22fdc9f, 39 (cs.CV 2024-2025) 0.800, 40 (classic ML 2012-2019) 0.723 and 41 (applied ML
    # across domains) 0.286 at commit 027b82d
    "heldout38": (
        DATA / "heldout38-corpus.jsonl",
        DATA / "heldout38-gold.jsonl",
        {"full_precision": 0.77, "full_f1": 0.73, "delta_f1": 0.61,
         "metric_accuracy": 0.4, "baseline_accuracy": 0.2},
    ),
    "heldout39": (
        DATA / "heldout39-corpus.jsonl",
        DATA / "heldout39-gold.jsonl",
        {"full_precision": 0.9, "full_f1": 0.9, "delta_f1": 0.8,
         "metric_accuracy": 0.42, "baseline_accuracy": 0.95},
    ),
    "heldout40": (
        DATA / "heldout40-corpus.jsonl",
        DATA / "heldout40-gold.jsonl",
        {"full_precision": 0.95, "full_f1": 0.82, "delta_f1": 0.66,
         "metric_accuracy": 0.88, "baseline_accuracy": 0.3},
    ),
    "heldout41": (
        DATA / "heldout41-corpus.jsonl",
        DATA / "heldout41-gold.jsonl",
        {"full_precision": 0.69, "full_f1": 0.54, "delta_f1": 0.72,
         "metric_accuracy": 0.95, "baseline_accuracy": 0.95},
    ),
    # 42-45: a fifth blind batch, smaller (the helpers' search budget ran out: 16, 19, 30 and
    # 28 abstracts); first full F1: 42 (a random arXiv listing day and search results) 0.348 at
    # commit 6175878, 43 (Hugging Face Daily Papers kind) 0.600, 44 (ML in science, medicine,
    # engineering) 0.304 and 45 (well-known ML papers 2015-2023) 0.741 at commit c35a11d
    "heldout42": (
        DATA / "heldout42-corpus.jsonl",
        DATA / "heldout42-gold.jsonl",
        {"full_precision": 0.99, "full_f1": 0.57, "delta_f1": 0.84,
         "metric_accuracy": 0.95, "baseline_accuracy": 0.95},
    ),
    "heldout43": (
        DATA / "heldout43-corpus.jsonl",
        DATA / "heldout43-gold.jsonl",
        {"full_precision": 0.66, "full_f1": 0.6, "delta_f1": 0.87,
         "metric_accuracy": 0.95, "baseline_accuracy": 0.0},
    ),
    "heldout44": (
        DATA / "heldout44-corpus.jsonl",
        DATA / "heldout44-gold.jsonl",
        {"full_precision": 0.58, "full_f1": 0.3, "delta_f1": 0.88,
         "metric_accuracy": 0.57, "baseline_accuracy": 0.0},
    ),
    "heldout45": (
        DATA / "heldout45-corpus.jsonl",
        DATA / "heldout45-gold.jsonl",
        {"full_precision": 0.99, "full_f1": 0.94, "delta_f1": 0.84,
         "metric_accuracy": 0.9, "baseline_accuracy": 0.53},
    ),
    # 46-49: a sixth blind batch; first full F1 at commit a46b08d: 46 (LLM papers 2025-2026)
    # 0.733, 47 (computer vision 2023-2026) 0.706, 48 (applied ML by domain scientists) 0.778
    # (only 11 of its 68 gold lines name a benchmark), 49 (speech, recommenders, graphs, RL,
    # time series, federated learning, efficiency) 0.500
    "heldout46": (
        DATA / "heldout46-corpus.jsonl",
        DATA / "heldout46-gold.jsonl",
        # metric 0.54 (was 0.6): a result matched since ("claude-opus-4.6 (15/22, 68.2%)") has the
        # gold metric "overall performance", which its brackets do not write
        {"full_precision": 0.99, "full_f1": 0.89, "delta_f1": 0.78,
         "metric_accuracy": 0.54, "baseline_accuracy": 0.83},
    ),
    "heldout47": (
        DATA / "heldout47-corpus.jsonl",
        DATA / "heldout47-gold.jsonl",
        {"full_precision": 0.95, "full_f1": 0.92, "delta_f1": 0.8,
         "metric_accuracy": 0.83, "baseline_accuracy": 0.46},
    ),
    "heldout48": (
        DATA / "heldout48-corpus.jsonl",
        DATA / "heldout48-gold.jsonl",
        {"full_precision": 0.99, "full_f1": 0.77, "delta_f1": 0.58,
         "metric_accuracy": 0.57, "baseline_accuracy": 0.66},
    ),
    "heldout49": (
        DATA / "heldout49-corpus.jsonl",
        DATA / "heldout49-gold.jsonl",
        {"full_precision": 0.85, "full_f1": 0.85, "delta_f1": 0.83,
         "metric_accuracy": 0.83, "baseline_accuracy": 0.95},
    ),
    # 50-53: a seventh blind batch; first full F1 at commit fde8f97: 50 (HF Daily Papers kind
    # 2025-26) 0.696, 51 (lesser-known NLP 2019-2023) 0.353, 52 (one arXiv listing day) 0.500,
    # 53 (engineering journals) 0.366. 54-57: an eighth; first full F1 at commit 360fccd: 54 (ML
    # for code) 0.857, 55 (biomedical and clinical) 0.301, 56 (RL, robotics, embodied AI) 0.385,
    # 57 (document AI, OCR, retrieval, recommendation) 0.686
    "heldout50": (
        DATA / "heldout50-corpus.jsonl",
        DATA / "heldout50-gold.jsonl",
        {"full_precision": 0.72, "full_f1": 0.75, "delta_f1": 0.82,
         "metric_accuracy": 0.74, "baseline_accuracy": 0.59},
    ),
    "heldout51": (
        DATA / "heldout51-corpus.jsonl",
        DATA / "heldout51-gold.jsonl",
        # baseline 0.16 (was 0.19): a shared-task score found since (WMT20, full F1 0.391 -> 0.425)
        # has a gold baseline ('all submissions') the rules do not read
        {"full_precision": 0.62, "full_f1": 0.5, "delta_f1": 0.76,
         "metric_accuracy": 0.99, "baseline_accuracy": 0.16},
    ),
    "heldout52": (
        DATA / "heldout52-corpus.jsonl",
        DATA / "heldout52-gold.jsonl",
        {"full_precision": 0.99, "full_f1": 0.92, "delta_f1": 0.92,
         "metric_accuracy": 0.91, "baseline_accuracy": 0.87},
    ),
    "heldout53": (
        DATA / "heldout53-corpus.jsonl",
        DATA / "heldout53-gold.jsonl",
        # baseline 0.5 (was 0.66): a result matched since ("a final WER of 25.9%") has its gold
        # baseline ("a baseline with no augmentation") in an earlier clause
        {"full_precision": 0.67, "full_f1": 0.46, "delta_f1": 0.77,
         "metric_accuracy": 0.99, "baseline_accuracy": 0.5},
    ),
    "heldout54": (
        DATA / "heldout54-corpus.jsonl",
        DATA / "heldout54-gold.jsonl",
        {"full_precision": 0.94, "full_f1": 0.92, "delta_f1": 0.93,
         "metric_accuracy": 0.66, "baseline_accuracy": 0.72},
    ),
    "heldout55": (
        DATA / "heldout55-corpus.jsonl",
        DATA / "heldout55-gold.jsonl",
        # precision 0.66 (was 0.69): a repeated "our model maintains its high accuracy (0.868)",
        # which the gold annotates only once, is now read and given to the wrong system
        # metric 0.72 (was 0.80): two shared-task scores found since (MEDDOCAN, full F1 0.432 ->
        # 0.474) have a gold metric (F1) stated after a third value written with a decimal
        # comma ("86.01%, 87.03%, and 89,12% in F1")
        {"full_precision": 0.68, "full_f1": 0.46, "delta_f1": 0.79,
         "metric_accuracy": 0.72, "baseline_accuracy": 0.72},
    ),
    "heldout56": (
        DATA / "heldout56-corpus.jsonl",
        DATA / "heldout56-gold.jsonl",
        {"full_precision": 0.79, "full_f1": 0.61, "delta_f1": 0.62,
         "metric_accuracy": 0.87, "baseline_accuracy": 0.0},
    ),
    "heldout57": (
        DATA / "heldout57-corpus.jsonl",
        DATA / "heldout57-gold.jsonl",
        # metric 0.86 and baseline 0.71 (were 0.91, 0.99): results matched since (ChartMuseum's
        # three) have gold baselines ("humans") the sentence gives only by contrast
        {"full_precision": 0.93, "full_f1": 0.83, "delta_f1": 0.87,
         "metric_accuracy": 0.86, "baseline_accuracy": 0.71},
    ),
    # 58-61: a ninth blind batch; first full F1: 58 (speech and audio) 0.312 and 61 (LLM
    # evaluation, safety, multilingual, agents) 0.562 at commit b533761, 59 (time series,
    # tabular, AutoML, causal, uncertainty) 0.348 at commit cd8709e, 60 (graphs, knowledge
    # graphs, recommenders, traffic) 0.545 at commit 6463ebf
    "heldout58": (
        DATA / "heldout58-corpus.jsonl",
        DATA / "heldout58-gold.jsonl",
        # precision 0.41 and F1 0.30 (were 0.49, 0.31): "achieves minDCF 0.5342, EER 5.05% on
        # task1 eval set" is now read; its gold system is only described ("the final system, a
        # fusion of four systems")
        {"full_precision": 0.58, "full_f1": 0.52, "delta_f1": 0.67,
         "metric_accuracy": 0.99, "baseline_accuracy": 0.66},
    ),
    "heldout59": (
        DATA / "heldout59-corpus.jsonl",
        DATA / "heldout59-gold.jsonl",
        {"full_precision": 0.49, "full_f1": 0.37, "delta_f1": 0.74,
         "metric_accuracy": 0.99, "baseline_accuracy": 0.0},
    ),
    "heldout60": (
        DATA / "heldout60-corpus.jsonl",
        DATA / "heldout60-gold.jsonl",
        {"full_precision": 0.85, "full_f1": 0.59, "delta_f1": 0.81,
         "metric_accuracy": 0.82, "baseline_accuracy": 0.99},
    ),
    "heldout61": (
        DATA / "heldout61-corpus.jsonl",
        DATA / "heldout61-gold.jsonl",
        # baseline 0.5 (was 0.66): a result matched since ("kimi-k2 ... (0.612)") has the gold
        # baseline "claude-sonnet-4" (0.603), named after it as "statistically comparable"
        # delta 0.63 (seventh session): a gain now found in a "by" list ("closing the gap with GPT4-turbo by 45%") has its gold benchmark in an earlier clause
        {"full_precision": 0.87, "full_f1": 0.68, "delta_f1": 0.63,
         "metric_accuracy": 0.88, "baseline_accuracy": 0.5},
    ),
    # 62-65: a tenth blind batch (62, 63 and 64 smaller: 16, 15 and 19 abstracts, the helpers'
    # search budget ran out); first full F1 at commit 4b79340: 62 (Hugging Face Daily Papers
    # kind) 0.632, 63 (mid-era NLP and vision) 0.706, 64 (applied DL in agriculture, energy,
    # finance, manufacturing) 0.744, 65 (efficient ML and systems; 3 gold scores) 0.333
    "heldout62": (
        DATA / "heldout62-corpus.jsonl",
        DATA / "heldout62-gold.jsonl",
        {"full_precision": 0.89, "full_f1": 0.94, "delta_f1": 0.87,
         "metric_accuracy": 0.99, "baseline_accuracy": 0.0},
    ),
    "heldout63": (
        DATA / "heldout63-corpus.jsonl",
        DATA / "heldout63-gold.jsonl",
        {"full_precision": 0.74, "full_f1": 0.7, "delta_f1": 0.58,
         "metric_accuracy": 0.99, "baseline_accuracy": 0.0},
    ),
    "heldout64": (
        DATA / "heldout64-corpus.jsonl",
        DATA / "heldout64-gold.jsonl",
        {"full_precision": 0.94, "full_f1": 0.79, "delta_f1": 0.53,
         "metric_accuracy": 0.99, "baseline_accuracy": 0.59},
    ),
    "heldout65": (
        DATA / "heldout65-corpus.jsonl",
        DATA / "heldout65-gold.jsonl",
        {"full_precision": 0.32, "full_f1": 0.32, "delta_f1": 0.85,
         "metric_accuracy": 0.99, "baseline_accuracy": 0.0},
    ),
    # 66-69: an eleventh blind batch (seventh session); first full F1 at commit bdbfd4a:
    # 66 (Hugging Face Daily Papers kind 2025-2026) 0.667, 67 (computer vision 2021-2026)
    # 0.600, 68 (NLP and retrieval 2018-2024) 0.800, 69 (ML outside core CS: chemistry,
    # health, speech, forecasting, climate) 0.333
    "heldout66": (
        DATA / "heldout66-corpus.jsonl",
        DATA / "heldout66-gold.jsonl",
        {"full_precision": 0.9, "full_f1": 0.75, "delta_f1": 0.81,
         # baseline 0.39: the newly matched LEAP transition's gold baseline ("general-purpose LLMs") is described, not named
         "metric_accuracy": 0.81, "baseline_accuracy": 0.39},
    ),
    "heldout67": (
        DATA / "heldout67-corpus.jsonl",
        DATA / "heldout67-gold.jsonl",
        {"full_precision": 0.85, "full_f1": 0.79, "delta_f1": 0.67,
         # baseline 0.69: a newly matched result (its benchmark the one known name of its sentence) has a gold baseline the text gives only by description
         "metric_accuracy": 0.99, "baseline_accuracy": 0.69},
    ),
    "heldout68": (
        DATA / "heldout68-corpus.jsonl",
        DATA / "heldout68-gold.jsonl",
        {"full_precision": 0.88, "full_f1": 0.86, "delta_f1": 0.52,
         # metric 0.93: "expert human performance is 96.0%" names no metric (gold: the F1 of the clause before)
         "metric_accuracy": 0.93, "baseline_accuracy": 0.42},
    ),
    "heldout69": (
        DATA / "heldout69-corpus.jsonl",
        DATA / "heldout69-gold.jsonl",
        {"full_precision": 0.66, "full_f1": 0.49, "delta_f1": 0.89,
         "metric_accuracy": 0.99, "baseline_accuracy": 0.99},
    ),

    # 70: Hugging Face Daily Papers kind beyond text-only LLMs (video and 3D generation,
    # robotics, speech LLMs, GUI and documents); first full F1 at commit 3210a39: 0.471
    "heldout70": (
        DATA / "heldout70-corpus.jsonl",
        DATA / "heldout70-gold.jsonl",
        {"full_precision": 0.64, "full_f1": 0.59, "delta_f1": 0.78,
         "metric_accuracy": 0.9, "baseline_accuracy": 0.49},
    ),

    # 71-73: a twelfth blind batch (seventh session); first full F1 at commit 3210a39: 71
    # (biomedical and life-science ML) 0.345, 72 (classic ML 2016-2021) 0.525, 73 (arXiv
    # cs.CL/CV/LG/IR 2024-2026) 0.778
    "heldout71": (
        DATA / "heldout71-corpus.jsonl",
        DATA / "heldout71-gold.jsonl",
        {"full_precision": 0.78, "full_f1": 0.57, "delta_f1": 0.82,
         # metric 0.79: "recovery of 0.63 on both CATH 4.2 and CATH 4.3" now gives the second result, whose
         # gold metric ("native sequence recovery") the rules read as no metric
         # baseline 0.37: the "GCN with RMSE of 0.518 on B3DB" results now matched compare with "current state-of-the-art GNN baselines", a description
         "metric_accuracy": 0.79, "baseline_accuracy": 0.37},
    ),
    "heldout72": (
        DATA / "heldout72-corpus.jsonl",
        DATA / "heldout72-gold.jsonl",
        {"full_precision": 0.64, "full_f1": 0.6, "delta_f1": 0.77,
         # baseline 0.39: the FGSM results matched since "a robust CIFAR10 classifier with 45%" compare with "free" training only by description
         "metric_accuracy": 0.9, "baseline_accuracy": 0.39},
    ),
    "heldout73": (
        DATA / "heldout73-corpus.jsonl",
        DATA / "heldout73-gold.jsonl",
        {"full_precision": 0.73, "full_f1": 0.77, "delta_f1": 0.97,
         "metric_accuracy": 0.7, "baseline_accuracy": 0.66},
    ),

    # 75-76 (seventh session); first full F1 at commit 4380c10: 75 (many arXiv categories:
    # eess, q-bio, physics, robotics, security, software) 0.364, 76 (LLM papers 2024-2026) 0.500
    "heldout75": (
        DATA / "heldout75-corpus.jsonl",
        DATA / "heldout75-gold.jsonl",
        {"full_precision": 0.99, "full_f1": 0.66, "delta_f1": 0.81,
         # metric 0.87: the BiLSTM result now matched ("performs better on the high-resolution NTU-Fi HAR dataset (92.05%)") names no metric; the gold carries "accuracy" over from the sentence before
         "metric_accuracy": 0.87, "baseline_accuracy": 0.0},
    ),
    "heldout76": (
        DATA / "heldout76-corpus.jsonl",
        DATA / "heldout76-gold.jsonl",
        {"full_precision": 0.64, "full_f1": 0.66, "delta_f1": 0.74,
         "metric_accuracy": 0.28, "baseline_accuracy": 0.32},
    ),

    # 74 and 77 (seventh session); first full F1 at commit 21a12c4: 74 (Hugging Face Daily
    # Papers, as they come, 2025-2026) 0.667, 77 (vision and multimodal 2024-2026) 0.667
    "heldout74": (
        DATA / "heldout74-corpus.jsonl",
        DATA / "heldout74-gold.jsonl",
        {"full_precision": 0.92, "full_f1": 0.95, "delta_f1": 0.89,
         "metric_accuracy": 0.85, "baseline_accuracy": 0.99},
    ),
    "heldout77": (
        DATA / "heldout77-corpus.jsonl",
        DATA / "heldout77-gold.jsonl",
        {"full_precision": 0.8, "full_f1": 0.73, "delta_f1": 0.81,
         "metric_accuracy": 0.9, "baseline_accuracy": 0.79},
    ),

    # 78-81 (eighth session); first full F1 at commit e6865c7: 78 (HF Daily Papers kind)
    # 0.688, 79 (speech, time series, tabular, RL) 0.486, 80 (arXiv listings) 0.649, 81 (ML
    # for science and health) 0.462; 82-85 at commit eb28a7b: 82 (HF Daily Papers kind) 0.571,
    # 83 (NLP 2019-2023) 0.410, 84 (vision 2022-2026) 0.634, 85 (LLM papers 2025-2026) 0.621
    "heldout78": (
        DATA / "heldout78-corpus.jsonl",
        DATA / "heldout78-gold.jsonl",
        {"full_precision": 0.86, "full_f1": 0.78, "delta_f1": 0.7,
         "metric_accuracy": 0.61, "baseline_accuracy": 0.99},
    ),
    "heldout79": (
        DATA / "heldout79-corpus.jsonl",
        DATA / "heldout79-gold.jsonl",
        {"full_precision": 0.54, "full_f1": 0.55, "delta_f1": 0.75,
         "metric_accuracy": 0.99, "baseline_accuracy": 0.59},
    ),
    "heldout80": (
        DATA / "heldout80-corpus.jsonl",
        DATA / "heldout80-gold.jsonl",
        {"full_precision": 0.93, "full_f1": 0.83, "delta_f1": 0.91,
         "metric_accuracy": 0.99, "baseline_accuracy": 0.49},
    ),
    "heldout81": (
        DATA / "heldout81-corpus.jsonl",
        DATA / "heldout81-gold.jsonl",
        {"full_precision": 0.81, "full_f1": 0.64, "delta_f1": 0.54,
         "metric_accuracy": 0.82, "baseline_accuracy": 0.74},
    ),
    "heldout82": (
        DATA / "heldout82-corpus.jsonl",
        DATA / "heldout82-gold.jsonl",
        {"full_precision": 0.72, "full_f1": 0.66, "delta_f1": 0.96,
         "metric_accuracy": 0.69, "baseline_accuracy": 0.99},
    ),
    "heldout83": (
        DATA / "heldout83-corpus.jsonl",
        DATA / "heldout83-gold.jsonl",
        {"full_precision": 0.58, "full_f1": 0.5, "delta_f1": 0.72,
         "metric_accuracy": 0.99, "baseline_accuracy": 0.16},
    ),
    "heldout84": (
        DATA / "heldout84-corpus.jsonl",
        DATA / "heldout84-gold.jsonl",
        {"full_precision": 0.71, "full_f1": 0.62, "delta_f1": 0.73,
         "metric_accuracy": 0.72, "baseline_accuracy": 0.37},
    ),
    "heldout85": (
        DATA / "heldout85-corpus.jsonl",
        DATA / "heldout85-gold.jsonl",
        {"full_precision": 0.59, "full_f1": 0.61, "delta_f1": 0.88,
         "metric_accuracy": 0.82, "baseline_accuracy": 0.0},
    ),

    # blind held-out sets of the ninth session (first scores at 07f264e, before any change for
    # them): 86 classic NLP and shared tasks, full F1 0.333 (P 0.421); 87 arXiv listings
    # 2025-2026, 0.545 (0.750); 88 recommenders, retrieval, knowledge graphs and competition
    # reports, 0.069 (0.167); 89 efficient ML, 0.500 (0.500)
    "heldout86": (
        DATA / "heldout86-corpus.jsonl",
        DATA / "heldout86-gold.jsonl",
        {"full_precision": 0.67, "full_f1": 0.53, "delta_f1": 0.66,
         "metric_accuracy": 0.68, "baseline_accuracy": 0.0},
    ),
    "heldout87": (
        DATA / "heldout87-corpus.jsonl",
        DATA / "heldout87-gold.jsonl",
        {"full_precision": 0.74, "full_f1": 0.54, "delta_f1": 0.9,
         "metric_accuracy": 0.66, "baseline_accuracy": 0.99},
    ),
    "heldout88": (
        DATA / "heldout88-corpus.jsonl",
        DATA / "heldout88-gold.jsonl",
        {"full_precision": 0.7, "full_f1": 0.53, "delta_f1": 0.87,
         "metric_accuracy": 0.99, "baseline_accuracy": 0.99},
    ),
    "heldout89": (
        DATA / "heldout89-corpus.jsonl",
        DATA / "heldout89-gold.jsonl",
        {"full_precision": 0.99, "full_f1": 0.66, "delta_f1": 0.73,
         "metric_accuracy": 0.99, "baseline_accuracy": 0.0},
    ),

    # first scores at e2f8b68: 90 Hugging Face Daily Papers 2025-2026, full F1 0.621 (P 0.692);
    # 91 computer vision and multimodal, 0.629 (0.647); 92 speech, audio and time series,
    # 0.481 (0.565); 93 ML in medicine and the sciences, 0.000 (0.000; 10 gold scores on a
    # named benchmark)
    "heldout90": (
        DATA / "heldout90-corpus.jsonl",
        DATA / "heldout90-gold.jsonl",
        {"full_precision": 0.74, "full_f1": 0.63, "delta_f1": 0.76,
         "metric_accuracy": 0.39, "baseline_accuracy": 0.66},
    ),
    "heldout91": (
        DATA / "heldout91-corpus.jsonl",
        DATA / "heldout91-gold.jsonl",
        # delta 0.69 (was 0.73): a super-resolution scale factor ('On Manga109 (4×)') read as a
        # score before is now a change (one ratio in x read as a change: full F1 0.629 -> 0.647)
        # baseline 0.71 (was 0.99): the two scores with a glued metric ('89.37%AUC') are found
        # now (full F1 0.647 -> 0.800) and their compared system is not ('previous state of the art')
        {"full_precision": 0.81, "full_f1": 0.79, "delta_f1": 0.77,
         "metric_accuracy": 0.92, "baseline_accuracy": 0.71},
    ),
    "heldout92": (
        DATA / "heldout92-corpus.jsonl",
        DATA / "heldout92-gold.jsonl",
        {"full_precision": 0.56, "full_f1": 0.47, "delta_f1": 0.77,
         "metric_accuracy": 0.84, "baseline_accuracy": 0.99},
    ),
    "heldout93": (
        DATA / "heldout93-corpus.jsonl",
        DATA / "heldout93-gold.jsonl",
        {"full_precision": 0.16, "full_f1": 0.17, "delta_f1": 0.69,
         "metric_accuracy": 0.49, "baseline_accuracy": 0.99},
    ),

    # first scores at 5dcdeeb: 94 arXiv cs.LG/stat.ML/cs.AI 2024-2026 (23 abstracts), full F1
    # 0.571 (P 0.857); 95 multilingual and low-resource NLP 2020-2025, 0.583 (0.636); 96
    # robotics, RL and driving (4 gold scores on a named benchmark), 0.154 (0.111); 97 Hugging
    # Face Daily Papers 2024-2025 (20 abstracts), 0.400 (0.455)
    "heldout94": (
        DATA / "heldout94-corpus.jsonl",
        DATA / "heldout94-gold.jsonl",
        {"full_precision": 0.99, "full_f1": 0.66, "delta_f1": 0.96,
         "metric_accuracy": 0.74, "baseline_accuracy": 0.24},
    ),
    "heldout95": (
        DATA / "heldout95-corpus.jsonl",
        DATA / "heldout95-gold.jsonl",
        # baseline 0.59 (was 0.66): a score found since ('BERT outperformed them with an F1 score of
        # 93%', full F1 0.583 -> 0.667) has a gold baseline (SVM, 89%) the pronoun does not name
        {"full_precision": 0.72, "full_f1": 0.66, "delta_f1": 0.53,
         "metric_accuracy": 0.94, "baseline_accuracy": 0.59},
    ),
    "heldout96": (
        DATA / "heldout96-corpus.jsonl",
        DATA / "heldout96-gold.jsonl",
        {"full_precision": 0.37, "full_f1": 0.49, "delta_f1": 0.9,
         "metric_accuracy": 0.99, "baseline_accuracy": 0.0},
    ),
    "heldout97": (
        DATA / "heldout97-corpus.jsonl",
        DATA / "heldout97-gold.jsonl",
        {"full_precision": 0.54, "full_f1": 0.47, "delta_f1": 0.99,
         "metric_accuracy": 0.99, "baseline_accuracy": 0.66},
    ),
    "heldout98": (
        DATA / "heldout98-corpus.jsonl",
        DATA / "heldout98-gold.jsonl",
        {"full_precision": 0.59, "full_f1": 0.74, "delta_f1": 0.76,
         "metric_accuracy": 0.99, "baseline_accuracy": 0.99},
    ),
    "heldout99": (
        DATA / "heldout99-corpus.jsonl",
        DATA / "heldout99-gold.jsonl",
        # metric 0.76 (was 0.81): TicrossNet's FPS scores are found now (full F1 0.632 -> 0.842);
        # gold leaves their metric empty and the tool names it 'fps'
        {"full_precision": 0.88, "full_f1": 0.83, "delta_f1": 0.58,
         "metric_accuracy": 0.76, "baseline_accuracy": 0.49},
    ),
    "heldout100": (
        DATA / "heldout100-corpus.jsonl",
        DATA / "heldout100-gold.jsonl",
        {"full_precision": 0.94, "full_f1": 0.81, "delta_f1": 0.76,
         "metric_accuracy": 0.82, "baseline_accuracy": 0.99},
    ),
    "heldout101": (
        DATA / "heldout101-corpus.jsonl",
        DATA / "heldout101-gold.jsonl",
        # metric 0.66 (was 0.99): more scores matched (full F1 0.250 -> 0.375), one with no metric
        {"full_precision": 0.72, "full_f1": 0.58, "delta_f1": 0.83,
         "metric_accuracy": 0.81, "baseline_accuracy": 0.99},
    ),
    "heldout102": (
        DATA / "heldout102-corpus.jsonl",
        DATA / "heldout102-gold.jsonl",
        {"full_precision": 0.7, "full_f1": 0.58, "delta_f1": 0.6,
         "metric_accuracy": 0.86, "baseline_accuracy": 0.49},
    ),
    "heldout103": (
        DATA / "heldout103-corpus.jsonl",
        DATA / "heldout103-gold.jsonl",
        # metric 0.79 (was 0.88): a rating on a scale in a benchmark paper is on its benchmark now
        # ('the best models score 3.43 out of 5 in clinical equivalence'; full F1 0.581 -> 0.625), its
        # metric unnamed by the tool
        {"full_precision": 0.76, "full_f1": 0.62, "delta_f1": 0.8,
         "metric_accuracy": 0.79, "baseline_accuracy": 0.49},
    ),
    "heldout104": (
        DATA / "heldout104-corpus.jsonl",
        DATA / "heldout104-gold.jsonl",
        {"full_precision": 0.87, "full_f1": 0.77, "delta_f1": 0.57,
         "metric_accuracy": 0.99, "baseline_accuracy": 0.69},
    ),
    "heldout105": (
        DATA / "heldout105-corpus.jsonl",
        DATA / "heldout105-gold.jsonl",
        # metric 0.92 (was 0.99): a structured abstract's glued heading ("information.Results On the
        # SSDD dataset") no longer hides its scores (full F1 0.372 -> 0.600); one has its metric unnamed
        {"full_precision": 0.88, "full_f1": 0.66, "delta_f1": 0.66,
         "metric_accuracy": 0.93, "baseline_accuracy": 0.99},
    ),
    "heldout106": (
        DATA / "heldout106-corpus.jsonl",
        DATA / "heldout106-gold.jsonl",
        {"full_precision": 0.39, "full_f1": 0.39, "delta_f1": 0.79,
         "metric_accuracy": 0.49, "baseline_accuracy": 0.0},
    ),
    "heldout107": (
        DATA / "heldout107-corpus.jsonl",
        DATA / "heldout107-gold.jsonl",
        {"full_precision": 0.77, "full_f1": 0.64, "delta_f1": 0.64,
         "metric_accuracy": 0.92, "baseline_accuracy": 0.9},
    ),
    "heldout108": (
        DATA / "heldout108-corpus.jsonl",
        DATA / "heldout108-gold.jsonl",
        {"full_precision": 0.66, "full_f1": 0.31, "delta_f1": 0.52,
         "metric_accuracy": 0.99, "baseline_accuracy": 0.99},
    ),
    "heldout109": (
        DATA / "heldout109-corpus.jsonl",
        DATA / "heldout109-gold.jsonl",
        {"full_precision": 0.87, "full_f1": 0.82, "delta_f1": 0.66,
         "metric_accuracy": 0.86, "baseline_accuracy": 0.74},
    ),
    "heldout110": (
        DATA / "heldout110-corpus.jsonl",
        DATA / "heldout110-gold.jsonl",
        {"full_precision": 0.84, "full_f1": 0.91, "delta_f1": 0.94,
         "metric_accuracy": 0.77, "baseline_accuracy": 0.99},
    ),
    "heldout111": (
        DATA / "heldout111-corpus.jsonl",
        DATA / "heldout111-gold.jsonl",
        {"full_precision": 0.49, "full_f1": 0.42, "delta_f1": 0.89,
         "metric_accuracy": 0.99, "baseline_accuracy": 0.0},
    ),
    "heldout112": (
        DATA / "heldout112-corpus.jsonl",
        DATA / "heldout112-gold.jsonl",
        {"full_precision": 0.99, "full_f1": 0.81, "delta_f1": 0.92,
         "metric_accuracy": 0.99, "baseline_accuracy": 0.0},
    ),
    "heldout113": (
        DATA / "heldout113-corpus.jsonl",
        DATA / "heldout113-gold.jsonl",
        {"full_precision": 0.72, "full_f1": 0.72, "delta_f1": 0.39,
         "metric_accuracy": 0.87, "baseline_accuracy": 0.99},
    ),

    # 40 abstracts from many fields, annotated by the project (a stand-in for unseen text)
    "fields": (
        DATA / "fields-corpus.jsonl",
        DATA / "fields-gold.jsonl",
        {"full_precision": 0.98, "full_f1": 0.95, "delta_f1": 0.91,
         "metric_accuracy": 0.82, "baseline_accuracy": 0.80,
         "delta_baseline_accuracy": 0.75},
    ),
}


@pytest.mark.integration
@pytest.mark.parametrize("name", sorted(SETS))
def test_quality_floor(name: str, tmp_path: Path, capsys) -> None:
    corpus, gold, floors = SETS[name]
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(corpus), "-o", str(out), "-q"]) == 0
    capsys.readouterr()
    assert main(["evaluate", "--gold", str(gold), str(out), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out.splitlines()[0])
    got = {
        "full_precision": figures["full"]["precision"],
        "full_f1": figures["full"]["f1"],
        "delta_f1": figures["delta"]["f1"],
        "metric_accuracy": figures["metric_accuracy"] or 0.0,
        "baseline_accuracy": figures["baseline_accuracy"] or 0.0,
        # the project's own figure (not score.py's): changes given the system they are
        # measured against; floors on the sets below only
        "delta_baseline_accuracy": figures["delta_baseline_accuracy"] or 0.0,
    }
    below = {k: (got[k], floor) for k, floor in floors.items() if got[k] < floor}
    assert not below, f"{name}: below the floor (got, floor): {below}"
