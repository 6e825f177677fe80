"""Stage 1 — read source files into Documents (one reader per format).

Formats (``--format NAME``):

==============  ==============================================================
``hf-text``     Hugging Face papers page text dump (the example corpus)
``hf-daily``    Hugging Face daily papers API JSON
``arxiv-atom``  arXiv API Atom feed
``arxiv-oai``   arXiv OAI metadata snapshot (JSON Lines)
``pwc``         Papers with Code ``papers-with-abstracts.json``
``s2``          Semantic Scholar Graph API (paper, ``{"data": [...]}``, batch)
``json``        any JSON array of ``title``/``abstract`` records
``jsonl``       JSON Lines with ``title`` and ``abstract``/``summary``
``csv``/``tsv`` a header row with ``title`` and ``abstract``/``summary`` columns
``text``        plain text: one abstract, or several separated by blank lines
==============  ==============================================================

A reader has ``NAME`` (the ``--format`` name), ``EXTENSIONS`` (file name endings it
claims), ``sniff(head: str) -> bool`` (does this text -- the file's first 64 KiB, decoded
with replacement -- look like the format?) and ``read(stream, source, **options) ->
Iterator[Document | ReadProblem]`` where ``stream`` is a buffered *binary* stream of the
(decompressed) content and ``options`` may hold ``title`` (plain text). Readers stream:
memory is bounded by the largest record, never by the file.

Detection: a reader whose extension matches and whose sniff accepts the content, else the
first reader (in the order above) whose sniff accepts it. ``.gz``, ``.bz2`` and ``.xz``
content is decompressed transparently (recognised by its magic bytes); a UTF-8 BOM is
dropped; ``-`` reads standard input.

Errors: a file that cannot be used at all raises :class:`InputError` (one line, naming the
file) when :func:`read_path` is called. A record that must be skipped becomes a
:class:`ReadProblem` naming the file and line (and record/entry number where the line
alone does not say it) and reading goes on.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from ..models import Document, ReadProblem
from . import arxiv_atom, arxiv_oai, hf_daily, hf_text, json_doc, jsonl, pwc, s2, text
from ._io import Input, OpenError
from .delimited import CSV, TSV

#: name -> reader, in detection order (specific formats before generic ones).
READERS: dict[str, Any] = {
    m.NAME: m
    for m in (arxiv_atom, hf_daily, pwc, s2, arxiv_oai, json_doc, jsonl, CSV, TSV, hf_text, text)
}

_COMPRESSED = (".gz", ".bz2", ".xz")


class InputError(Exception):
    """A file that cannot be used at all (missing, unreadable, empty, no known format)."""


def format_names() -> str:
    return ", ".join(READERS)


def detect(path: str, head: str) -> Any:
    """Pick the reader for a file: by extension and content first, then by content alone."""
    name = path.lower()
    for ext in _COMPRESSED:
        if name.endswith(ext):
            name = name[: -len(ext)]
    for reader in READERS.values():
        if name.endswith(reader.EXTENSIONS) and reader.sniff(head):
            return reader
    # plain text is a fallback for .txt-like names, unknown extensions and stdin only
    claimed = any(name.endswith(r.EXTENSIONS) for r in READERS.values() if r.NAME != "text")
    for reader in READERS.values():
        if reader.NAME == "text" and claimed and not name.endswith(reader.EXTENSIONS):
            continue
        if reader.sniff(head):
            return reader
    source = "<stdin>" if path == "-" else path
    if _looks_binary(head):
        raise InputError(
            f"{source}: binary data or not UTF-8 text; no known input format "
            f"(known: {format_names()})"
        )
    raise InputError(
        f"{source}: no known input format (known: {format_names()}); use --format NAME to choose one"
    )


def _looks_binary(head: str) -> bool:
    sample = head[:8192]
    if "\x00" in sample:
        return True
    odd = sum(1 for c in sample if c == "\ufffd" or (c < " " and c not in "\t\r\n\f"))
    return odd > len(sample) // 100


def read_path(path: str, fmt: str | None = None, *, title: str | None = None) -> Iterator[Document | ReadProblem]:
    """Yield the documents of one file (``-``: standard input), and a ReadProblem for each
    skipped record.

    ``fmt`` names a reader (see :data:`READERS`) and overrides detection; ``title`` is the
    title for plain-text input (``--title``). The file is opened and its format detected
    when this is called: :class:`InputError` is raised here, not while iterating.
    """
    if fmt is not None and fmt not in READERS:
        raise InputError(f"unknown format {fmt!r} (known: {format_names()})")
    if path != "-" and os.path.isdir(path):
        raise InputError(f"{path}: is a directory")
    try:
        opened = Input(path)
    except OpenError as exc:
        raise InputError(str(exc)) from None
    try:
        head_bytes = opened.head
        if head_bytes[:2] in (b"\xff\xfe", b"\xfe\xff"):
            raise InputError(f"{opened.source}: UTF-16 text; convert it to UTF-8")
        head = head_bytes.decode("utf-8", "replace")
        if not head_bytes.strip():
            reader = None
        else:
            reader = READERS[fmt] if fmt else detect(path, head)
    except BaseException:
        opened.close()
        raise
    return _iterate(opened, reader, title)


def _iterate(opened: Input, reader: Any, title: str | None) -> Iterator[Document | ReadProblem]:
    source = opened.source
    try:
        if reader is None:
            yield ReadProblem(source=source, line=1, message="empty file; no papers")
            return
        yield from reader.read(opened.stream, source, title=title)
        if opened.raw.error is not None:
            yield ReadProblem(source=source, line=opened.raw.newlines + 1, message=opened.raw.error)
    finally:
        opened.close()


def read_paths(
    paths: Iterable[str], fmt: str | None = None, *, title: str | None = None
) -> Iterator[Document | ReadProblem]:
    """Yield documents and problems from several files in order (each opened when reached)."""
    for path in paths:
        yield from read_path(path, fmt, title=title)


def reason(problem: ReadProblem) -> str:
    """The kind of a problem, for summaries: its message without record number and details."""
    msg = problem.message
    if msg.startswith(("record ", "entry ", "abstract ")) and ": " in msg:
        msg = msg.split(": ", 1)[1]
    for sep in (";", " (", ":"):
        msg = msg.split(sep, 1)[0]
    return msg.strip()


class ReadSummary:
    """Counts of papers read and skipped (by reason), for the run summary.

    >>> s = ReadSummary()
    >>> for item in read_paths(paths): s.add(item)   # doctest: +SKIP
    >>> print(s)                                        # doctest: +SKIP
    48 papers read, 2 skipped (1 no abstract, 1 malformed JSON)
    """

    def __init__(self) -> None:
        self.read = 0
        self.skipped: Counter[str] = Counter()

    def add(self, item: Document | ReadProblem) -> None:
        if isinstance(item, ReadProblem):
            self.skipped[reason(item)] += 1
        else:
            self.read += 1

    @property
    def n_skipped(self) -> int:
        return sum(self.skipped.values())

    def __str__(self) -> str:
        s = f"{self.read} paper{'s' if self.read != 1 else ''} read, {self.n_skipped} skipped"
        if self.skipped:
            s += " (" + ", ".join(f"{n} {why}" for why, n in self.skipped.most_common()) + ")"
        return s
