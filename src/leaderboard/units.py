"""Stage 4 — one pint registry (built once from rules/units.txt) that normalises values."""

from __future__ import annotations

import functools
from pathlib import Path

import pint

from .config import default_rules_dir

# Surface forms found in abstracts -> the unit name written in Result.unit.
# NOTE: keys are lower-cased; "%" variants from LaTeX are handled before lookup.
_SURFACE: dict[str, str] = {
    "%": "%", "percent": "%", "per cent": "%",
    "points": "points", "point": "points", "pp": "points", "pts": "points",
    "percentage points": "points", "percentage point": "points", "% points": "points",
    "x": "x", "×": "x", "times": "x", "fold": "x", "\\times": "x",
    "ms": "ms", "s": "s", "sec": "s", "seconds": "seconds", "second": "seconds",
    "minutes": "minutes", "min": "min", "hours": "hours", "h": "h",
    "µs": "µs", "us": "µs",
    "hz": "Hz", "fps": "FPS", "db": "dB",
    "mm": "mm", "cm": "cm", "m": "m", "km": "km", "deg/m": "deg/m",
    "kb": "KB", "mb": "MB", "gb": "GB", "tb": "TB",
    "tokens": "tokens",
}

# Result.unit -> pint expression (where the two differ).
_PINT_NAME: dict[str, str] = {"%": "percent", "x": "multiplier", "KB": "kB"}


@functools.cache
def get_registry(rules_dir: Path | None = None) -> pint.UnitRegistry:
    """The process-wide registry: no pint defaults, only ``rules/units.txt``."""
    ureg = pint.UnitRegistry(None, autoconvert_offset_to_baseunit=False)
    ureg.load_definitions(str((rules_dir or default_rules_dir()) / "units.txt"))
    return ureg


def canonical_unit(surface: str | None) -> str | None:
    """The unit as GUIDELINES write it ("%", "points", "x", "ms") for a surface form, or None."""
    if not surface:
        return None
    key = " ".join(surface.replace("\\%", "%").replace("\\", "\\").split()).lower()
    if key in _SURFACE:
        return _SURFACE[key]
    return None


@functools.cache
def _factor(unit: str, rules_dir: Path | None = None) -> tuple[float, str | None]:
    """(multiplier to base units, base unit string or None when dimensionless)."""
    ureg = get_registry(rules_dir)
    q = ureg.Quantity(1.0, _PINT_NAME.get(unit, unit)).to_base_units()
    units = str(q.units)
    return float(q.magnitude), (None if units == "dimensionless" else units)


def normalize(value: float, unit: str | None, rules_dir: Path | None = None) -> tuple[float, str | None]:
    """Convert a value to base units: 57.1 % -> (0.571, None); 23 ms -> (0.023, 'second')."""
    if not unit:
        return value, None
    try:
        factor, base = _factor(unit, rules_dir)
    except (pint.errors.PintError, AttributeError, ValueError, TypeError):
        return value, unit
    return value * factor, base
