"""PLACEHOLDER — to be replaced by the real rule engine (stages: sentences -> rules -> units -> validate)."""

from __future__ import annotations

from pathlib import Path

from .models import Document, Rejection, Result


class Extractor:
    """Extracts results from documents with the rules of one rules directory."""

    @classmethod
    def load(cls, rules_dir: Path | None = None) -> Extractor:
        return cls()

    def extract(self, doc: Document) -> tuple[list[Result], list[Rejection]]:
        return [], []
