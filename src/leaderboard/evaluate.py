"""Score extracted results against gold annotations, by the matching rules of the gold GUIDELINES.

This follows ../shared/tools/score.py line for line (the project's yardstick), so that
``leaderboard evaluate`` prints the same figures; ``tests/test_evaluate.py`` checks that.
One figure is the project's own, printed after them: :func:`delta_baseline_accuracy`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from .readers import InputError

METRIC_SYNONYMS = {
    "acc": "accuracy",
    "accuracy rate": "accuracy",
    "sr": "success rate",
    "asr": "attack success rate",
    "em": "exact match",
    "f1 score": "f1",
    "f1-score": "f1",
}


def norm_name(text: str | None) -> str:
    """Lower-case letters and digits only; a year 19xx/20xx counts as its last two digits."""
    text = re.sub(r"(?<![0-9])(?:19|20)([0-9]{2})(?![0-9])", r"\1", text or "")
    return re.sub(r"[^a-z0-9]", "", text.lower())


def norm_doc(text: str) -> str:
    return " ".join(text.split()).lower()


def names_agree(pred: str | None, gold: str | None, aliases: list[str] | None = None) -> bool:
    """Normalised equality or containment; a gold name of null accepts any prediction."""
    if not gold:
        return True
    p = norm_name(pred)
    if not p:
        return False
    for g in [gold, *(aliases or [])]:
        g = norm_name(g)
        if g and (p == g or p in g or g in p):
            return True
    return False


def values_agree(pred, gold) -> bool:
    try:
        p, g = float(pred), float(gold)
    except (TypeError, ValueError):
        return False
    tol = 1e-6 * max(1.0, abs(g))
    return abs(p - g) <= tol or abs(p * 100 - g) <= tol * 100 or abs(p - g * 100) <= tol * 100


def metric_agrees(pred: str | None, gold: str | None) -> bool:
    def canon(m):
        m = " ".join((m or "").lower().split())
        return METRIC_SYNONYMS.get(m, m)

    p, g = canon(pred), canon(gold)
    return bool(p) and (p == g or norm_name(p) in norm_name(g) or norm_name(g) in norm_name(p))


def baseline_of(line: dict) -> dict | None:
    b = line.get("baseline")
    if isinstance(b, dict) and (b.get("model") or b.get("value") is not None):
        return b
    if line.get("baseline_model") or line.get("baseline_value") is not None:
        return {"model": line.get("baseline_model"), "value": line.get("baseline_value")}
    return None


def baseline_agrees(pred: dict | None, gold: dict) -> bool:
    if pred is None:
        return False
    if gold.get("value") is not None and not values_agree(pred.get("value"), gold["value"]):
        return False
    if gold.get("model") and not names_agree(pred.get("model"), gold["model"]):
        return False
    return True


def read_jsonl(path: str) -> list[dict]:
    rows = []
    try:
        fh = open(path, encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        raise InputError(f"{path}: cannot open: {exc.strerror or exc}") from exc
    with fh:
        for number, raw in enumerate(fh, 1):
            if raw.strip():
                try:
                    rows.append(json.loads(raw))
                except json.JSONDecodeError as exc:
                    raise InputError(f"{path}:{number}: not JSON: {exc.msg}") from exc
    return rows


def max_matching(preds: list[dict], golds: list[dict], agree) -> list[tuple[int, int]]:
    """Maximum bipartite matching (each gold line matches at most one prediction)."""
    edges = [[j for j, g in enumerate(golds) if agree(p, g)] for p in preds]
    gold_owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in gold_owner or augment(gold_owner[j], seen):
                gold_owner[j] = i
                return True
        return False

    for i in range(len(preds)):
        augment(i, set())
    return sorted((i, j) for j, i in gold_owner.items())


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)

    def prf(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


def short(line: dict) -> str:
    base = baseline_of(line)
    extra = f" vs {base.get('model')}={base.get('value')}" if base else ""
    return (f"model={line.get('model')!r} benchmark={line.get('benchmark')!r} "
            f"metric={line.get('metric')!r} value={line.get('value')}{line.get('unit') or ''}{extra}")


def score(gold: list[dict], pred: list[dict]) -> dict:
    by_doc: dict[str, tuple[list, list]] = {}
    for g in gold:
        by_doc.setdefault(norm_doc(g["doc"]), ([], []))[0].append(g)
    for p in pred:
        by_doc.setdefault(norm_doc(str(p.get("doc", ""))), ([], []))[1].append(p)

    def is_score(line):
        return line.get("kind", "score") == "score"

    def agree_bv(p, g):
        return values_agree(p.get("value"), g["value"]) and names_agree(
            p.get("benchmark"), g["benchmark"], g.get("benchmark_aliases"))

    def agree_full(p, g):
        return agree_bv(p, g) and names_agree(p.get("model"), g.get("model"), g.get("model_aliases"))

    def agree_dont_care(p, g):
        return values_agree(p.get("value"), g["value"]) and names_agree(
            p.get("model"), g.get("model"), g.get("model_aliases"))

    def agree_delta(p, g):
        bench_ok = (not g.get("benchmark")) or names_agree(
            p.get("benchmark"), g["benchmark"], g.get("benchmark_aliases"))
        return values_agree(p.get("value"), g["value"]) and bench_ok

    full, bv, delta = Tally(), Tally(), Tally()
    metric_ok = metric_n = base_ok = base_n = 0
    for doc, (golds, preds) in sorted(by_doc.items()):
        scores = [g for g in golds if is_score(g) and g.get("benchmark")]
        dont_care = [g for g in golds if is_score(g) and not g.get("benchmark")]
        pscores = [p for p in preds if is_score(p)]
        # predictions that hit a don't-care line are set aside
        cared = [p for p in pscores if not any(agree_dont_care(p, g) for g in dont_care)
                 or any(agree_bv(p, g) for g in scores)]
        for tally, agree in ((full, agree_full), (bv, agree_bv)):
            pairs = max_matching(cared, scores, agree)
            tally.tp += len(pairs)
            matched_p = {i for i, _ in pairs}
            matched_g = {j for _, j in pairs}
            for i, p in enumerate(cared):
                if i not in matched_p:
                    tally.fp += 1
                    tally.errors.append(f"FP  [{doc[:60]}] {short(p)}")
            for j, g in enumerate(scores):
                if j not in matched_g:
                    tally.fn += 1
                    tally.errors.append(f"FN  [{doc[:60]}] {short(g)}")
            if tally is full:
                for i, j in pairs:
                    p, g = cared[i], scores[j]
                    if g.get("metric"):
                        metric_n += 1
                        metric_ok += metric_agrees(p.get("metric"), g["metric"])
                    gb = baseline_of(g)
                    if gb:
                        base_n += 1
                        base_ok += baseline_agrees(baseline_of(p), gb)
        gdeltas = [g for g in golds if g.get("kind") == "delta"]
        pdeltas = [p for p in preds if p.get("kind") == "delta"]
        pairs = max_matching(pdeltas, gdeltas, agree_delta)
        delta.tp += len(pairs)
        delta.fp += len(pdeltas) - len(pairs)
        delta.fn += len(gdeltas) - len(pairs)

    return {
        "full": full.prf(),
        "benchmark_value": bv.prf(),
        "delta": delta.prf(),
        "metric_accuracy": round(metric_ok / metric_n, 4) if metric_n else None,
        "baseline_accuracy": round(base_ok / base_n, 4) if base_n else None,
        "_errors": full.errors,
    }


def delta_baseline_accuracy(gold: list[dict], pred: list[dict]) -> float | None:
    """A figure score.py does not give: of the gold changes found (matched as its delta F1
    matches them) whose gold names the system compared with, the share whose predicted
    baseline names the same system (None when there are none)."""
    by_doc: dict[str, tuple[list, list]] = {}
    for g in gold:
        if g.get("kind") == "delta":
            by_doc.setdefault(norm_doc(g["doc"]), ([], []))[0].append(g)
    for p in pred:
        if p.get("kind") == "delta":
            by_doc.setdefault(norm_doc(str(p.get("doc", ""))), ([], []))[1].append(p)

    def agree_delta(p, g):
        bench_ok = (not g.get("benchmark")) or names_agree(
            p.get("benchmark"), g["benchmark"], g.get("benchmark_aliases"))
        return values_agree(p.get("value"), g["value"]) and bench_ok

    ok = n = 0
    for _doc, (golds, preds) in sorted(by_doc.items()):
        for i, j in max_matching(preds, golds, agree_delta):
            gb = baseline_of(golds[j])
            if gb and gb.get("model"):
                n += 1
                pb = baseline_of(preds[i])
                ok += bool(pb and pb.get("model") and names_agree(pb["model"], gb["model"]))
    return round(ok / n, 4) if n else None


def format_report(result: dict, *, as_json: bool = False, errors: bool = False) -> list[str]:
    """The lines score.py prints for a score() result (its ``_errors`` list is not modified)."""
    figures = {k: v for k, v in result.items() if k != "_errors"}
    lines: list[str] = []
    if as_json:
        lines.append(json.dumps(figures))
    else:
        for name in ("full", "benchmark_value", "delta"):
            r = figures[name]
            lines.append(f"{name:16} P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f} "
                         f"(tp={r['tp']} fp={r['fp']} fn={r['fn']})")
        lines.append(f"metric accuracy   {figures['metric_accuracy']}")
        lines.append(f"baseline accuracy {figures['baseline_accuracy']}")
        if "delta_baseline_accuracy" in figures:
            lines.append(f"delta baseline accuracy {figures['delta_baseline_accuracy']}")
    if errors and result["_errors"]:
        lines.append("\n".join(result["_errors"]))
    return lines
