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
# A heading of a structured abstract that opens a sentence without a colon ("...
# information.Results On the SSDD dataset, the model achieved"): not part of the sentence.
#: headings that open a sentence with or without a colon
HEADING_WORDS = r"Results?|Methods?|Materials\s+and\s+methods|Conclusions?|Findings|Objectives?|Aims?|Interpretation"
_HEADING = regex.compile(
    r"(?:(?:" + HEADING_WORDS + r")"
    r"(?::\s*+|\s++)"
    # (words that may open a name take a colon: "Background Matting reaches ...")
    r"|(?:Background|Purpose|Introduction|Significance|Design|Setting)\s*+:\s*+)(?=[A-Z])"
)
# Every boundary starts right after one of these (both branches of _BOUNDARY look
# behind for it), so only those positions need trying.
_FINAL = regex.compile(r"[.!?]")


def _boundaries(text: str):  # type: ignore[no-untyped-def]
    """The matches of ``_BOUNDARY.finditer(text)``, trying only positions after [.!?].

    Equivalent to the finditer: every match starts right after a [.!?] character, so
    the leftmost match at or after a position is the first candidate position there
    at which ``_BOUNDARY.match`` succeeds (the lookbehinds see the text before it).
    """
    match = _BOUNDARY.match
    last = 0
    for f in _FINAL.finditer(text):
        p = f.end()
        if p < last:
            continue
        m = match(text, p)
        if m is not None:
            last = m.end()
            yield m


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` with ``text[s.start:s.end] == s.text`` for each one."""
    out: list[Sentence] = []
    start = 0
    for m in _boundaries(text):
        b = m.start()
        # NOTE: "e.g. 57.1" and "vs. GPT-4" are not sentence ends. (Every abbreviation
        # ends with "."; after "!" or "?" the search cannot succeed, so skip it.)
        if text[b - 1] == "." and _ABBREV.search(text[max(start, b - 12) : b]):
            continue
        _add(out, text, start, b)
        start = m.end()
    _add(out, text, start, len(text))
    return out


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    seg = text[start:end]
    body = seg.strip()
    if body:
        start += len(seg) - len(seg.lstrip())
        h = _HEADING.match(body)
        if h and h.end() < len(body):
            start += h.end()
            body = body[h.end():]
        out.append(_sentence(body, start, start + len(body)))


def _sentence(text: str, start: int, end: int) -> Sentence:
    """``Sentence(text=..., start=..., end=...)`` without re-validating known-good fields."""
    s = _new(Sentence)
    _set(s, "__dict__", {"text": text, "start": start, "end": end})
    _set(s, "__pydantic_fields_set__", {"text", "start", "end"})
    _set(s, "__pydantic_extra__", None)
    _set(s, "__pydantic_private__", None)
    return s


_new = object.__new__
_set = object.__setattr__


def split_sentences_reference(text: str) -> list[Sentence]:
    """The original implementation (kept to prove the fast one equivalent in tests)."""
    out: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        head = text[start : m.start()]
        if _ABBREV.search(head[-12:]):
            continue
        _add_reference(out, text, start, m.start())
        start = m.end()
    _add_reference(out, text, start, len(text))
    return out


def _add_reference(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    h = _HEADING.match(text, start, end)
    if h and h.end() < end:
        start = h.end()
    if end > start:
        out.append(Sentence(text=text[start:end], start=start, end=end))
