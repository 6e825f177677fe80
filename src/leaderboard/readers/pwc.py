"""Papers with Code ``papers-with-abstracts.json``: a JSON array of ``paper_url``,
``arxiv_id``, ``title``, ``abstract``, ``url_abs``, ``url_pdf``, ``proceeding``, ``authors``,
``tasks``, ``date``. Streamed record by record (the real file is a single long line).

Document: id = ``arxiv_id`` (or the one in ``url_abs``; else ``paper_url``), url =
https://arxiv.org/abs/ID for arXiv papers (else ``url_abs``), date = ``date``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO

from ..models import Document, ReadProblem
from ._common import map_pwc
from ._jsonarray import is_container, read_records

NAME = "pwc"
EXTENSIONS = (".json",)

_KEYS = re.compile(r'"(?:paper_url|url_abs|arxiv_id)"\s*:')


def sniff(head: str) -> bool:
    return is_container(head) and bool(_KEYS.search(head))


def read(stream: BinaryIO, source: str, **_: object) -> Iterator[Document | ReadProblem]:
    return read_records(stream, source, map_pwc)
