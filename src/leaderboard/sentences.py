"""Stage 2 — split an abstract into sentences, keeping exact character offsets."""

from __future__ import annotations

import regex

from .models import Sentence

# A boundary is sentence-final punctuation (optionally closed by a quote or bracket)
# followed by white space and something that can open a sentence.
_BOUNDARY = regex.compile(
    r"""(?<=[.!?])["'”’)\]]*+\s++(?=["'“‘(\[]?+[A-Z0-9$\\])"""
    # NOTE: some sources drop the space after a period ("stages.However,"): a lower-case
    # word, a period and a capitalised word is a boundary too.
    r"""|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z]++\b)""",
)
# Words whose trailing period is not a sentence end.
_ABBREV = regex.compile(
    r"""(?:\b(?:e\.g|i\.e|vs|etc|et\s+al|al|cf|Fig|Figs|Eq|Eqs|Sec|No|approx|resp|w\.r\.t|Dr|Mr|Ms|Prof|St|Inc|Ltd|Jr|viz|ca)\.)$""",
    regex.IGNORECASE,
)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` with ``text[s.start:s.end] == s.text`` for each one."""
    out: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        head = text[start : m.start()]
        # NOTE: "e.g. 57.1" and "vs. GPT-4" are not sentence ends.
        if _ABBREV.search(head[-12:]):
            continue
        _add(out, text, start, m.start())
        start = m.end()
    _add(out, text, start, len(text))
    return out


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(text=text[start:end], start=start, end=end))
