"""The command line as a user runs it: exit codes, one-line errors, summaries and output files."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from leaderboard.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "hf-papers-emergent-reasoning.txt"


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_extract_writes_results_and_counts_every_candidate(tmp_path: Path, capsys) -> None:
    out, rejected = tmp_path / "out.jsonl", tmp_path / "rejected.jsonl"
    assert main(["extract", str(EXAMPLE), "-o", str(out), "--rejected", str(rejected)]) == 0
    err = capsys.readouterr().err
    results, rejections = _lines(out), _lines(rejected)
    assert results and rejections
    m = re.search(r"candidates found: (\d+), accepted: (\d+), rejected: (\d+)", err)
    assert m, err
    found, accepted, rejected_n = map(int, m.groups())
    assert found == accepted + rejected_n
    assert (accepted, rejected_n) == (len(results), len(rejections))
    assert "papers read: 48, skipped: 0" in err
    for r in rejections:
        assert r["reason"] and r["candidate"]["evidence"]


def test_extract_is_byte_identical_across_runs_and_jobs(tmp_path: Path) -> None:
    a, b, c = (tmp_path / f"{n}.jsonl" for n in "abc")
    assert main(["extract", str(EXAMPLE), "-o", str(a), "-q"]) == 0
    assert main(["extract", str(EXAMPLE), "-o", str(b), "-q"]) == 0
    assert main(["extract", str(EXAMPLE), "-o", str(c), "-q", "--jobs", "2"]) == 0
    assert a.read_bytes() == b.read_bytes() == c.read_bytes()


def test_results_are_readable_by_the_scorer(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(EXAMPLE), "-o", str(out), "-q"]) == 0
    scorer = ROOT / "tests" / "data" / "reference_score.py"
    gold = ROOT / "tests" / "data" / "gold-hf-papers-emergent-reasoning.jsonl"
    proc = subprocess.run([sys.executable, str(scorer), "--gold", str(gold), "--pred", str(out),
                           "--json"], capture_output=True, text=True, check=True)
    figures = json.loads(proc.stdout)
    assert figures["full"]["tp"] > 0


def test_missing_input_is_a_one_line_error(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "nope.jsonl"
    assert main(["extract", str(missing), "-o", str(tmp_path / "o.jsonl")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("leaderboard: error: ") and str(missing) in err and "\n" not in err
    assert not (tmp_path / "o.jsonl").exists()  # nothing half-written


def test_unknown_format_lists_the_formats(tmp_path: Path, capsys) -> None:
    weird = tmp_path / "weird.bin"
    weird.write_bytes(b"\x00\x01\x02 binary \xff")
    assert main(["extract", str(weird), "-o", str(tmp_path / "o.jsonl")]) == 2
    err = capsys.readouterr().err.strip()
    assert str(weird) in err and "\n" not in err


def test_bad_record_is_reported_skipped_counted_and_strict_fails(tmp_path: Path, capsys) -> None:
    good = {"title": "A", "abstract": "Our model X-1 achieves 91.2% accuracy on ImageNet."}
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(good) + "\n{broken\n" + json.dumps({"title": "B"}) + "\n",
                   encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert main(["extract", str(src), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert f"{src}:2:" in err and f"{src}:3:" in err
    assert "papers read: 1, skipped: 2" in err
    assert main(["extract", str(src), "-o", str(out), "--strict", "-q"]) == 1


def test_usage_error_exit_code(capsys) -> None:
    assert main(["extract"]) == 2
    assert main(["no-such-command"]) == 2


def test_rules_check_passes_on_project_rules(capsys) -> None:
    assert main(["rules", "check"]) == 0
    assert "rules OK" in capsys.readouterr().out


def test_rules_check_refuses_a_broken_rule_dir(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "rules"
    (bad / "extract").mkdir(parents=True)
    (bad / "metrics.yaml").write_text((ROOT / "rules" / "metrics.yaml").read_text())
    (bad / "extract" / "oops.yaml").write_text("id: oops\npattern: [unclosed\n")
    code = main(["rules", "check", str(bad)])
    out = capsys.readouterr()
    assert code in (1, 2)
    assert "oops.yaml" in out.out + out.err


def test_python_dash_m_runs_the_cli() -> None:
    proc = subprocess.run([sys.executable, "-m", "leaderboard", "--version"],
                          capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "leaderboard, version 0.1.0"


@pytest.mark.integration
def test_run_builds_index_and_pages(tmp_path: Path) -> None:
    out_dir = tmp_path / "reports"
    assert main(["run", str(EXAMPLE), "-o", str(out_dir), "-q"]) == 0
    index = (out_dir / "index.md").read_text(encoding="utf-8")
    assert index.startswith("<!--") and "generated" in index
    pages = sorted(p.name for p in out_dir.glob("*.md") if p.name != "index.md")
    assert pages, "one page per benchmark"
    for name in pages:
        assert f"]({name})" in index or f"({name})" in index
    assert (out_dir / "results.jsonl").exists() and (out_dir / "rejected.jsonl").exists()


def test_rules_check_refuses_a_catastrophic_regex_naming_the_rule(tmp_path: Path, capsys) -> None:
    import shutil

    import yaml

    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    spec = yaml.safe_load((rules / "extract" / "score-value-on-benchmark.yaml").read_text())
    spec["id"] = "evil-nested"
    spec["pattern"] = r"(?:\w+\s?)*{value}\s++on\s++{benchmark}"
    (rules / "extract" / "evil-nested.yaml").write_text(yaml.safe_dump(spec), encoding="utf-8")
    assert main(["rules", "check", str(rules)]) == 1
    out = capsys.readouterr().out
    assert "rule evil-nested pattern 1: can backtrack catastrophically" in out
    assert "nested quantifiers" in out


def test_yaml_syntax_error_names_file_line_and_column(tmp_path: Path, capsys) -> None:
    import shutil

    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    (rules / "extract" / "broken.yaml").write_text("id: broken\nsummary: [a, b\nkind: score\n")
    code = main(["rules", "check", str(rules)])
    out = capsys.readouterr()
    assert code == 1
    assert re.search(r"broken\.yaml:3:\d+: YAML syntax error", out.out + out.err)  # file:line:col
    assert main(["extract", str(EXAMPLE), "-o", str(tmp_path / "o.jsonl"), "--rules",
                 str(rules)]) == 2
    err = capsys.readouterr().err.strip()
    assert "broken.yaml" in err and "\n" not in err


def test_progress_bar_only_on_a_terminal_and_not_with_quiet(tmp_path: Path, capsys,
                                                            monkeypatch) -> None:
    out = tmp_path / "o.jsonl"
    assert main(["extract", str(EXAMPLE), "-o", str(out)]) == 0
    assert " papers" not in capsys.readouterr().err.replace("papers read", "")  # not a tty
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main(["extract", str(EXAMPLE), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert re.search(r"\d+ papers \[", err) and "results=" in err
    assert main(["extract", str(EXAMPLE), "-o", str(out), "--quiet"]) == 0
    assert capsys.readouterr().err == ""
