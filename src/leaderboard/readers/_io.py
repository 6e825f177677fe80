"""Byte-level input: open a path or stdin, decompress, guard against read errors, split lines."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import sys
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from ._common import MAX_RECORD

HEAD_SIZE = 65536
CHUNK = 1 << 16



class OpenError(Exception):
    """Raised by :func:`open_input`; the caller turns it into an InputError."""


class _GuardedRaw(io.RawIOBase):
    """A raw stream over an already-read prefix followed by a (decompressing) stream.

    Errors from the underlying stream (truncated gzip, corrupt bz2/xz, I/O errors) end the
    stream instead of propagating: ``error`` holds the message and ``line`` the line number
    at which the data stopped, so the reader can report it as a ReadProblem.
    """

    def __init__(self, prefix: bytes, inner: BinaryIO | None) -> None:
        self._prefix = prefix
        self._inner = inner
        self.error: str | None = None
        self.newlines = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # type: ignore[override]
        if self._prefix:
            n = min(len(b), len(self._prefix))
            data, self._prefix = self._prefix[:n], self._prefix[n:]
        elif self._inner is None:
            return 0
        else:
            try:
                data = self._inner.read1(len(b))  # type: ignore[attr-defined]
            except (EOFError, OSError, zlib.error, lzma.LZMAError, ValueError) as exc:
                self.error = _describe(exc)
                self._inner = None
                return 0
            if not data:
                self._inner = None
                return 0
            n = len(data)
        b[:n] = data
        self.newlines += data.count(b"\n")
        return n


def _describe(exc: BaseException) -> str:
    if isinstance(exc, EOFError):
        return "file truncated (compressed data ends early); rest of file not read"
    if isinstance(exc, OSError) and exc.strerror:
        return f"read error ({exc.strerror}); rest of file not read"
    return f"corrupt compressed data ({exc}); rest of file not read"


class Input:
    """An opened input: ``stream`` is a buffered binary stream positioned at the start of
    the (decompressed, BOM-less) content; ``head`` holds its first bytes for detection."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.source = "<stdin>" if path == "-" else path
        self._file: BinaryIO | None = None
        if path == "-":
            base: BinaryIO = sys.stdin.buffer
        else:
            try:
                base = open(path, "rb")  # noqa: SIM115 - closed by close()
            except OSError as exc:
                raise OpenError(f"{path}: cannot open: {exc.strerror or exc}") from exc
            self._file = base
        try:
            if not hasattr(base, "peek"):
                base = io.BufferedReader(base)  # type: ignore[arg-type]
            magic = _peek(base, 6)
            inner, self.compression = _decompressor(base, magic)
            head, error = _read_upto(inner, HEAD_SIZE)
        except (EOFError, OSError, zlib.error, lzma.LZMAError, ValueError) as exc:
            self.close()
            raise OpenError(f"{self.source}: cannot read: {_describe(exc).split(';')[0]}") from exc
        except BaseException:
            self.close()
            raise
        if head.startswith(b"\xef\xbb\xbf"):
            head = head[3:]
        self.head = head
        self.raw = _GuardedRaw(head, inner)
        if error is not None:  # e.g. a gzip file truncated within its first 64 KiB
            if not head:
                self.close()
                raise OpenError(f"{self.source}: cannot read: {error.split(';')[0]}")
            self.raw.error = error
            self.raw._inner = None
        self.stream = io.BufferedReader(self.raw, buffer_size=CHUNK)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


def _peek(base: BinaryIO, n: int) -> bytes:
    return base.peek(n)[:n]  # type: ignore[attr-defined]


def _decompressor(base: BinaryIO, magic: bytes) -> tuple[BinaryIO, str | None]:
    if magic[:2] == b"\x1f\x8b":
        return gzip.GzipFile(fileobj=base), "gzip"  # type: ignore[return-value]
    if magic[:3] == b"BZh":
        return bz2.BZ2File(base), "bz2"  # type: ignore[return-value]
    if magic[:6] == b"\xfd7zXZ\x00":
        return lzma.LZMAFile(base), "xz"  # type: ignore[return-value]
    return base, None


def _read_upto(stream: BinaryIO, n: int) -> tuple[bytes, str | None]:
    """Up to ``n`` bytes, and the read error that stopped it early (if any)."""
    parts: list[bytes] = []
    size = 0
    error = None
    while size < n:
        try:
            data = stream.read1(n - size) if hasattr(stream, "read1") else stream.read(n - size)
        except (EOFError, OSError, zlib.error, lzma.LZMAError, ValueError) as exc:
            error = _describe(exc)
            break
        if not data:
            break
        parts.append(data)
        size += len(data)
    return b"".join(parts), error


def iter_lines(stream: BinaryIO, limit: int = MAX_RECORD) -> Iterator[tuple[int, bytes | None]]:
    """Yield ``(line number, line bytes)``; ``None`` for a line longer than ``limit``
    (its bytes are skipped without being held in memory)."""
    readline = stream.readline
    number = 0
    while True:
        line = readline(limit)
        if not line:
            return
        number += 1
        if len(line) >= limit and not line.endswith(b"\n"):
            while True:
                rest = readline(CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, None
            continue
        yield number, line


def decode_line(line: bytes) -> tuple[str, bool]:
    """Decode one line; the flag says it held invalid UTF-8 (or NUL, i.e. binary data)."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        return line.decode("utf-8", "replace"), True
    return text, "\x00" in text
