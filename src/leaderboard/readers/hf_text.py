"""Reader for the Hugging Face papers page text dump (the example corpus's layout).

Layout: page header lines, then for each paper: title, blank, abstract, blank, an
authors or organisation line, a line holding only ``·``, and a date line (optionally
followed by the upvote count), each paper separated by a blank line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import datetime

from ..clean import clean_text
from ..models import Document, ReadProblem

NAME = "hf-text"
EXTENSIONS = (".txt",)

_DATE = re.compile(r"^([A-Z][a-z]{2} \d{1,2}, \d{4})(?:\s+\d+)?\s*$")


def sniff(head: str) -> bool:
    """A line holding only the middle dot, followed by a date line."""
    lines = head.splitlines()
    return any(a.strip() == "·" and _DATE.match(b.strip()) for a, b in zip(lines, lines[1:]))


def _iso(date_line: str) -> str | None:
    m = _DATE.match(date_line.strip())
    if not m:
        return None
    try:
        return datetime.strptime(m.group(1), "%b %d, %Y").date().isoformat()
    except ValueError:
        return None


def read(lines: Iterable[str], source: str) -> Iterator[Document | ReadProblem]:
    """Yield one Document per paper block."""
    paragraphs: list[tuple[int, list[str]]] = []  # (first line number, lines)
    current: list[str] = []
    start = 0
    pending_meta = False
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\n")
        if pending_meta:
            # the line after "·" is the date line: the paper block ends here
            pending_meta = False
            yield from _emit(paragraphs, line, source)
            paragraphs = []
            continue
        if line.strip() == "·":
            if current:
                paragraphs.append((start, current))
            current = []
            pending_meta = True
            continue
        if not line.strip():
            if current:
                paragraphs.append((start, current))
            current = []
            continue
        if not current:
            start = number
        current.append(line)


def _emit(paragraphs: list[tuple[int, list[str]]], date_line: str, source: str) -> Iterator[Document | ReadProblem]:
    # the last paragraph is the authors / organisation line; before it: title, abstract
    if len(paragraphs) < 3:
        line = paragraphs[0][0] if paragraphs else 0
        yield ReadProblem(source=source, line=line, message="paper block without title and abstract; skipped")
        return
    (tline, title), (_, abstract) = paragraphs[-3], paragraphs[-2]
    yield Document(
        id=f"{source}:{tline}",
        title=clean_text(" ".join(title)),
        abstract=clean_text(" ".join(abstract)),
        url=None,
        date=_iso(date_line),
        source=source,
        line=tline,
    )
