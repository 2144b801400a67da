"""Converting between newslint's offsets and LSP positions.

newslint counts Unicode code points from the start of the text (see
:mod:`linter.document`); the language server protocol counts lines and, within
a line, code units of the negotiated encoding: UTF-16 unless client and server
agreed on UTF-8 or UTF-32. "😀" is one code point but two UTF-16 units, "é"
written as e + U+0301 is two code points and two units. LSP ends a line at
``\\n``, ``\\r\\n`` or a lone ``\\r`` (and nowhere else, unlike
:meth:`str.splitlines`), so this module finds line starts itself.
"""

from __future__ import annotations

import bisect
import re

from lsprotocol import types

_LINE_BREAK = re.compile(r"\r\n|\r|\n")

#: How many code units a piece of text takes in each encoding.
_UNITS = {
    types.PositionEncodingKind.Utf16: lambda text: len(text.encode("utf-16-le", "surrogatepass")) // 2,
    types.PositionEncodingKind.Utf8: lambda text: len(text.encode("utf-8", "surrogatepass")),
    types.PositionEncodingKind.Utf32: len,
}


class PositionMap:
    """Maps code-point offsets of one text to LSP positions and back."""

    def __init__(self, text: str, encoding: str = types.PositionEncodingKind.Utf16) -> None:
        self.text = text
        self._units = _UNITS.get(encoding, _UNITS[types.PositionEncodingKind.Utf16])
        self._starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]
        # the end of each line's content (before its line break), for clamping
        self._ends = [m.start() for m in _LINE_BREAK.finditer(text)] + [len(text)]

    @property
    def line_count(self) -> int:
        """How many lines LSP sees (a text ending in a line break has an empty last line)."""
        return len(self._starts)

    def line_of(self, offset: int) -> int:
        """The 0-based line that ``offset`` lies on."""
        offset = max(0, min(offset, len(self.text)))
        return bisect.bisect_right(self._starts, offset) - 1

    def line_start(self, line: int) -> int:
        """The offset where 0-based ``line`` starts."""
        return self._starts[line]

    def line_content(self, line: int) -> str:
        """The text of 0-based ``line`` without its line break."""
        return self.text[self._starts[line]:self._ends[line]]

    def position(self, offset: int) -> types.Position:
        """The LSP position of the code-point ``offset``."""
        offset = max(0, min(offset, len(self.text)))
        line = self.line_of(offset)
        start = self._starts[line]
        # an offset between \r and \n (never a finding's edge, but be exact) counts as the line's end
        offset = min(offset, self._ends[line])
        return types.Position(line=line, character=self._units(self.text[start:offset]))

    def range(self, offset: int, length: int) -> types.Range:
        """The LSP range of the span ``[offset, offset + length)``."""
        return types.Range(start=self.position(offset), end=self.position(offset + length))

    def offset(self, position: types.Position) -> int:
        """The code-point offset of an LSP position (clamped to the line's end, as LSP asks)."""
        if position.line >= len(self._starts):
            return len(self.text)
        start, end = self._starts[position.line], self._ends[position.line]
        units, index = 0, start
        while index < end and units < position.character:
            units += self._units(self.text[index])
            index += 1
        return index
