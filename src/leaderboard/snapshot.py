"""Snapshot a corpus's extraction as one readable JSON Lines file (syrupy single-file extension)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Protocol

from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

from .models import Document, ReadProblem, Rejection, Result


class SupportsExtract(Protocol):
    def extract(self, doc: Document) -> tuple[list[Result], list[Rejection]]: ...


class ExtractionSnapshotExtension(SingleFileSnapshotExtension):
    """``__snapshots__/<test file>/<test name>.jsonl``: one result per line, text mode."""

    file_extension = "jsonl"
    _write_mode = WriteMode.TEXT


def _line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(", ", ": "))


def _record(result: Result, corpus: str, name: str) -> dict[str, Any]:
    data = result.model_dump(mode="json", exclude_none=True)
    # NOTE: readers build ids from the path as given; keep snapshots independent of it.
    doc_id = data.get("doc_id", "")
    if corpus and doc_id.startswith(corpus):
        data["doc_id"] = name + doc_id[len(corpus) :]
    return data


def _order(position: int, result: Result) -> tuple[object, ...]:
    return (
        position,
        tuple(result.span),
        result.kind,
        result.model or "",
        result.benchmark or "",
        result.metric or "",
        result.value,
        result.model_dump_json(),
    )


def serialize_extraction(
    items: Iterable[Document | ReadProblem],
    extractor: SupportsExtract,
    *,
    corpus: str = "",
    include_rejections: bool = False,
) -> str:
    """Extract every document and write one JSON object per line, in a stable order.

    Lines follow the documents' order in the corpus, then the position of the number
    in the abstract. Skipped records show as ``{"read_problem": ..., "line": n}`` and,
    with ``include_rejections``, near misses as ``{"rejected": reason, ...candidate}``.
    """
    name = os.path.basename(corpus)
    lines: list[str] = []
    for position, item in enumerate(items):
        if isinstance(item, ReadProblem):
            lines.append(_line({"read_problem": item.message, "line": item.line}))
            continue
        results, rejections = extractor.extract(item)
        for result in sorted(results, key=lambda r: _order(position, r)):
            lines.append(_line(_record(result, corpus, name)))
        if include_rejections:
            ordered = sorted(rejections, key=lambda r: (_order(position, r.candidate), r.reason))
            for rejection in ordered:
                record = _record(rejection.candidate, corpus, name)
                lines.append(_line({"rejected": rejection.reason, **record}))
    return "".join(f"{line}\n" for line in lines)


def extraction_snapshot(
    corpus: str | os.PathLike[str],
    rules_dir: str | os.PathLike[str] | None = None,
    *,
    extractor: SupportsExtract | None = None,
    include_rejections: bool = False,
) -> str:
    """The snapshot text of one corpus file, extracted with ``rules_dir`` (or ``extractor``)."""
    from . import extract
    from .readers import read_path

    if extractor is None:
        extractor = extract.Extractor.load(Path(rules_dir) if rules_dir is not None else None)
    path = os.fspath(corpus)
    return serialize_extraction(
        read_path(path), extractor, corpus=path, include_rejections=include_rejections
    )
