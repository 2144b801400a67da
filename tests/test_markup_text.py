import pytest

from linter.markup import prose_view
from test_markup_support import assert_exact


def text(source):
    view, warnings = prose_view(source, "text")
    assert_exact(view, source)
    return view, warnings


def test_plain_text_is_its_own_view():
    source = "Ein Satz.\r\n\r\nNoch  einer ,mit Fehlern."
    view, warnings = text(source)
    assert view.text == source and view.identity and warnings == []


@pytest.mark.parametrize(
    ("source", "prose"),
    [
        ("Wort <!-- newslint-disable-line --> Wort", "Wort Wort"),
        ("falsch<!-- newslint-disable-line -->.", "falsch."),
        ("Wort <!-- x -->Wort", "Wort Wort"),
        ("Eins.\n<!-- newslint-disable-next-line -->\nZwei.", "Eins.\nZwei."),
        ("Eins.\n\n  <!-- über\nzwei Zeilen -->  \n\nZwei.", "Eins.\n\n\nZwei."),
        ("<!-- am Anfang -->\nText", "Text"),
    ],
)
def test_comments_are_left_out(source, prose):
    view, warnings = text(source)
    assert view.text == prose and warnings == []


def test_positions_after_a_comment_stay_exact():
    source = "Eins <!-- c --> jeoch zwei"
    view, _ = text(source)
    at = view.text.index("jeoch")
    start, length = view.to_source(at, 5)
    assert source[start:start + length] == "jeoch"


def test_unclosed_comment_warns_and_stays_text():
    view, warnings = text("Text\n<!-- offen")
    assert view.text == "Text\n<!-- offen"
    assert warnings == ["line 2: comment '<!--' is never closed with '-->'; it is checked as text"]
