"""A generic JSON document: an array (or ``{"data": [...]}``, or one object) of records with
``title`` and ``abstract``/``summary`` and optional ``id``, ``url``, ``date``. Records in a
known service's shape are mapped with that service's fields. Streamed record by record.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO

from ..models import Document, ReadProblem
from ._common import map_any
from ._jsonarray import is_container, read_records

NAME = "json"
EXTENSIONS = (".json",)

_KEYS = re.compile(r'"(?:title|abstract|summary)"\s*:')


def sniff(head: str) -> bool:
    return is_container(head) and bool(_KEYS.search(head))


def read(stream: BinaryIO, source: str, **_: object) -> Iterator[Document | ReadProblem]:
    return read_records(stream, source, map_any)
