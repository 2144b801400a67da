"""The github format: exact workflow commands and the escaping rules."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from linter.findings import Severity
from linter.reporters.github import escape_data, escape_property

from test_reporters_support import CASES, doc, find, render, report


def test_findings_golden():
    assert render("github", CASES["findings"]()).splitlines() == [
        "::error file=artikel/zug.md,line=3,col=10,endLine=3,endColumn=16,title=typografie.anfuehrungszeichen"
        "::Gerade Anführungszeichen (-> „Hallo“)",
        "::warning file=artikel/zug.md,line=3,col=17,endLine=3,endColumn=18,title=typografie.leerzeichen"
        "::Doppeltes Leerzeichen (-> ␣, ∅)",
        "::notice file=artikel/zug.md,line=4,col=9,endLine=4,endColumn=12,title=abkuerzung.zb"
        "::Abkürzung mit Leerzeichen (-> z.<U+202F>B., z. B., zum Beispiel)",
    ]


def test_file_problems():
    lines = render("github", CASES["file-error"]()).splitlines()
    assert "::error file=b.md,title=newslint::b.md:3: not valid UTF-8 (byte 0xfc at byte offset 17)" in lines
    assert "::warning file=c.md,title=newslint::LanguageTool: Zeitüberschreitung, nur Hausregeln geprüft" in lines


def test_escape_data_exactly():
    assert escape_data("100% sicher\r\nneue Zeile: a,b") == "100%25 sicher%0D%0Aneue Zeile: a,b"
    # % first: an already escaped-looking sequence must survive a round trip.
    assert escape_data("%0A") == "%250A"


def test_escape_property_exactly():
    assert escape_property("a:b,c%d\r\ne") == "a%3Ab%2Cc%25d%0D%0Ae"
    assert escape_property("%3A") == "%253A"


def test_escaping_in_a_full_command():
    out = render("github", CASES["odd-paths"]()).splitlines()
    assert out[0] == (
        "::error file=Ressort Ausland/Bürgerkrieg%2C 100%25%3A Analyse.md,line=1,col=4,endLine=1,endColumn=5,"
        "title=typografie.komma::Leerzeichen vor Komma (-> ,)"
    )


def test_message_with_newline_and_rule_with_colon():
    d = doc("x.md", "Wort\n")
    f = find(d, "Wort", "languagetool.A:B,C", severity=Severity.WARNING, message="Zeile 1\nZeile 2: 50%")
    assert render("github", [report(d, f)]) == (
        "::warning file=x.md,line=1,col=1,endLine=1,endColumn=4,title=languagetool.A%3AB%2CC::Zeile 1%0AZeile 2: 50%25\n"
    )


def test_insertion_point_and_multiline():
    ins = render("github", CASES["odd-paths"]()).splitlines()[1]
    assert ins.startswith("::error file=/abs/päth/x.md,line=1,col=7,endLine=1,endColumn=7,")
    multi = render("github", CASES["multiline"]())
    # Columns are only honoured on one-line annotations, so a multi-line span has none.
    assert multi == "::warning file=crlf.md,line=1,endLine=2,title=stil.umbruch::Über zwei Zeilen\n"


def test_clean_run_writes_nothing():
    assert render("github", CASES["clean"]()) == ""


def _unescape(text: str) -> str:
    for code, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(code, char)
    return text


@given(st.text())
def test_escaping_round_trips_and_leaves_no_delimiters(text):
    prop = escape_property(text)
    assert not set(prop) & {",", ":", "\r", "\n"}
    assert _unescape(prop) == text
    assert not set(escape_data(text)) & {"\r", "\n"}
