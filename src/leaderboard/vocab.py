"""Vocabularies loaded from ``rules/``: metric directions and ranges (data, not code)."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict

from .config import default_rules_dir

Direction = Literal["higher", "lower"]


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
    with open(path, encoding="utf-8") as fh:
        data = MetricsFile.model_validate(yaml.safe_load(fh))
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
