"""Stage 5 — accept a candidate result or reject it with a one-line reason."""

from __future__ import annotations

import regex

_YEAR = regex.compile(r"(?:19|20)\d\d")


# metrics that are ratios to a reference and may exceed 100%: "190.4% mean human performance"
_UNBOUNDED = regex.compile(r"(?i)human|normali[sz]ed|relative|performance|return|speed|throughput|efficiency|ratio")


def check(kind: str, value: float, value_text: str, unit: str | None, benchmark: str | None,
          preset: str | None = None, metric: str | None = None) -> str | None:
    """The reason a candidate is not a result, or None when it is one.

    Order matters: the most specific reason is reported first.
    """
    if preset:
        return preset
    if unit is None and _YEAR.fullmatch(value_text):
        return "year"
    if kind == "delta" and value == 0:
        return "zero change"
    if kind == "score":
        if unit == "%" and value > 100 and not (metric and _UNBOUNDED.search(metric)):
            return "percentage above 100"
        if benchmark is None:
            return "no benchmark named"
    return None
