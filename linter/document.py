"""Reading a source file as text, and turning offsets into lines and columns.

Offsets everywhere in newslint count Unicode code points of the decoded file
text (BOM removed, line endings kept as they are), so that they point at the
same characters an editor shows.
"""

from __future__ import annotations

import bisect
import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from linter.errors import InputError

_BINARY_SNIFF_BYTES = 8192
_NEWLINE = re.compile("\n")
#: UTF-16 byte order marks, each with the codec that reads what follows it.
_UTF16_BOMS = (("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE))
#: Share of NUL bytes in one byte position (odd or even) that marks UTF-16 of mostly Latin text.
_UTF16_NUL_SHARE = 0.3


def _utf16_without_bom(head: bytes) -> str | None:
    """"little-endian" or "big-endian" when ``head`` has the NUL pattern of UTF-16 text: Latin letters
    are one byte and a NUL, so NULs fill one of the two byte positions and almost never the other."""
    even, odd = head[0::2], head[1::2]
    if not even or not odd:
        return None
    even_nuls, odd_nuls = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nuls >= _UTF16_NUL_SHARE and even_nuls < _UTF16_NUL_SHARE / 10:
        return "little-endian"
    if even_nuls >= _UTF16_NUL_SHARE and odd_nuls < _UTF16_NUL_SHARE / 10:
        return "big-endian"
    return None


@dataclass(frozen=True)
class Document:
    """A decoded source file: its text and what is needed to write it back unchanged."""

    path: str
    text: str
    has_bom: bool = False
    newline: str = "\n"
    encoding: str = "utf-8"  # or "utf-16-le" / "utf-16-be" (always with their BOM, as read)

    @classmethod
    def from_bytes(cls, path: str, data: bytes) -> "Document":
        """Decode ``data`` as UTF-8 (with or without BOM) or UTF-16 with a BOM; raise InputError if it is not text."""
        for encoding, bom in _UTF16_BOMS:
            if data.startswith(bom):
                return cls._from_utf16(path, data[len(bom):], encoding)
        if b"\x00" in data[:_BINARY_SNIFF_BYTES]:
            order = _utf16_without_bom(data[:_BINARY_SNIFF_BYTES])
            if order:
                raise InputError(
                    f"{path}: looks like UTF-16 ({order}) without a byte order mark; save the file as UTF-8 "
                    "(or as UTF-16 with a byte order mark) and check it again")
            raise InputError(f"{path}: looks like a binary file (contains NUL bytes); newslint checks text files only")
        has_bom = data.startswith(codecs.BOM_UTF8)
        skipped = len(codecs.BOM_UTF8) if has_bom else 0
        data = data[skipped:]
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            # The byte offset is the one a hex editor shows: counted from the file's start, BOM included.
            raise InputError(
                f"{path}:{line}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at byte offset {exc.start + skipped}); "
                "save the file as UTF-8 and check it again"
            ) from None
        newline = "\r\n" if "\r\n" in text else "\n"
        return cls(path=path, text=text, has_bom=has_bom, newline=newline)

    @classmethod
    def _from_utf16(cls, path: str, data: bytes, encoding: str) -> "Document":
        """Decode UTF-16 (what Word and some Windows tools export) whose BOM was removed."""
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            line = data[:exc.start].decode(encoding, errors="replace").count("\n") + 1
            raise InputError(f"{path}:{line}: not valid {encoding.upper()} (at byte offset {exc.start + 2}); "
                             "save the file as UTF-8 and check it again") from None
        newline = "\r\n" if "\r\n" in text else "\n"
        return cls(path=path, text=text, has_bom=True, newline=newline, encoding=encoding)

    @classmethod
    def read(cls, path: Path, display_path: str | None = None) -> "Document":
        """Read and decode the file at ``path``; raise InputError with the reason if that fails."""
        shown = display_path or str(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"{shown}: cannot read file: {exc.strerror or exc}") from None
        return cls.from_bytes(shown, data)

    def encode(self, text: str | None = None) -> bytes:
        """Encode ``text`` (default: this document's text) the way the file was stored."""
        body = (self.text if text is None else text).encode(self.encoding)
        if self.encoding != "utf-8":
            return dict(_UTF16_BOMS)[self.encoding] + body
        return codecs.BOM_UTF8 + body if self.has_bom else body

    @property
    def positions(self) -> "LineIndex":
        """A line index over the text (built on first use and kept)."""
        cached = self.__dict__.get("_positions")
        if cached is None:
            cached = LineIndex(self.text)
            object.__setattr__(self, "_positions", cached)
        return cached


class LineIndex:
    """Maps code-point offsets to 1-based (line, column) pairs and back."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]

    def line_col(self, offset: int) -> tuple[int, int]:
        """Return the 1-based line and column of ``offset`` (columns count code points)."""
        offset = max(0, min(offset, len(self._text)))
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    def line_text(self, line: int) -> str:
        """Return line ``line`` (1-based) without its line ending."""
        start, end = self.line_span(line)
        return self._text[start:end]

    def line_span(self, line: int) -> tuple[int, int]:
        """The offsets where line ``line`` (1-based) starts and where its text ends (before its line ending)."""
        start = self._starts[line - 1]
        end = self._starts[line] if line < len(self._starts) else len(self._text)
        while end > start and self._text[end - 1] in "\r\n":
            end -= 1
        return start, end

    def offset(self, line: int, column: int) -> int:
        """Return the offset of a 1-based (line, column) position."""
        return self._starts[line - 1] + column - 1

    @property
    def line_count(self) -> int:
        """How many lines the text has (a final line without newline counts)."""
        return len(self._starts)
