"""Rule files: schema errors, ids, placeholders and ReDoS safety, with one-line messages."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from leaderboard.config import default_rules_dir
from leaderboard.rules import Defaults, RuleError, check_rules, load_ruleset, past_participle

GOOD = """\
id: {id}
summary: test rule
priority: 50
kind: score
pattern: '{{value}}\\s++on\\s++{{benchmark}}'
examples:
  - name: pos
    text: It gets 57.1% on AIME.
    expect: [{{value: 57.1, benchmark: AIME}}]
  - name: neg
    text: Nothing here.
    no_match: true
"""


@pytest.fixture
def rules_copy(tmp_path: Path) -> Path:
    src = default_rules_dir()
    dst = tmp_path / "rules"
    shutil.copytree(src, dst)
    load_ruleset.cache_clear()
    yield dst
    load_ruleset.cache_clear()


def test_project_rules_are_clean() -> None:
    assert check_rules(default_rules_dir()) == []


def test_loads_all_rule_files() -> None:
    rs = load_ruleset(default_rules_dir())
    stems = sorted(p.stem for p in (default_rules_dir() / "extract").glob("*.yaml"))
    assert sorted(r.id for r in rs.rules) == stems


def test_unknown_key_names_file_and_rule(rules_copy: Path) -> None:
    (rules_copy / "extract" / "x-rule.yaml").write_text(GOOD.format(id="x-rule") + "colour: red\n")
    with pytest.raises(RuleError) as exc:
        load_ruleset(rules_copy)
    msg = str(exc.value)
    assert "x-rule.yaml" in msg and "rule x-rule" in msg and "colour" in msg and "unknown key" in msg
    assert "\n" not in msg


def test_id_must_equal_stem(rules_copy: Path) -> None:
    (rules_copy / "extract" / "x-rule.yaml").write_text(GOOD.format(id="other-id"))
    with pytest.raises(RuleError, match="file stem"):
        load_ruleset(rules_copy)


def test_unknown_placeholder(rules_copy: Path) -> None:
    text = GOOD.format(id="x-rule").replace("{benchmark}", "{benchmrk}")
    (rules_copy / "extract" / "x-rule.yaml").write_text(text)
    with pytest.raises(RuleError, match=r"x-rule.*unknown placeholder \{benchmrk\}"):
        load_ruleset(rules_copy)


def test_yaml_syntax_error_has_line_and_column(rules_copy: Path) -> None:
    (rules_copy / "extract" / "x-rule.yaml").write_text("id: x-rule\nsummary: [unclosed\n")
    with pytest.raises(RuleError, match=r"x-rule\.yaml:\d+:\d+: YAML syntax error"):
        load_ruleset(rules_copy)


def test_rule_needs_negative_example(rules_copy: Path) -> None:
    text = GOOD.format(id="x-rule").split("  - name: neg")[0]
    (rules_copy / "extract" / "x-rule.yaml").write_text(text)
    with pytest.raises(RuleError, match="no_match"):
        load_ruleset(rules_copy)


def test_check_rules_reports_failing_example(rules_copy: Path) -> None:
    text = GOOD.format(id="x-rule").replace("value: 57.1", "value: 99.9")
    (rules_copy / "extract" / "x-rule.yaml").write_text(text)
    problems = check_rules(rules_copy)
    assert len(problems) == 1 and "x-rule" in problems[0] and "example pos" in problems[0]


GATED = GOOD.replace("priority: 50", "priority: 90").replace(
    "pattern: '{{value}}\\s++on\\s++{{benchmark}}'",
    "patterns:\n  - pattern: '{{value}}\\s++on\\s++{{benchmark}}'\n    gate: '{gate}'",
)


def test_gated_pattern_runs_only_where_its_gate_finds_something(rules_copy: Path) -> None:
    from leaderboard.matcher import run_rules

    (rules_copy / "extract" / "x-rule.yaml").write_text(GATED.format(id="x-rule", gate="\\d%\\s"))
    rs = load_ruleset(rules_copy)
    rule = rs.by_id()["x-rule"]
    assert rule.gates[0] is not None and rule.gates[0].pattern == "\\d%\\s"
    # (at priority 90 it beats other rules in their own examples, and their problems then
    # name it as the winner; only the problems of its own file matter here)
    assert [p for p in check_rules(rules_copy) if "/x-rule.yaml:" in p] == []
    found = {m.first("value") for m in run_rules(rs, "It gets 57.1% on AIME.", 0)[0] if m.rule.id == "x-rule"}
    assert found == {"57.1%"}
    # "57.1 on AIME" has no "%": the gate turns the sentence away before the pattern runs
    assert not [m for m in run_rules(rs, "It gets 57.1 on AIME.", 0)[0] if m.rule.id == "x-rule"]


def test_gate_that_misses_an_example_is_reported(rules_copy: Path) -> None:
    (rules_copy / "extract" / "x-rule.yaml").write_text(GATED.format(id="x-rule", gate="points"))
    problems = check_rules(rules_copy)
    assert any("x-rule" in p and "pattern 1" in p and "gate finds nothing in example pos" in p
               for p in problems), problems


def test_pattern_keywords_that_miss_an_example_are_reported(rules_copy: Path) -> None:
    text = GATED.format(id="x-rule", gate="%").replace("    gate: '%'", "    keywords: [points]")
    (rules_copy / "extract" / "x-rule.yaml").write_text(text)
    problems = check_rules(rules_copy)
    assert any("x-rule" in p and "none of its keywords is in example pos" in p for p in problems), problems


def test_mapping_pattern_needs_gate_or_keywords(rules_copy: Path) -> None:
    text = GATED.format(id="x-rule", gate="%").replace("\n    gate: '%'", "")
    (rules_copy / "extract" / "x-rule.yaml").write_text(text)
    with pytest.raises(RuleError, match="x-rule.*needs 'gate' or 'keywords'"):
        load_ruleset(rules_copy)


def test_bad_gate_regex_is_one_line_error(rules_copy: Path) -> None:
    (rules_copy / "extract" / "x-rule.yaml").write_text(GATED.format(id="x-rule", gate="(unclosed"))
    with pytest.raises(RuleError) as exc:
        load_ruleset(rules_copy)
    msg = str(exc.value)
    assert "x-rule" in msg and "pattern 1" in msg and "bad gate regex" in msg and "\n" not in msg


def test_unknown_group_in_pattern(rules_copy: Path) -> None:
    text = GOOD.format(id="x-rule").replace("\\s++on", "(?P<colour>\\s++)on")
    (rules_copy / "extract" / "x-rule.yaml").write_text(text)
    with pytest.raises(RuleError, match="unknown group"):
        load_ruleset(rules_copy)


def test_no_rule_backtracks_catastrophically() -> None:
    rs = load_ruleset(default_rules_dir())
    nasty = ["1" * 10_000, "1." * 5_000, "Aa-" * 3_000 + "1%", ("57.1%, " * 1500) + "on"]
    for rule in rs.rules:
        for rx in rule.regexes:
            for text in nasty:
                # the engine's own timeout is the bound; a backtracking pattern blows through it
                try:
                    list(rx.finditer(text, timeout=5.0))
                except TimeoutError:
                    pytest.fail(f"rule {rule.id} timed out on a {len(text)}-char input")


@pytest.mark.parametrize("name, text, message", [
    ("benchmarks.yaml", "benchmarks:\n  A: [\n", r"benchmarks\.yaml:\d+:\d+: YAML syntax error"),
    ("benchmarks.yaml", "benchmarks: 3\n", r"benchmarks\.yaml: benchmarks: Input should be a valid dictionary"),
    ("metrics.yaml", "metrics:\n  acc: {direction: up}\n", r"metrics\.yaml: metrics\.acc\.direction"),
])
def test_bad_vocabulary_file_is_one_line_error(rules_copy: Path, name: str, text: str, message: str) -> None:
    from leaderboard.vocab import load_metrics, load_names, load_names_file

    (rules_copy / name).write_text(text)
    for cached in (load_metrics, load_names, load_names_file):
        cached.cache_clear()
    try:
        with pytest.raises(RuleError, match=message) as info:
            load_ruleset(rules_copy)
        assert "\n" not in str(info.value)
    finally:
        for cached in (load_metrics, load_names, load_names_file):
            cached.cache_clear()


def test_compiled_rule_without_gates_runs_every_pattern() -> None:
    from leaderboard.matcher import run_rules
    from leaderboard.rules import CompiledRule, RuleSet

    rs = load_ruleset(default_rules_dir())
    rule = rs.by_id()["score-value-on-benchmark"]
    bare = CompiledRule(rule.spec, rule.path, rule.regexes, rule.keywords)
    assert bare.gates == (None,) * len(rule.regexes)
    assert bare.pattern_keywords == ((),) * len(rule.regexes)
    one = RuleSet(rs.rules_dir, [bare], rs.macros, rs.placeholders, value_gate=rs.value_gate)
    found = [m.first("value") for m in run_rules(one, "It gets 57.1% on AIME.", 0)[0]]
    assert found == ["57.1%"]


@pytest.mark.parametrize("name", ["extract/x-rule.yaml", "benchmarks.yaml"])
def test_rule_or_vocabulary_file_in_invalid_utf8_is_one_line_error(rules_copy: Path, name: str) -> None:
    from leaderboard.vocab import load_metrics, load_names, load_names_file

    (rules_copy / name).write_bytes(b"id: x-rule\nsummary: caf\xe9\n")
    for cached in (load_metrics, load_names, load_names_file):
        cached.cache_clear()
    try:
        with pytest.raises(RuleError, match=rf"{re.escape(name.split('/')[-1])}: cannot read: .*utf-8") as info:
            load_ruleset(rules_copy)
        assert "\n" not in str(info.value)
    finally:
        for cached in (load_metrics, load_names, load_names_file):
            cached.cache_clear()


@pytest.mark.parametrize(
    ("verb", "participle"),
    [("solves", "solved"), ("solving", "solved"), ("resolves", "resolved"), ("fixes", "fixed"),
     ("fix", "fixed"), ("repairs", "repaired"), ("proving", "proved"), ("Solved", "solved")],
)
def test_past_participle_of_regular_verbs(verb: str, participle: str) -> None:
    assert past_participle(verb) == participle


def test_metric_template_is_filled_from_the_match_groups() -> None:
    d = Defaults(metric="{metric_item} {metric_verb}")
    assert d.metric_template and d.fixed_metric is None
    groups = {"metric_item": "Theorems", "metric_verb": "proves"}
    assert d.metric_of(groups.get) == "theorems proved"
    # a group the match did not capture: no metric rather than a half-filled template
    assert d.metric_of({"metric_item": "bugs"}.get) is None
    plain = Defaults(metric="accuracy")
    assert not plain.metric_template and plain.fixed_metric == "accuracy"
    assert plain.metric_of({}.get) == "accuracy"
