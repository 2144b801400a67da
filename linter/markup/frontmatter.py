"""Copy fields of YAML front matter (title, teaser, ...) with exact source spans.

PyYAML's composer gives every scalar node its start and end in the YAML text and
its style; from that the value is rebuilt piece by piece (copied runs, escapes,
folded line breaks).  A field is checked only when the rebuilt value equals what
PyYAML read, so a finding never points at the wrong characters.

The YAML is composed by :mod:`linter.yamlsafe`. What it refuses (alias bombs,
unknown tags, duplicate keys) is handed back as problems, not raised: the copy
fields are still found, walking each node once, so an alias never repeats one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

import yaml

from linter import yamlsafe

_STR_TAG = "tag:yaml.org,2002:str"
_MAX_DEPTH = 20
_DOUBLE_ESCAPES = {
    "0": "\0", "a": "\a", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v", "f": "\f", "r": "\r",
    "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\", "N": "\x85", "_": "\xa0", "L": "\u2028",
    "P": "\u2029",
}
_HEX_ESCAPES = {"x": 2, "u": 4, "U": 8}
#: An explicit tag before a scalar (``!secret``, ``!!str``, ``!<tag:x>``) and the spaces after it.
_EXPLICIT_TAG = re.compile(r"!(?:<[^>]*>|[^\s]*)\s+")


class Piece(NamedTuple):
    """Prose text standing for ``yaml_text[start:end]`` (a copy when they are equal)."""

    text: str
    start: int
    end: int


class Field(NamedTuple):
    """One copy field: its key, the line it starts on (0-based in the YAML) and its pieces."""

    key: str
    line: int
    pieces: list[Piece] | None


def copy_fields(yaml_text: str, keys: tuple[str, ...]) -> tuple[list[Field], list[yamlsafe.YamlError]]:
    """The string fields named in ``keys``, in source order, and what the YAML reader refused.

    Raise :class:`yamlsafe.YamlError` when the text is not YAML at all.
    """
    root, refusals = yamlsafe.compose_lenient(yaml_text)
    if root is None:
        return [], refusals
    return sorted(_walk(root, yaml_text, frozenset(keys), 0, set()), key=lambda f: f.line), refusals


def _walk(node: yaml.Node, text: str, keys: frozenset[str], depth: int, seen: set[int]) -> Iterator[Field]:
    if depth > _MAX_DEPTH or id(node) in seen:
        return  # a node reached again through an alias holds no field not already found
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value in keys:
                yield from _values(key.value, value, text, seen)
            else:
                yield from _walk(value, text, keys, depth + 1, seen)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _walk(item, text, keys, depth + 1, seen)


def _values(key: str, node: yaml.Node, text: str, seen: set[int]) -> Iterator[Field]:
    items = node.value if isinstance(node, yaml.SequenceNode) else [node]
    for item in items:
        if id(item) in seen:
            continue  # an alias of a value already checked
        seen.add(id(item))
        # a tag YAML does not define (a CMS's own "!secret"): refused with a warning, its value read as text
        is_text = item.tag == _STR_TAG or not item.tag.startswith("tag:yaml.org,2002:")
        if isinstance(item, yaml.ScalarNode) and is_text and item.value.strip():
            yield Field(key, item.start_mark.line, scalar_pieces(text, item))


def scalar_pieces(text: str, node: yaml.ScalarNode) -> list[Piece] | None:
    """Pieces that rebuild the scalar's value from the source, or None if that fails."""
    start, end, style = node.start_mark.index, node.end_mark.index, node.style
    tag = _EXPLICIT_TAG.match(text, start, end)
    if tag:
        start = tag.end()  # the value starts after an explicit tag ("!secret x")
    try:
        if style in ("|", ">"):
            pieces = _block(text, start, end, style == ">")
        elif style in ("'", '"'):
            pieces = _flow(text, start + 1, end - 1, style)
        else:
            pieces = _flow(text, start, end, None)
    except (IndexError, ValueError):
        return None
    while pieces and "".join(p.text for p in pieces) != node.value and pieces[-1].text == "\n":
        pieces.pop()  # block scalar chomping
    return pieces if "".join(p.text for p in pieces) == node.value else None


def _flow(text: str, start: int, end: int, style: str | None) -> list[Piece]:
    """Plain and quoted scalars: lines are trimmed and folded, escapes decoded."""
    pieces: list[Piece] = []
    lines = _lines(text, start, end)
    for number, (line_start, line_end) in enumerate(lines):
        first, last = number == 0, number == len(lines) - 1
        a, b = line_start, line_end
        if not first:
            while a < b and text[a] in " \t":
                a += 1
        if not last:
            while b > a and text[b - 1] in " \t":
                b -= 1
        escaped_break = style == '"' and not last and _ends_with_escape(text, a, b)
        if escaped_break:
            b -= 1
        if first or a < b or last:
            pieces.extend(_line_pieces(text, a, b, style))
        if not last:
            pieces.append(Piece("" if escaped_break else "\n", b, line_end + 1))
    return _fold(pieces, text)


def _fold(pieces: list[Piece], text: str) -> list[Piece]:
    """Turn line breaks into YAML folding: one break is a space, n breaks are n-1 newlines."""
    out: list[Piece] = []
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        if not _is_break(piece, text):
            out.append(piece)
            i += 1
            continue
        j = i
        while j < len(pieces) and _is_break(pieces[j], text):
            j += 1
        count = j - i
        out.append(Piece(" " if count == 1 else "\n" * (count - 1), piece.start, pieces[j - 1].end))
        i = j
    return out


def _is_break(piece: Piece, text: str) -> bool:
    """A line break in the source (not an escaped \\n, whose source ends in 'n')."""
    return piece.text == "\n" and piece.end > piece.start and text[piece.end - 1] == "\n"


def _line_pieces(text: str, start: int, end: int, style: str | None) -> list[Piece]:
    if style is None:
        return [Piece(text[start:end], start, end)] if end > start else []
    pieces: list[Piece] = []
    run = start
    i = start
    while i < end:
        if style == "'" and text.startswith("''", i):
            pieces.append(Piece(text[run:i], run, i))
            pieces.append(Piece("'", i, i + 2))
            i = run = i + 2
        elif style == '"' and text[i] == "\\":
            pieces.append(Piece(text[run:i], run, i))
            chars, length = _double_escape(text, i)
            pieces.append(Piece(chars, i, i + length))
            i = run = i + length
        else:
            i += 1
    pieces.append(Piece(text[run:end], run, end))
    return [p for p in pieces if p.end > p.start]


def _double_escape(text: str, i: int) -> tuple[str, int]:
    code = text[i + 1]
    if code in _DOUBLE_ESCAPES:
        return _DOUBLE_ESCAPES[code], 2
    width = _HEX_ESCAPES[code]
    return chr(int(text[i + 2:i + 2 + width], 16)), 2 + width


def _ends_with_escape(text: str, start: int, end: int) -> bool:
    count = 0
    while end - count - 1 >= start and text[end - count - 1] == "\\":
        count += 1
    return count % 2 == 1


def _block(text: str, start: int, end: int, folded: bool) -> list[Piece]:
    """Literal (|) and folded (>) block scalars with plain indentation."""
    header_end = text.index("\n", start)
    lines = _lines(text, header_end + 1, end)
    if lines and lines[-1][0] == lines[-1][1] == end:
        lines.pop()  # the scalar's span ends after its last line break
    content = [(a, b) for a, b in lines if text[a:b].strip()]
    if not content:
        return []
    indent = len(text[content[0][0]:content[0][1]]) - len(text[content[0][0]:content[0][1]].lstrip(" "))
    pieces: list[Piece] = []
    previous_text_line = False
    for a, b in lines:
        blank = not text[a:b].strip()
        more_indented = not blank and text[a + indent:a + indent + 1] in (" ", "\t")
        if folded and blank and previous_text_line and pieces:
            last = pieces.pop()  # a text line's break before blank lines disappears
            pieces.append(Piece("", last.start, last.end))
        if folded and pieces and previous_text_line and not blank and not more_indented:
            last = pieces.pop()  # the break between two text lines folds into a space
            pieces.append(Piece(" ", last.start, last.end))
        if not blank:
            pieces.append(Piece(text[a + indent:b], a + indent, b))
        if b < len(text) and text[b:b + 1] == "\n":
            pieces.append(Piece("\n", b, b + 1))
        previous_text_line = not blank and not more_indented
    return pieces


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, pos = [], start
    while True:
        newline = text.find("\n", pos, end)
        if newline < 0:
            spans.append((pos, end))
            return spans
        spans.append((pos, newline))
        pos = newline + 1
