"""Nothing is lost: every candidate is a result or a rejection, and outputs are written atomically."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from leaderboard import pipeline
from leaderboard.cli import main

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = sorted((ROOT / "tests" / "fixtures" / "formats").iterdir())
INPUTS = [ROOT / "examples" / "hf-papers-emergent-reasoning.txt", *FIXTURES]


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.name)
def test_found_equals_accepted_plus_rejected(path: Path, tmp_path: Path, capsys) -> None:
    out, rej = tmp_path / "out.jsonl", tmp_path / "rej.jsonl"
    assert main(["extract", str(path), "-o", str(out), "--rejected", str(rej)]) == 0
    err = capsys.readouterr().err
    found, accepted, rejected = map(int, re.search(
        r"candidates found: (\d+), accepted: (\d+), rejected: (\d+)", err).groups())
    assert found == accepted + rejected
    assert accepted == len(out.read_text(encoding="utf-8").splitlines())
    assert rejected == len(rej.read_text(encoding="utf-8").splitlines())


def test_interrupted_run_leaves_previous_output_untouched(tmp_path: Path, monkeypatch,
                                                          capsys) -> None:
    example = str(INPUTS[0])
    out, rej = tmp_path / "out.jsonl", tmp_path / "rej.jsonl"
    assert main(["extract", example, "-o", str(out), "--rejected", str(rej), "-q"]) == 0
    before_out, before_rej = out.read_bytes(), rej.read_bytes()
    assert before_out

    real = pipeline.iter_extract

    def dies_halfway(*args, **kwargs):
        for n, item in enumerate(real(*args, **kwargs)):
            if n == 20:
                raise KeyboardInterrupt  # the user pressed Ctrl-C mid-run
            yield item

    monkeypatch.setattr(pipeline, "iter_extract", dies_halfway)
    assert main(["extract", example, "-o", str(out), "--rejected", str(rej), "-q"]) != 0
    assert "Aborted" in capsys.readouterr().err
    assert out.read_bytes() == before_out and rej.read_bytes() == before_rej
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl", "rej.jsonl"]  # no temp files


def test_bad_record_does_not_lose_results_already_extracted(tmp_path: Path) -> None:
    good = json.dumps({"title": "Foo: a method", "abstract":
                       "Foo achieves 91.2% accuracy on ImageNet, surpassing ResNet-50 (76.1%)."})
    src = tmp_path / "in.jsonl"
    src.write_bytes((good + "\n").encode() + b"\xff\xfe broken\n{\"title\": 1}\n"
                    + (good.replace("Foo", "Bar") + "\n").encode())
    out = tmp_path / "o.jsonl"
    assert main(["extract", str(src), "-o", str(out), "-q"]) == 0
    docs = {json.loads(line)["doc"] for line in out.read_text(encoding="utf-8").splitlines()}
    assert docs == {"Foo: a method", "Bar: a method"}
