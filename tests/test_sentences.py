"""Sentence splitting keeps exact offsets and ignores abbreviations and decimals."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from leaderboard.sentences import split_sentences


def test_offsets_index_the_text() -> None:
    text = "We propose X. It gets 57.1% on AIME (vs. 48.1 for GPT-4), e.g. on MATH.  Next one!"
    sents = split_sentences(text)
    assert [s.text for s in sents] == [
        "We propose X.",
        "It gets 57.1% on AIME (vs. 48.1 for GPT-4), e.g. on MATH.",
        "Next one!",
    ]
    for s in sents:
        assert text[s.start:s.end] == s.text


def test_et_al_and_decimals_do_not_split() -> None:
    text = "Smith et al. report 3.5 points. Then 2.0 more."
    assert [s.text for s in split_sentences(text)] == ["Smith et al. report 3.5 points.", "Then 2.0 more."]


def test_missing_space_after_period_splits() -> None:
    text = "in its early stages.However,the cost is high."
    assert [s.text for s in split_sentences(text)] == ["in its early stages.", "However,the cost is high."]


def test_structured_abstract_headings_are_not_part_of_the_sentence() -> None:
    text = ("Deep models are costly.Methods We prune the network. Results On the SSDD dataset, the "
            "model achieved 97.0% precision. Background Matting reaches 0.91. Background: Prior work is slow.")
    sents = split_sentences(text)
    assert [s.text for s in sents] == [
        "Deep models are costly.",
        "We prune the network.",
        "On the SSDD dataset, the model achieved 97.0% precision.",
        "Background Matting reaches 0.91.",  # no colon: a name may open with the word
        "Prior work is slow.",
    ]
    for s in sents:
        assert text[s.start:s.end] == s.text


def test_empty() -> None:
    assert split_sentences("") == []


@given(st.text(alphabet="ab .!?XY1%\u00a0", max_size=80))
def test_offsets_always_exact(text: str) -> None:
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text and s.text.strip() == s.text and s.text
