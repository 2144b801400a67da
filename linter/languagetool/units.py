"""Converting LanguageTool's UTF-16 lengths into code points.

Java strings count UTF-16 units: an emoji or another character outside the
Basic Multilingual Plane is two units there but one code point in Python.
language-tool-python already converts match offsets; lengths it passes through
in UTF-16 units, so a span containing such a character would come out too long.
"""

from __future__ import annotations


def utf16_units(ch: str) -> int:
    """How many UTF-16 code units one code point takes (1, or 2 outside the BMP)."""
    return 2 if ord(ch) > 0xFFFF else 1


def code_point_length(text: str, start: int, utf16_length: int) -> int:
    """Length in code points of the span that starts at code point ``start`` and is ``utf16_length`` units long."""
    consumed = 0
    position = start
    while consumed < utf16_length and position < len(text):
        consumed += utf16_units(text[position])
        position += 1
    return position - start


def utf16_offset(text: str, code_point_offset: int) -> int:
    """The UTF-16 offset of a code-point offset in ``text``."""
    return sum(utf16_units(ch) for ch in text[:code_point_offset])
