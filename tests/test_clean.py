"""clean_text: conservative, identical for every source format."""

from __future__ import annotations

import pytest

from leaderboard.clean import clean_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # hard wraps joined, whitespace folded, ends trimmed
        ("  Reinforcement Learning (RL) has\nproven  highly\r\n  effective\n", "Reinforcement Learning (RL) has proven highly effective"),
        ("a\tb\x0bc\x0cd\u2028e", "a b c d e"),
        # NBSP, thin and narrow spaces become plain spaces
        ("60\u00a0%\u2009and\u202f3", "60 % and 3"),
        # HTML entities unescaped once
        ("R&amp;D &lt;5% &#8217;s &nbsp;x", "R&D <5% \u2019s x"),
        ("&amp;lt;", "&lt;"),
        # invisible characters dropped
        ("zero\u200bwidth soft\xadhyphen \ufeffbom nul\x00byte \x07bell", "zerowidth softhyphen bom nulbyte bell"),
        # decomposed accents composed (NFC)
        ("Bal\u0061\u0301zs", "Bal\u00e1zs"),
        ("", ""),
        ("   \n ", ""),
    ],
)
def test_clean_text(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


@pytest.mark.parametrize(
    "latex",
    [
        r"accuracy of 85.3\% on GSM8K",
        r"a $3\times$ speed-up with $O(n \log n)$ cost",
        r"``aha moments'' and \emph{length-scaling}",
        r"\textbf{ResNet-50} reaches $76.1\%$",
        "state-of-the-\nart",  # a hyphen at a line end is kept (arXiv wraps at spaces only)
        "x < y > z",  # no tag stripping
    ],
)
def test_latex_and_hyphens_are_kept(latex: str) -> None:
    assert clean_text(latex) == " ".join(latex.split())


def test_idempotent() -> None:
    raw = "  Foo&amp;bar\n\u00a0baz\u200b  "
    once = clean_text(raw)
    assert clean_text(once) == once
