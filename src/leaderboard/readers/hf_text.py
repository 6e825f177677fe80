"""Reader for the Hugging Face papers page text dump (the example corpus's layout).

Layout: page header lines, then for each paper: title, blank, abstract, blank, an
authors or organisation line, a line holding only ``·``, and a date line (optionally
followed by the upvote count), each paper separated by a blank line.

Document: id = ``source:line`` of the title (the dump has no arXiv id), date = the date line
as YYYY-MM-DD. A block holding invalid UTF-8 or an over-long line is skipped; text after the
last complete block (a truncated file) is reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from typing import BinaryIO

from ..models import Document, ReadProblem
from ._common import MAX_RECORD, make_document, problem
from ._io import decode_line, iter_lines

NAME = "hf-text"
EXTENSIONS = (".txt",)

_DATE = re.compile(r"^([A-Z][a-z]{2} \d{1,2}, \d{4})(?:\s+\d+)?\s*$")


def sniff(head: str) -> bool:
    """A line holding only the middle dot, followed by a date line."""
    lines = head.splitlines()
    return any(a.strip() == "·" and _DATE.match(b.strip()) for a, b in zip(lines, lines[1:], strict=False))


def _iso(date_line: str) -> str | None:
    m = _DATE.match(date_line.strip())
    if not m:
        return None
    try:
        return datetime.strptime(m.group(1), "%b %d, %Y").date().isoformat()
    except ValueError:
        return None


class _Block:
    """The paragraphs since the last paper, with the first bad line seen (if any)."""

    def __init__(self) -> None:
        self.paragraphs: list[tuple[int, list[str]]] = []
        self.bad: tuple[int, str] | None = None
        self.size = 0


def read(stream: BinaryIO, source: str, **_: object) -> Iterator[Document | ReadProblem]:
    """Yield one Document per paper block."""
    block = _Block()
    current: list[str] = []
    start = 0
    pending_meta = False
    last = 0
    for number, raw in iter_lines(stream):
        last = number
        if raw is None:
            line, bad = "", True
            block.bad = block.bad or (number, f"line longer than {MAX_RECORD} bytes")
        else:
            line, bad = decode_line(raw)
            line = line.rstrip("\r\n")
            if bad and block.bad is None:
                block.bad = (number, "invalid UTF-8 or binary data")
        if pending_meta:
            # the line after "·" is the date line: the paper block ends here
            pending_meta = False
            yield _emit(block, line, source)
            block = _Block()
            continue
        if line.strip() == "·":
            if current:
                block.paragraphs.append((start, current))
            current = []
            pending_meta = True
            continue
        if not line.strip():
            if current:
                block.paragraphs.append((start, current))
            current = []
            continue
        if block.size > MAX_RECORD:
            # runaway block (no paper structure): keep only the bounded tail
            block.paragraphs = block.paragraphs[-3:]
            block.size = sum(len(x) for _, p in block.paragraphs for x in p)
        block.size += len(line)
        if not current:
            start = number
        current.append(line)
    if current:
        block.paragraphs.append((start, current))
    if len(block.paragraphs) >= 2 or (block.paragraphs and block.bad):
        yield problem(
            source,
            block.paragraphs[0][0],
            f"incomplete paper block at end of file (no '·' and date line; truncated?); skipped (file has {last} lines)",
        )


def _emit(block: _Block, date_line: str, source: str) -> Document | ReadProblem:
    paragraphs = block.paragraphs
    # the last paragraph is the authors / organisation line; before it: title, abstract
    if len(paragraphs) < 3:
        line = paragraphs[0][0] if paragraphs else 0
        return problem(source, line, "paper block without title and abstract; skipped")
    (tline, title), (_, abstract) = paragraphs[-3], paragraphs[-2]
    if block.bad is not None:
        bad_line, why = block.bad
        return problem(source, bad_line, f"{why} in the paper block at line {tline}; skipped")
    return make_document(
        title="\n".join(title),
        abstract="\n".join(abstract),
        id=f"{source}:{tline}",
        date=_iso(date_line),
        source=source,
        line=tline,
    )
