"""The language server's pure parts: position conversion and where a suppression comment goes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lsprotocol import types

from linter.lsp.positions import PositionMap
from linter.lsp.suppress import directive, suppression

RULE = "typografie.leerzeichen-vor-satzzeichen"
COMMENT = directive(RULE)


def apply(text: str, fmt: str, offset: int) -> str:
    insertion = suppression(text, fmt, offset, RULE)
    assert insertion is not None
    return text[:insertion.offset] + insertion.text + text[insertion.offset:]


@pytest.mark.parametrize("encoding, character", [
    (types.PositionEncodingKind.Utf16, 7),  # 😀 is two UTF-16 units, e + U+0301 two code points
    (types.PositionEncodingKind.Utf8, 10),  # 😀 four bytes, U+0301 two
    (types.PositionEncodingKind.Utf32, 6),
])
def test_positions_in_each_encoding(encoding: str, character: int):
    text = "x\r\n😀e\u0301 a ,"
    positions = PositionMap(text, encoding)
    offset = text.index(",")
    assert positions.position(offset) == types.Position(line=1, character=character)
    assert positions.offset(types.Position(line=1, character=character)) == offset


def test_lone_cr_ends_a_line_and_positions_past_the_end_are_clamped():
    positions = PositionMap("a\rb\n")
    assert positions.position(2) == types.Position(line=1, character=0)
    assert positions.offset(types.Position(line=1, character=99)) == 3
    assert positions.offset(types.Position(line=9, character=0)) == 4


@given(st.lists(st.sampled_from(["a", "é", "e\u0301", "😀", "\n", "\r\n", "\r", " "]), max_size=40).map("".join))
def test_offsets_survive_the_round_trip(text: str):
    positions = PositionMap(text)
    for offset in range(len(text) + 1):
        if text[offset - 1:offset + 1] == "\r\n":
            continue  # between CR and LF is no position of its own
        assert positions.offset(positions.position(offset)) == offset


@pytest.mark.parametrize("fmt, text, expected", [
    # a line of its own, indented like the flagged line
    ("text", "Erste.\n\n\t  Er kam , sah.\n", f"Erste.\n\n\t  {COMMENT}\n\t  Er kam , sah.\n"),
    ("text", "Eins.\r\nEr kam , sah.\r\n", f"Eins.\r\n{COMMENT}\r\nEr kam , sah.\r\n"),  # CR LF kept
    # YAML front matter: a YAML comment, still read as the directive
    ("markdown", "---\ntitle: Er kam , sah\n---\n\nText.\n",
     f"---\n# {COMMENT}\ntitle: Er kam , sah\n---\n\nText.\n"),
    # inside a paragraph: at the end of the line before, in front of its hard break
    ("markdown", "Erste Zeile  \nEr kam , sah.\n", f"Erste Zeile {COMMENT}  \nEr kam , sah.\n"),
])
def test_where_the_suppression_goes(fmt: str, text: str, expected: str):
    assert apply(text, fmt, text.index(" ,")) == expected


def test_a_rule_is_added_to_the_directive_above_or_nothing_when_it_is_covered():
    text = "<!-- newslint-disable-next-line stil.floskeln -->\nEr kam , sah.\n"
    assert apply(text, "text", text.index(" ,")) == (
        f"<!-- newslint-disable-next-line stil.floskeln, {RULE} -->\nEr kam , sah.\n")
    covered = "<!-- newslint-disable-next-line typografie -->\nEr kam , sah.\n"
    assert suppression(covered, "text", covered.index(" ,"), RULE) is None
