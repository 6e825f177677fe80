"""Typed values shared by every pipeline stage: documents, sentences, results, rejections.

This module imports nothing from the rest of the package (it is the bottom layer).
Results are pydantic models so that their JSON form is validated at the boundaries
(reading a results file, writing one); the hot path builds them with
``model_construct`` after the validate stage has checked them.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Kind = Literal["score", "delta"]
Qualifier = Literal[">", ">=", "<", "<=", "~"]


class Document(BaseModel):
    """One paper as read from a source file."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(description="stable identifier: arXiv id, record id, or source:line")
    title: str = Field(description="the paper's title exactly as the input gives it")
    abstract: str = Field(description="the abstract, cleaned (whitespace folded)")
    url: str | None = Field(default=None, description="link to the paper")
    date: str | None = Field(default=None, description="publication date as printed or ISO")
    source: str = Field(default="", description="path of the file the document came from")
    line: int = Field(default=0, description="1-based line (or record number) in the source")


class Sentence(BaseModel):
    """A sentence of an abstract with its character offsets into the abstract."""

    model_config = ConfigDict(frozen=True)

    text: str
    start: int
    end: int


class Baseline(BaseModel):
    """The system a result is compared against, with its value when the text prints one."""

    model_config = ConfigDict(extra="forbid")

    model: str | None = None
    value: float | None = None


class Delta(BaseModel):
    """A stated margin over the baseline."""

    model_config = ConfigDict(extra="forbid")

    value: float
    unit: str | None = None


class Normalized(BaseModel):
    """The value converted by the unit registry (percent to a fraction, ms to seconds, ...)."""

    model_config = ConfigDict(extra="forbid")

    value: float
    unit: str | None = None


class Result(BaseModel):
    """One extracted result. Its JSON form carries the fields of the gold GUIDELINES."""

    model_config = ConfigDict(extra="forbid")

    doc: str = Field(description="the paper's title (the document key)")
    kind: Kind = "score"
    model: str | None = None
    benchmark: str | None = None
    metric: str | None = None
    value: float
    unit: str | None = None
    qualifier: Qualifier | None = None
    range_max: float | None = None
    baseline: Baseline | None = None
    delta: Delta | None = None
    evidence: str = ""
    doc_id: str = ""
    span: tuple[int, int] = (0, 0)
    rule: str = ""
    value_text: str = Field(default="", description="the number exactly as printed")
    normalized: Normalized | None = None
    url: str | None = None
    date: str | None = None


class Rejection(BaseModel):
    """A candidate that did not become a result, kept with the reason why."""

    model_config = ConfigDict(extra="forbid")

    reason: str
    candidate: Result


class ReadProblem(BaseModel):
    """A record a reader had to skip (bad JSON, no abstract, invalid UTF-8, ...)."""

    model_config = ConfigDict(frozen=True)

    source: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.message}"
