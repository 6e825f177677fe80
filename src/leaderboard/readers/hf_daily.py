"""Hugging Face daily papers API JSON (``/api/daily_papers``): an array of items, each with
``paper {id, title, summary, publishedAt, authors[{name}], upvotes, ...}`` and top-level
``title``, ``summary``, ``publishedAt``. Bare paper objects (``/api/papers/ID``, search
results) are read too. Streamed record by record.

Document: id = ``paper.id`` (arXiv id), url = https://arxiv.org/abs/ID, date =
``paper.publishedAt``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO

from ..models import Document, ReadProblem
from ._common import map_hf_daily
from ._jsonarray import is_container, read_records

NAME = "hf-daily"
EXTENSIONS = (".json",)

_PAPER = re.compile(r'"paper"\s*:\s*\{')
_BARE = re.compile(r'"(?:upvotes|submittedOnDailyAt|ai_summary)"\s*:')


def sniff(head: str) -> bool:
    if not is_container(head):
        return False
    return bool(_PAPER.search(head)) or ('"publishedAt"' in head and bool(_BARE.search(head)))


def read(stream: BinaryIO, source: str, **_: object) -> Iterator[Document | ReadProblem]:
    return read_records(stream, source, map_hf_daily)
