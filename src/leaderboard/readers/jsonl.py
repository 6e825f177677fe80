"""JSON Lines: one paper per line with ``title`` and ``abstract`` (or ``summary``), optional
``id``, ``url``, ``date``.

Lines holding another service's record shape (a Hugging Face daily item, a Papers with
Code, Semantic Scholar or arXiv OAI record, e.g. after ``jq -c '.[]'``) are mapped with
that service's fields. This is the hot path: per line it costs one ``json.loads`` and a
few dict look-ups.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import BinaryIO

from ..models import Document, ReadProblem
from ._common import MAX_RECORD, map_any, problem
from ._io import iter_lines

NAME = "jsonl"
EXTENSIONS = (".jsonl", ".ndjson", ".jsonlines", ".json")

_KEYS = re.compile(r'"(?:title|abstract|summary)"\s*:')


def first_line_object(head: str) -> bool | None:
    """True when the first non-blank line of ``head`` is a complete JSON object, False when
    it is not, None when the line is longer than the head (cannot tell)."""
    text = head.lstrip("\ufeff \t\r\n")
    if not text.startswith("{"):
        return False
    end = text.find("\n")
    if end < 0:
        return None
    try:
        return isinstance(json.loads(text[:end]), dict)
    except (ValueError, RecursionError):
        return False


def sniff(head: str) -> bool:
    """The first line is a JSON object with a title/abstract/summary key."""
    first = first_line_object(head)
    if first is False:
        return False
    line = head.lstrip("\ufeff \t\r\n").split("\n", 1)[0]
    return bool(_KEYS.search(line))


def read(stream: BinaryIO, source: str, mapper=map_any, **_: object) -> Iterator[Document | ReadProblem]:
    """Yield one Document per good line; a ReadProblem for each bad one."""
    loads = json.loads
    for number, raw in iter_lines(stream):
        if raw is None:
            yield problem(source, number, f"line longer than {MAX_RECORD} bytes; skipped")
            continue
        if raw.isspace():
            continue
        try:
            record = loads(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            yield problem(source, number, f"invalid UTF-8 (byte {exc.start} of the line); record skipped")
            continue
        except json.JSONDecodeError as exc:
            yield problem(source, number, f"malformed JSON ({exc.msg.removesuffix(' at')} at column {exc.colno}); record skipped")
            continue
        except RecursionError:
            yield problem(source, number, "JSON nested too deeply; record skipped")
            continue
        if not isinstance(record, dict):
            yield problem(source, number, "not a JSON object; record skipped")
            continue
        yield mapper(record, source, number)
