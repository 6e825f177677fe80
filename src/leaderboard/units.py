"""Stage 4 — one pint registry (built once from rules/units.txt) that normalises values."""

from __future__ import annotations

import functools
import hashlib
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .config import default_rules_dir

if TYPE_CHECKING:
    import pint

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
    "percentile": "percentile", "th percentile": "percentile", "st percentile": "percentile",
    "nd percentile": "percentile", "rd percentile": "percentile",
}

# Result.unit -> pint expression (where the two differ).
_PINT_NAME: dict[str, str] = {"%": "percent", "x": "multiplier", "KB": "kB"}


@functools.cache
def _build_registry(rules_dir: Path | None = None) -> pint.UnitRegistry:
    import pint

    ureg = pint.UnitRegistry(None, autoconvert_offset_to_baseunit=False)
    ureg.load_definitions(str((rules_dir or default_rules_dir()) / "units.txt"))
    return ureg


class _LazyRegistry:
    """The pint registry, built (and pint imported, ~0.35 s) only when first used."""

    def __init__(self, rules_dir: Path | None) -> None:
        self._rules_dir = rules_dir

    def __getattr__(self, name: str) -> Any:
        return getattr(_build_registry(self._rules_dir), name)

    def __repr__(self) -> str:
        return f"<lazy pint registry of {(self._rules_dir or default_rules_dir()) / 'units.txt'}>"


@functools.cache
def get_registry(rules_dir: Path | None = None) -> pint.UnitRegistry:
    """The process-wide registry: no pint defaults, only ``rules/units.txt``.

    NOTE: it is built on first use; :func:`normalize` needs it only for a unit missing
    from the conversion table cached beside the compiled rules (see ``_table``).
    """
    return _LazyRegistry(rules_dir)  # type: ignore[return-value]


def canonical_unit(surface: str | None) -> str | None:
    """The unit as GUIDELINES write it ("%", "points", "x", "ms") for a surface form, or None."""
    if not surface:
        return None
    key = " ".join(surface.replace("\\%", "%").replace("\\", "\\").split()).lower()
    if key in _SURFACE:
        return _SURFACE[key]
    return None


def _pint_factor(unit: str, rules_dir: Path | None) -> tuple[float, str | None]:
    ureg = _build_registry(rules_dir)
    q = ureg.Quantity(1.0, _PINT_NAME.get(unit, unit)).to_base_units()
    units = str(q.units)
    return float(q.magnitude), (None if units == "dimensionless" else units)


# NOTE: the conversions of the units seen so far, computed by pint, are kept in a small
# JSON file keyed by the content of units.txt and the pint version, so a new process
# normalises without importing pint. LEADERBOARD_REGEX_CACHE=0 turns it off.
_TABLES: dict[Path | None, tuple[Path | None, dict[str, list[Any]]]] = {}


def _table_path(rules_dir: Path | None) -> Path | None:
    if os.environ.get("LEADERBOARD_REGEX_CACHE", "1") in ("0", ""):
        return None
    try:
        from importlib.metadata import version

        data = ((rules_dir or default_rules_dir()) / "units.txt").read_bytes()
        key = hashlib.sha256(data + b"\0pint " + version("pint").encode()).hexdigest()[:20]
    except Exception:  # noqa: BLE001 - no units file or no metadata: no table
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base, "leaderboard", f"units-{key}.json")


def _table(rules_dir: Path | None) -> tuple[Path | None, dict[str, list[Any]]]:
    got = _TABLES.get(rules_dir)
    if got is None:
        path = _table_path(rules_dir)
        table: dict[str, list[Any]] = {}
        if path is not None:
            try:
                table = json.loads(path.read_text(encoding="utf-8"))
            except Exception:  # noqa: BLE001 - no table yet
                table = {}
        got = _TABLES[rules_dir] = (path, table if isinstance(table, dict) else {})
    return got


@functools.cache
def _factor(unit: str, rules_dir: Path | None = None) -> tuple[float, str | None]:
    """(multiplier to base units, base unit string or None when dimensionless)."""
    path, table = _table(rules_dir)
    hit = table.get(unit)
    if isinstance(hit, list) and len(hit) == 2:
        return float(hit[0]), hit[1]
    factor = _pint_factor(unit, rules_dir)  # raises for a unit pint does not know
    table[unit] = list(factor)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            tmp.write_text(json.dumps(table, sort_keys=True), encoding="utf-8")
            os.replace(tmp, path)
        except Exception:  # noqa: BLE001 - a read-only home is no error
            pass
    return factor


def normalize(value: float, unit: str | None, rules_dir: Path | None = None) -> tuple[float, str | None]:
    """Convert a value to base units: 57.1 % -> (0.571, None); 23 ms -> (0.023, 'second')."""
    if not unit:
        return value, None
    if unit.startswith("x10^"):  # a power of ten printed after the number ("9.47×10^-3")
        try:
            exp = int(unit[4:])
        except ValueError:
            return value, unit
        return float(f"{value!r}e{exp}"), None  # (decimal shift: 9.47e-3, not 0.009470000000000001)
    try:
        factor, base = _factor(unit, rules_dir)
    except (AttributeError, ValueError, TypeError):
        return value, unit
    except Exception as exc:
        import pint

        if isinstance(exc, pint.errors.PintError):
            return value, unit
        raise
    return value * factor, base
