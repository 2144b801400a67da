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


@dataclass(frozen=True)
class Document:
    """A decoded source file: its text and what is needed to write it back unchanged."""

    path: str
    text: str
    has_bom: bool = False
    newline: str = "\n"

    @classmethod
    def from_bytes(cls, path: str, data: bytes) -> "Document":
        """Decode ``data`` as UTF-8 (with or without BOM); raise InputError if it is not text."""
        if b"\x00" in data[:_BINARY_SNIFF_BYTES]:
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
        body = (self.text if text is None else text).encode("utf-8")
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
