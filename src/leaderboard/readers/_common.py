"""Helpers shared by the readers: limits, arXiv ids, dates, record -> Document mapping."""

from __future__ import annotations

import re
from typing import Any
from datetime import datetime
from email.utils import parsedate_to_datetime

from ..clean import clean_text
from ..models import Document, ReadProblem

#: Longest line / JSON record / XML text a reader accepts; longer ones are skipped with a
#: ReadProblem (and never held in memory whole). Real abstracts are a few kilobytes.
MAX_RECORD = 8 * 1024 * 1024
#: Deepest JSON nesting accepted inside one record (real records nest 3 levels).
MAX_DEPTH = 64

_ARXIV = re.compile(
    r"(?:arxiv:\s*|(?:https?://)?(?:www\.|export\.)?arxiv\.org/(?:abs|pdf)/)?"
    r"(\d{4}\.\d{4,5}|[a-z][a-z.-]*/\d{7})(v\d+)?(?:\.pdf)?/?",
    re.IGNORECASE,
)
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def arxiv_id(value: object) -> str | None:
    """The versionless arXiv id in an id, ``arXiv:`` id or abs/pdf URL, else None."""
    if not isinstance(value, str):
        return None
    m = _ARXIV.fullmatch(value.strip())
    return m.group(1) if m else None


def arxiv_url(aid: str) -> str:
    return f"https://arxiv.org/abs/{aid}"


def iso_date(value: object) -> str | None:
    """YYYY-MM-DD where the value holds a full date; a bare year as YYYY; else as printed."""
    if value is None or value == "":
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:04d}" if 0 < value < 10000 else None
    if not isinstance(value, str):
        return None
    if len(value) == 10 and _ISO_DATE.fullmatch(value):
        return value
    s = value.strip()
    if not s:
        return None
    m = _ISO_DATE.match(s)
    if m:
        return m.group(0)
    if s.isdigit() and len(s) == 4:
        return s
    for fmt in ("%b %d, %Y", "%B %d, %Y", "%d %b %Y", "%d %B %Y"):
        try:
            return datetime.strptime(s, fmt).date().isoformat()
        except ValueError:
            pass
    try:
        return parsedate_to_datetime(s).date().isoformat()  # "Mon, 2 Apr 2007 19:18:42 GMT"
    except (TypeError, ValueError, IndexError, OverflowError):
        return s[:64]


def problem(source: str, line: int, message: str) -> ReadProblem:
    return ReadProblem(source=source, line=line, message=message)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def make_document(
    *,
    title: object,
    abstract: object,
    source: str,
    line: int,
    id: object = None,  # noqa: A002 - mirrors Document.id
    url: object = None,
    date: object = None,
    where: str = "",
    fallback_id: str | None = None,
) -> Document | ReadProblem:
    """Validate and clean one record's fields; a ReadProblem says why a record is skipped.

    ``where`` prefixes messages (e.g. ``"record 3: "``) for formats where the line alone
    does not name the record.
    """
    a = _text(abstract)
    if a is None:
        return problem(source, line, f"{where}no abstract; record skipped")
    t = _text(title)
    if t is None:
        return problem(source, line, f"{where}no title; record skipped")
    a = clean_text(a)
    if not a:
        return problem(source, line, f"{where}no abstract; record skipped")
    t = clean_text(t)
    if not t:
        return problem(source, line, f"{where}no title; record skipped")
    if not (a.isascii() and t.isascii()) and (_LONE_SURROGATE.search(a) or _LONE_SURROGATE.search(t)):
        return problem(source, line, f"{where}invalid UTF-8 or lone surrogate in text; record skipped")
    rid = id if isinstance(id, str) and id.strip() else None
    if rid is None and isinstance(id, int) and not isinstance(id, bool):
        rid = str(id)
    rid = rid.strip() if rid else (fallback_id or f"{source}:{line}")
    link = url.strip() if isinstance(url, str) and url.strip() else None
    if link is None:
        aid = arxiv_id(rid)
        if aid:
            link = arxiv_url(aid)
    return Document(
        id=rid,
        title=t,
        abstract=a,
        url=link,
        date=iso_date(date),
        source=source,
        line=line,
    )


def map_generic(record: dict, source: str, line: int, where: str = "", **kw: Any) -> Document | ReadProblem:
    """A record with ``title`` and ``abstract`` (or ``summary``), optional id/url/date."""
    abstract = record.get("abstract")
    if not isinstance(abstract, str) or not abstract.strip():
        abstract = record.get("summary")
    return make_document(
        title=record.get("title"),
        abstract=abstract,
        id=record.get("id"),
        url=record.get("url"),
        date=record.get("date"),
        source=source,
        line=line,
        where=where,
        **kw,
    )


def map_arxiv_oai(record: dict, source: str, line: int, where: str = "", **kw: Any) -> Document | ReadProblem:
    """An arXiv OAI metadata snapshot record (Kaggle ``arxiv-metadata-oai-snapshot.json``)."""
    rid = record.get("id")
    aid = arxiv_id(rid)
    return make_document(
        title=record.get("title"),
        abstract=record.get("abstract"),
        id=aid or rid,
        url=arxiv_url(aid) if aid else None,
        date=record.get("update_date"),
        source=source,
        line=line,
        where=where,
        **kw,
    )


def map_hf_daily(record: dict, source: str, line: int, where: str = "", **kw: Any) -> Document | ReadProblem:
    """A Hugging Face daily-papers item ``{paper: {...}, title, summary, ...}`` or a bare paper."""
    paper = record.get("paper")
    if not isinstance(paper, dict):
        paper = record
    title = paper.get("title") or record.get("title")
    summary = paper.get("summary") or record.get("summary")
    rid = paper.get("id")
    aid = arxiv_id(rid)
    return make_document(
        title=title,
        abstract=summary,
        id=aid or rid,
        url=arxiv_url(aid) if aid else None,
        date=paper.get("publishedAt") or record.get("publishedAt"),
        source=source,
        line=line,
        where=where,
        **kw,
    )


def map_pwc(record: dict, source: str, line: int, where: str = "", **kw: Any) -> Document | ReadProblem:
    """A Papers with Code ``papers-with-abstracts.json`` entry."""
    aid = arxiv_id(record.get("arxiv_id")) or arxiv_id(record.get("url_abs"))
    url = record.get("url_abs") or record.get("paper_url")
    rid = aid or record.get("paper_url") or record.get("url_abs")
    return make_document(
        title=record.get("title"),
        abstract=record.get("abstract"),
        id=rid,
        url=arxiv_url(aid) if aid else url,
        date=record.get("date"),
        source=source,
        line=line,
        where=where,
        **kw,
    )


def map_s2(record: dict, source: str, line: int, where: str = "", **kw: Any) -> Document | ReadProblem:
    """A Semantic Scholar Graph API paper object."""
    ext = record.get("externalIds")
    aid = arxiv_id(ext.get("ArXiv")) if isinstance(ext, dict) else None
    rid = aid or record.get("paperId")
    return make_document(
        title=record.get("title"),
        abstract=record.get("abstract"),
        id=rid,
        url=arxiv_url(aid) if aid else record.get("url"),
        date=record.get("publicationDate") or record.get("year"),
        source=source,
        line=line,
        where=where,
        **kw,
    )


def map_any(record: dict, source: str, line: int, where: str = "", **kw: Any) -> Document | ReadProblem:
    """Recognise a known record shape by its keys (for JSON Lines of any service's records)."""
    if "title" in record and ("abstract" in record or "summary" in record):
        if "update_date" in record or "versions" in record:
            return map_arxiv_oai(record, source, line, where, **kw)
        if "paperId" in record or "externalIds" in record:
            return map_s2(record, source, line, where, **kw)
        if "paper_url" in record or "url_abs" in record or "arxiv_id" in record:
            return map_pwc(record, source, line, where, **kw)
        if "publishedAt" in record and "summary" in record and "abstract" not in record:
            return map_hf_daily(record, source, line, where, **kw)
        return map_generic(record, source, line, where, **kw)
    if isinstance(record.get("paper"), dict):
        return map_hf_daily(record, source, line, where, **kw)
    return map_generic(record, source, line, where, **kw)
