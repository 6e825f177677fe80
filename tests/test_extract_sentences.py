"""Realistic result sentences from many fields, and what the extractor must read from them."""

from __future__ import annotations

import pytest

from leaderboard.extract import Extractor
from leaderboard.models import Document

TITLE = "A Study of Things"


def run(text: str, title: str = TITLE) -> list[dict]:
    results, _ = Extractor.load().extract(Document(id="s", title=title, abstract=text))
    out = []
    for r in results:
        out.append({
            "kind": r.kind, "model": r.model, "benchmark": r.benchmark, "metric": r.metric,
            "value": r.value, "unit": r.unit, "qualifier": r.qualifier, "range_max": r.range_max,
            "baseline_model": r.baseline.model if r.baseline else None,
            "baseline_value": r.baseline.value if r.baseline else None,
            "delta_value": r.delta.value if r.delta else None,
        })
    return out


def has(results: list[dict], **want) -> bool:
    return any(all(r.get(k) == v for k, v in want.items()) for r in results)


CASES = [
    # vision
    ("Our ResNet-Q model reaches a top-1 accuracy of 84.3% on ImageNet.",
     [dict(model="ResNet-Q", benchmark="ImageNet", metric="top-1 accuracy", value=84.3, unit="%")]),
    ("The model reaches 85.2 ± 0.3 mAP on COCO val2017.",
     [dict(benchmark="COCO val2017", value=85.2, metric="map")]),
    ("FID drops from 12.3 to 8.1 on CIFAR-10, while LPIPS is 0.12 on FFHQ.",
     [dict(benchmark="CIFAR-10", value=8.1, baseline_value=12.3, metric="fid"),
      dict(benchmark="FFHQ", value=0.12, metric="lpips")]),
    # speech
    ("Whisper-X achieves a WER of 4.2% on LibriSpeech test-other, compared to 5.1% for the baseline.",
     [dict(model="Whisper-X", benchmark="LibriSpeech test-other", metric="wer", value=4.2, baseline_value=5.1)]),
    ("SpecNet achieves 95–100% recall on VoxCeleb1.",
     [dict(model="SpecNet", benchmark="VoxCeleb1", value=95.0, range_max=100.0)]),
    # robotics / RL
    ("In robotic manipulation, our policy attains a 92% success rate on the RLBench suite, outperforming Diffusion Policy by 14 points.",
     [dict(benchmark="RLBench", metric="success rate", value=92.0, baseline_model="Diffusion Policy", delta_value=14.0)]),
    ("PPO-Lite attains at least 90% success on MetaWorld and under 5% collision rate on Habitat.",
     [dict(model="PPO-Lite", benchmark="Meta-World", value=90.0, qualifier=">="),
      dict(model="PPO-Lite", benchmark="Habitat", value=5.0, qualifier="<", metric="collision rate")]),
    # retrieval
    ("The retriever improves nDCG@10 from 41.2 to 45.8 on BEIR.",
     [dict(benchmark="BEIR", value=45.8, baseline_value=41.2)]),
    ("Our method achieves 74.1% and 62.0% on HotpotQA and MuSiQue.",
     [dict(benchmark="HotpotQA", value=74.1), dict(benchmark="MuSiQue", value=62.0)]),
    # efficiency
    ("EffNet-Lite runs at 30 FPS with 23 ms latency on the Jetson Orin, a 3.2x speedup over the dense model.",
     [dict(kind="delta", value=3.2, unit="x")]),
    ("HBPO reduces average token usage by up to 60.6% while improving accuracy by 3.14%.",
     [dict(kind="delta", value=60.6, qualifier="<=", metric="average token usage"),
      dict(kind="delta", value=3.14, metric="accuracy")]),
    # NLP
    ("On TabMWP, GPT-4-powered Chameleon improves the accuracy by 17.0%, lifting the state of the art to 98.78%.",
     [dict(benchmark="TabMWP", value=98.78, delta_value=17.0)]),
    ("Our framework achieves 54.51% accuracy on MiniF2F-Test, largely outperforming GPT-4 (22.95%).",
     [dict(benchmark="MiniF2F-Test", value=54.51, baseline_model="GPT-4", baseline_value=22.95),
      dict(model="GPT-4", benchmark="MiniF2F-Test", value=22.95)]),
    ("On AIME24, AIME25, and HMMT25, AgentMath-30B-A3B attains 90.6%, 86.4%, and 73.8% accuracy respectively.",
     [dict(model="AgentMath-30B-A3B", benchmark="AIME24", value=90.6),
      dict(model="AgentMath-30B-A3B", benchmark="AIME25", value=86.4),
      dict(model="AgentMath-30B-A3B", benchmark="HMMT25", value=73.8)]),
    ("Our model improves over base models (e.g., 66.3 %rightarrow73.4 % on MathVista).",
     [dict(benchmark="MathVista", value=73.4, baseline_value=66.3)]),
    ("It scores 57.1% on AIME 2024.", [dict(benchmark="AIME24", value=57.1)]),
    # a later value of a list with a metric of its own
    ("Experiments on SSDD and HRSID demonstrate that the proposed method achieves 96.1% AP with a speed of 25.3FPS and 91.4% AP with a speed of 22.8FPS, respectively.",
     [dict(benchmark="HRSID", value=91.4, metric="ap"), dict(benchmark="HRSID", value=22.8, metric="speed")]),
    # a verb or "models" before a metric is no part of it
    ("The results obtained by the three models on HAM10000 demonstrate accuracies of 98%, 97%, and 96%, respectively.",
     [dict(benchmark="HAM10000", value=98, metric="accuracy")]),
    # the next item of a list of transitions is stated for its own system
    ("RLFlow boosts the success rate of Mistral-7B from 12.0% to 30.5% and Gemma-2-9B from 15.2% to 41.3% on WebShop.",
     [dict(benchmark="WebShop", value=30.5, baseline_model="Mistral-7B", baseline_value=12.0),
      dict(benchmark="WebShop", value=41.3, baseline_model="Gemma-2-9B", baseline_value=15.2)]),
    # a bracketed comparison after the next score, in the first one's shape, is against the same system
    ("TagNER attains an F1 of 91.2 on CoNLL-2003 (compared to 90.1 for BERT-large) and 88.4 on OntoNotes (compared to 87.0).",
     [dict(benchmark="CoNLL-2003", value=91.2, baseline_model="BERT-large", baseline_value=90.1),
      dict(benchmark="OntoNotes", value=88.4, baseline_model="BERT-large", baseline_value=87.0)]),
    # a list of metrics before a list of values: one metric per value, a shared last noun
    ("DocLay reaches precision and recall of 81.2% and 75.6% on DocBank.",
     [dict(benchmark="DocBank", value=81.2, metric="precision"), dict(benchmark="DocBank", value=75.6, metric="recall")]),
    ("Our classifier achieves top-1 and top-5 accuracies of 81.2% and 95.6% on ImageNet.",
     [dict(value=81.2, metric="top-1 accuracy"), dict(value=95.6, metric="top-5 accuracy")]),
    ("The segmenter achieves average DSC and NSD scores of 0.8642 and 0.8717 on the validation set of FLARE.",
     [dict(value=0.8642, metric="dsc"), dict(value=0.8717, metric="nsd score")]),
    # the baseline is the first system named, not the phrase that introduces it
    ("MathLM achieves 86.8% on GSM8K, exceeding the performance of much bigger models including LLaMA-2-70B (56.8%) and WizardMath-70B (81.6%).",
     [dict(benchmark="GSM8K", value=86.8, baseline_model="LLaMA-2-70B", baseline_value=56.8)]),
    ("DetX reaches 52.1 AP on COCO, outperforming state-of-the-art methods like Faster R-CNN.",
     [dict(benchmark="COCO", value=52.1, baseline_model="Faster R-CNN")]),
    # a suite named after "within" in the sentence before; "i.e., <Name>" names the compared system
    ("We test WebPilot on seven websites within WebArena. It achieves a success rate gain of 9.1%, from 12.4% to 21.5%, over a strong open agent, i.e., SteP.",
     [dict(benchmark="WebArena", value=21.5, baseline_model="SteP", baseline_value=12.4)]),
    # a metric's name written out in full
    ("SkinSeg surpassed the state of the art with Dice Similarity Coefficient of 0.915 and Accuracy 0.959 on ISIC 2018 dataset.",
     [dict(benchmark="ISIC 2018", value=0.915, metric="dice similarity coefficient")]),
    # an acronym metric in the plural, without an article
    ("The verifier obtains EERs of 0.8% and 1.9% on VoxCeleb1-O and VoxCeleb1-H.",
     [dict(benchmark="VoxCeleb1-O", value=0.8, metric="eer"), dict(benchmark="VoxCeleb1-H", value=1.9, metric="eer")]),
    # the system a change is measured against, before the change or after a list of changes
    ("Our planner outperforms DreamerV3 by 12.4% on Crafter.",
     [dict(kind="delta", benchmark="Crafter", value=12.4, baseline_model="DreamerV3")]),
    ("The agent achieves performance gains of > 12% on ALFWorld and > 9% on WebShop over the PPO baseline.",
     [dict(kind="delta", benchmark="ALFWorld", value=12.0, qualifier=">", baseline_model="PPO baseline"),
      dict(kind="delta", benchmark="WebShop", value=9.0, qualifier=">", baseline_model="PPO baseline")]),
    ("On UCF101, VidNet surpasses TSN, I3D and SlowFast by 6.1%, 3.4% and 1.2%, respectively.",
     [dict(kind="delta", value=6.1, baseline_model="TSN"), dict(kind="delta", value=3.4, baseline_model="I3D"),
      dict(kind="delta", value=1.2, baseline_model="SlowFast")]),
    # the system a change verb acts on
    ("GraphWalk improves the state-of-the-art model by 19% in node classification.",
     [dict(kind="delta", value=19.0, baseline_model="state-of-the-art model", metric=None)]),
    ("Several defenses even degrade the performance of the base LLM by more than 50%.",
     [dict(kind="delta", value=50.0, baseline_model="base LLM")]),
    ("SpecNet improves Top-10 Accuracy over the strongest baseline by +17.82 points on NMR-Set.",
     [dict(kind="delta", value=17.82, baseline_model="strongest baseline")]),
    # a speed-up level a system moves to stays a score
    ("KernelRL raises the mean speedup from 0.53x to 1.10x on KernelBench.",
     [dict(kind="score", benchmark="KernelBench", value=1.1, baseline_value=0.53)]),
    # a transition's system named after it with "with" / "for", before "and ..."
    ("We reduce the WER on the MyST test set from 13.2% to 8.6% with Whisper-Medium and show that it generalizes.",
     [dict(model="Whisper-Medium", benchmark="MyST test", value=8.6, baseline_value=13.2)]),
    ("Training raises accuracy on GSM8K from 6.1% to 43.0% for GLM-4-9B and improves stability.",
     [dict(benchmark="GSM8K", value=43.0, baseline_model="GLM-4-9B", baseline_value=6.1)]),
    # a pronoun names no compared system
    ("On Ax-to-Grind, SVM reaches an F1 score of 89%, while BERT outperformed them with an F1 score of 93%.",
     [dict(model="BERT", value=93.0, baseline_model=None)]),
    # a phrase that names no system is no baseline
    ("It synthesizes speech 12.5x faster than real time and runs 3x faster than those trained with diffusion.",
     [dict(kind="delta", value=12.5, baseline_model=None), dict(kind="delta", value=3.0, baseline_model=None)]),
    # a power of ten is part of the number: its unit, never a value of its own
    ("Our implementation obtains a mean squared error of 9.47×10^-3 on the test data of Traffic4cast.",
     [dict(benchmark="Traffic4cast", value=9.47, unit="x10^-3", metric="mean squared error")]),
    ("The surrogate reaches an MSE of 2.1 × 10^{-4} on ETTh1.",
     [dict(benchmark="ETTh1", value=2.1, unit="x10^-4", metric="mse")]),
    # a dataset named with its owner: the dataset's own name
    ("The method is trained and evaluated using PhysioNet’s MIT-BIH dataset, and an average accuracy of 98.72% is achieved.",
     [dict(benchmark="MIT-BIH", value=98.72)]),
    # a change in brackets after a score's benchmark is that score's margin, not a score
    ("Our method achieves 97.3% average success rate on LIBERO (11.8% improvement), 93.5% on LIBERO-LONG (24.5% improvement), 92.5% first task success rate on CALVIN ABC-D (4.1% improvement).",
     [dict(kind="score", benchmark="LIBERO", value=97.3, delta_value=11.8),
      dict(kind="score", benchmark="LIBERO-LONG", value=93.5, delta_value=24.5),
      dict(kind="score", benchmark="CALVIN ABC-D", value=92.5, delta_value=4.1)]),
    # a rank among people
    ("Benchmarking 34 LLMs, we find that GPT-5 achieves a notable 81.76th percentile on LiveOIBench.",
     [dict(model="GPT-5", benchmark="LiveOIBench", value=81.76, unit="percentile")]),
    # a range of margins is a change of its own, not the score's margin, nor a transition
    ("Lingxi resolves 74.6% of bugs on SWE-bench Verified, outperforming five state-of-the-art techniques by a significant margin (5.4% to 14.9%).",
     [dict(kind="score", value=74.6, benchmark="SWE-bench Verified"),
      dict(kind="delta", value=5.4, range_max=14.9, benchmark="SWE-bench Verified")]),
    # a metric acronym glued to the per cent sign
    ("Experiments show the effectiveness of DeSC, achieving 89.37%AUC on UCF-Crime and 87.18%AP on XD-Violence.",
     [dict(benchmark="UCF-Crime", value=89.37, metric="auc"),
      dict(benchmark="XD-Violence", value=87.18, metric="ap")]),
    # "<metric> of A vs. B on X": A is the system's own score (a subscripted acronym metric)
    ("CoDA outperforms the best-performing method by a large margin, e.g., AP_Novel of 9.17 vs. 3.61 on SUN-RGBD.",
     [dict(model="CoDA", benchmark="SUN-RGBD", value=9.17, metric="ap_novel", baseline_value=3.61)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_sentence(text: str, expected: list[dict]) -> None:
    got = run(text)
    for want in expected:
        assert has(got, **want), f"missing {want} in {got}"


@pytest.mark.parametrize(
    "text",
    [
        "We train on 1.2M images with a batch size of 256 and a 128K context in 2023.",
        "Our 7B model outperforms 70B baselines on 12 benchmarks.",
        "The dataset has 14.1 objects per scene and 62.6% occlusion.",
        "Our student is 20x smaller and uses 70.9% fewer parameters.",
    ],
)
def test_not_results(text: str) -> None:
    assert [r for r in run(text) if r["kind"] == "score"] == []


def test_exponent_of_a_power_of_ten_is_no_value() -> None:
    got = run("The surrogate reaches an MSE of 2.1 × 10^{-4} on ETTh1 and 3.2×10-3 on ETTm1.")
    assert sorted(r["value"] for r in got) == [2.1, 3.2], got


def test_our_model_is_the_papers_system() -> None:
    got = run("We propose LIMO. Our model achieves 57.1% accuracy on AIME.", title="LIMO: Less is More")
    assert has(got, model="LIMO", benchmark="AIME", value=57.1)


def test_benchmark_from_previous_sentence() -> None:
    text = "We evaluate on the WMT24 English-Chinese benchmark. Meanwhile, our MT-7B attains an average score of 62.25."
    assert has(run(text), model="MT-7B", benchmark="WMT24 English-Chinese", value=62.25)


def test_human_value_after_points() -> None:
    """'78.2 points human performance': the value is people's (the space before 'points' is
    not eaten by the optional space before a percent sign)."""
    from leaderboard.extract import _HUMAN_AFTER

    assert _HUMAN_AFTER.match(" points human performance")
    assert _HUMAN_AFTER.match("% human accuracy")
    assert _HUMAN_AFTER.match(" human baseline")
    assert not _HUMAN_AFTER.match(" points on HumanEval")


def test_participle_tail_of_a_compared_phrase() -> None:
    """'outperforming models trained on 100x more data by ...': the participle's phrase ends
    before 'by' or a comma, and runs on over 'and' inside it."""
    from leaderboard.extract import _PARTICIPLE_TAIL

    m = _PARTICIPLE_TAIL.match(" on 100x more data by a wide margin")
    assert m and m.group(0) == " on 100x more data"
    m = _PARTICIPLE_TAIL.match(" on Wikipedia and BooksCorpus, while")
    assert m and m.group(0) == " on Wikipedia and BooksCorpus"
