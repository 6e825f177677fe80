"""Show what was extracted from each abstract: numbers marked in place, tuples and near misses.

Works on spans in the abstract (``Result.span``, ``Rejection.candidate.span``): when a
span covers more than the number (a clause or sentence of three words or more), the
number is looked up inside it; when a result has no usable span, its evidence is looked
up in the abstract. A result that cannot be placed is listed with a warning, since every
published number must be traceable to its sentence.
"""

from __future__ import annotations

import textwrap
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from .models import Document, Rejection, Result
from .render import (
    clean_inline,
    find_number,
    format_number,
    format_unit,
    format_value,
    header,
    md_escape,
    md_escape_fragment,
    md_table,
    plural,
    safe_url,
)

AuditItem = tuple[Document, Sequence[Result], Sequence[Rejection]]

RESET = "\x1b[0m"
STYLE = {"title": "\x1b[1m", "result": "\x1b[1;32m", "near": "\x1b[4;33m", "label": "\x1b[36m",
         "warn": "\x1b[31m", "dim": "\x1b[2m"}  # fmt: skip
# Private-use sentinels mark highlights while the text is wrapped; replaced afterwards.
_OPEN = {"result": "\ue000", "near": "\ue001"}
_CLOSE = {"result": "\ue002", "near": "\ue003"}
_PLAIN = {"\ue000": "«", "\ue001": "‹", "\ue002": "»", "\ue003": "›"}


@dataclass(frozen=True)
class Mark:
    """One highlighted stretch of the abstract and the labels of what was found there."""

    start: int
    end: int
    kind: str  # "result" or "near" (a rejection only)
    labels: tuple[str, ...]


def locate(abstract: str, result: Result) -> tuple[int, int] | None:
    """The offsets of the result's number in the abstract, or None when it cannot be placed."""
    start, end = result.span
    if 0 <= start < end <= len(abstract):
        region = abstract[start:end]
        # A span of a word or two is the number as printed ("7B", "86.54 %"): keep it.
        hit = find_number(region, result) if len(region.split()) > 2 else None
        return (start + hit[0], start + hit[1]) if hit else (start, end)
    evidence = result.evidence.strip()
    if evidence:
        at = abstract.find(evidence)
        if at < 0:
            at = abstract.find(clean_inline(evidence))
        if at >= 0:
            hit = find_number(abstract[at : at + len(evidence)], result)
            if hit:
                return at + hit[0], at + hit[1]
    return None


@dataclass(frozen=True)
class _Entry:
    label: str
    item: Result
    reason: str | None  # None for a result; the rejection reason for a near miss
    where: tuple[int, int] | None


def _labelled(
    abstract: str, items: Sequence[tuple[Result, str | None]], prefix: str
) -> list[_Entry]:
    """Entries in abstract order (unplaced last, then input order), labelled prefix+1, +2..."""
    placed = [(result, why, locate(abstract, result)) for result, why in items]
    far = (len(abstract) + 1, 0)
    order = sorted(range(len(placed)), key=lambda i: (placed[i][2] or far, i))
    return [
        _Entry(f"{prefix}{n}", placed[i][0], placed[i][1], placed[i][2])
        for n, i in enumerate(order, 1)
    ]


def _entries(
    doc: Document, results: Sequence[Result], rejections: Sequence[Rejection]
) -> tuple[list[_Entry], list[_Entry]]:
    """Results labelled 1, 2, ... and near misses r1, r2, ..., each in abstract order."""
    found = _labelled(doc.abstract, [(r, None) for r in results], "")
    near = _labelled(doc.abstract, [(rej.candidate, rej.reason) for rej in rejections], "r")
    return found, near


def _marks(entries: Iterable[_Entry]) -> tuple[list[Mark], dict[str, str]]:
    """Non-overlapping marks; entries whose span overlaps another's get a note instead."""
    spans: dict[tuple[int, int], list[_Entry]] = {}
    for entry in entries:
        if entry.where is not None:
            spans.setdefault(entry.where, []).append(entry)
    marks: list[Mark] = []
    notes: dict[str, str] = {}
    for (start, end), group in sorted(spans.items(), key=lambda kv: (kv[0][0], -kv[0][1])):
        labels = tuple(e.label for e in group)
        if marks and start < marks[-1].end:
            for label in labels:
                notes[label] = f"overlaps [{','.join(marks[-1].labels)}]"
            continue
        kind = "result" if any(e.reason is None for e in group) else "near"
        marks.append(Mark(start, end, kind, labels))
    return marks, notes


def _visible(text: str) -> str:
    """Same length; control and format characters (ANSI escapes, bidi overrides) become spaces."""
    return "".join(" " if unicodedata.category(c).startswith("C") else c for c in text)


def _tuple_text(result: Result) -> str:
    parts = [
        result.model or "(unnamed)",
        result.benchmark or "(no benchmark)",
        result.metric or "(no metric)",
        format_value(result),
    ]
    text = f"{result.kind} ({', '.join(clean_inline(p) for p in parts)})"
    if result.baseline and (result.baseline.model or result.baseline.value is not None):
        base = clean_inline(result.baseline.model)
        if result.baseline.value is not None:
            base = f"{base} {format_number(result.baseline.value)}".strip()
        text += f"; baseline: {base}"
    if result.delta:
        text += f"; margin: {format_unit(format_number(result.delta.value), result.delta.unit)}"
    return text


def audit_text(
    doc: Document,
    results: Sequence[Result],
    rejections: Sequence[Rejection],
    color: bool = False,
    width: int = 100,
) -> str:
    """One abstract with its numbers marked (ANSI colour or «plain» markers) and listed."""

    def paint(style: str, text: str) -> str:
        return f"{STYLE[style]}{text}{RESET}" if color else text

    found, near = _entries(doc, results, rejections)
    marks, notes = _marks([*found, *near])
    pieces, pos = [], 0
    for mark in marks:
        pieces.append(_visible(doc.abstract[pos : mark.start]))
        label = f"[{','.join(mark.labels)}]"
        number = _visible(doc.abstract[mark.start : mark.end])
        pieces.append(f"{_OPEN[mark.kind]}{number}{_CLOSE[mark.kind]}{label}")
        pos = mark.end
    pieces.append(_visible(doc.abstract[pos:]))
    wrapped = textwrap.fill(
        "".join(pieces), width=width, initial_indent="  ", subsequent_indent="  ",
        break_long_words=False, break_on_hyphens=False,
    )  # fmt: skip
    for kind in _OPEN:
        wrapped = wrapped.replace(_OPEN[kind], STYLE[kind] if color else _PLAIN[_OPEN[kind]])
        wrapped = wrapped.replace(_CLOSE[kind], RESET if color else _PLAIN[_CLOSE[kind]])

    meta = " · ".join(
        x for x in (clean_inline(doc.id), clean_inline(doc.date), safe_url(doc.url)) if x
    )
    lines = [paint("title", clean_inline(doc.title) or "(untitled)")]
    if meta:
        lines.append(f"  {meta}")
    lines += [f"  {plural(len(found), 'result')} · {_near_misses(len(near))}", "", wrapped, ""]
    for entry in found:
        line = f"  {paint('label', f'[{entry.label}]')} {_tuple_text(entry.item)}"
        if entry.item.rule:
            line += paint("dim", f"  rule: {clean_inline(entry.item.rule)}")
        lines.append(line + _where_note(entry, notes, paint))
    for entry in near:
        shown = _shown_text(doc, entry)
        line = (
            f"  {paint('label', f'[{entry.label}]')} near miss {shown!r}: "
            f"{paint('near', clean_inline(entry.reason) or 'no reason given')}"
        )
        rule = f"; rule: {clean_inline(entry.item.rule)}" if entry.item.rule else ""
        line += paint("dim", f"  ({_tuple_text(entry.item)}{rule})")
        lines.append(line + _where_note(entry, notes, paint))
    return "\n".join(lines) + "\n"


def _near_misses(n: int) -> str:
    return f"{n} near miss" if n == 1 else f"{n} near misses"


def _shown_text(doc: Document, entry: _Entry) -> str:
    if entry.where is not None:
        return clean_inline(doc.abstract[entry.where[0] : entry.where[1]])
    return format_value(entry.item)


def _where_note(entry: _Entry, notes: dict[str, str], paint: Callable[[str, str], str]) -> str:
    if entry.where is None:
        return "  " + paint("warn", "⚠ not found in the abstract")
    if entry.label in notes:
        return "  " + paint("dim", f"({notes[entry.label]})")
    return ""


# --- Markdown report --------------------------------------------------------------------------


def _abstract_markdown(doc: Document, marks: Sequence[Mark]) -> str:
    out, pos = [], 0
    for mark in marks:
        out.append(md_escape_fragment(_visible(doc.abstract[pos : mark.start])))
        number = md_escape_fragment(_visible(doc.abstract[mark.start : mark.end]).strip())
        fence = "**" if mark.kind == "result" else "~~"
        out.append(f"{fence}{number}{fence} ⟨{','.join(mark.labels)}⟩")
        pos = mark.end
    out.append(md_escape_fragment(_visible(doc.abstract[pos:])))
    return " ".join("".join(out).split())


def audit_markdown(items: Iterable[AuditItem], command: str = "leaderboard audit") -> str:
    """A Markdown audit report for a pull request: each abstract with results, near misses."""
    sections: list[str] = []
    empty: list[Document] = []
    n_docs = n_found = n_near = n_unplaced = 0
    for doc, results, rejections in items:
        n_docs += 1
        if not results and not rejections:
            empty.append(doc)
            continue
        found, near = _entries(doc, results, rejections)
        marks, notes = _marks([*found, *near])
        n_found += len(found)
        n_near += len(near)
        n_unplaced += sum(e.where is None for e in found)
        title = md_escape(doc.title) or "(untitled)"
        url = safe_url(doc.url)
        meta = [_code(doc.id)]
        if doc.date:
            meta.append(md_escape(doc.date))
        if url:
            meta.append(f"[paper]({url})")
        block = [f"## {title}", "", " · ".join(meta), ""]
        block += [f"> {_abstract_markdown(doc, marks)}", ""]
        if found:
            rows = [
                [
                    e.label,
                    md_escape(e.item.kind),
                    md_escape(e.item.model) or "*unnamed*",
                    md_escape(e.item.benchmark),
                    md_escape(e.item.metric),
                    md_escape(format_value(e.item)),
                    md_escape(_tuple_text(e.item).partition("; ")[2]),
                    md_escape(e.item.rule),
                    _md_note(e, notes),
                ]
                for e in found
            ]
            block += [
                md_table(["#", "Kind", "Model", "Benchmark", "Metric", "Value", "Compared with",
                        "Rule", "Note"], rows),  # fmt: skip
                "",
            ]
        if near:
            rows = [
                [
                    e.label,
                    md_escape(_shown_text(doc, e)),
                    md_escape(e.reason) or "*no reason given*",
                    md_escape(_tuple_text(e.item)),
                    md_escape(e.item.rule),
                    _md_note(e, notes),
                ]
                for e in near
            ]
            headers = ["#", "Text", "Reason", "Candidate", "Rule", "Note"]
            block += ["Near misses:", "", md_table(headers, rows), ""]
        sections.append("\n".join(block))
    summary = (
        f"{plural(n_docs, 'abstract')} · {plural(n_found, 'result')} · "
        f"{_near_misses(n_near)} · "
        f"{plural(len(empty), 'abstract')} with nothing found"
    )
    if n_unplaced:
        summary += f" · ⚠ {plural(n_unplaced, 'result')} not found in its abstract"
    lines = [header(command), "", "# Extraction audit", "", summary, ""]
    lines += sections
    if empty:
        lines += ["## Abstracts with nothing found", ""]
        lines += [f"- {md_escape(d.title) or '(untitled)'} ({_code(d.id)})" for d in empty]
        lines.append("")
    return "\n".join(lines)


def _code(text: str) -> str:
    """A code span of an id (backticks removed, so it cannot end the span early)."""
    return f"`{clean_inline(text).replace('`', '')}`"


def _md_note(entry: _Entry, notes: dict[str, str]) -> str:
    if entry.where is None:
        return "⚠ not found in the abstract"
    return md_escape(notes.get(entry.label, ""))
