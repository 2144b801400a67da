"""HTML character references, decoded with their exact source spans.

Follows the HTML5 rules: numeric references with or without ``;``, named
references from the HTML5 table, legacy names (``&auml``) without ``;``, the
longest known prefix of an unknown name (``&notit;`` is ``¬it;``), and in
attribute values a legacy name directly followed by ``=`` or a letter or digit
is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.entities import html5

_REFERENCE = re.compile(r"&(?:#[xX]([0-9a-fA-F]+);?|#([0-9]+);?|([A-Za-z][A-Za-z0-9]*;?))")
_MAX_DIGITS = 8  # longer numbers are out of range anyway; int() of huge strings is slow


def iter_references(text: str, start: int, end: int, in_attribute: bool = False) -> Iterator[tuple[int, int, str | None]]:
    """Yield ``(start, end, decoded)`` pieces covering ``text[start:end]``.

    ``decoded`` is None for plain text, else the characters the reference stands for.
    """
    pos = start
    for match in _REFERENCE.finditer(text, start, end):
        if match.start() < pos:
            continue
        decoded = _decode(match, text, in_attribute)
        if decoded is None:
            continue
        chars, ref_end = decoded
        if match.start() > pos:
            yield pos, match.start(), None
        yield match.start(), ref_end, chars
        pos = ref_end
    if pos < end:
        yield pos, end, None


def _decode(match: re.Match[str], text: str, in_attribute: bool) -> tuple[str, int] | None:
    hex_digits, dec_digits, name = match.groups()
    if name is None:
        digits = hex_digits or dec_digits
        code = int(digits, 16 if hex_digits else 10) if len(digits) <= _MAX_DIGITS else 0x110000
        return _code_point(code), match.end()
    if name in html5 and name.endswith(";"):
        return html5[name], match.end()
    bare = name.rstrip(";")
    for length in range(min(len(bare), 32), 1, -1):
        prefix = bare[:length]
        if prefix in html5:  # only legacy names are stored without ';'
            ref_end = match.start() + 1 + length
            follower = text[ref_end:ref_end + 1]
            if in_attribute and (follower == "=" or follower.isalnum()):
                return None
            return html5[prefix], ref_end
    return None


def _code_point(code: int) -> str:
    """The character for a numeric reference, with HTML5's replacements."""
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return "\ufffd"
    if 0x80 <= code <= 0x9F:
        # HTML5 reads these as windows-1252, as browsers always did.
        try:
            return bytes([code]).decode("cp1252")
        except UnicodeDecodeError:
            return chr(code)
    return chr(code)
