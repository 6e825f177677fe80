"""Input readers: detection, every format from a file / stdin / compressed, identical
results across formats, bad records reported and counted."""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from leaderboard.models import Document, ReadProblem
from leaderboard.readers import READERS, InputError, ReadSummary, read_path, read_paths, reason

FIXTURES = Path(__file__).parent / "fixtures" / "formats"
EXAMPLE = Path(__file__).parents[1] / "examples" / "hf-papers-emergent-reasoning.txt"

# fixture -> (format detection must pick, papers it holds)
EXPECTED = {
    "hf-papers.txt": ("hf-text", 5),
    "hf-daily-papers.json": ("hf-daily", 5),
    "arxiv-query.atom": ("arxiv-atom", 5),
    "arxiv-metadata-oai-snapshot.json": ("arxiv-oai", 5),
    "papers-with-abstracts.json": ("pwc", 5),
    "s2-search.json": ("s2", 5),
    "s2-paper.json": ("s2", 1),
    "papers.jsonl": ("jsonl", 5),
    "papers.csv": ("csv", 5),
    "papers.tsv": ("tsv", 5),
    "abstracts.txt": ("text", 5),
    "one-abstract.txt": ("text", 1),
}
WITH_IDS = [n for n, (f, _) in EXPECTED.items() if f not in ("hf-text", "text")]


def docs_and_problems(items):
    items = list(items)
    docs = [d for d in items if isinstance(d, Document)]
    probs = [p for p in items if isinstance(p, ReadProblem)]
    assert len(docs) + len(probs) == len(items)
    return docs, probs


def detected(path: Path | str) -> str:
    from leaderboard.readers import _io, detect

    opened = _io.Input(str(path))
    try:
        return detect(str(path), opened.head.decode("utf-8", "replace")).NAME
    finally:
        opened.close()


@pytest.fixture
def stdin_bytes(monkeypatch):
    def feed(data: bytes) -> None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(data))))

    return feed


@pytest.fixture(scope="module")
def reference() -> dict[str, Document]:
    """The five fixture papers as read from the example corpus itself."""
    docs, probs = docs_and_problems(read_path(str(EXAMPLE)))
    assert len(docs) == 48 and not probs
    fixture_titles = {d.title for d in read_path(str(FIXTURES / "hf-papers.txt"))}
    ref = {d.title: d for d in docs if d.title in fixture_titles}
    assert len(ref) == 5
    return ref


def test_every_format_has_a_fixture() -> None:
    assert {f for f, _ in EXPECTED.values()} == set(READERS) - {"json"}
    assert sorted(p.name for p in FIXTURES.iterdir()) == sorted([*EXPECTED, "arxiv-error.atom"])


@pytest.mark.parametrize("name", EXPECTED)
def test_detection_picks_the_right_reader(name: str) -> None:
    assert detected(FIXTURES / name) == EXPECTED[name][0]


@pytest.mark.parametrize("name", EXPECTED)
def test_read_from_file(name: str) -> None:
    fmt, count = EXPECTED[name]
    docs, probs = docs_and_problems(read_path(str(FIXTURES / name)))
    assert len(docs) == count and not probs
    assert all(d.source == str(FIXTURES / name) for d in docs)
    # and with the format named explicitly
    assert list(read_path(str(FIXTURES / name), fmt)) == docs + probs


@pytest.mark.parametrize("name", EXPECTED)
def test_read_from_stdin(name: str, stdin_bytes) -> None:
    data = (FIXTURES / name).read_bytes()
    stdin_bytes(data)
    docs, probs = docs_and_problems(read_path("-"))
    from_file = [d for d in read_path(str(FIXTURES / name)) if isinstance(d, Document)]
    assert not probs
    key = (lambda d: (d.abstract,)) if EXPECTED[name][0] == "text" else (lambda d: (d.title, d.abstract, d.url, d.date))
    assert [key(d) for d in docs] == [key(d) for d in from_file]
    assert all(d.source == "<stdin>" for d in docs)


def test_read_from_a_real_stdin_pipe() -> None:
    code = (
        "from leaderboard.readers import read_path\n"
        "print(sum(1 for d in read_path('-') if hasattr(d, 'abstract')))\n"
    )
    for name in ("arxiv-query.atom", "papers.csv", "hf-daily-papers.json"):
        data = gzip.compress((FIXTURES / name).read_bytes())
        out = subprocess.run([sys.executable, "-c", code], input=data, capture_output=True, check=True)
        assert out.stdout.strip() == str(EXPECTED[name][1]).encode()


@pytest.mark.parametrize("compress", [gzip.compress, bz2.compress, lzma.compress])
@pytest.mark.parametrize("name", ["papers.jsonl", "arxiv-query.atom", "papers-with-abstracts.json", "hf-papers.txt"])
def test_compressed_files_are_read_transparently(tmp_path: Path, name: str, compress) -> None:
    ext = {gzip.compress: ".gz", bz2.compress: ".bz2", lzma.compress: ".xz"}[compress]
    path = tmp_path / (name + ext)
    path.write_bytes(compress((FIXTURES / name).read_bytes()))
    assert detected(path) == EXPECTED[name][0]
    docs, probs = docs_and_problems(read_path(str(path)))
    assert len(docs) == EXPECTED[name][1] and not probs


@pytest.mark.parametrize("name", EXPECTED)
def test_same_paper_same_text_from_every_format(name: str, reference: dict[str, Document]) -> None:
    docs, _ = docs_and_problems(read_path(str(FIXTURES / name)))
    if EXPECTED[name][0] == "text":  # plain text has no titles: compare the abstracts
        by_abstract = {d.abstract: d for d in reference.values()}
        assert all(d.abstract in by_abstract for d in docs)
        return
    for d in docs:
        ref = reference[d.title]
        assert (d.title, d.abstract) == (ref.title, ref.abstract)
        assert d.date == ref.date


def test_same_id_url_date_from_every_format_with_ids() -> None:
    seen = {}
    for name in WITH_IDS:
        for d in read_path(str(FIXTURES / name)):
            key = (d.id, d.url, d.date, d.title, d.abstract)
            seen.setdefault(d.title, set()).add(key)
    assert len(seen) == 5
    for title, keys in seen.items():
        assert len(keys) == 1, (title, keys)
        (aid, url, date, _, _), = keys
        assert url == f"https://arxiv.org/abs/{aid}" and len(date) == 10


def test_hf_text_reads_the_whole_example_corpus() -> None:
    docs, probs = docs_and_problems(read_path(str(EXAMPLE)))
    assert len(docs) == 48 and not probs
    assert docs[0].title == "Emergent Hierarchical Reasoning in LLMs through Reinforcement Learning"
    assert docs[0].date == "2025-09-03" and docs[-1].date == "2025-07-08"
    assert len({d.id for d in docs}) == 48


def test_arxiv_atom_fields_and_unwrapping() -> None:
    raw = (FIXTURES / "arxiv-query.atom").read_text()
    docs = list(read_path(str(FIXTURES / "arxiv-query.atom")))
    # the feed hard-wraps titles and summaries; the reader joins them back
    assert "<title>Chameleon: Plug-and-Play Compositional Reasoning with Large\n  Language Models</title>" in raw
    assert docs[1].title == "Chameleon: Plug-and-Play Compositional Reasoning with Large Language Models"
    assert docs[3].title == (
        "MA-LoT: Multi-Agent Lean-based Long Chain-of-Thought Reasoning enhances Formal Theorem Proving"
    )
    assert "\n" not in docs[1].abstract and "  " not in docs[1].abstract
    assert "achieves an 86.54% overall accuracy on ScienceQA, improving the best published" in docs[1].abstract
    assert "(&gt;100,000 examples)" in raw and "(>100,000 examples)" in docs[4].abstract  # XML unescaped
    assert "2304.90001v2</id>" in raw
    assert docs[0].id == "2509.90000" and docs[1].id == "2304.90001"  # version dropped
    assert docs[0].line == 10 and docs[1].line == 52


def test_arxiv_api_error_entry_is_a_problem() -> None:
    docs, probs = docs_and_problems(read_path(str(FIXTURES / "arxiv-error.atom")))
    assert not docs
    assert [str(p) for p in probs] == [
        f"{FIXTURES / 'arxiv-error.atom'}:10: entry 1: arXiv API error: incorrect id format for 1234.12345v1; skipped"
    ]


def test_plain_text_titles(tmp_path: Path, stdin_bytes) -> None:
    one = str(FIXTURES / "one-abstract.txt")
    several = str(FIXTURES / "abstracts.txt")
    assert [d.title for d in read_path(one)] == ["one-abstract.txt#1"]
    assert [d.title for d in read_path(one, title="My paper")] == ["My paper"]
    assert [d.title for d in read_path(several, title="Batch")] == [f"Batch #{i}" for i in range(1, 6)]
    assert [d.title for d in read_path(several)] == [f"abstracts.txt#{i}" for i in range(1, 6)]
    stdin_bytes((FIXTURES / "one-abstract.txt").read_bytes())
    assert [d.title for d in read_path("-", "text", title="T")] == ["T"]
    stdin_bytes((FIXTURES / "one-abstract.txt").read_bytes())
    assert [d.title for d in read_path("-")] == ["<stdin>#1"]


def test_semantic_scholar_shapes(tmp_path: Path) -> None:
    paper = json.loads((FIXTURES / "s2-paper.json").read_text())
    no_arxiv = dict(paper, externalIds={"DOI": "10.1/x"}, publicationDate=None, year=2024)
    batch = tmp_path / "batch.json"  # POST /paper/batch: a list, null for unknown ids
    batch.write_text(json.dumps([paper, None, no_arxiv, dict(paper, abstract=None)]))
    assert detected(batch) == "s2"
    items = list(read_path(str(batch)))
    assert isinstance(items[0], Document) and items[0].id == "2509.90000"
    assert isinstance(items[1], ReadProblem) and "record 2: null" in items[1].message
    assert items[2].id == paper["paperId"] and items[2].url == paper["url"] and items[2].date == "2024"
    assert isinstance(items[3], ReadProblem) and items[3].message == "record 4: no abstract; record skipped"


def test_jsonl_of_service_records_uses_their_fields(tmp_path: Path) -> None:
    """`jq -c '.[]'` of an HF / PwC / S2 download still carries ids through."""
    lines = []
    for name in ("hf-daily-papers.json", "papers-with-abstracts.json", "s2-search.json"):
        data = json.loads((FIXTURES / name).read_text())
        lines.append(json.dumps((data["data"] if isinstance(data, dict) else data)[0]))
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines) + "\n")
    docs = list(read_path(str(path)))
    assert [d.id for d in docs] == ["2509.90000"] * 3


def test_generic_json_array(tmp_path: Path) -> None:
    path = tmp_path / "papers.json"
    recs = [json.loads(line) for line in (FIXTURES / "papers.jsonl").read_text().splitlines()]
    path.write_text(json.dumps(recs, indent=2))
    assert detected(path) == "json"
    docs, probs = docs_and_problems(read_path(str(path)))
    assert len(docs) == 5 and not probs
    assert docs[1].line == 9  # pretty-printed: the line where the record starts


def test_read_paths_chains_files() -> None:
    paths = [str(FIXTURES / "papers.csv"), str(FIXTURES / "arxiv-error.atom"), str(FIXTURES / "s2-paper.json")]
    summary = ReadSummary()
    for item in read_paths(paths):
        summary.add(item)
    assert str(summary) == "6 papers read, 1 skipped (1 arXiv API error)"


# ---------------------------------------------------------------- bad records


def _write(tmp_path: Path, name: str, data: bytes | str) -> str:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return str(path)


def jsonl_lines() -> list[bytes]:
    return (FIXTURES / "papers.jsonl").read_bytes().splitlines(keepends=True)


def test_jsonl_bad_records(tmp_path: Path) -> None:
    good = jsonl_lines()
    bad = [
        good[0],
        b'{"title": "No abstract here", "id": "x"}\n',
        b'{"title": "Broken", "abstract": "oops\n',
        good[1],
        b'{"title": "Bad bytes", "abstract": "caf\xc3\x28 latte"}\n',
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\n",
        b"[1, 2]\n",
        good[2],
        good[3][:40],  # truncated last line
    ]
    path = _write(tmp_path, "bad.jsonl", b"".join(bad))
    docs, probs = docs_and_problems(read_path(path))
    assert [d.title for d in docs] == [json.loads(good[i])["title"] for i in (0, 1, 2)]
    msgs = [str(p) for p in probs]
    assert msgs[0] == f"{path}:2: no abstract; record skipped"
    assert msgs[1].startswith(f"{path}:3: malformed JSON (")
    assert msgs[2] == f"{path}:5: invalid UTF-8 (byte 39 of the line); record skipped"
    assert msgs[3].startswith(f"{path}:6: ")  # the binary line (PNG header holds a \r: 2 lines)
    assert any(m.startswith(f"{path}:9: not a JSON object") or ":9:" in m for m in msgs)
    assert msgs[-1].startswith(f"{path}:11: malformed JSON")
    summary = ReadSummary()
    for item in read_path(path):
        summary.add(item)
    assert summary.read == 3 and summary.n_skipped == len(probs)
    assert summary.skipped["no abstract"] == 1 and summary.skipped["invalid UTF-8"] == 2


def test_json_array_bad_records_and_truncation(tmp_path: Path) -> None:
    items = json.loads((FIXTURES / "papers-with-abstracts.json").read_text())
    text = json.dumps(items[:2], indent=1)[:-1].rstrip() + ",\n"
    text += '{"title": "No abstract", "abstract": null},\n{"title": broken json},\n'
    text += json.dumps(items[2]) + ",\n" + json.dumps(items[3])[:100]  # truncated mid-record
    path = _write(tmp_path, "papers-with-abstracts.json", text)
    assert detected(path) == "pwc"
    docs, probs = docs_and_problems(read_path(path))
    assert len(docs) == 3
    assert [p.message.split(";")[0] for p in probs] == [
        "record 3: no abstract",
        "record 4: malformed JSON (Expecting value)",
        "record 6: file truncated inside a record",
    ]
    assert probs[0].line == text[: text.index('{"title": "No abstract"')].count("\n") + 1


def test_json_array_not_closed(tmp_path: Path) -> None:
    data = (FIXTURES / "hf-daily-papers.json").read_text()[:-1]
    docs, probs = docs_and_problems(read_path(_write(tmp_path, "daily.json", data)))
    assert len(docs) == 5 and len(probs) == 1 and "JSON array not closed" in probs[0].message


def test_json_invalid_utf8_record(tmp_path: Path) -> None:
    data = (FIXTURES / "s2-search.json").read_bytes().replace(b"Reinforcement", b"Reinforc\xffment", 1)
    docs, probs = docs_and_problems(read_path(_write(tmp_path, "s2.json", data)))
    assert len(docs) == 4 and probs[0].message.startswith("record 1: invalid UTF-8")


def test_atom_truncated_and_bad_utf8(tmp_path: Path) -> None:
    data = (FIXTURES / "arxiv-query.atom").read_bytes()
    cut = data[: data.index(b"<entry>", data.index(b"2304.90001")) + 200]  # inside the third entry
    docs, probs = docs_and_problems(read_path(_write(tmp_path, "cut.atom", cut)))
    assert len(docs) == 2 and len(probs) == 1
    assert [d.id for d in docs] == ["2509.90000", "2304.90001"]
    assert probs[0].message.startswith("file truncated (") and probs[0].line > 90
    assert probs[0].line == cut.count(b"\n") + 1  # the line where the file ends
    bad = data.replace(b"Reinforcement", b"Reinforc\xe9ment", 1)
    docs, probs = docs_and_problems(read_path(_write(tmp_path, "bad.atom", bad)))
    assert len(docs) == 4 and probs[0].message == "entry 1: invalid UTF-8; record skipped" and probs[0].line == 10


def test_atom_malformed_xml(tmp_path: Path) -> None:
    data = (FIXTURES / "arxiv-query.atom").read_text().replace("</title>", "</titel>", 3)
    docs, probs = docs_and_problems(read_path(_write(tmp_path, "bad.atom", data)))
    assert len(docs) == 0 and probs[0].message.startswith("malformed XML (mismatched tag)")
    assert probs[0].line == 4  # the feed's own <title>


def test_csv_bad_rows(tmp_path: Path) -> None:
    lines = (FIXTURES / "papers.csv").read_bytes().splitlines(keepends=True)
    data = b"".join(
        [lines[0], lines[1], b'x1,Only a title,,,\n', b"x2,Too,many,fields,here,and more\n", lines[2],
         b'x3,Bad bytes,"caf\xc3\x28",u,d\n', lines[3]]
    )
    path = _write(tmp_path, "bad.csv", data)
    docs, probs = docs_and_problems(read_path(path))
    assert len(docs) == 3
    assert [str(p) for p in probs] == [
        f"{path}:3: no abstract; record skipped",
        f"{path}:4: row has 6 fields, header has 5; row skipped",
        f"{path}:6: invalid UTF-8 or binary data; row skipped",
    ]


def test_csv_without_abstract_column(tmp_path: Path) -> None:
    path = _write(tmp_path, "x.csv", "id,title,text\n1,a,b\n")
    with pytest.raises(InputError):
        read_path(path)  # detection: no known format
    docs, probs = docs_and_problems(read_path(path, "csv"))
    assert not docs and "header has no 'title' and 'abstract'" in probs[0].message


def test_hf_text_truncated_and_bad_block(tmp_path: Path) -> None:
    data = (FIXTURES / "hf-papers.txt").read_bytes()
    last = data.index(b"LIMO: Less is More for Reasoning")  # the last paper's block
    cut = data[: data.index(b"\xc2\xb7", last) - 20]
    docs, probs = docs_and_problems(read_path(_write(tmp_path, "cut.txt", cut)))
    assert len(docs) == 4 and "incomplete paper block at end of file" in probs[0].message
    assert docs[-1].title.startswith("MA-LoT: ") and probs[0].line == data[:last].count(b"\n") + 1
    bad = data.replace(b"Reinforcement Learning (RL) has", b"Reinforcement \xff (RL) has", 1)
    docs, probs = docs_and_problems(read_path(_write(tmp_path, "bad.txt", bad)))
    assert len(docs) == 4
    assert str(probs[0]).endswith(":15: invalid UTF-8 or binary data in the paper block at line 13; skipped")


def test_plain_text_bad_paragraph(tmp_path: Path) -> None:
    data = b"First abstract about things.\n\nSecond \xff\xfe abstract.\n\nThird abstract text.\n"
    docs, probs = docs_and_problems(read_path(_write(tmp_path, "a.txt", data), "text"))
    assert [d.title for d in docs] == ["a.txt#1", "a.txt#3"]
    assert str(probs[0]).endswith(":3: invalid UTF-8 or binary data; abstract 2 skipped")


def test_truncated_gzip(tmp_path: Path) -> None:
    data = gzip.compress((FIXTURES / "papers.jsonl").read_bytes())
    path = _write(tmp_path, "papers.jsonl.gz", data[: len(data) * 2 // 3])
    docs, probs = docs_and_problems(read_path(path))
    assert 1 <= len(docs) < 5
    assert probs[-1].message == "file truncated (compressed data ends early); rest of file not read"


def test_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"unknown format 'nope' \(known: arxiv-atom, hf-daily"):
        read_path(str(FIXTURES / "papers.csv"), "nope")
    with pytest.raises(InputError, match="cannot open: No such file"):
        read_path(str(tmp_path / "missing.jsonl"))
    with pytest.raises(InputError, match="is a directory"):
        read_path(str(tmp_path))
    path = _write(tmp_path, "data.json", '{"foo": [1, 2, 3]}\n')
    with pytest.raises(InputError) as err:
        read_path(path)
    msg = str(err.value)
    assert "\n" not in msg and msg.startswith(f"{path}: no known input format (known: ")
    assert all(name in msg for name in READERS)
    with pytest.raises(InputError, match="UTF-16"):
        read_path(_write(tmp_path, "u16.txt", "hello world".encode("utf-16")))


def test_strict_counts_via_summary_reasons() -> None:
    p = ReadProblem(source="f", line=3, message="record 7: malformed JSON (Expecting value); record skipped")
    assert reason(p) == "malformed JSON"
    assert reason(ReadProblem(source="f", line=1, message="empty file; no papers")) == "empty file"


# ---------------------------------------------------------------- streaming


def test_streaming_memory_is_bounded(tmp_path: Path) -> None:
    """A ~12 MB JSON Lines file and JSON array are read with a small, constant peak."""
    rec = json.loads(jsonl_lines()[0])
    n = 6000
    jl = tmp_path / "big.jsonl"
    with jl.open("w") as f:
        for i in range(n):
            f.write(json.dumps(dict(rec, id=f"{i}")) + "\n")
    arr = tmp_path / "big.json"
    with arr.open("w") as f:
        f.write("[")
        f.write(",".join(json.dumps(dict(rec, id=f"{i}")) for i in range(n)))
        f.write("]")
    for path in (jl, arr):
        tracemalloc.start()
        count = 0
        for item in read_path(str(path)):
            assert isinstance(item, Document)
            count += 1
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert count == n
        assert peak < 2_000_000, (path.name, peak)  # the file is ~11 MB
