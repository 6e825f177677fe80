"""Leaderboards in the other formats (CSV, JSON, Hugging Face model-index); the step summary.

Policy:

* ``csv`` and ``json`` hold every leaderboard row (the same rows, order and ranks as the
  Markdown pages), with the whole Result so each number keeps its evidence and rule.
* ``model-index`` is the Hugging Face model-card ``model-index`` metadata, one YAML
  document (``---``) per named model, ready to paste into that model's card. It holds
  exact scores only: results with a qualifier (">", "~", ...) or a range, unnamed
  models and deltas are left out, as the format has no field for them. ``source`` is
  written when the paper's URL is known (the Hub requires a URL with a source name).
  The Hub wants a task id and a dataset id that abstracts do not give: the task is
  ``task_type`` (default ``other``) and the dataset id is the benchmark's slug.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field

from .aggregate import Leaderboard, fold_name, is_leaderboard_result, metric_key, slugify
from .io import atomic_write_text, atomic_writer
from .models import Result
from .render import clean_inline, format_number, format_value, safe_url, write_markdown

FORMATS = ("markdown", "csv", "json", "model-index")
DEFAULT_FILES = {
    "csv": "leaderboards.csv",
    "json": "leaderboards.json",
    "model-index": "model-index.yaml",
}
SUFFIXES = {"csv": (".csv",), "json": (".json",), "model-index": (".yaml", ".yml")}


class ExportError(Exception):
    """A user-facing export failure (unknown format, unwritable path); its message says why."""


# --- Hugging Face model-index schema -----------------------------------------------------------


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class ModelIndexTask(_Strict):
    type: str = Field(min_length=1, description="task id, e.g. text-generation (required)")
    name: str | None = Field(default=None, description="pretty task name")


class ModelIndexDataset(_Strict):
    type: str = Field(min_length=1, description="dataset id on the Hub (required)")
    name: str = Field(min_length=1, description="pretty dataset name (required)")
    config: str | None = None
    split: str | None = None
    revision: str | None = None


class ModelIndexMetric(_Strict):
    type: str = Field(min_length=1, description="metric id, e.g. accuracy (required)")
    value: float | int | str = Field(description="the score (required)")
    name: str | None = Field(default=None, description="pretty metric name")
    config: str | None = None
    verified: bool | None = None


class ModelIndexSource(_Strict):
    name: str = Field(min_length=1, description="where the result comes from")
    url: str = Field(pattern=r"^https?://", description="link to it (required with a name)")


class ModelIndexResult(_Strict):
    task: ModelIndexTask
    dataset: ModelIndexDataset
    metrics: list[ModelIndexMetric] = Field(min_length=1)
    source: ModelIndexSource | None = None


class ModelIndexEntry(_Strict):
    name: str = Field(min_length=1, description="the model's name")
    results: list[ModelIndexResult] = Field(min_length=1)


class ModelIndexCard(_Strict):
    """The ``model-index`` part of a model card's YAML metadata."""

    model_index: list[ModelIndexEntry] = Field(alias="model-index", min_length=1)


def model_index_entries(
    results: Iterable[Result], *, task_type: str = "other", task_name: str | None = "Other"
) -> list[ModelIndexEntry]:
    """One validated entry per named model, models and results in a stable order."""
    by_model: dict[str, list[Result]] = {}
    for result in results:
        if not is_leaderboard_result(result) or not result.model or not result.model.strip():
            continue
        if result.qualifier or result.range_max is not None:
            continue
        by_model.setdefault(fold_name(result.model), []).append(result)
    entries = []
    for members in by_model.values():
        names = sorted(clean_inline(r.model) for r in members)
        name = max(names, key=names.count)  # most frequent spelling; first on ties
        grouped: dict[tuple[str, str, str], dict[str, Any]] = {}
        seen: set[tuple[str, str, float, str]] = set()
        for r in sorted(members, key=_result_order):
            url = safe_url(r.url)
            bench = clean_inline(r.benchmark)
            group_key = (fold_name(r.benchmark, years=True), clean_inline(r.doc), url or "")
            mkey = metric_key(r.metric) or "score"
            dedup = (*group_key[:2], r.value, mkey)
            if dedup in seen:
                continue
            seen.add(dedup)
            slot = grouped.setdefault(
                group_key,
                {
                    "task": ModelIndexTask(type=task_type, name=task_name),
                    "dataset": ModelIndexDataset(type=slugify(bench), name=bench),
                    "metrics": [],
                    "source": ModelIndexSource(name=clean_inline(r.doc), url=url) if url else None,
                },
            )
            metric_name = clean_inline(r.metric) or "score"
            if r.unit:
                metric_name = f"{metric_name} ({clean_inline(r.unit)})"
            slot["metrics"].append(ModelIndexMetric(type=mkey, value=r.value, name=metric_name))
        results_list = [ModelIndexResult(**slot) for slot in grouped.values()]
        entries.append(ModelIndexEntry(name=name, results=results_list))
    entries.sort(key=lambda e: (e.name.casefold(), e.name))
    return entries


def _result_order(r: Result) -> tuple[object, ...]:
    return (fold_name(r.benchmark, years=True), r.doc, metric_key(r.metric), r.value, r.span)


def to_model_index(
    results: Iterable[Result],
    *,
    command: str | None = None,
    task_type: str = "other",
    task_name: str | None = "Other",
) -> str:
    """YAML: one ``model-index`` document per model ('' when no result qualifies)."""
    docs = []
    for entry in model_index_entries(results, task_type=task_type, task_name=task_name):
        card = ModelIndexCard(**{"model-index": [entry]})
        docs.append(card.model_dump(by_alias=True, exclude_none=True))
    if not docs:
        return ""
    body = yaml.safe_dump_all(
        docs, sort_keys=False, allow_unicode=True, explicit_start=True, width=100
    )
    if command:
        return f"# generated by {clean_inline(command)}; do not edit\n{body}"
    return body


# --- CSV and JSON ------------------------------------------------------------------------------

CSV_COLUMNS = [
    "benchmark", "metric", "direction", "page", "rank", "conflict", "model", "value",
    "value_text", "display", "unit", "qualifier", "range_max", "baseline_model",
    "baseline_value", "delta_value", "delta_unit", "paper", "doc_id", "url", "date",
    "evidence", "rule", "span_start", "span_end",
]  # fmt: skip


def _num(value: float | None) -> str:
    return "" if value is None else format_number(value)


def board_records(boards: Sequence[Leaderboard]) -> list[dict[str, str]]:
    """Flat rows (strings) of every board, in page order."""
    records = []
    for board in boards:
        for row in board.rows:
            r = row.result
            records.append(
                {
                    "benchmark": board.benchmark,
                    "metric": board.metric or "",
                    "direction": board.direction,
                    "page": f"{board.slug}.md",
                    "rank": "" if row.rank is None else str(row.rank),
                    "conflict": "yes" if row.conflict else "",
                    "model": r.model or "",
                    "value": format_number(r.value),
                    "value_text": r.value_text,
                    "display": format_value(r),
                    "unit": r.unit or "",
                    "qualifier": r.qualifier or "",
                    "range_max": _num(r.range_max),
                    "baseline_model": (r.baseline.model or "") if r.baseline else "",
                    "baseline_value": _num(r.baseline.value) if r.baseline else "",
                    "delta_value": _num(r.delta.value) if r.delta else "",
                    "delta_unit": (r.delta.unit or "") if r.delta else "",
                    "paper": r.doc,
                    "doc_id": r.doc_id,
                    "url": r.url or "",
                    "date": r.date or "",
                    "evidence": r.evidence,
                    "rule": r.rule,
                    "span_start": str(r.span[0]),
                    "span_end": str(r.span[1]),
                }
            )
    return records


def to_json(boards: Sequence[Leaderboard], command: str | None = None) -> str:
    """All boards as one JSON document (rows carry the full Result)."""
    data = {
        "generated_by": clean_inline(command) if command else None,
        "leaderboards": [
            {
                "benchmark": b.benchmark,
                "metric": b.metric,
                "direction": b.direction,
                "page": f"{b.slug}.md",
                "results": b.n_results,
                "papers": b.n_papers,
                "units": list(b.units),
                "rows": [
                    {
                        "rank": row.rank,
                        "conflict": row.conflict,
                        "result": row.result.model_dump(mode="json"),
                    }
                    for row in b.rows
                ],
                "conflicts": [c.model for c in b.conflicts],
            }
            for b in boards
        ],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


# --- entry points ------------------------------------------------------------------------------


def export_path(out: Path, fmt: str) -> Path:
    """``out`` itself when it names a file of the format (``x.csv``), else ``out/<default>``."""
    if out.suffix.lower() in SUFFIXES[fmt] and not out.is_dir():
        return out
    return out / DEFAULT_FILES[fmt]


def write_export(
    results: Iterable[Result],
    boards: Sequence[Leaderboard],
    out: str | os.PathLike[str],
    fmt: str = "markdown",
    command: str = "leaderboard build",
) -> list[Path]:
    """Write one format; return the files written. Raises ExportError for user errors."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
    out_path = Path(out)
    try:
        if fmt == "markdown":
            if out_path.exists() and not out_path.is_dir():
                raise ExportError(f"{out_path}: not a directory (markdown writes a directory)")
            return write_markdown(boards, out_path, command)
        target = export_path(out_path, fmt)
        if fmt == "csv":
            with atomic_writer(target) as fh:
                writer = csv.DictWriter(fh, fieldnames=CSV_COLUMNS, lineterminator="\n")
                writer.writeheader()
                writer.writerows(board_records(boards))
        elif fmt == "json":
            atomic_write_text(target, to_json(boards, command))
        else:
            atomic_write_text(target, to_model_index(results, command=command))
        return [target]
    except OSError as exc:
        where = exc.filename or out_path
        raise ExportError(f"{where}: cannot write: {exc.strerror or exc}") from exc


def append_github_summary(index_md: str, env: dict[str, str] | None = None) -> bool:
    """Append Markdown to ``$GITHUB_STEP_SUMMARY``; False (nothing written) when it is unset."""
    path = (os.environ if env is None else env).get("GITHUB_STEP_SUMMARY")
    if not path:
        return False
    text = index_md if index_md.endswith("\n") else index_md + "\n"
    try:
        with open(path, "a", encoding="utf-8", newline="\n") as fh:
            fh.write(text + "\n")
    except OSError as exc:
        raise ExportError(f"{path}: cannot append the step summary: {exc.strerror or exc}") from exc
    return True
