"""The text format, compared line by line with exact expectations."""

from __future__ import annotations

from linter.findings import FileReport, Severity
from linter.reporters.common import visible
from linter.reporters.text import split_location

from test_reporters_support import CASES, doc, find, render, report


def test_findings_golden():
    assert render("text", CASES["findings"]()) == (
        "artikel/zug.md:3:10: error typografie.anfuehrungszeichen: Gerade Anführungszeichen (-> „Hallo“)\n"
        "  3 | Er sagte \"Hallo\"  und ging.\n"
        "    |          ^^^^^^^\n"
        "\n"
        "artikel/zug.md:3:17: warning typografie.leerzeichen: Doppeltes Leerzeichen (-> ␣, ∅)\n"
        "  3 | Er sagte \"Hallo\"  und ging.\n"
        "    |                 ^^\n"
        "\n"
        "artikel/zug.md:4:9: info abkuerzung.zb: Abkürzung mit Leerzeichen (-> z.<U+202F>B., z. B., zum Beispiel)\n"
        "  4 | Das ist z.B. gut.\n"
        "    |         ^^^^\n"
        "\n"
        "1 file checked: 3 findings (1 error, 1 warning, 1 info), 1 at or above error.\n"
    )


def test_clean_and_empty_summaries():
    assert render("text", CASES["clean"]()) == "1 file checked: no findings.\n"
    assert render("text", []) == "0 files checked: no findings.\n"


def test_file_error_and_warning_lines():
    out = render("text", CASES["file-error"]())
    # The error names its own file and line, so the path is not repeated.
    assert "b.md:3: error: not valid UTF-8 (byte 0xfc at byte offset 17)\n" in out
    assert "c.md: warning: LanguageTool: Zeitüberschreitung, nur Hausregeln geprüft\n" in out
    assert out.endswith(
        "2 files checked: 1 finding (1 error), 1 at or above error; 1 file could not be checked.\n"
    )


def test_fail_on_changes_the_count_at_or_above():
    reports = CASES["findings"]()
    assert render("text", reports, fail_on=Severity.WARNING).endswith("2 at or above warning.\n")
    assert render("text", reports, fail_on=Severity.INFO).endswith("3 at or above info.\n")


def test_tabs_are_expanded_so_carets_align():
    d = doc("t.md", "a\tb\tFehler\n")
    out = render("text", [report(d, find(d, "Fehler"))])
    lines = out.splitlines()
    assert lines[1] == "  1 | a   b   Fehler"
    assert lines[2] == "    |         ^^^^^^"
    assert lines[1].index("Fehler") == lines[2].index("^")


def test_wide_and_combining_characters_are_approximated():
    out = render("text", CASES["unicode"]()).splitlines()
    source, carets = out[1], out[2]
    assert source == "  1 | Grüße 😀 an Sie – Straße\u0308n und   Tab"
    # The emoji takes two cells, so "Sie" starts one cell later than its code-point column.
    assert carets == "    | " + " " * 12 + "^^^"
    # The combining umlaut takes no cell: "Straßën" is 7 cells wide.
    assert out[6] == "    | " + " " * 18 + "^" * 7
    # "und" ends at cell 29, so the tab expands to three spaces (next stop: 32).
    assert out[10] == "    | " + " " * 32 + "^^^" and len(out[10]) == len(out[1])


def test_zero_length_and_multiline_spans_get_at_least_one_caret():
    insertion = render("text", CASES["odd-paths"]()).splitlines()
    assert insertion[4:7] == [
        "/abs/päth/x.md:1:7: error typografie.insert: Komma fehlt (-> ,␣)",
        "  1 | Hallo Welt",
        "    |       ^",
    ]
    multi = render("text", CASES["multiline"]()).splitlines()
    assert multi[:3] == [
        "crlf.md:1:7: warning stil.umbruch: Über zwei Zeilen",
        "  1 | Erste Zeile",
        "    |       ^^^^^",
    ]


def test_without_document_only_the_header_is_written():
    d = doc("x.md", "Fehler hier\n")
    r = FileReport(path="x.md", findings=[find(d, "Fehler")])
    assert render("text", [r]) == (
        "x.md:1:1: error typografie.test: Meldung\n\n1 file checked: 1 finding (1 error), 1 at or above error.\n"
    )


def test_color_only_when_asked():
    reports = CASES["findings"]()
    assert "\x1b[" not in render("text", reports)
    coloured = render("text", reports, color=True)
    assert "\x1b[1;31merror\x1b[0m" in coloured
    assert "\x1b[1;31m^^^^^^^\x1b[0m" in coloured


def test_suggestions_show_at_most_three():
    d = doc("x.md", "eins\n")
    out = render("text", [report(d, find(d, "eins", replacements=("a", "b", "c", "d")))])
    assert "(-> a, b, c)\n" in out


def test_visible_symbols():
    assert visible("") == "∅"
    assert visible(" ") == "␣"
    assert visible("  ") == "␣␣"
    assert visible(", ") == ",␣"
    assert visible("zum Beispiel") == "zum Beispiel"
    assert visible("\u00a0") == "<U+00A0>"
    assert visible("z.\u202fB.") == "z.<U+202F>B."


def test_split_location():
    assert split_location("a.md", "a.md:3: kaputt") == ("a.md:3", "kaputt")
    assert split_location("a.md", "a.md:3:7: kaputt") == ("a.md:3:7", "kaputt")
    assert split_location("a.md", "a.md: no such file or folder") == ("a.md", "no such file or folder")
    assert split_location("a.md", "LanguageTool: weg") == ("a.md", "LanguageTool: weg")
    assert split_location("a.md", "a.mdx: anders") == ("a.md", "a.mdx: anders")
