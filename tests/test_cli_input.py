"""End-to-end tests of how ``newslint check`` reads its input files.

Byte-level oddities (BOM, CRLF, latin-1, NUL bytes) are written by the tests
themselves into a temporary folder, so no editor or git setting can normalise
them away. Everything runs against the real LanguageTool server.
"""

from __future__ import annotations

import codecs
import json
import time
from pathlib import Path

import pytest

from tests.conftest import REPO


TYPO_LINE = "Der Betreiber rechnet jeoch mit Verspätungen in den ersten Wochen."


@pytest.fixture(autouse=True)
def in_tmp(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)


def json_files(stdout: str) -> dict[str, dict]:
    return {entry["path"]: entry for entry in json.loads(stdout)["files"]}


def spans(entry: dict) -> list[tuple]:
    return [(f["rule"], f["line"], f["column"], f["offset"], f["length"], f["text"]) for f in entry["findings"]]


# --------------------------------------------------------------------------- BOM and CRLF


def test_bom_and_crlf_positions_are_exact(cli, languagetool_url):
    text = "Die Fähre ist neu.\r\n\r\nAuch die Crew ist neu.\r\n" + TYPO_LINE + "\r\n"
    Path("bom.txt").write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    result = cli("check", "--format", "json", "bom.txt")
    assert result.exit_code == 1
    entry = json_files(result.stdout)["bom.txt"]
    offset = text.index("jeoch")
    assert offset == 68  # BOM not counted; each CR LF is two code points
    assert spans(entry) == [("languagetool.GERMAN_SPELLER_RULE", 4, 23, offset, 5, "jeoch")]
    assert text[offset:offset + 5] == "jeoch"


def test_bom_and_crlf_text_report_shows_the_line_without_cr(cli, languagetool_url):
    Path("bom.txt").write_bytes(codecs.BOM_UTF8 + ("Erste Zeile.\r\n" + TYPO_LINE + "\r\n").encode("utf-8"))
    result = cli("check", "bom.txt")
    assert result.stdout.splitlines()[:3] == [
        "bom.txt:2:23: error languagetool.GERMAN_SPELLER_RULE: Möglicher Tippfehler gefunden. (-> jedoch, noch, doch)",
        "  2 | " + TYPO_LINE,
        "    |                       ^^^^^",
    ]


def test_lone_bom_file_is_clean(cli, languagetool_url):
    Path("nur-bom.txt").write_bytes(codecs.BOM_UTF8)
    result = cli("check", "--format", "json", "nur-bom.txt")
    assert result.exit_code == 0
    assert json_files(result.stdout) == {"nur-bom.txt": {"path": "nur-bom.txt", "findings": []}}


# --------------------------------------------------------------------------- unreadable files


def write_bad_files():
    Path("latin1.txt").write_bytes("Zeile eins.\nDie Straße ist gesperrt, jeoch nicht lange.\n".encode("latin-1"))
    Path("binaer.txt").write_bytes(b"PK\x03\x04\x00\x00 jeoch \x00\xff")
    Path("gut.txt").write_text(TYPO_LINE + "\n", encoding="utf-8")


def test_latin1_and_binary_files_are_errors_while_others_are_checked_json(cli, languagetool_url):
    write_bad_files()
    result = cli("check", "--format", "json", "latin1.txt", "binaer.txt", "gut.txt")
    assert result.exit_code == 2
    files = json_files(result.stdout)
    assert files["latin1.txt"] == {
        "path": "latin1.txt", "findings": [],
        "error": "latin1.txt:2: not valid UTF-8 (byte 0xdf at byte offset 20); save the file as UTF-8 and check it again",
    }
    assert files["binaer.txt"] == {
        "path": "binaer.txt", "findings": [],
        "error": "binaer.txt: looks like a binary file (contains NUL bytes); newslint checks text files only",
    }
    assert spans(files["gut.txt"]) == [("languagetool.GERMAN_SPELLER_RULE", 1, 23, 22, 5, "jeoch")]
    assert json.loads(result.stdout)["summary"] == {"files": 3, "findings": 1, "errors": 1, "warnings": 0, "infos": 0}


def test_latin1_and_binary_files_are_errors_while_others_are_checked_text(cli, languagetool_url):
    write_bad_files()
    result = cli("check", "latin1.txt", "binaer.txt", "gut.txt")
    assert result.exit_code == 2
    lines = result.stdout.splitlines()
    assert lines[0] == "latin1.txt:2: error: not valid UTF-8 (byte 0xdf at byte offset 20); save the file as UTF-8 and check it again"
    assert lines[1] == "binaer.txt: error: looks like a binary file (contains NUL bytes); newslint checks text files only"
    assert lines[2].startswith("gut.txt:1:23: error languagetool.GERMAN_SPELLER_RULE: ")
    assert lines[-1] == "1 file checked: 1 finding (1 error), 1 at or above error; 2 files could not be checked."


def test_invalid_utf8_after_a_bom_reports_the_byte_offset_in_the_file(cli, languagetool_url):
    # The offset names a byte in the file, so the 3 BOM bytes count.
    Path("bom-latin1.txt").write_bytes(codecs.BOM_UTF8 + "Die Straße.\n".encode("latin-1"))
    result = cli("check", "--format", "json", "bom-latin1.txt")
    assert result.exit_code == 2
    assert json_files(result.stdout)["bom-latin1.txt"]["error"] == (
        "bom-latin1.txt:1: not valid UTF-8 (byte 0xdf at byte offset 11); save the file as UTF-8 and check it again")


def test_unreadable_file_in_a_folder_does_not_stop_the_folder(cli, languagetool_url):
    Path("ordner").mkdir()
    Path("ordner/a.txt").write_bytes("Stra\xdfe".encode("latin-1"))
    Path("ordner/b.txt").write_text(TYPO_LINE, encoding="utf-8")
    result = cli("check", "--format", "github", "ordner")
    assert result.exit_code == 2
    assert result.stdout.splitlines() == [
        "::error file=ordner/a.txt,title=newslint::ordner/a.txt:1: not valid UTF-8 (byte 0xdf at byte offset 4); "
        "save the file as UTF-8 and check it again",
        "::error file=ordner/b.txt,line=1,col=23,endLine=1,endColumn=27,title=languagetool.GERMAN_SPELLER_RULE"
        "::Möglicher Tippfehler gefunden. (-> jedoch, noch, doch)",
    ]


# --------------------------------------------------------------------------- empty


def test_empty_file_is_fine(cli, languagetool_url):
    Path("leer.txt").write_bytes(b"")
    Path("leer.md").write_bytes(b"")
    result = cli("check", "--format", "json", "leer.txt", "leer.md")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {
        "version": 1,
        "files": [{"path": "leer.txt", "findings": []}, {"path": "leer.md", "findings": []}],
        "summary": {"files": 2, "findings": 0, "errors": 0, "warnings": 0, "infos": 0},
    }
    assert cli("check", "leer.txt").stdout == "1 file checked: no findings.\n"


def test_whitespace_only_file_is_fine(cli, languagetool_url):
    Path("leer.txt").write_text("\n\n   \n", encoding="utf-8")
    result = cli("check", "--format", "json", "leer.txt")
    assert result.exit_code == 0
    assert json_files(result.stdout)["leer.txt"]["findings"] == []


# --------------------------------------------------------------------------- UTF-16 offsets


EMOJI_TEXT = (
    "Die Fans 😀🎉 feiern 👍🏽, der Trainer rechnet jeoch mit Verspätungen.\n"
    "Die Spielerin Zoe\u0308 sagte, es sei 🏳️‍🌈 jeoch schwer.\n"
    "𝔇𝔦𝔢 Fans 😀 kommen, diekt nach dem Spiel.\n"
)


def test_positions_after_emoji_and_combining_marks_are_code_points(cli, languagetool_url):
    Path("emoji.txt").write_text(EMOJI_TEXT, encoding="utf-8")
    result = cli("check", "--format", "json", "emoji.txt")
    assert result.exit_code == 1
    found = [f for f in json_files(result.stdout)["emoji.txt"]["findings"]
             if f["rule"] == "languagetool.GERMAN_SPELLER_RULE" and f["text"] in {"jeoch", "diekt"}]
    first = EMOJI_TEXT.index("jeoch")
    second = EMOJI_TEXT.index("jeoch", first + 1)
    third = EMOJI_TEXT.index("diekt")
    line2 = EMOJI_TEXT.index("\n") + 1
    line3 = EMOJI_TEXT.index("\n", line2) + 1
    assert [(f["line"], f["column"], f["offset"], f["length"], f["text"]) for f in found] == [
        (1, first + 1, first, 5, "jeoch"),
        (2, second - line2 + 1, second, 5, "jeoch"),
        (3, third - line3 + 1, third, 5, "diekt"),
    ]
    for finding in json_files(result.stdout)["emoji.txt"]["findings"]:
        assert EMOJI_TEXT[finding["offset"]:finding["offset"] + finding["length"]] == finding["text"]
    # the expected columns by hand: 4 astral characters and a modifier before the first typo
    assert (found[0]["column"], found[0]["offset"]) == (44, 43)


def test_carets_line_up_under_emoji_lines(cli, languagetool_url):
    Path("emoji.txt").write_text("Die Fans 😀 rechnen jeoch mit Sieg.\n", encoding="utf-8")
    result = cli("check", "emoji.txt")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("emoji.txt:1:20: error languagetool.GERMAN_SPELLER_RULE: ")
    assert lines[1] == "  1 | Die Fans 😀 rechnen jeoch mit Sieg."
    # the emoji is two cells wide, so the carets start one cell later than the column
    assert lines[2] == "    | " + " " * 20 + "^^^^^"


# --------------------------------------------------------------------------- a long file


SENTENCES = (
    "Die Stadtwerke haben am {n}. Tag des Monats eine neue Fähre in Betrieb genommen.",
    "Rund {n} Gäste verfolgten die Zeremonie im Hafen von Lindau.",
    "Der Bürgermeister sprach von einem wichtigen Schritt für die Region.",
    "Die Überfahrt nach Bregenz dauert jetzt zwanzig Minuten.",
    "Im Sommer sollen bis zu {n} Fahrten pro Woche angeboten werden.",
    "Kritiker bemängeln die hohen Kosten des Projekts.",
)
PLANTED = ("Der Betreiber rechnet jeoch mit Verspätungen.", "Der Kapitän ist diekt nach Bregenz gefahren.",
           "Im Winter fährt die Fähre seltner.")
LARGE_SIZE = 2_000_000  # characters; LanguageTool needs about 30 s for 2.5 MB on 2 cores


def large_text() -> str:
    paragraphs = []
    size = 0
    i = 0
    while size < LARGE_SIZE:
        paragraphs.append(" ".join(s.format(n=(i * 7 + k) % 87 + 13) for k, s in enumerate(SENTENCES)))  # 13 and up: the house writes one to twelve out
        size += len(paragraphs[-1]) + 2
        i += 1
    # plant one typo near the start, one in the middle, one in the last paragraph
    for where, sentence in zip((1, len(paragraphs) // 2, len(paragraphs) - 1), PLANTED):
        paragraphs[where] += " " + sentence
    return "\n\n".join(paragraphs) + "\n"


def test_multi_megabyte_file_is_checked_in_pieces_with_exact_positions(cli, languagetool_url):
    from linter.languagetool.chunks import DEFAULT_CHUNK_SIZE

    text = large_text()
    assert len(text) > 50 * DEFAULT_CHUNK_SIZE  # many pieces
    Path("gross.txt").write_text(text, encoding="utf-8")
    started = time.monotonic()
    result = cli("check", "--format", "json", "-q", "gross.txt")
    elapsed = time.monotonic() - started
    assert result.exit_code == 1
    findings = json_files(result.stdout)["gross.txt"]["findings"]
    expected = []
    for word in ("jeoch", "diekt", "seltner"):
        offset = text.index(word)
        line = text.count("\n", 0, offset) + 1
        column = offset - (text.rindex("\n", 0, offset) + 1) + 1
        expected.append(("languagetool.GERMAN_SPELLER_RULE", line, column, offset, len(word), word))
    assert spans({"findings": findings}) == expected
    assert expected[0][3] < 2_000 and expected[2][3] > len(text) - 2_000
    print(f"\n{len(text) / 1e6:.1f} MB checked in {elapsed:.1f} s")


def test_output_into_a_missing_folder_is_refused_before_checking(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Er kam , sah.\n", encoding="utf-8")
    result = cli("check", "--no-languagetool", "--format", "json", "-o", "nodir/report.json", "a.txt")
    assert result.exit_code == 2
    assert "the folder nodir does not exist" in result.output
    assert not (tmp_path / "nodir").exists()


def test_output_naming_a_folder_is_refused(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Er kam , sah.\n", encoding="utf-8")
    (tmp_path / "reports").mkdir()
    result = cli("check", "--no-languagetool", "-o", "reports", "a.txt")
    assert result.exit_code == 2
    assert "is a folder" in result.output
