"""arXiv OAI metadata snapshot (Kaggle's ``arxiv-metadata-oai-snapshot.json``): JSON Lines
with ``id``, ``title``, ``abstract`` (hard-wrapped), ``authors``, ``categories``,
``versions``, ``update_date``, ``journal-ref``, ``doi``. Read line by line in constant memory.

Document: id = arXiv id, url = https://arxiv.org/abs/ID, date = ``update_date``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO

from ..models import Document, ReadProblem
from . import jsonl
from ._common import map_arxiv_oai

NAME = "arxiv-oai"
EXTENSIONS = (".json", ".jsonl")

_KEYS = re.compile(r'"(?:update_date|versions|journal-ref|authors_parsed)"\s*:')


def sniff(head: str) -> bool:
    if jsonl.first_line_object(head) is False:
        return False
    line = head.lstrip("\ufeff \t\r\n").split("\n", 1)[0]
    return bool(_KEYS.search(line)) and '"abstract"' in line


def read(stream: BinaryIO, source: str, **_: object) -> Iterator[Document | ReadProblem]:
    return jsonl.read(stream, source, mapper=map_arxiv_oai)
