"""CSV and TSV: a header row naming ``title`` and ``abstract`` (or ``summary``) columns,
optional ``id``, ``url``, ``date``; one paper per row. Column names are matched without
regard to case or surrounding spaces. Quoted fields may span lines (line numbers name the
row's first line).

A row with the wrong number of fields, invalid UTF-8, or a field over the csv module's
field size limit (128 KiB; the process-wide limit is left untouched) is skipped with a
ReadProblem and the rest of the file is read.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import BinaryIO

from ..models import Document, ReadProblem
from ._common import MAX_RECORD, map_generic, problem
from ._io import decode_line, iter_lines


class DelimitedReader:
    """A reader (same protocol as the reader modules) for one delimiter."""

    def __init__(self, name: str, delimiter: str, extensions: tuple[str, ...]) -> None:
        self.NAME = name
        self.EXTENSIONS = extensions
        self.delimiter = delimiter
        self.__doc__ = __doc__

    def __repr__(self) -> str:
        return f"<reader {self.NAME}>"

    def _header(self, line: str) -> list[str] | None:
        try:
            row = next(csv.reader(io.StringIO(line), delimiter=self.delimiter))
        except (csv.Error, StopIteration):
            return None
        return [c.strip().strip("\ufeff").lower() for c in row]

    def sniff(self, head: str) -> bool:
        """The first line is a header with ``title`` and ``abstract``/``summary`` columns."""
        text = head.lstrip("\ufeff \t\r\n") if self.delimiter != "\t" else head.lstrip("\ufeff\r\n")
        first = text.split("\n", 1)[0]
        if self.delimiter not in first:
            return False
        cols = self._header(first)
        return bool(cols) and "title" in cols and ("abstract" in cols or "summary" in cols)

    def read(self, stream: BinaryIO, source: str, **_: object) -> Iterator[Document | ReadProblem]:
        side: list[ReadProblem] = []
        state = {"line": 0}

        def lines() -> Iterator[str]:
            for number, raw in iter_lines(stream):
                state["line"] = number
                if raw is None:
                    side.append(problem(source, number, f"line longer than {MAX_RECORD} bytes; skipped"))
                    yield "\n"
                    continue
                text, bad = decode_line(raw)
                if bad:
                    # keep the row structure, let the row be skipped below
                    text = text.replace("\x00", "\ufffd")
                    side.append(problem(source, number, "invalid UTF-8 or binary data; row skipped"))
                    bad_lines.add(number)
                yield text

        bad_lines: set[int] = set()
        reader = csv.reader(lines(), delimiter=self.delimiter)
        header: list[str] | None = None
        row_start = 1
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                yield from side
                side.clear()
                yield problem(source, row_start, f"malformed {self.NAME.upper()} row ({exc}); skipped")
                row_start = reader.line_num + 1
                continue
            first, row_start = row_start, reader.line_num + 1
            rowbad = any(first <= n <= reader.line_num for n in bad_lines)
            bad_lines.clear()
            if side:
                yield from side
                side.clear()
            if not row or (len(row) == 1 and not row[0].strip()):
                continue
            if rowbad:
                continue
            if header is None:
                header = [c.strip().strip("\ufeff").lower() for c in row]
                if "title" not in header or not ({"abstract", "summary"} & set(header)):
                    yield problem(
                        source,
                        first,
                        f"header has no 'title' and 'abstract' (or 'summary') columns: {row[:8]!r}; file not read",
                    )
                    return
                continue
            if len(row) != len(header):
                yield problem(
                    source, first, f"row has {len(row)} fields, header has {len(header)}; row skipped"
                )
                continue
            yield map_generic(dict(zip(header, row, strict=True)), source, first)


CSV = DelimitedReader("csv", ",", (".csv",))
TSV = DelimitedReader("tsv", "\t", (".tsv", ".tab"))
