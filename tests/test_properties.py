"""Property-based tests: extraction never raises, stays bounded, and every result is traceable."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from leaderboard.extract import Extractor
from leaderboard.models import Document


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


SETTINGS = settings(max_examples=300, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])

# Pieces of real abstract phrasing, recombined by hypothesis into abstract-shaped texts.
SUBJECTS = ["Our model", "We show that X-7B", "The proposed method, Foo-Net,", "GPT-4",
            "Our approach", "ResNet-50", "This framework", "humans", "It", "BarNet-L"]
VERBS = ["achieves", "reaches", "obtains", "scores", "improves", "reduces", "outperforms",
         "surpasses", "attains", "yields"]
METRICS = ["accuracy", "F1", "BLEU", "WER", "mIoU", "pass@1", "top-1 accuracy",
           "success rate", "FID", "latency", "AP", ""]
BENCHES = ["ImageNet", "MMLU", "AIME24", "COCO", "LibriSpeech test-clean", "HumanEval",
           "SQuAD v2.0", "GSM8K", "the ReasonSeg benchmark", "WMT 24 English-Chinese"]
NUMBERS = st.one_of(
    st.integers(0, 200_000).map(str),
    st.floats(0, 1000, allow_nan=False).map(lambda f: f"{f:.2f}"),
    st.floats(0, 1, allow_nan=False).map(lambda f: f"{f:.3f}"),
)
UNITS = ["%", "\\%", " points", "x", "$\\times$", " ms", " FPS", " dB", "", " %", "pp"]
QUALS = ["", "over ", "up to ", "nearly ", "~", "at least ", "from 12.5% to "]


@st.composite
def abstract_sentences(draw) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 6))):
        num = draw(NUMBERS)
        parts.append(
            f"{draw(st.sampled_from(SUBJECTS))} {draw(st.sampled_from(VERBS))} "
            f"{draw(st.sampled_from(QUALS))}{num}{draw(st.sampled_from(UNITS))} "
            f"{draw(st.sampled_from(METRICS))} on {draw(st.sampled_from(BENCHES))}"
            f"{draw(st.sampled_from(['', ', respectively', ' and 3.1 on GSM8K', ' (vs. 48.1)']))}."
        )
    return " ".join(parts)


def _check(extractor: Extractor, abstract: str, title: str = "T: a title",
           limit: float = 20.0) -> None:
    doc = Document(id="p", title=title, abstract=abstract)
    start = time.perf_counter()
    results, rejections = extractor.extract(doc)
    assert time.perf_counter() - start < limit
    for r in results + [rej.candidate for rej in rejections]:
        assert abstract[r.span[0]:r.span[1]] == r.evidence
        assert r.doc == doc.title
    for r in results:
        assert r.value_text and r.value_text in r.evidence
        assert r.evidence.strip()


@SETTINGS
@given(st.text(max_size=2000))
def test_arbitrary_unicode_never_raises(extractor: Extractor, text: str) -> None:
    _check(extractor, text)


@SETTINGS
@given(abstract_sentences())
def test_generated_abstracts_are_traceable(extractor: Extractor, abstract: str) -> None:
    _check(extractor, abstract)


@SETTINGS
@given(st.lists(st.sampled_from(
    ["0", "1", ".", ",", "%", " ", "-", "–", "x", "(", ")", "on", "A", "$", "\\", "±", "→",
     "to", "from", "by", "respectively", ";", "vs."]), max_size=400).map("".join))
def test_number_soup_never_raises(extractor: Extractor, text: str) -> None:
    _check(extractor, text)


def test_huge_sentence_is_bounded(extractor: Extractor) -> None:
    # one 160,000-character "sentence" holding 4,000 results: bounded by its size, not hung
    text = ("Model-A achieves 12.5% on Bench-B and " * 4000) + "."
    _check(extractor, text, limit=20.0)
    digits = "1" * 100_000
    _check(extractor, f"X reaches {digits}% on Y.")
