"""Pure helpers of the LanguageTool client: UTF-16 units, chunks, suggestion order, severities."""

from hypothesis import given
from hypothesis import strategies as st

from linter.findings import Severity
from linter.languagetool.categories import severity_for
from linter.languagetool.chunks import split_text
from linter.languagetool.suggestions import edit_distance, rank_replacements
from linter.languagetool.units import code_point_length, utf16_offset


def test_code_point_length_counts_astral_characters_once():
    text = "Ein 😀 Smiley und e\u0301 kombiniert"
    start = text.index("😀")
    assert code_point_length(text, start, 2) == 1  # one emoji = two UTF-16 units
    assert code_point_length(text, text.index("e\u0301"), 2) == 2  # combining mark is its own code point
    assert utf16_offset(text, start + 1) == start + 2


@given(st.text(min_size=1, max_size=200))
def test_utf16_roundtrip(text):
    for i in range(len(text) + 1):
        units = utf16_offset(text, i)
        assert units == len(text[:i].encode("utf-16-le")) // 2


def test_split_text_keeps_positions_and_prefers_paragraphs():
    text = ("Erster Satz. " * 30 + "\n\n") * 10
    chunks = split_text(text, limit=1000)
    assert "".join(c.text for c in chunks) == text
    for c in chunks:
        assert text[c.start:c.start + len(c.text)] == c.text
        assert len(c.text) <= 1000
    assert all(c.text.endswith("\n\n") for c in chunks[:-1])


@given(st.text(max_size=3000), st.integers(min_value=50, max_value=500))
def test_split_text_covers_text_exactly(text, limit):
    chunks = split_text(text, limit)
    assert "".join(c.text for c in chunks) == text
    assert all(len(c.text) <= limit for c in chunks)


def test_rank_replacements_prefers_closest_whole_word():
    assert rank_replacements("diekt", ["die kt", "liegt", "direkt"])[0] == "direkt"
    assert rank_replacements("jeoch", ["jedoch", "noch", "doch"])[0] == "jedoch"
    # equal distance: LanguageTool's order is kept
    assert rank_replacements("Hauss", ["Haus", "Hause"]) == ["Haus", "Hause"]


def test_edit_distance_counts_adjacent_swap_as_one():
    assert edit_distance("Wetter", "Wteter") == 1
    assert edit_distance("", "abc") == 3


def test_severity_table():
    assert severity_for("TYPOS") is Severity.ERROR
    assert severity_for("GRAMMAR") is Severity.ERROR
    assert severity_for("STYLE") is Severity.INFO
    assert severity_for("TYPOGRAPHY") is Severity.WARNING
    assert severity_for("UNKNOWN_CAT", "misspelling") is Severity.ERROR
    assert severity_for("UNKNOWN_CAT") is Severity.WARNING


def test_docs_print_the_category_severity_table():
    import re
    from pathlib import Path

    from linter.languagetool.categories import CATEGORY_SEVERITY

    doc = (Path(__file__).parent.parent / "docs" / "languagetool-rules.md").read_text(encoding="utf-8")
    doc = doc[doc.index("## Severities of LanguageTool findings"):]
    rows = dict(re.findall(r"^\| `([A-Z_]+)` \| (error|warning|info) \|", doc, re.MULTILINE))
    assert rows == {category: severity.label for category, severity in CATEGORY_SEVERITY.items()}
