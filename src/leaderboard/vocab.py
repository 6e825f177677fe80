"""Vocabularies loaded from ``rules/``: metric directions and ranges (data, not code)."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

from .config import default_rules_dir

Direction = Literal["higher", "lower"]

_M = TypeVar("_M", bound=BaseModel)


def _read(path: Path, model: type[_M]) -> _M:
    """A vocabulary file, validated; any problem is a one-line RuleError naming the file."""
    from .rules import RuleError, _one_line, _yaml_load

    raw = _yaml_load(path)
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise RuleError(f"{path}: {_one_line(exc)}") from None


class MetricInfo(BaseModel):
    """One entry of ``metrics.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    direction: Direction = "higher"
    range: tuple[float, float] | None = None
    aliases: tuple[str, ...] = ()


class MetricsFile(BaseModel):
    """The whole of ``metrics.yaml``."""

    model_config = ConfigDict(extra="forbid")

    metrics: dict[str, MetricInfo]


@functools.cache
def load_metrics(rules_dir: Path | None = None) -> dict[str, MetricInfo]:
    """Metric name and every alias (lower-case) -> MetricInfo."""
    path = (rules_dir or default_rules_dir()) / "metrics.yaml"
    data = _read(path, MetricsFile)
    table: dict[str, MetricInfo] = {}
    for name, info in data.metrics.items():
        table[name.lower()] = info
        for alias in info.aliases:
            table.setdefault(alias.lower(), info)
    return table


def metric_info(metric: str | None, rules_dir: Path | None = None) -> MetricInfo | None:
    """The vocabulary entry for a metric as written, or None when it is in no list."""
    if not metric:
        return None
    table = load_metrics(rules_dir)
    key = " ".join(metric.lower().split())
    if key in table:
        return table[key]
    # "top-1 accuracy" -> "accuracy": try the last words
    words = key.split()
    for i in range(1, len(words)):
        tail = " ".join(words[i:])
        if tail in table:
            return table[tail]
    return None


def metric_direction(metric: str | None, rules_dir: Path | None = None) -> Direction:
    """'higher' or 'lower' is better; unknown metrics default to 'higher'."""
    info = metric_info(metric, rules_dir)
    return info.direction if info else "higher"


class NamesFile(BaseModel):
    """The whole of ``benchmarks.yaml``."""

    model_config = ConfigDict(extra="forbid")

    benchmarks: dict[str, list[str]]
    model_families: list[str]
    not_names: list[str]
    not_benchmarks: list[str]
    task_modifiers: list[str]
    generic_tails: list[str]


class Names:
    """Lookup tables built from ``benchmarks.yaml`` (all keys normalised)."""

    def __init__(self, data: NamesFile) -> None:
        self.canonical: dict[str, str] = {}
        for name, aliases in data.benchmarks.items():
            for alias in (name, *aliases):
                self.canonical.setdefault(name_key(alias), name)
        self.families = tuple(sorted({f.lower() for f in data.model_families}, key=len, reverse=True))
        self.not_names = frozenset(w.lower() for w in data.not_names)
        # a task's modifier ("on 3D object detection") marks no benchmark either, except inside
        # a known benchmark's own track ("KITTI 3D MOT")
        self.task_modifiers = frozenset(w.lower() for w in data.task_modifiers)
        self.not_benchmarks = tuple(w.lower() for w in (*data.not_benchmarks, *data.task_modifiers))
        self.tails = tuple(sorted((t.lower() for t in data.generic_tails), key=len, reverse=True))

    def is_known_benchmark(self, name: str) -> bool:
        return name_key(name) in self.canonical

    def canonical_benchmark(self, name: str) -> str:
        return self.canonical.get(name_key(name), name)

    def is_model_family(self, name: str) -> bool:
        low = name.lower()
        return any(
            low.startswith(f) and (len(low) == len(f) or not low[len(f)].isalpha())
            for f in self.families
        )


def name_key(text: str) -> str:
    """Lower-case letters, digits and "+" only (how names are compared: HumanEval+ and
    RefCOCO+ are other benchmarks than HumanEval and RefCOCO)."""
    return "".join(ch for ch in text.lower() if ch.isalnum() or ch == "+")


@functools.cache
def load_names_file(rules_dir: Path | None = None) -> NamesFile:
    """``benchmarks.yaml`` as read and validated."""
    path = (rules_dir or default_rules_dir()) / "benchmarks.yaml"
    return _read(path, NamesFile)


@functools.cache
def load_names(rules_dir: Path | None = None) -> Names:
    """The name vocabularies of ``benchmarks.yaml``."""
    return Names(load_names_file(rules_dir))
