"""Semantic Scholar Graph API: a paper object, a ``{"data": [...]}`` search/bulk page or a
``/paper/batch`` array (``null`` for ids it does not know). Streamed record by record.

Document: id = ``externalIds.ArXiv`` (else ``paperId``), url = https://arxiv.org/abs/ID
for arXiv papers (else ``url``), date = ``publicationDate`` (else ``year``).
Semantic Scholar withholds some abstracts (``"abstract": null``): those records are
reported as skipped ("no abstract").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO

from ..models import Document, ReadProblem
from ._common import map_s2
from ._jsonarray import is_container, read_records

NAME = "s2"
EXTENSIONS = (".json",)

_KEYS = re.compile(r'"(?:paperId|externalIds)"\s*:')


def sniff(head: str) -> bool:
    return is_container(head) and bool(_KEYS.search(head))


def read(stream: BinaryIO, source: str, **_: object) -> Iterator[Document | ReadProblem]:
    return read_records(stream, source, map_s2)
