"""Stage 1 — read source files into Documents (one reader module per format).

A reader is a module with ``NAME`` (the ``--format`` name), ``EXTENSIONS`` (file
name endings it claims), ``sniff(head: str) -> bool`` (does this text look like the
format?) and ``read(lines, source) -> Iterator[Document | ReadProblem]`` where
``lines`` iterates over the decoded lines of the file (newline kept). Readers stream:
they never need the whole file in memory unless the format forces it.
"""

from __future__ import annotations

import gzip
import io
import sys
from collections.abc import Iterable, Iterator
from types import ModuleType

from ..models import Document, ReadProblem
from . import hf_text, jsonl

READERS: dict[str, ModuleType] = {m.NAME: m for m in (jsonl, hf_text)}


class InputError(Exception):
    """A file that cannot be used at all (missing, unreadable, no known format)."""


def _open_text(path: str) -> io.TextIOBase:
    """Open a path (or ``-`` for standard input) as text, decoding gzip transparently.

    Invalid UTF-8 is replaced, not fatal: readers report the affected record.
    """
    if path == "-":
        raw = sys.stdin.buffer
    else:
        try:
            raw = open(path, "rb")  # noqa: SIM115 - closed by the caller via the wrapper
        except OSError as exc:
            raise InputError(f"{path}: cannot open: {exc.strerror or exc}") from exc
    buffered = io.BufferedReader(raw) if not isinstance(raw, io.BufferedReader) else raw
    if buffered.peek(2)[:2] == b"\x1f\x8b":
        buffered = io.BufferedReader(gzip.GzipFile(fileobj=buffered))  # type: ignore[arg-type]
    return io.TextIOWrapper(buffered, encoding="utf-8", errors="replace", newline=None)


def detect(path: str, head: str) -> ModuleType:
    """Pick the reader for a file: by extension first, then by sniffing its content."""
    name = path[:-3] if path.endswith(".gz") else path
    for reader in READERS.values():
        if any(name.endswith(ext) for ext in reader.EXTENSIONS) and reader.sniff(head):
            return reader
    for reader in READERS.values():
        if reader.sniff(head):
            return reader
    raise InputError(
        f"{path}: no known input format (known: {', '.join(sorted(READERS))}); "
        "use --format NAME to choose one"
    )


def read_path(path: str, fmt: str | None = None) -> Iterator[Document | ReadProblem]:
    """Yield the documents of one file, and a ReadProblem for each skipped record."""
    if fmt is not None and fmt not in READERS:
        raise InputError(f"unknown format {fmt!r} (known: {', '.join(sorted(READERS))})")
    stream = _open_text(path)
    try:
        head = stream.read(65536)
        if "\x00" in head:
            raise InputError(f"{path}: binary data, not a text file")
        reader = READERS[fmt] if fmt else detect(path, head)
        lines = _chain_head(head, stream)
        yield from reader.read(lines, "<stdin>" if path == "-" else path)
    finally:
        if path != "-":
            stream.close()


def _chain_head(head: str, stream: io.TextIOBase) -> Iterable[str]:
    """Lines of the already-read head followed by the rest of the stream."""
    rest = stream.readline()
    # NOTE: the head may end mid-line; glue the first line of the rest onto it.
    text = head + rest
    yield from io.StringIO(text)
    yield from stream


def read_paths(paths: Iterable[str], fmt: str | None = None) -> Iterator[Document | ReadProblem]:
    """Yield documents and problems from several files in order."""
    for path in paths:
        yield from read_path(path, fmt)
