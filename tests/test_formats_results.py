"""The same paper gives identical extraction results whatever format it was read from.

Every fixture in tests/fixtures/formats holds (some of) the same five papers; the results
of each format are compared with those of the hf-text fixture, paper by paper. The
extraction rules change independently of the readers, so the formats are compared with
each other, never with hard-coded results.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from leaderboard.extract import Extractor
from leaderboard.models import Document, Rejection, Result
from leaderboard.readers import read_path

FIXTURES = Path(__file__).parent / "fixtures" / "formats"
REFERENCE = "hf-papers.txt"
# fixture -> how many of the five papers it holds (the arXiv error feed holds none)
FIXTURE_PAPERS = {
    "hf-papers.txt": 5,
    "hf-daily-papers.json": 5,
    "arxiv-query.atom": 5,
    "arxiv-metadata-oai-snapshot.json": 5,
    "papers-with-abstracts.json": 5,
    "s2-search.json": 5,
    "s2-paper.json": 1,
    "papers.jsonl": 5,
    "papers.csv": 5,
    "papers.tsv": 5,
    "abstracts.txt": 5,
    "one-abstract.txt": 1,
}
PLAIN_TEXT = ("abstracts.txt", "one-abstract.txt")  # no titles in the file


def _model(m) -> dict | None:
    return None if m is None else m.model_dump()


def result_key(r: Result) -> tuple:
    return (
        r.kind, r.model, r.benchmark, r.metric, r.value, r.unit, r.qualifier, r.range_max,
        _model(r.baseline), _model(r.delta), r.evidence, tuple(r.span), r.rule,
    )


def rejection_key(r: Rejection) -> tuple:
    return (r.reason, *result_key(r.candidate))


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


def documents(name: str, titles: dict[str, str]) -> list[Document]:
    """The papers of one fixture, all of them read cleanly.

    Plain text carries no titles, and the extractor uses the title (e.g. to name the
    paper's own system), so those papers get the reference title of the same abstract,
    as ``--title`` would give them."""
    path = str(FIXTURES / name)
    if name == "one-abstract.txt":
        (abstract,) = {d.abstract for d in read_path(path)}
        items = list(read_path(path, title=titles[abstract]))
    else:
        items = list(read_path(path))
    assert all(isinstance(d, Document) for d in items), items
    if name in PLAIN_TEXT:
        items = [d.model_copy(update={"title": titles[d.abstract]}) for d in items]
    return items


def extract_all(ex: Extractor, docs: list[Document]) -> dict[str, tuple[list, list]]:
    out = {}
    for d in docs:
        results, rejections = ex.extract(d)
        assert d.title not in out, f"paper read twice: {d.title}"
        assert all(r.doc == d.title for r in results)
        out[d.title] = ([result_key(r) for r in results], [rejection_key(r) for r in rejections])
    return out


@pytest.fixture(scope="module")
def reference(extractor: Extractor) -> tuple[dict[str, str], dict[str, tuple[list, list]]]:
    docs = list(read_path(str(FIXTURES / REFERENCE)))
    assert len(docs) == 5 and all(isinstance(d, Document) for d in docs)
    titles = {d.abstract: d.title for d in docs}
    assert len(titles) == 5
    return titles, extract_all(extractor, docs)


def test_every_paper_fixture_is_compared() -> None:
    assert sorted(FIXTURE_PAPERS) == sorted(p.name for p in FIXTURES.iterdir() if p.name != "arxiv-error.atom")


def test_reference_papers_have_results(reference) -> None:
    _, ref = reference
    with_results = [t for t, (results, _) in ref.items() if results]
    assert len(with_results) >= 4, with_results


@pytest.mark.parametrize("name", sorted(FIXTURE_PAPERS))
def test_same_paper_same_results_from_every_format(name: str, extractor: Extractor, reference) -> None:
    titles, ref = reference
    got = extract_all(extractor, documents(name, titles))
    assert len(got) == FIXTURE_PAPERS[name]
    assert set(got) <= set(ref)
    for title, (results, rejections) in got.items():
        assert results == ref[title][0], (name, title)
        assert rejections == ref[title][1], (name, title)
    if FIXTURE_PAPERS[name] == 5:
        assert sum(1 for results, _ in got.values() if results) >= 4
