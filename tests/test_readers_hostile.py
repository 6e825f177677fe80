"""Hostile inputs: each gives a one-line ReadProblem or InputError naming the file, in
bounded time and memory -- never a hang, a traceback or a memory blow-up."""

from __future__ import annotations

import gzip
import json
import os
import time
import tracemalloc
from pathlib import Path

import pytest

from leaderboard.models import Document, ReadProblem
from leaderboard.readers import READERS, InputError, read_path

FIXTURES = Path(__file__).parent / "fixtures" / "formats"
BIG = 50 * 1024 * 1024
GOOD = json.loads((FIXTURES / "papers.jsonl").read_text().splitlines()[0])


def run(path: Path | str, fmt: str | None = None, **kw) -> tuple[list[Document], list[ReadProblem]]:
    """Read a file, checking every problem is one line naming the file, and memory stays bounded."""
    tracemalloc.start()
    start = time.perf_counter()
    try:
        items = list(read_path(str(path), fmt, **kw))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - start < 60
    assert peak < 40 * 1024 * 1024, f"peak {peak} bytes"
    docs = [d for d in items if isinstance(d, Document)]
    probs = [p for p in items if isinstance(p, ReadProblem)]
    assert len(docs) + len(probs) == len(items)
    for p in probs:
        assert "\n" not in str(p) and p.source == str(path) and len(str(p)) < 500
    return docs, probs


def one_line_input_error(path: Path, fmt: str | None = None) -> str:
    with pytest.raises(InputError) as err:
        read_path(str(path), fmt)
    msg = str(err.value)
    assert "\n" not in msg and msg.startswith(str(path))
    return msg


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "model.bin"
    path.write_bytes(bytes(range(256)) * 4096 + os.urandom(1 << 16))
    assert "binary data" in one_line_input_error(path)
    for fmt in READERS:  # forced: read, reported, bounded
        docs, probs = run(path, fmt)
        assert not docs
        assert probs, fmt


def test_binary_file_named_like_text(tmp_path: Path) -> None:
    path = tmp_path / "papers.jsonl"
    path.write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 64)
    assert "binary data" in one_line_input_error(path)


def test_invalid_utf8_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(json.dumps({"title": "Caf\u00e9", "abstract": "Un caf\u00e9 cr\u00e8me."}, ensure_ascii=False).encode("latin-1") + b"\n")
    docs, probs = run(path)
    assert not docs and probs[0].message.startswith("invalid UTF-8") and probs[0].line == 1


def test_empty_files(tmp_path: Path) -> None:
    for name, data in [("empty.jsonl", b""), ("blank.txt", b" \n\n\t\n"), ("empty.json.gz", gzip.compress(b""))]:
        path = tmp_path / name
        path.write_bytes(data)
        docs, probs = run(path)
        assert not docs and [p.message for p in probs] == ["empty file; no papers"]
        docs, probs = run(path, "arxiv-atom")
        assert [p.message for p in probs] == ["empty file; no papers"]


def _good_line(i: int) -> bytes:
    return json.dumps(dict(GOOD, id=f"good-{i}")).encode() + b"\n"


def test_50mb_single_line_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    with path.open("wb") as f:
        f.write(_good_line(1))
        f.write(b'{"title": "huge", "abstract": "' + b"a" * BIG + b'"}\n')
        f.write(_good_line(2))
    docs, probs = run(path)
    assert [d.id for d in docs] == ["good-1", "good-2"]
    assert [str(p) for p in probs] == [f"{path}:2: line longer than 8388608 bytes; skipped"]


def test_50mb_single_line_no_newline(tmp_path: Path) -> None:
    path = tmp_path / "blob"
    path.write_bytes(b"word " * (BIG // 5))
    docs, probs = run(path)  # detected as plain text
    assert not docs and probs[0].message == "line longer than 8388608 bytes; abstract 1 skipped"


def test_50mb_record_in_json_array(tmp_path: Path) -> None:
    path = tmp_path / "papers-with-abstracts.json"
    rec = json.dumps(dict(GOOD, arxiv_id="2501.00001", paper_url="u")).encode()
    with path.open("wb") as f:
        f.write(b"[" + rec + b',\n{"paper_url": "x", "title": "huge", "abstract": "')
        f.write(b"\\u00e9 \\\"q\\\" " * (BIG // 14))
        f.write(b'"},\n' + rec + b"]")
    docs, probs = run(path)
    assert len(docs) == 2
    assert [str(p) for p in probs] == [f"{path}:2: record 2: record longer than 8388608 bytes; skipped"]


def test_50mb_atom_summary(tmp_path: Path) -> None:
    feed = (FIXTURES / "arxiv-query.atom").read_bytes()
    i = feed.index(b"<summary>") + len(b"<summary>")
    path = tmp_path / "big.atom"
    with path.open("wb") as f:
        f.write(feed[:i] + b"x " * (BIG // 2) + feed[i:])
    docs, probs = run(path)
    assert len(docs) == 4 and probs[0].message == "entry 1: text longer than 8388608 characters; skipped"


def test_csv_huge_field(tmp_path: Path) -> None:
    path = tmp_path / "papers.csv"
    lines = (FIXTURES / "papers.csv").read_bytes().splitlines(keepends=True)
    with path.open("wb") as f:
        f.write(lines[0] + lines[1])
        f.write(b'x,huge,"' + b"y" * (2 * 1024 * 1024) + b'",u,d\n')  # one 2 MB field
        f.write(b'x,multi,"' + b"z" * 1000 + b"\n" * 300 + b"z" * 200_000 + b'",u,d\n')  # spans lines
        f.write(b'x,huger,"' + b"y" * (20 * 1024 * 1024) + b'",u,d\n')  # over the line limit
        f.write(lines[2])
    docs, probs = run(path)
    assert len(docs) == 2
    assert [p.line for p in probs] == [3, 4, 305]
    assert all("field larger than field limit" in p.message for p in probs[:2])
    assert probs[2].message == "line longer than 8388608 bytes; skipped"


def test_csv_50mb_line(tmp_path: Path) -> None:
    path = tmp_path / "papers.tsv"
    lines = (FIXTURES / "papers.tsv").read_bytes().splitlines(keepends=True)
    path.write_bytes(lines[0] + b"x\t" + b"w" * BIG + b"\n" + lines[1])
    docs, probs = run(path)
    assert len(docs) == 1 and probs[0].message == "line longer than 8388608 bytes; skipped"


@pytest.mark.parametrize("depth", [10_000])
def test_json_nested_10000_levels(tmp_path: Path, depth: int) -> None:
    nested = b"[" * depth + b"]" * depth
    # in a JSON Lines file
    path = tmp_path / "deep.jsonl"
    path.write_bytes(_good_line(1) + b'{"title": "t", "abstract": ' + nested + b"}\n" + _good_line(2))
    docs, probs = run(path)
    assert len(docs) == 2 and probs[0].line == 2
    assert probs[0].message in ("JSON nested too deeply; record skipped", "no abstract; record skipped")
    # inside a JSON array
    path = tmp_path / "deep.json"
    path.write_bytes(b'[{"title": "t", "abstract": "a", "x": ' + nested + b"}, " + json.dumps(GOOD).encode() + b"]")
    docs, probs = run(path)
    assert len(docs) == 1 and probs[0].message == "record 1: JSON nested more than 64 levels; record skipped"
    # a whole file that is only nesting
    path = tmp_path / "only.json"
    path.write_bytes(nested)
    assert "no known input format" in one_line_input_error(path)
    for fmt in ("json", "s2", "hf-daily", "pwc", "jsonl", "arxiv-oai"):
        docs, probs = run(path, fmt)
        assert not docs and len(probs) == 1


def test_atom_external_entity(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    path = tmp_path / "xxe.atom"
    path.write_text(
        '<?xml version="1.0"?>\n'
        f'<!DOCTYPE feed [<!ENTITY xxe SYSTEM "file://{secret}">]>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/2501.00001v1</id>'
        "<title>&xxe;</title><summary>&xxe; leaked</summary></entry></feed>\n"
    )
    docs, probs = run(path)
    assert not docs and len(probs) == 1
    assert probs[0].line == 2 and "not allowed" in probs[0].message
    assert "TOP-SECRET" not in str(probs[0])


def test_atom_billion_laughs(tmp_path: Path) -> None:
    ents = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
    )
    path = tmp_path / "lol.xml"
    path.write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE feed [{ents}]>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>&lol9;</title><summary>&lol9;</summary></entry></feed>\n'
    )
    docs, probs = run(path)
    assert not docs and len(probs) == 1 and "entity" in probs[0].message


def test_atom_deeply_nested_elements(tmp_path: Path) -> None:
    path = tmp_path / "deep.atom"
    path.write_text('<feed xmlns="http://www.w3.org/2005/Atom">' + "<x>" * 10_000 + "</x>" * 10_000 + "</feed>")
    docs, probs = run(path)
    assert not docs and not probs


def test_truncated_every_format(tmp_path: Path) -> None:
    """Cut each fixture in half: the papers before the cut are read, the rest is reported."""
    for src in sorted(FIXTURES.iterdir()):
        data = src.read_bytes()
        path = tmp_path / src.name
        path.write_bytes(data[: len(data) // 2])
        docs, probs = run(path, None)
        full = [d for d in read_path(str(src)) if isinstance(d, Document)]
        assert len(docs) <= len(full)
        if src.name not in ("abstracts.txt", "one-abstract.txt", "arxiv-error.atom"):
            assert probs, src.name  # plain text cannot tell a cut paragraph from a short one
