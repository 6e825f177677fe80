"""Fuzz the readers with mutated fixture files of every format: reading never raises
anything but InputError (and that only when the file is opened), and everything it yields
is a Document or a one-line ReadProblem naming the file."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from leaderboard.models import Document, ReadProblem
from leaderboard.readers import READERS, InputError, read_path

FIXTURES = Path(__file__).parent / "fixtures" / "formats"
SOURCES = {p.name: p.read_bytes() for p in sorted(FIXTURES.iterdir())}
MAX_EXAMPLES = 400
TRIED = {"inputs": 0, "reads": 0}

_INTERESTING = [
    b"\x00", b"\xff", b"\xc3", b"\xe2\x80", b"\n", b"\r\n", b"\n\n", b'"', b"\\", b"{", b"}", b"[", b"]",
    b",", b":", b"<", b">", b"&", b"&amp;", b"<!ENTITY x 'y'>", b"<!DOCTYPE feed [<!ENTITY a 'b'>]>",
    b"\xc2\xb7", b"\t", b"null", b"[[[[[[[[", b"\xef\xbb\xbf", b"\x1f\x8b", b"</entry>", b"<entry>",
]


@st.composite
def mutated(draw) -> tuple[str, bytes]:
    name = draw(st.sampled_from(sorted(SOURCES)))
    data = bytearray(SOURCES[name])
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "duplicate", "splice"]))
        pos = draw(st.integers(0, len(data)))
        if op == "flip" and data:
            data[min(pos, len(data) - 1)] = draw(st.integers(0, 255))
        elif op == "insert":
            data[pos:pos] = draw(st.one_of(st.sampled_from(_INTERESTING), st.binary(max_size=16)))
        elif op == "delete":
            del data[pos : pos + draw(st.integers(1, 200))]
        elif op == "truncate":
            del data[pos:]
        elif op == "duplicate":
            data[pos:pos] = data[pos : pos + draw(st.integers(1, 500))]
        else:  # splice in a piece of another format
            other = SOURCES[draw(st.sampled_from(sorted(SOURCES)))]
            start = draw(st.integers(0, len(other)))
            data[pos:pos] = other[start : start + draw(st.integers(1, 300))]
    return name, bytes(data)


def check(path: Path, fmt: str | None) -> None:
    try:
        items = read_path(str(path), fmt)
    except InputError as exc:
        assert "\n" not in str(exc)
        return
    TRIED["reads"] += 1
    for item in items:  # iterating raises nothing
        assert isinstance(item, (Document, ReadProblem))
        if isinstance(item, ReadProblem):
            assert item.source == str(path) and "\n" not in item.message
        else:
            assert item.title and item.abstract and "\n" not in item.abstract


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(case=mutated(), other=st.sampled_from(sorted(READERS)), gz=st.booleans())
def test_fuzz_readers(workdir: Path, case: tuple[str, bytes], other: str, gz: bool) -> None:
    name, data = case
    TRIED["inputs"] += 1
    path = workdir / (name + (".gz" if gz else ""))
    path.write_bytes(gzip.compress(data, mtime=0)[: None if TRIED["inputs"] % 7 else -5] if gz else data)
    check(path, None)  # detection
    check(path, other)  # a forced format, usually the wrong one


def test_fuzz_count_report() -> None:
    """Runs after the fuzz test (file order): report how many inputs were tried."""
    if TRIED["inputs"]:
        print(f"\nfuzz: {TRIED['inputs']} mutated inputs, {TRIED['reads']} reads")
        assert TRIED["inputs"] >= MAX_EXAMPLES
