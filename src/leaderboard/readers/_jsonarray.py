"""Shared body of the JSON-document readers (arrays, ``{"data": [...]}``, single objects)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import BinaryIO

from ..models import Document, ReadProblem
from ._common import problem
from ._json import iter_records
from .jsonl import first_line_object

Mapper = Callable[..., "Document | ReadProblem"]


def is_container(head: str) -> bool:
    """The head starts a JSON document (array, or an object that is not one JSON line of many)."""
    text = head.lstrip("\ufeff \t\r\n")
    if text.startswith("["):
        return True
    if not text.startswith("{"):
        return False
    first = first_line_object(head)
    if first is None:  # one long line: a minified object
        return True
    if first is False:  # pretty-printed
        return True
    # a complete object on the first line: a document only if nothing follows it
    rest = text.split("\n", 1)[1] if "\n" in text else ""
    return not rest.strip()


def read_records(stream: BinaryIO, source: str, mapper: Mapper) -> Iterator[Document | ReadProblem]:
    for rec in iter_records(stream):
        where = f"record {rec.number}: "
        if rec.error is not None:
            yield problem(source, rec.line, where + rec.error)
        elif rec.value is None:
            yield problem(source, rec.line, where + "null (paper not found); skipped")
        elif not isinstance(rec.value, dict):
            yield problem(source, rec.line, where + "not a JSON object; skipped")
        else:
            yield mapper(rec.value, source, rec.line, where, fallback_id=f"{source}#{rec.number}")
