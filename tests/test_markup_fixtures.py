"""The article fixtures: md, html and txt give the same prose; errors map to the right source text."""

import html
import re

import pytest

from linter.markup import prose_view
from test_markup_support import assert_exact, blocks, read_fixture

FORMATS = {"md": "markdown", "html": "html", "txt": "text"}
ERRORS = ["die die", "jeoch", " ,"]


def view_of(name):
    source = read_fixture(name)
    view, warnings = prose_view(source, FORMATS[name.rsplit(".", 1)[1]])
    return source, view, warnings


@pytest.mark.parametrize("name", ["artikel.md", "artikel.html", "artikel.txt", "sauber.md", "sauber.html"])
def test_fixture_maps_exactly_and_without_warnings(name):
    source, view, warnings = view_of(name)
    assert warnings == []
    assert_exact(view, source)


@pytest.mark.parametrize("name", ["artikel.md", "artikel.html", "artikel.txt", "sauber.md", "sauber.html"])
def test_prose_words_map_back_to_identical_source_text(name):
    source, view, _ = view_of(name)
    for match in re.finditer(r"\w+", view.text):
        start, length = view.to_source(match.start(), len(match.group()))
        raw = source[start:start + length]
        # Only entities and inline tags inside a word ("Elektro<b>motoren") may differ.
        assert html.unescape(re.sub(r"<[^>]*>", "", raw)) == match.group(), (match.group(), raw)


@pytest.mark.parametrize("twin", ["artikel.md", "artikel.html", "sauber.md", "sauber.html"])
def test_markup_twins_have_the_plain_text_prose(twin):
    plain = read_fixture("artikel.txt")
    if twin.startswith("sauber"):
        plain = plain.replace("die die", "die").replace("jeoch", "jedoch").replace("schwer ist , mit", "schwer sei, mit")
    txt_view, _ = prose_view(plain, "text")
    _, view, _ = view_of(twin)
    expected = [b for b in blocks(txt_view.text) if not b.startswith("<!--")]
    assert blocks(view.text) == expected


@pytest.mark.parametrize("name", ["artikel.md", "artikel.html", "artikel.txt"])
@pytest.mark.parametrize("error", ERRORS)
def test_deliberate_errors_map_to_their_source_characters(name, error):
    source, view, _ = view_of(name)
    assert view.text.count(error) == 1
    at = view.text.index(error)
    start, length = view.to_source(at, len(error))
    assert source[start:start + length] == error


@pytest.mark.parametrize("name", ["sauber.md", "sauber.html"])
def test_clean_twins_have_no_deliberate_errors(name):
    _, view, _ = view_of(name)
    assert not any(error in view.text for error in ERRORS)


def test_html_entities_map_to_whole_entities():
    source, view, _ = view_of("artikel.html")
    at = view.text.index("„Seestern“ stammt")
    start, length = view.to_source(at, len("„Seestern“"))
    assert source[start:start + length] == "&#8222;Seestern&#x201C;"
    at = view.text.index("25\u00a0km/h")
    start, length = view.to_source(at + 2, 1)
    assert source[start:start + length] == "&nbsp;"
    at = view.text.index("Fähre erreicht")
    start, length = view.to_source(at, 5)
    assert source[start:start + length] == "F&auml;hre"


def test_skipped_parts_of_the_page_are_not_prose():
    _, view, _ = view_of("artikel.html")
    for skipped in ("| Tagesblatt", "font-weight", "widgets.js", "tracking", "Quelle", "description", "Fähre Seestern nimmt"):
        assert skipped not in view.text


def test_markdown_front_matter_fields_and_skipped_parts():
    source, view, _ = view_of("artikel.md")
    assert view.text.startswith("Neue Elektrofähre verbindet Lindau und Bregenz\n\nNach zwei Jahren")
    for skipped in ("Redaktion Tagesblatt", "2023-09-15", "Bodensee, Verkehr", "seestern.jpg", "https://", "Quelle", "[^1]"):
        assert skipped not in view.text
    at = view.text.index("Überfahrt")
    start, length = view.to_source(at, len("Überfahrt"))
    assert source[start:start + length] == "Überfahrt"
