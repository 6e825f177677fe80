"""pytest plugin: fixtures for users who snapshot the extraction of their own corpora."""

from __future__ import annotations

import difflib
import os
from collections.abc import Callable
from typing import Any

import pytest

SnapshotCorpus = Callable[..., None]
MAX_DIFF_LINES = 400


@pytest.fixture
def leaderboard_snapshot(snapshot: Any) -> SnapshotCorpus:
    """Assert that extracting a corpus gives the stored snapshot (syrupy, ``.jsonl``).

    Call it as ``leaderboard_snapshot(corpus_path, rules_dir=None)``; optional keywords:
    ``extractor`` (any object with ``extract(doc)``) and ``include_rejections``. The
    snapshot is ``__snapshots__/<test file>/<test name>.jsonl`` with one result per line;
    after a rule change, review the diff and accept it with ``pytest --snapshot-update``.
    """
    # NOTE: imported here, not at module level: this plugin is loaded into every pytest
    # run of an environment where leaderboard is installed, with or without syrupy.
    from .snapshot import ExtractionSnapshotExtension, extraction_snapshot

    assertion = snapshot.use_extension(ExtractionSnapshotExtension)

    def check(
        corpus: str | os.PathLike[str],
        rules_dir: str | os.PathLike[str] | None = None,
        *,
        extractor: Any = None,
        include_rejections: bool = False,
    ) -> None:
        __tracebackhide__ = True
        name = os.fspath(corpus)
        if not os.path.isfile(name):
            pytest.fail(f"leaderboard_snapshot: corpus not found: {name}", pytrace=False)
        text = extraction_snapshot(
            corpus, rules_dir, extractor=extractor, include_rejections=include_rejections
        )
        if assertion == text:
            return
        outcome = assertion.executions[assertion.num_executions - 1]
        if outcome.exception is not None:
            raise outcome.exception
        if outcome.recalled_data is None:
            pytest.fail(
                f"leaderboard_snapshot: no snapshot of {name} yet; create "
                f"{outcome.snapshot_location} with `pytest --snapshot-update`",
                pytrace=False,
            )
        pytest.fail(_diff_message(name, outcome.recalled_data, text), pytrace=False)

    return check


def _diff_message(corpus: str, old: str, new: str) -> str:
    """A unified diff of the snapshot (one result per line), never truncated by pytest."""
    diff = list(
        difflib.unified_diff(
            old.splitlines(), new.splitlines(), "snapshot", "extracted", lineterm="", n=0
        )
    )
    removed = sum(1 for d in diff if d.startswith("-") and not d.startswith("---"))
    added = sum(1 for d in diff if d.startswith("+") and not d.startswith("+++"))
    shown = diff[:MAX_DIFF_LINES]
    if len(diff) > MAX_DIFF_LINES:
        shown.append(f"... {len(diff) - MAX_DIFF_LINES} more diff lines")
    return (
        f"leaderboard_snapshot: the extraction of {corpus} changed "
        f"({removed} line(s) gone, {added} new). Review the diff; accept it with "
        "`pytest --snapshot-update`.\n" + "\n".join(shown)
    )
