"""The committed reports/ are exactly what the README command produces (byte for byte)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from leaderboard.cli import main

ROOT = Path(__file__).resolve().parents[1]
COMMITTED = ROOT / "reports" / "emergent-reasoning"
README_COMMAND = "leaderboard run examples/hf-papers-emergent-reasoning.txt -o reports/emergent-reasoning"


def test_readme_shows_the_command() -> None:
    assert README_COMMAND in (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.integration
def test_committed_reports_are_up_to_date(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "examples").mkdir()
    shutil.copy(ROOT / "examples" / "hf-papers-emergent-reasoning.txt", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    args = README_COMMAND.split()[1:] + ["--quiet"]
    assert main(args) == 0
    fresh = tmp_path / "reports" / "emergent-reasoning"
    produced = sorted(p.relative_to(fresh).as_posix() for p in fresh.rglob("*") if p.is_file())
    committed = sorted(p.relative_to(COMMITTED).as_posix() for p in COMMITTED.rglob("*")
                       if p.is_file())
    assert produced == committed, "re-run the README command and commit reports/"
    for name in produced:
        assert (fresh / name).read_bytes() == (COMMITTED / name).read_bytes(), (
            f"reports/emergent-reasoning/{name} is stale: re-run `{README_COMMAND}`")
