"""`leaderboard evaluate` gives the same figures as the reference scorer (../shared/tools/score.py)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from leaderboard.cli import main
from leaderboard.evaluate import score

DATA = Path(__file__).parent / "data"
GOLD = DATA / "gold-hf-papers-emergent-reasoning.jsonl"
SHARED_SCORER = Path(__file__).resolve().parents[2] / "shared" / "tools" / "score.py"


def _load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location(f"scorer_{path.parent.name}", path)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def _scorers():
    found = [DATA / "reference_score.py"]
    if SHARED_SCORER.exists():  # the shared copy, beside the project in a checkout and in CI
        found.append(SHARED_SCORER)
    return found


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _perturbed(gold: list[dict]) -> list[dict]:
    """Predictions with every kind of error the scorer distinguishes."""
    preds = []
    for i, g in enumerate(gold):
        p = dict(g)
        if i % 5 == 1:
            p["value"] = g["value"] + 1  # wrong value: one FP and one FN
        if i % 7 == 2:
            p["model"] = "someone else"
        if i % 4 == 3:
            p["metric"] = "bogus metric"
            p["baseline"] = None
        if i % 6 == 4:
            continue  # a miss
        preds.append(p)
    preds.append({"doc": gold[0]["doc"], "benchmark": "Invented", "value": 12.5})
    return preds


@pytest.mark.parametrize("scorer_path", _scorers(), ids=lambda p: p.parent.name)
@pytest.mark.parametrize("case", ["perfect", "perturbed", "empty"])
def test_figures_equal_reference_scorer(scorer_path: Path, case: str) -> None:
    reference = _load_scorer(scorer_path)
    gold = _read(GOLD)
    preds = {"perfect": gold, "perturbed": _perturbed(gold), "empty": []}[case]
    ours, theirs = score(gold, preds), reference.score(gold, preds)
    assert ours == theirs


def test_evaluate_command_prints_reference_figures(tmp_path: Path, capsys) -> None:
    gold = _read(GOLD)
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(p) + "\n" for p in _perturbed(gold)), encoding="utf-8")
    assert main(["evaluate", "--gold", str(GOLD), str(pred), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out.strip().splitlines()[0])
    expected = _load_scorer(DATA / "reference_score.py").score(gold, _perturbed(gold))
    expected.pop("_errors")
    ours = printed.pop("delta_baseline_accuracy")  # the project's own figure, after score.py's
    assert printed == expected
    assert printed["full"]["fp"] > 0 and printed["full"]["fn"] > 0
    assert ours is None or 0.0 <= ours <= 1.0


def test_delta_baseline_accuracy() -> None:
    """Of the gold changes found that name a compared system, the share given that system."""
    from leaderboard.evaluate import delta_baseline_accuracy

    gold = [
        {"doc": "P", "kind": "delta", "benchmark": "A", "value": 12.0, "baseline": {"model": "GRPO", "value": None}},
        {"doc": "P", "kind": "delta", "benchmark": "B", "value": 9.0, "baseline": {"model": "GRPO", "value": None}},
        {"doc": "P", "kind": "delta", "benchmark": None, "value": 3.0},  # names none: not counted
        {"doc": "P", "kind": "delta", "benchmark": "C", "value": 7.0, "baseline": {"model": "PPO", "value": None}},
    ]
    pred = [
        {"doc": "P", "kind": "delta", "benchmark": "A", "value": 12.0, "baseline": {"model": "GRPO"}},
        {"doc": "P", "kind": "delta", "benchmark": "B", "value": 9.0, "baseline": {"model": "PPO"}},
        {"doc": "P", "kind": "delta", "benchmark": None, "value": 3.0, "baseline": {"model": "X"}},
        # the change on C is not found: it does not count
    ]
    assert delta_baseline_accuracy(gold, pred) == 0.5
    assert delta_baseline_accuracy(gold, []) is None
    assert delta_baseline_accuracy([], pred) is None


def test_evaluate_errors_and_min_f1(tmp_path: Path, capsys) -> None:
    pred = tmp_path / "pred.jsonl"
    pred.write_text("", encoding="utf-8")
    assert main(["evaluate", "--gold", str(GOLD), str(pred), "--errors", "--min-f1", "0.5"]) == 1
    out = capsys.readouterr().out
    assert "full             P=0.000 R=0.000 F1=0.000" in out
    assert out.count("FN  [") == 25  # every gold score line with a benchmark is a miss


def test_evaluate_bad_json_is_one_line_error(tmp_path: Path, capsys) -> None:
    pred = tmp_path / "pred.jsonl"
    pred.write_text('{"doc": "x"}\n{not json\n', encoding="utf-8")
    assert main(["evaluate", "--gold", str(GOLD), str(pred)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("leaderboard: error: ") and f"{pred}:2: not JSON" in err
    assert "\n" not in err
