"""arXiv API Atom feed (``export.arxiv.org/api/query``): ``<feed>`` of ``<entry>`` with ``id``
(abs URL with version), ``title``, ``summary`` (hard-wrapped), ``published``, ``updated``,
``author/name``, ``arxiv:primary_category``. A bad query gives one entry titled ``Error``:
it is reported as a ReadProblem.

Parsed incrementally with defusedxml's SAX parser (constant memory; DTD entity
declarations and external references are refused, so billion-laughs and XXE payloads
stop with a one-line problem). XML is not recoverable after a syntax error: entries before
the error are kept and the problem names the line where reading stopped.

Document: id = arXiv id (version dropped), url = https://arxiv.org/abs/ID, date = ``published``.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from typing import BinaryIO
from xml.sax import SAXException, SAXParseException
from xml.sax.handler import ContentHandler, feature_external_ges, feature_external_pes, feature_namespaces

import defusedxml.sax
from xml.sax.expatreader import ExpatLocator
from defusedxml import DefusedXmlException

from ..models import Document, ReadProblem
from ._common import MAX_RECORD, arxiv_id, arxiv_url, make_document, problem

NAME = "arxiv-atom"
EXTENSIONS = (".atom", ".xml")

ATOM = "http://www.w3.org/2005/Atom"
ARXIV = "http://arxiv.org/schemas/atom"
_FIELDS = {"id", "title", "summary", "published", "updated"}
_FEED = re.compile(r"<(?:[A-Za-z_][\w.-]*:)?feed[\s>]")


def sniff(head: str) -> bool:
    text = head.lstrip("\ufeff \t\r\n")
    return text.startswith("<") and bool(_FEED.search(head)) and ATOM in head


class _Handler(ContentHandler):
    def __init__(self) -> None:
        super().__init__()
        self.locator = None
        self.done: list[tuple[int, dict[str, str], bool]] = []  # (line, fields, oversize)
        self.entry: dict[str, str] | None = None
        self.entry_line = 0
        self.depth = 0
        self.entry_depth = -1
        self.field: str | None = None
        self.parts: list[str] = []
        self.size = 0
        self.oversize = False

    def setDocumentLocator(self, locator) -> None:  # noqa: N802 - SAX API
        self.locator = locator

    def line(self) -> int:
        return self.locator.getLineNumber() if self.locator is not None else 0

    def startElementNS(self, name, qname, attrs) -> None:  # noqa: N802 - SAX API
        self.depth += 1
        uri, local = name
        if self.entry is None:
            if uri == ATOM and local == "entry":
                self.entry = {}
                self.entry_line = self.line()
                self.entry_depth = self.depth
                self.size = 0
                self.oversize = False
            return
        if self.depth == self.entry_depth + 1:
            if uri == ATOM and local in _FIELDS:
                self.field = local
                self.parts = []
            elif uri == ARXIV and local == "primary_category":
                self.entry["primary_category"] = attrs.get((None, "term"), "")

    def characters(self, content: str) -> None:
        if self.field is not None and not self.oversize:
            self.size += len(content)
            if self.size > MAX_RECORD:
                self.oversize = True
                self.parts = []
            else:
                self.parts.append(content)

    def endElementNS(self, name, qname) -> None:  # noqa: N802 - SAX API
        if self.entry is not None:
            if self.field is not None and self.depth == self.entry_depth + 1:
                self.entry.setdefault(self.field, "".join(self.parts))
                self.field = None
                self.parts = []
            elif self.depth == self.entry_depth:
                self.done.append((self.entry_line, self.entry, self.oversize))
                self.entry = None
        self.depth -= 1


def _make_parser(handler: _Handler):
    parser = defusedxml.sax.make_parser()
    parser.setFeature(feature_namespaces, True)
    parser.setFeature(feature_external_ges, False)
    parser.setFeature(feature_external_pes, False)
    parser.setContentHandler(handler)
    handler.locator = ExpatLocator(parser)  # feed() never hands the handler a locator
    return parser


def _document(line: int, fields: dict[str, str], oversize: bool, number: int, source: str) -> Document | ReadProblem:
    where = f"entry {number}: "
    if oversize:
        return problem(source, line, f"{where}text longer than {MAX_RECORD} characters; skipped")
    raw_id = fields.get("id", "").strip()
    if fields.get("title", "").strip() == "Error" and "/api/errors" in raw_id:
        msg = " ".join(fields.get("summary", "").split()) or raw_id
        return problem(source, line, f"{where}arXiv API error: {msg[:200]}; skipped")
    for key in ("title", "summary"):
        if "\ufffd" in fields.get(key, ""):
            return problem(source, line, f"{where}invalid UTF-8; record skipped")
    aid = arxiv_id(raw_id)
    return make_document(
        title=fields.get("title"),
        abstract=fields.get("summary"),
        id=aid or raw_id,
        url=arxiv_url(aid) if aid else raw_id or None,
        date=fields.get("published") or fields.get("updated"),
        source=source,
        line=line,
        where=where,
        fallback_id=f"{source}#{number}",
    )


def read(stream: BinaryIO, source: str, **_: object) -> Iterator[Document | ReadProblem]:
    handler = _Handler()
    parser = _make_parser(handler)
    # Invalid UTF-8 becomes U+FFFD so that one bad byte costs only its entry.
    decoder = codecs.getincrementaldecoder("utf-8")("replace")
    number = 0
    final = False
    while not final:
        chunk = stream.read1(1 << 16)  # type: ignore[attr-defined]
        final = not chunk
        try:
            if final:
                parser.feed(decoder.decode(b"", final=True))
                parser.close()
            else:
                parser.feed(decoder.decode(chunk))
        except DefusedXmlException as exc:
            yield from _drain(handler, number, source)
            kind = type(exc).__name__.replace("Forbidden", "")
            yield problem(
                source,
                handler.line(),
                f"XML {kind.lower() or 'construct'} declarations/references are not allowed "
                "(entity expansion or external entity); rest of file not read",
            )
            return
        except SAXParseException as exc:
            for item in _drain(handler, number, source):
                number += 1
                yield item
            what = "file truncated" if final else "malformed XML"
            yield problem(source, exc.getLineNumber() or handler.line(), f"{what} ({exc.getMessage()}); rest of file not read")
            return
        except (SAXException, ValueError, RecursionError) as exc:
            yield problem(source, handler.line(), f"unreadable XML ({exc}); rest of file not read")
            return
        for item in _drain(handler, number, source):
            number += 1
            yield item


def _drain(handler: _Handler, number: int, source: str) -> Iterator[Document | ReadProblem]:
    done, handler.done = handler.done, []
    for line, fields, oversize in done:
        number += 1
        yield _document(line, fields, oversize, number, source)
