"""Reader for JSON Lines: one paper per line with ``title`` and ``abstract`` (or ``summary``)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from ..clean import clean_text
from ..models import Document, ReadProblem

NAME = "jsonl"
EXTENSIONS = (".jsonl", ".ndjson", ".jsonlines")


def sniff(head: str) -> bool:
    """A JSON object on the first non-blank line."""
    for line in head.splitlines():
        if line.strip():
            return line.lstrip().startswith("{")
    return False


def read(lines: Iterable[str], source: str) -> Iterator[Document | ReadProblem]:
    """Yield one Document per good line; a ReadProblem for each bad one."""
    for number, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        if "\ufffd" in raw:
            yield ReadProblem(source=source, line=number, message="invalid UTF-8; record skipped")
            continue
        try:
            record = json.loads(raw)
        except (json.JSONDecodeError, RecursionError) as exc:
            msg = f"not JSON ({exc.msg})" if isinstance(exc, json.JSONDecodeError) else "JSON nested too deeply"
            yield ReadProblem(source=source, line=number, message=f"{msg}; record skipped")
            continue
        doc = record_to_document(record, source, number)
        yield doc


def record_to_document(record: object, source: str, number: int) -> Document | ReadProblem:
    """Map a generic record with title/abstract/summary/id/url/date to a Document."""
    if not isinstance(record, dict):
        return ReadProblem(source=source, line=number, message="not a JSON object; record skipped")
    title = record.get("title")
    abstract = record.get("abstract") or record.get("summary")
    if not isinstance(abstract, str) or not abstract.strip():
        return ReadProblem(source=source, line=number, message="no abstract; record skipped")
    if not isinstance(title, str) or not title.strip():
        return ReadProblem(source=source, line=number, message="no title; record skipped")
    rid = record.get("id")
    url = record.get("url")
    date = record.get("date")
    return Document(
        id=str(rid) if rid is not None else f"{source}:{number}",
        title=clean_text(title),
        abstract=clean_text(abstract),
        url=str(url) if url else None,
        date=str(date) if date else None,
        source=source,
        line=number,
    )
