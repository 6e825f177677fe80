"""Streaming JSON: yield the records of a JSON array (or ``{"data": [...]}``) one by one.

The scanner finds where each record ends by counting brackets outside strings (no
recursion, so nesting depth costs nothing), then hands the record's bytes to ``json.loads``.
Memory is bounded by the largest record (and records over ``MAX_RECORD`` are skipped
without being kept). A malformed record is reported and skipped; the scanner carries on
with the next one.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from typing import BinaryIO

from ._common import MAX_DEPTH, MAX_RECORD

# A whole string, a bracket, or a lone quote (a string the buffer cuts off). Possessive
# quantifiers (Python >= 3.11) keep the regex engine's memory constant on strings with
# millions of escapes; 3.10 falls back to the classic pattern (memory ~ escapes per record).
if sys.version_info >= (3, 11):
    _STR = rb'(?:[^"\\]++|\\.)*+'
else:  # pragma: no cover
    _STR = rb'[^"\\]*(?:\\.[^"\\]*)*'
_TOKEN = re.compile(rb'"' + _STR + rb'"|[\[\]{}]|"', re.S)
_STR_BODY = re.compile(_STR, re.S)
_NONWS = re.compile(rb"[^ \t\r\n]")
_SCALAR_END = re.compile(rb"[ \t\r\n,:\[\]{}\"]")
_LBRACKET, _LBRACE, _RBRACKET, _RBRACE, _QUOTE, _COMMA, _COLON = b"[{]}\",:"


class Record:
    """One record: ``value`` is the parsed JSON, or None with ``error`` saying why."""

    __slots__ = ("number", "line", "value", "error")

    def __init__(self, number: int, line: int, value: object, error: str | None) -> None:
        self.number = number
        self.line = line
        self.value = value
        self.error = error


class _Scanner:
    def __init__(self, stream: BinaryIO, chunk: int = 1 << 16) -> None:
        self._read = stream.read1  # type: ignore[attr-defined]
        self._chunk = chunk
        self.buf = b""
        self.pos = 0
        self.line = 1  # line number at self.pos
        self.eof = False

    def _more(self) -> int:
        """Append a chunk (dropping consumed bytes); return the shift applied to offsets,
        or -1 at end of input."""
        if self.eof:
            return -1
        # read at least as much as is kept, so growing a large record costs O(size)
        data = self._read(max(self._chunk, min(len(self.buf) - self.pos, MAX_RECORD)))
        if not data:
            self.eof = True
            return -1
        shift = self.pos
        self.buf = self.buf[self.pos :] + data
        self.pos = 0
        return shift

    def _advance(self, to: int) -> None:
        self.line += self.buf.count(b"\n", self.pos, to)
        self.pos = to

    def peek(self) -> int | None:
        """Skip whitespace; return the next byte (not consumed) or None at end of input."""
        while True:
            m = _NONWS.search(self.buf, self.pos)
            if m:
                self._advance(m.start())
                return self.buf[self.pos]
            self._advance(len(self.buf))
            if self._more() < 0:
                return None

    def take(self) -> None:
        self._advance(self.pos + 1)

    def value(self) -> tuple[bytes | None, str | None]:
        """Scan one JSON value at the current position; return its bytes or an error."""
        first = self.buf[self.pos]
        if first not in b'[{"':
            return self._scalar()
        depth = 0
        too_deep = dropped = in_str = done = False
        i = self.pos
        while not done:
            buf = self.buf
            if in_str:  # inside a string the token regex could not match whole
                end = _STR_BODY.match(buf, i).end()
                if end < len(buf) and buf[end] == _QUOTE:
                    i = end + 1
                    in_str = False
                    done = depth == 0
                    continue
                i = end  # at the end of the buffer, or at a backslash that ends it
            else:
                for m in _TOKEN.finditer(buf, i):
                    tok = m.group()
                    if tok[0] == _QUOTE:
                        if len(tok) == 1:  # the buffer cuts this string off
                            i = m.end()
                            in_str = True
                            break
                        if depth == 0:
                            i = m.end()
                            done = True
                            break
                    elif tok[0] == _LBRACKET or tok[0] == _LBRACE:
                        depth += 1
                        if depth > MAX_DEPTH:
                            too_deep = True
                    else:
                        depth -= 1
                        if depth <= 0:
                            i = m.end()
                            done = True
                            break
                else:
                    i = len(buf)
                if done or in_str:
                    continue
            # need more input; ``i`` is where scanning resumes
            if i - self.pos > MAX_RECORD:
                self._advance(i)  # too large: keep scanning, stop keeping the bytes
                dropped = True
            shift = self._more()
            if shift < 0:
                self._advance(len(self.buf))
                return None, "file truncated inside a record; record skipped"
            i -= shift
        if dropped:
            self._advance(i)
            return None, f"record longer than {MAX_RECORD} bytes; skipped"
        raw = self.buf[self.pos : i]
        self._advance(i)
        if too_deep:
            return None, f"JSON nested more than {MAX_DEPTH} levels; record skipped"
        return raw, None

    def _scalar(self) -> tuple[bytes | None, str | None]:
        while True:
            m = _SCALAR_END.search(self.buf, self.pos + 1)
            if m or self.eof or len(self.buf) - self.pos > 4096:
                break
            self._more()
        end = m.start() if m else len(self.buf)
        raw = self.buf[self.pos : end]
        self._advance(end)
        return raw, None


def _parse(raw: bytes) -> tuple[object, str | None]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, f"invalid UTF-8 (byte {exc.start} of the record); record skipped"
    try:
        return json.loads(text), None
    except json.JSONDecodeError as exc:
        return None, f"malformed JSON ({exc.msg}); record skipped"
    except RecursionError:
        return None, "JSON nested too deeply; record skipped"


def iter_records(stream: BinaryIO, array_keys: tuple[str, ...] = ("data",)) -> Iterator[Record]:
    """Yield the records of the JSON values in ``stream``.

    Each top-level array yields its elements; a top-level object with an array under one
    of ``array_keys`` (Semantic Scholar's ``{"total":..., "data": [...]}``) yields that
    array's elements; any other top-level object is one record. Several top-level values
    in a row (concatenated JSON) are read one after another.
    """
    sc = _Scanner(stream)
    number = 0
    while True:
        c = sc.peek()
        if c is None:
            return
        if c == _LBRACKET:
            sc.take()
            for rec in _array(sc, number):
                number = rec.number
                yield rec
        elif c == _LBRACE:
            for rec in _object(sc, number, array_keys):
                number = rec.number
                yield rec
        else:
            line = sc.line
            sc.value()
            number += 1
            yield Record(number, line, None, "not a JSON array or object; skipped")


def _array(sc: _Scanner, number: int) -> Iterator[Record]:
    while True:
        c = sc.peek()
        if c is None:
            yield Record(number + 1, sc.line, None, "file truncated: JSON array not closed")
            return
        if c == _RBRACKET:
            sc.take()
            return
        if c in (_COMMA, _COLON, _RBRACE):
            sc.take()
            continue
        number += 1
        line = sc.line
        raw, err = sc.value()
        if raw is not None:
            value, err = _parse(raw)
            yield Record(number, line, value, err)
        else:
            yield Record(number, line, None, err)
            if sc.eof and sc.pos >= len(sc.buf):  # truncated inside this record
                return


def _object(sc: _Scanner, number: int, array_keys: tuple[str, ...]) -> Iterator[Record]:
    """A top-level object: stream its ``data`` array, or yield it whole as one record."""
    line = sc.line
    sc.take()  # "{"
    members: dict[str, object] = {}
    size = 0
    streamed = False
    while True:
        c = sc.peek()
        if c is None:
            if not streamed:
                yield Record(number + 1, line, None, "file truncated inside a JSON object; skipped")
            return
        if c == _RBRACE:
            sc.take()
            break
        if c == _COMMA:
            sc.take()
            continue
        if c != _QUOTE:
            yield Record(number + 1, sc.line, None, "malformed JSON object; rest of file not read")
            _drain(sc)
            return
        raw, err = sc.value()
        key, err = _parse(raw) if raw is not None else (None, err)
        if sc.peek() == _COLON:
            sc.take()
        c = sc.peek()
        if c is None:
            continue
        if isinstance(key, str) and key in array_keys and c == _LBRACKET:
            sc.take()
            streamed = True
            for rec in _array(sc, number):
                number = rec.number
                yield rec
            continue
        raw, err = sc.value()
        if raw is None or not isinstance(key, str):
            continue
        size += len(raw)
        if size > MAX_RECORD:
            yield Record(number + 1, line, None, f"JSON object longer than {MAX_RECORD} bytes; skipped")
            _drain(sc)
            return
        value, err = _parse(raw)
        if err is None:
            members[key] = value
    if not streamed:
        yield Record(number + 1, line, members, None)


def _drain(sc: _Scanner) -> None:
    while sc._more() >= 0:
        sc.pos = len(sc.buf)
