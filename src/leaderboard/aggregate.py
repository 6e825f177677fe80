"""Stage 6 — group score results into ranked leaderboards, one per (benchmark, metric).

Policy (each point is tested in ``tests/test_aggregate.py``):

* Only ``kind == "score"`` results with a benchmark are leaderboard cells. ``delta``
  results (a gain stated without the absolute score) are not: they stay in the JSONL,
  CSV/JSON exports of all results and in the audit, never on a board.
* A board is keyed by the benchmark as written *including its version* ("AIME 2024" and
  "AIME 2025" are two boards; "AIME 2024" and "AIME24" are one, as the gold scorer reads
  a year 2024 as 24) and by the metric (exact aliases from ``rules/metrics.yaml`` fold to
  the canonical name: "overall accuracy" joins "accuracy"; "grounding accuracy" does not).
* The same result printed twice in one paper (same model, benchmark, metric, value,
  qualifier, range and unit) is kept once. Results of one model from several papers are
  all kept; when they disagree the rows are flagged and listed as a :class:`Conflict`.
* Ranks follow the metric's direction; equal values share a rank ("1, 1, 3"). Rows whose
  model is unnamed are listed after the ranked rows with ``rank=None``.
* Values are compared as printed; the unit stage's ``normalized`` values are used
  instead only when every row of the board has one (so printed and converted numbers
  are never mixed). Boards whose rows carry several units say so (``mixed_units``).
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd

from .models import Result
from .vocab import Direction, load_metrics, metric_direction


@dataclass(frozen=True)
class Row:
    """One result on a board."""

    rank: int | None  # None: the model is unnamed (listed, not ranked)
    result: Result
    conflict: bool = False  # the same model has a different value on this board


@dataclass(frozen=True)
class Conflict:
    """The rows of one model whose values disagree on one board, best first."""

    model: str
    rows: tuple[Row, ...]

    @property
    def papers(self) -> int:
        return len({_paper_key(r.result) for r in self.rows})


@dataclass(frozen=True)
class Leaderboard:
    """The ranked results of one (benchmark, metric)."""

    benchmark: str
    metric: str | None
    direction: Direction
    slug: str  # file stem of the board's page: deterministic and unique among boards
    rows: tuple[Row, ...]
    conflicts: tuple[Conflict, ...] = ()
    units: tuple[str, ...] = ()  # distinct units on the board ("" = none)
    key: tuple[str, str] = ("", "")  # (folded benchmark, canonical metric): the board's identity

    @property
    def n_results(self) -> int:
        return len(self.rows)

    @property
    def n_papers(self) -> int:
        return len({_paper_key(r.result) for r in self.rows})

    @property
    def leaders(self) -> tuple[Row, ...]:
        """The rank-1 rows (several on a tie); empty when no row is ranked."""
        return tuple(r for r in self.rows if r.rank == 1)

    @property
    def mixed_units(self) -> bool:
        return len(self.units) > 1


def is_leaderboard_result(result: Result) -> bool:
    """True for results that are leaderboard cells: scores tied to a named benchmark."""
    return result.kind == "score" and bool(result.benchmark and result.benchmark.strip())


_YEAR = re.compile(r"(?<!\d)(?:19|20)(\d\d)(?!\d)")
_NOT_KEY = re.compile(r"(?:[^\w.]|_)+")


def fold_name(name: str | None, *, years: bool = False) -> str:
    """Comparison key of a model or benchmark name: case, spacing and punctuation folded.

    Dots stay (``Llama 3.1 8B`` is not ``Llama 3 18B``). With ``years``, a 4-digit year
    reads as its last two digits, as the gold scorer does (``WMT 2024`` == ``WMT24``).
    """
    if not name:
        return ""
    text = unicodedata.normalize("NFKC", name).casefold()
    if years:
        text = _YEAR.sub(r"\1", text)
    return _NOT_KEY.sub("", text)


@functools.cache
def _canonical_metrics(rules_dir: Path | None) -> dict[str, str]:
    table = load_metrics(rules_dir)
    canonical: dict[int, str] = {}
    for name, info in table.items():  # canonical names precede their aliases
        canonical.setdefault(id(info), name)
    return {name: canonical[id(info)] for name, info in table.items()}


def metric_key(metric: str | None, rules_dir: Path | None = None) -> str:
    """The canonical lower-case metric: exact aliases folded, other names as written."""
    if not metric:
        return ""
    key = " ".join(unicodedata.normalize("NFKC", metric).casefold().split())
    return _canonical_metrics(rules_dir).get(key, key)


def slugify(text: str, max_len: int = 60) -> str:
    """ASCII, lower-case, hyphen-separated; ``"x"`` when nothing is left."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:max_len].rstrip("-") or "x"


def _paper_key(result: Result) -> str:
    return result.doc_id or result.doc


def _total_order(result: Result) -> tuple[object, ...]:
    """A total, input-order-independent order of results (the last item breaks all ties)."""
    return (
        result.date or "",
        result.doc,
        result.doc_id,
        result.span,
        result.model or "",
        result.value,
        result.rule,
        result.model_dump_json(),
    )


def _display(names: Iterable[str]) -> str:
    """The most frequent spelling; ties go to the alphabetically first."""
    counts = Counter(names)
    return min(counts, key=lambda n: (-counts[n], n))


def _number_key(value: float) -> float:
    # NOTE: 12 significant digits: float noise from unit conversion must not split a tie.
    return float(f"{value:.12g}")


def build_leaderboards(
    results: Iterable[Result], rules_dir: Path | None = None
) -> list[Leaderboard]:
    """Leaderboards of every (benchmark, metric), most results first (then by name)."""
    cells = sorted((r for r in results if is_leaderboard_result(r)), key=_total_order)
    if not cells:
        return []
    frame = pd.DataFrame(
        {
            "pos": range(len(cells)),
            "paper": [_paper_key(r) for r in cells],
            "bench": [fold_name(r.benchmark, years=True) for r in cells],
            "metric": [metric_key(r.metric, rules_dir) for r in cells],
            "model": [fold_name(r.model) for r in cells],
            "value": [_number_key(r.value) for r in cells],
            "norm": [_number_key(r.normalized.value) if r.normalized else None for r in cells],
            "qualifier": [r.qualifier or "" for r in cells],
            "range_max": [repr(r.range_max) for r in cells],
            "unit": [r.unit or "" for r in cells],
        }
    )
    # One paper printing the same result twice (abstract + summary sentence) counts once.
    frame = frame.drop_duplicates(
        ["paper", "bench", "metric", "model", "value", "qualifier", "range_max", "unit"]
    )
    boards = [
        _build_board(group, cells, rules_dir)
        for _, group in frame.groupby(["bench", "metric"], sort=True)
    ]
    boards = _assign_slugs(boards)
    boards.sort(key=lambda b: (-b.n_results, b.benchmark.casefold(), b.metric or "", b.slug))
    return boards


def _build_board(group: pd.DataFrame, cells: list[Result], rules_dir: Path | None) -> Leaderboard:
    members = [cells[i] for i in group["pos"]]
    mkey = group["metric"].iloc[0]
    direction = metric_direction(mkey or None, rules_dir)
    ascending = direction == "lower"
    group = group.copy()
    use_norm = bool(group["norm"].notna().all())
    group["score"] = group["norm"].astype(float) if use_norm else group["value"]
    group["display"] = [(r.model or "").casefold() for r in members]
    # Rows of one model whose value (with qualifier and range) differs: a conflict.
    group["value_id"] = (
        group["qualifier"] + "|" + group["score"].map(repr) + "|" + group["range_max"]
    )
    named = group["model"] != ""
    distinct = group[named].groupby("model")["value_id"].nunique()
    conflicted = set(distinct[distinct > 1].index)
    group["conflict"] = group["model"].isin(conflicted)
    group["rank"] = group["score"].where(named).rank(method="min", ascending=ascending)
    group["unranked"] = ~named
    group["order"] = group["score"] if ascending else -group["score"]
    group = group.sort_values(["unranked", "order", "display", "pos"], kind="mergesort")

    by_pos = {int(p): cells[int(p)] for p in group["pos"]}
    rows = tuple(
        Row(
            rank=None if pd.isna(rank) else int(rank),
            result=by_pos[int(pos)],
            conflict=bool(conflict),
        )
        for pos, rank, conflict in zip(group["pos"], group["rank"], group["conflict"], strict=True)
    )
    conflicts = tuple(
        Conflict(
            model=_display(r.result.model or "" for r in model_rows),
            rows=model_rows,
        )
        for model_rows in _rows_by_model(rows, conflicted)
    )
    metric_names = [r.metric for r in members if r.metric]
    metric = mkey if mkey in _canonical_metrics(rules_dir) else None
    if metric is None and metric_names:
        metric = _display(" ".join(m.lower().split()) for m in metric_names)
    return Leaderboard(
        benchmark=_display(" ".join((r.benchmark or "").split()) for r in members),
        metric=metric,
        direction=direction,
        slug="",
        rows=rows,
        conflicts=conflicts,
        units=tuple(sorted(set(group["unit"]))),
        key=(group["bench"].iloc[0], mkey),
    )


def _rows_by_model(rows: tuple[Row, ...], conflicted: set[str]) -> list[tuple[Row, ...]]:
    """Rows of each conflicted model, in board order; models in order of their best row."""
    grouped: dict[str, list[Row]] = {}
    for row in rows:
        key = fold_name(row.result.model)
        if key in conflicted:
            grouped.setdefault(key, []).append(row)
    return [tuple(v) for v in grouped.values()]


def _assign_slugs(boards: list[Leaderboard]) -> list[Leaderboard]:
    """Slug = readable part + hash of the board key; the hash grows until slugs are unique."""
    digests = [hashlib.sha256("\x00".join(b.key).encode("utf-8")).hexdigest() for b in boards]
    readable = [slugify(f"{b.benchmark} {b.metric or 'score'}") for b in boards]
    width = 8
    slugs = [f"{r}-{d[:width]}" for r, d in zip(readable, digests, strict=True)]
    while len(set(slugs)) < len(slugs) and width < 64:
        width *= 2
        slugs = [f"{r}-{d[:width]}" for r, d in zip(readable, digests, strict=True)]
    return [replace(b, slug=s) for b, s in zip(boards, slugs, strict=True)]
