"""The one place that knows the order of the stages: read -> extract -> write / aggregate -> render.

The stages themselves live in their own modules (readers, extract, aggregate, render,
exports); this module only wires them together, counts what happened (``Summary``) and
streams results to disk as they are found, so memory stays flat however large the corpus.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .extract import Extractor
from .models import Document, ReadProblem, Rejection, Result
from .readers import read_paths

ProblemHook = Callable[[ReadProblem], None]


@dataclass
class Summary:
    """What a run did: papers read and skipped (with why), candidates found, accepted, rejected."""

    papers: int = 0
    skipped: int = 0
    skip_reasons: Counter[str] = field(default_factory=Counter)
    found: int = 0
    accepted: int = 0
    rejected: int = 0
    reject_reasons: Counter[str] = field(default_factory=Counter)

    def add_problem(self, problem: ReadProblem) -> None:
        """Count a skipped record under its reason (the message without the record's place)."""
        self.skipped += 1
        self.skip_reasons[problem.message.split(";")[0]] += 1

    def add(self, results: list[Result], rejections: list[Rejection]) -> None:
        """Count one document's outcome."""
        self.papers += 1
        self.accepted += len(results)
        self.rejected += len(rejections)
        self.found += len(results) + len(rejections)
        for rej in rejections:
            self.reject_reasons[rej.reason] += 1

    def lines(self) -> list[str]:
        """The summary as printed at the end of a run."""
        out = [f"papers read: {self.papers}, skipped: {self.skipped}"]
        for reason, n in sorted(self.skip_reasons.items(), key=lambda kv: (-kv[1], kv[0])):
            out.append(f"  skipped {n}: {reason}")
        out.append(
            f"candidates found: {self.found}, accepted: {self.accepted}, rejected: {self.rejected}"
        )
        for reason, n in sorted(self.reject_reasons.items(), key=lambda kv: (-kv[1], kv[0])):
            out.append(f"  rejected {n}: {reason}")
        return out


Extracted = tuple[Document, list[Result], list[Rejection]]

# Per-worker extractor (built once per process by the pool initializer).
_WORKER: Extractor | None = None


def _init_worker(rules_dir: Path | None) -> None:
    global _WORKER
    _WORKER = Extractor.load(rules_dir)


def _work(doc: Document) -> Extracted:
    assert _WORKER is not None
    results, rejections = _WORKER.extract(doc)
    return doc, results, rejections


def _documents(
    items: Iterable[Document | ReadProblem], summary: Summary, on_problem: ProblemHook | None
) -> Iterator[Document]:
    for item in items:
        if isinstance(item, ReadProblem):
            summary.add_problem(item)
            if on_problem is not None:
                on_problem(item)
        else:
            yield item


def iter_extract(
    inputs: Iterable[str],
    *,
    fmt: str | None = None,
    title: str | None = None,
    rules_dir: Path | None = None,
    jobs: int = 1,
    summary: Summary | None = None,
    on_problem: ProblemHook | None = None,
    extractor: Extractor | None = None,
) -> Iterator[Extracted]:
    """Read every input and yield (document, results, rejections) in input order.

    With ``jobs > 1`` the documents are extracted by a pool of worker processes, each
    holding its own compiled rules; the order of the output is the order of the input.
    """
    summary = summary if summary is not None else Summary()
    docs = _documents(read_paths(inputs, fmt, title=title), summary, on_problem)
    if jobs <= 1:
        ex = extractor or Extractor.load(rules_dir)
        for doc in docs:
            results, rejections = ex.extract(doc)
            summary.add(results, rejections)
            yield doc, results, rejections
        return
    ctx = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(rules_dir,)) as pool:
        for doc, results, rejections in pool.imap(_work, docs, chunksize=64):
            summary.add(results, rejections)
            yield doc, results, rejections


def result_line(result: Result) -> str:
    """One result as a JSON line (the form ../shared/tools/score.py reads)."""
    return result.model_dump_json(warnings=False) + "\n"


def rejection_line(rejection: Rejection) -> str:
    """One rejected candidate with its reason as a JSON line."""
    return rejection.model_dump_json(warnings=False) + "\n"


def read_results(path: str) -> list[Result]:
    """Read a results JSONL file written by ``extract`` (validated at this boundary)."""
    from .readers import InputError

    results: list[Result] = []
    try:
        fh = open(path, encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        raise InputError(f"{path}: cannot open: {exc.strerror or exc}") from exc
    with fh:
        for number, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                results.append(Result.model_validate_json(raw))
            except ValueError as exc:
                first = str(exc).splitlines()[0]
                raise InputError(f"{path}:{number}: not a result line ({first})") from exc
    return results
