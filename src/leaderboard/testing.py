"""Public test harness: run the worked examples of rule files (``examples:`` blocks)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from .config import default_rules_dir
from .models import Document, Rejection, Result
from .rules import RuleSpec, _yaml_load

_TOL = 1e-6


class RuleExampleCase(NamedTuple):
    """One example of one rule; ``evaluate()`` returns "" when it holds, else what went wrong."""

    rule_id: str
    kind: str
    name: str
    text: str
    expect: tuple[dict[str, Any], ...]
    no_match: bool
    todo: str
    path: Path
    rules_dir: Path

    @property
    def test_id(self) -> str:
        return f"{self.rule_id}::{self.name}"

    def run(self) -> tuple[list[Result], list[Rejection]]:
        from .extract import Extractor

        ex = Extractor.load(self.rules_dir)
        doc = Document(id=f"example:{self.test_id}", title=f"example {self.test_id}", abstract=self.text)
        return ex.extract(doc)

    def evaluate(self) -> str:
        results, rejections = self.run()
        if self.kind == "reject":
            mine = [_flat(r.candidate, r.reason) for r in rejections if r.candidate.rule == self.rule_id]
        elif self.kind == "baseline":
            mine = [_flat(r) for r in results]
        else:
            mine = [_flat(r) for r in results if r.rule == self.rule_id]
        if self.no_match:
            if self.kind == "baseline":
                return "" if not self._matches() else "the rule matched"
            return "" if not mine else f"expected no result, got {mine}"
        missing = [e for e in self.expect if not any(_agrees(e, got) for got in mine)]
        if missing:
            return f"no result agrees with {missing}; got {mine}"
        return ""

    def _matches(self) -> bool:
        from .extract import Extractor

        ex = Extractor.load(self.rules_dir)
        rule = ex.rules[self.rule_id]
        return any(rx.search(self.text) for rx in rule.regexes)


def _flat(r: Result, reason: str | None = None) -> dict[str, Any]:
    d: dict[str, Any] = {
        "kind": r.kind, "model": r.model, "benchmark": r.benchmark, "metric": r.metric,
        "value": r.value, "unit": r.unit, "qualifier": r.qualifier, "range_max": r.range_max,
        "baseline_model": r.baseline.model if r.baseline else None,
        "baseline_value": r.baseline.value if r.baseline else None,
        "delta_value": r.delta.value if r.delta else None,
        "delta_unit": r.delta.unit if r.delta else None,
        "value_text": r.value_text,
    }
    if reason is not None:
        d["reason"] = reason
    return d


def _agrees(expected: dict[str, Any], got: dict[str, Any]) -> bool:
    for key, want in expected.items():
        have = got.get(key)
        if isinstance(want, (int, float)) and not isinstance(want, bool):
            if have is None or abs(float(have) - float(want)) > _TOL * max(1.0, abs(want)):
                return False
        elif want != have:
            return False
    return True


def load_rule_examples(rules_dir: Path | None = None) -> list[RuleExampleCase]:
    """Every example of every rule file, in file order (for pytest parametrisation)."""
    rules_dir = Path(rules_dir or default_rules_dir())
    cases = []
    for path in sorted((rules_dir / "extract").glob("*.yaml")):
        spec = RuleSpec.model_validate(_yaml_load(path))
        for ex in spec.examples:
            cases.append(
                RuleExampleCase(spec.id, spec.kind, ex.name, ex.text, tuple(ex.expect),
                                ex.no_match, ex.todo, path, rules_dir)
            )
    return cases
