"""Plain text: one abstract, or several separated by blank lines (hard wraps are joined).

Titles: with ``title=`` (the CLI's ``--title``) a file holding one abstract gets that title
and a file holding several gets ``"TITLE #1"``, ``"TITLE #2"``...; without it, each abstract
is titled ``"<file name>#N"`` (``"<stdin>#N"`` for standard input), N counting the
abstracts from 1. Document id = ``source:line`` of the paragraph's first line.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from typing import BinaryIO

from ..models import Document, ReadProblem
from ._common import MAX_RECORD, make_document, problem
from ._io import decode_line, iter_lines

NAME = "text"
EXTENSIONS = (".txt", ".text", ".abstract")

_LETTERS = re.compile(r"[^\W\d_]{2,}")


def sniff(head: str) -> bool:
    """Readable prose: not JSON/XML/markup, no NULs, few undecodable bytes, some words."""
    text = head.lstrip("\ufeff \t\r\n")
    if not text or text[0] in "{[<":
        return False
    if "\x00" in text or text.count("\ufffd") > max(2, len(text) // 200):
        return False
    controls = sum(1 for c in text[:4096] if c < " " and c not in "\t\r\n\f")
    if controls > 2:
        return False
    return len(_LETTERS.findall(text[:4096])) >= 3


class _Para:
    __slots__ = ("line", "lines", "size", "bad")

    def __init__(self, line: int) -> None:
        self.line = line
        self.lines: list[str] = []
        self.size = 0
        self.bad: tuple[int, str] | None = None


def read(stream: BinaryIO, source: str, title: str | None = None, **_: object) -> Iterator[Document | ReadProblem]:
    base = "<stdin>" if source == "<stdin>" else os.path.basename(source)
    count = 0
    held: _Para | None = None  # one paragraph of look-ahead: is there more than one?

    def emit(p: _Para, n: int, only: bool) -> Document | ReadProblem:
        if p.bad is not None:
            return problem(source, p.bad[0], f"{p.bad[1]}; abstract {n} skipped")
        if title:
            t = title if only else f"{title} #{n}"
        else:
            t = f"{base}#{n}"
        return make_document(
            title=t, abstract="\n".join(p.lines), id=f"{source}:{p.line}", source=source, line=p.line
        )

    para: _Para | None = None
    for number, raw in iter_lines(stream):
        if raw is None:
            if para is None:
                para = _Para(number)
            para.bad = para.bad or (number, f"line longer than {MAX_RECORD} bytes")
            continue
        line, bad = decode_line(raw)
        if not line.strip():
            if para is not None:
                if held is not None:
                    count += 1
                    yield emit(held, count, False)
                held, para = para, None
            continue
        if para is None:
            para = _Para(number)
        if bad and para.bad is None:
            para.bad = (number, "invalid UTF-8 or binary data")
        if para.size <= MAX_RECORD:
            para.size += len(line)
            para.lines.append(line)
            if para.size > MAX_RECORD:
                para.lines = []
                para.bad = para.bad or (para.line, f"paragraph longer than {MAX_RECORD} characters")
    if para is not None:
        if held is not None:
            count += 1
            yield emit(held, count, False)
        held = para
    if held is not None:
        count += 1
        yield emit(held, count, count == 1)
