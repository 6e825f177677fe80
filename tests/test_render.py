"""Tests for render.py: index and board pages, escaping, the chart, numbers, files on disk."""

from __future__ import annotations

import random
import re
import string

from hypothesis import given, settings
from hypothesis import strategies as st

from leaderboard.aggregate import build_leaderboards
from leaderboard.models import Baseline, Delta, Result
from leaderboard.render import (
    BOARD_HEADERS,
    clean_inline,
    find_number,
    format_number,
    format_value,
    header,
    md_escape,
    mermaid_label,
    render_board,
    render_chart,
    render_index,
    safe_url,
    write_markdown,
)

COMMAND = "leaderboard build examples/x.txt -o reports/x"
CHAMELEON = "Chameleon: Plug-and-Play Compositional Reasoning with Large Language Models"
HOSTILE = [
    "GPT-4 | <script>alert(1)</script>",
    "model`rm -rf`\nnext line",
    "[click me](https://evil.example/x) ![img](x.png)",
    "**bold** _em_ ~~strike~~ # not a heading &amp; &lt;",
    "x\\|y \\ trailing backslash\\",
    'Mermaid"] ; bar [1] %% comment',
    "see www.evil.example or http://evil.example or a@b.example",
    "\u202egnp.exe\x1b[31m red",
]


def corpus() -> list[Result]:
    return [
        Result(
            doc=CHAMELEON, doc_id="2304.09842", model="Chameleon (GPT-4)", benchmark="ScienceQA",
            metric="overall accuracy", value=86.54, unit="%", value_text="86.54",
            baseline=Baseline(model="best published few-shot result"),
            delta=Delta(value=11.37, unit="%"), url="https://arxiv.org/abs/2304.09842",
            date="2023-04-19", rule="score-on-benchmark",
            evidence="Chameleon, powered by GPT-4, achieves an 86.54% overall accuracy on "
            "ScienceQA, improving the best published few-shot result by 11.37%",
        ),
        Result(
            doc="LLaVA: Visual Instruction Tuning", doc_id="2304.08485", model="LLaVA+GPT-4",
            benchmark="ScienceQA", metric="accuracy", value=92.53, unit="%", value_text="92.53",
            date="2023-04-17", rule="sota-claim",
            evidence="LLaVA and GPT-4 achieves a new state-of-the-art accuracy of 92.53%",
        ),
        Result(
            doc="A reproduction", doc_id="2401.00001", model="GPT-4", benchmark="ScienceQA",
            metric="accuracy", value=83.99, unit="%", rule="score-on-benchmark",
            evidence="GPT-4 scores 83.99% on ScienceQA",
            baseline=Baseline(model="GPT-3.5", value=75.17),
        ),
        Result(
            doc="Another reproduction", doc_id="2401.00002", model="GPT-4", benchmark="ScienceQA",
            metric="accuracy", value=83.99, unit="%", rule="score-on-benchmark",
            evidence="GPT-4 (83.99%)",
        ),
        Result(
            doc="A follow-up", doc_id="2402.00003", model="Chameleon (GPT-4)",
            benchmark="ScienceQA", metric="accuracy", value=85.1, unit="%", value_text="85.10",
            rule="score-on-benchmark", evidence="we measure Chameleon (GPT-4) at 85.10% on ScienceQA",
        ),
        Result(
            doc="Grokking in the Wild", doc_id="2504.20752", model=None, benchmark="ScienceQA",
            metric="accuracy", value=95.0, unit="%", qualifier="<=", range_max=100.0,
            value_text="95", rule="score-on-benchmark",
            evidence="our approach achieves up to 95-100% accuracy on ScienceQA",
        ),
        Result(
            doc="Advancing STT for Low-Resource Real-World Speech", doc_id="2506.00001",
            model="large-v3", benchmark="SRB-300", metric="wer", value=17.1, unit="%",
            rule="metric-of-value", evidence="The best fine-tuned model, large-v3, achieved a WER of 17.1%",
        ),
        Result(
            doc="Advancing STT for Low-Resource Real-World Speech", doc_id="2506.00001",
            model="small", benchmark="SRB-300", metric="wer", value=29.0, unit="%",
            rule="metric-of-value", evidence="small reaches 29% WER",
        ),
    ]  # fmt: skip


def split_row(line: str) -> list[str]:
    """Cells of a GitHub table row, honouring backslash escapes (how GitHub splits)."""
    assert line.startswith("|") and line.rstrip().endswith("|"), line
    cells, cell, i = [], "", 1
    body = line.rstrip()[:-1]
    while i < len(body):
        ch = body[i]
        if ch == "\\" and i + 1 < len(body):
            cell += body[i : i + 2]
            i += 2
            continue
        if ch == "|":
            cells.append(cell.strip())
            cell = ""
        else:
            cell += ch
        i += 1
    cells.append(cell.strip())
    return cells


def unescape(cell: str) -> str:
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", cell)


def tables(markdown: str) -> list[list[list[str]]]:
    """Every table: a list of rows (header first, separator dropped) of cells."""
    found, current = [], []
    for line in markdown.splitlines():
        if line.startswith("|"):
            if not re.fullmatch(r"\|(-+\|)+", line):
                current.append(split_row(line))
        elif current:
            found.append(current)
            current = []
    if current:
        found.append(current)
    return found


def test_pages_start_with_the_generated_header_and_have_no_timestamps():
    boards = build_leaderboards(corpus())
    pages = [render_index(boards, COMMAND)] + [render_board(b, COMMAND) for b in boards]
    for page in pages:
        assert page.splitlines()[0] == f"<!-- generated by {COMMAND}; do not edit -->"
        assert not re.search(r"20\d\d-\d\d-\d\dT|\d\d:\d\d:\d\d", page)
    assert header("x --> <!-- y").count("-->") == 1


def test_same_input_gives_byte_identical_pages_whatever_the_order():
    results = corpus()
    expected = [render_index(build_leaderboards(results), COMMAND)]
    expected += [render_board(b, COMMAND) for b in build_leaderboards(results)]
    for seed in range(3):
        shuffled = results[:]
        random.Random(seed).shuffle(shuffled)
        boards = build_leaderboards(shuffled)
        got = [render_index(boards, COMMAND)] + [render_board(b, COMMAND) for b in boards]
        assert got == expected


def test_index_lists_every_board_with_direction_counts_leader_and_link():
    boards = build_leaderboards(corpus())
    index = render_index(boards, COMMAND)
    (table,) = tables(index)
    assert table[0] == ["Benchmark", "Metric", "Better", "Results", "Papers", "Leader"]
    assert table[1] == [
        f"[ScienceQA]({boards[0].slug}.md)", "accuracy", "↑ higher", "6", "6", "LLaVA+GPT-4 — 92.53%",
    ]  # fmt: skip
    assert table[2] == [
        f"[SRB-300]({boards[1].slug}.md)", "wer", "↓ lower", "2", "1", "large-v3 — 17.1%",
    ]  # fmt: skip
    assert "2 leaderboards · 8 results · 7 papers" in index
    plain = render_index(boards, COMMAND, link_pages=False)
    assert "](" not in plain and "| ScienceQA " in plain


def test_board_page_rows_show_rank_value_paper_baseline_margin_evidence_rule():
    boards = build_leaderboards(corpus())
    page = render_board(boards[0], COMMAND)
    assert "# ScienceQA · accuracy" in page
    assert "↑ higher is better · 6 results from 6 papers · [all leaderboards](index.md)" in page
    main, conflicts = tables(page)
    assert main[0] == BOARD_HEADERS
    rows = {(r[1], r[3]): r for r in main[1:]}
    assert [r[0] for r in main[1:]] == ["1", "2", "3", "4", "4", "–"]  # tie at 4, unnamed last
    cham = rows[("Chameleon (GPT-4) ⚠ [conflict](#conflicts)", f"[{CHAMELEON}](https://arxiv.org/abs/2304.09842)")]
    assert cham == [
        "2",
        "Chameleon (GPT-4) ⚠ [conflict](#conflicts)",
        "86.54%",
        f"[{CHAMELEON}](https://arxiv.org/abs/2304.09842)",
        "2023-04-19",
        "best published few-shot result",
        "11.37%",
        "Chameleon, powered by GPT-4, achieves an **86.54%** overall accuracy on ScienceQA, "
        "improving the best published few-shot result by 11.37%",
        "score-on-benchmark",
    ]
    follow_up = rows[("Chameleon (GPT-4) ⚠ [conflict](#conflicts)", "A follow-up")]
    assert follow_up[2] == "85.10%"  # printed as in the paper, trailing zero kept
    gpt4 = [r for r in main[1:] if r[1] == "GPT-4"]
    assert [r[5] for r in gpt4] == ["GPT-3.5 (75.17)", ""]
    assert gpt4[1][7] == "GPT-4 (**83.99%**)"
    unnamed = main[-1]
    assert unnamed[:3] == ["–", "*unnamed*", "≤ 95–100%"]
    assert unnamed[7] == "our approach achieves up to **95**-100% accuracy on ScienceQA"
    assert "> Results of unnamed systems are listed without a rank." in page
    # Conflicts: both Chameleon reports, side by side, not merged.
    assert conflicts[0] == ["Model", "Value", "Paper", "Date", "Evidence"]
    assert [(r[0], r[1]) for r in conflicts[1:]] == [
        ("Chameleon (GPT-4)", "86.54%"), ("Chameleon (GPT-4)", "85.10%"),
    ]  # fmt: skip
    assert "## Conflicts" in page


def test_lower_is_better_board_ranks_smallest_first():
    page = render_board(build_leaderboards(corpus())[1], COMMAND)
    main = tables(page)[0]
    assert [(r[0], r[1], r[2]) for r in main[1:]] == [("1", "large-v3", "17.1%"), ("2", "small", "29%")]
    assert "↓ lower is better" in page
    assert "## Conflicts" not in page


def test_chart_is_a_mermaid_xychart_of_the_top_ranked_rows():
    boards = build_leaderboards(corpus())
    chart = render_chart(boards[0])
    assert chart.splitlines() == [
        "```mermaid",
        "xychart-beta",
        '    title "ScienceQA top 5, higher is better"',
        '    x-axis ["1. LLaVA+GPT-4", "2. Chameleon (GPT-4)", "3. Chameleon (GPT-4)", '
        '"4. GPT-4", "4. GPT-4 (2)"]',
        '    y-axis "accuracy (%)"',
        "    bar [92.53, 86.54, 85.1, 83.99, 83.99]",
        "```",
    ]
    assert chart in render_board(boards[0], COMMAND)
    many = [
        Result(doc=f"P{i}", model=f"M{i}", benchmark="GSM8K", metric="accuracy", value=float(i))
        for i in range(25)
    ]
    bars = render_chart(build_leaderboards(many)[0]).splitlines()[5]
    assert bars == "    bar [24, 23, 22, 21, 20, 19, 18, 17, 16, 15]"
    unnamed_only = [Result(doc="P", model=None, benchmark="GSM8K", metric="accuracy", value=1.0)]
    assert render_chart(build_leaderboards(unnamed_only)[0]) == ""


def hostile_results() -> list[Result]:
    return [
        Result(
            doc=name, doc_id=f"id{i}", model=name, benchmark="ScienceQA", metric="accuracy",
            value=50.0 + i, unit="%", rule=name, date=name, evidence=f"{name} gets {50 + i}%",
            baseline=Baseline(model=name, value=1.5), url=f"https://example.org/a(b)|c<{i}>",
        )
        for i, name in enumerate(HOSTILE)
    ]  # fmt: skip


def test_hostile_names_cannot_break_the_table_or_inject_markup():
    boards = build_leaderboards(hostile_results())
    page = render_board(boards[0], COMMAND)
    main = tables(page)[0]
    assert all(len(row) == len(BOARD_HEADERS) for row in main)
    assert len(main) == 1 + len(HOSTILE)
    by_model = {unescape(row[1]): row for row in main[1:]}
    assert set(by_model) == {clean_inline(n) for n in HOSTILE}
    for name, row in by_model.items():
        assert unescape(row[8]) == name  # rule cell round-trips
        assert unescape(row[4]) == name  # date cell round-trips
        title, _, url = row[3].rpartition("](")
        assert unescape(title[1:]) == name
        assert re.fullmatch(r"https://example\.org/a%28b%29%7Cc%3C\d%3E\)", url), url
    assert "<script>" not in page and "<img" not in page
    assert "\x1b" not in page and "\u202e" not in page
    # No link, image, code span or autolink survives outside our own markup.
    body = page.split("| Rank", 1)[1]
    for row in main[1:]:
        for cell in (row[1], row[4], row[8]):
            assert not re.search(r"(?<!\\)\[", cell) and not re.search(r"(?<!\\)`", cell)
            assert "://" not in cell and "www." not in cell.lower()
    assert "## Conflicts" not in body


def test_hostile_names_cannot_escape_the_mermaid_block():
    chart = render_chart(build_leaderboards(hostile_results())[0])
    lines = chart.splitlines()
    assert lines[0] == "```mermaid" and lines[-1] == "```" and chart.count("```") == 2
    axis = lines[3]
    labels = re.fullmatch(r'    x-axis \[(.*)\]', axis).group(1)
    assert labels.count('"') == 2 * len(HOSTILE)
    for label in re.findall(r'"([^"]*)"', labels):
        assert re.fullmatch(r"[\w .,()+/%…-]*", label), label
        assert "%%" not in label


@settings(max_examples=150, deadline=None)
@given(name=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40))
def test_any_model_name_round_trips_through_a_table_cell(name):
    result = Result(doc="P", model=name, benchmark="B", metric="accuracy", value=1.0, evidence=name)
    page = render_board(build_leaderboards([result])[0], COMMAND)
    main = tables(page)[0]
    assert len(main) == 2 and all(len(r) == len(BOARD_HEADERS) for r in main)
    expected = clean_inline(name)
    assert unescape(main[1][1]) == (expected or "*unnamed*")
    assert "<" not in main[1][1].replace("\\<", "")


@given(st.text(alphabet=string.printable, max_size=30))
def test_md_escape_leaves_no_active_markup(text):
    escaped = md_escape(text)
    assert "\n" not in escaped
    assert unescape(escaped) == clean_inline(text)
    assert not re.search(r"(?<!\\)(?:\\\\)*[<>|`\[\]]", escaped.replace("\\\\", ""))


def test_numbers_are_printed_as_in_the_paper_or_in_a_fixed_canonical_form():
    assert format_number(57.1) == "57.1"
    assert format_number(95.0) == "95"
    assert format_number(0.1 + 0.2) == "0.30000000000000004"
    assert format_number(1e-05) == "0.00001"
    assert format_number(-0.0) == "0"
    assert format_number(95.0, "95.0") == "95.0"
    assert format_number(1024.0, "1,024") == "1,024"


def test_value_cell_shows_qualifier_range_and_unit():
    base = {"doc": "P", "value": 95.0}
    assert format_value(Result(**base, unit="%", qualifier="<=", range_max=100.0)) == "≤ 95–100%"
    assert format_value(Result(**base, unit="%", qualifier=">", value_text="95.0")) == "> 95.0%"
    assert format_value(Result(**base, qualifier="~", unit="x")) == "~ 95×"
    assert format_value(Result(**base, unit="ms")) == "95 ms"
    assert format_value(Result(**base, qualifier=">=")) == "≥ 95"


def test_find_number_prefers_the_value_with_its_unit_and_skips_names():
    r = Result(doc="P", value=4.0, unit="%", value_text="4")
    assert find_number("GPT-4 improves by 4% on X", r) == (18, 20)
    r = Result(doc="P", value=57.1, unit="%")
    assert find_number("157.12 then 57.1 and 57.1%", r) == (21, 26)
    assert find_number("nothing here", r) is None


def test_safe_url_only_links_http_and_encodes_table_breakers():
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("data:text/html,x") is None
    assert safe_url(None) is None
    assert safe_url("https://arxiv.org/abs/2304.09842") == "https://arxiv.org/abs/2304.09842"
    assert safe_url("https://x.org/a b|c(d)") == "https://x.org/a%20b%7Cc%28d%29"


def test_mermaid_label_keeps_plain_text():
    assert mermaid_label('a"]; b[') == "a b"
    assert mermaid_label("x" * 50) == "x" * 39 + "…"


def test_write_markdown_writes_index_and_pages_atomically_and_prunes_stale_pages(tmp_path):
    boards = build_leaderboards(corpus())
    written = write_markdown(boards, tmp_path, COMMAND)
    assert [p.name for p in written] == ["index.md"] + [f"{b.slug}.md" for b in boards]
    first = {p.name: p.read_bytes() for p in written}
    assert first["index.md"] == render_index(boards, COMMAND).encode("utf-8")
    # Links in the index point at files that exist.
    for target in re.findall(r"\]\(([^)]+\.md)\)", render_index(boards, COMMAND)):
        assert (tmp_path / target).is_file()
    # A stale generated page goes; a hand-written file and a foreign .md stay.
    stale = tmp_path / "old-benchmark-accuracy-0123abcd.md"
    stale.write_text(header("leaderboard build old") + "\n")
    mine = tmp_path / "notes-0123abcd.md"
    mine.write_text("# my notes\n")
    (tmp_path / "audit.md").write_text(header("leaderboard audit") + "\n")
    again = write_markdown(boards, tmp_path, COMMAND)
    assert {p.name: p.read_bytes() for p in again} == first  # byte-identical
    assert not stale.exists() and mine.exists() and (tmp_path / "audit.md").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*first, "notes-0123abcd.md", "audit.md"])
