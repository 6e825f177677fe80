"""The unit registry normalises values and is built once from rules/units.txt."""

from __future__ import annotations

import pytest

from leaderboard import units


def test_registry_is_cached() -> None:
    assert units.get_registry() is units.get_registry()


@pytest.mark.parametrize(
    ("value", "unit", "expected", "base"),
    [
        (57.1, "%", 0.571, None),
        (23, "ms", 0.023, "second"),
        (2.1, "TB", 2.1e12, "byte"),
        (180, "GB", 1.8e11, "byte"),
        (3.2, "x", 3.2, "multiplier"),
        (1.2, "dB", 1.2, "decibel"),
        (30, "FPS", 30, "frame_per_second"),
        (5.7, "points", 5.7, "point"),
        (2.7, "mm", 0.0027, "meter"),
        (4.0, None, 4.0, None),
        (9.47, "x10^-3", 0.00947, None),
        (1.5, "x10^5", 150000.0, None),
    ],
)
def test_normalize(value: float, unit: str | None, expected: float, base: str | None) -> None:
    got, got_unit = units.normalize(value, unit)
    assert got == pytest.approx(expected)
    assert got_unit == base


@pytest.mark.parametrize(
    ("surface", "unit"),
    [("%", "%"), ("\\%", "%"), ("percent", "%"), ("pp", "points"), ("percentage points", "points"),
     ("\\times", "x"), ("times", "x"), ("FPS", "FPS"), ("ms", "ms"), ("furlongs", None)],
)
def test_canonical_unit(surface: str, unit: str | None) -> None:
    assert units.canonical_unit(surface) == unit
