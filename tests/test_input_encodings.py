"""UTF-16 files (Word, Windows tools) and front matter with tags YAML does not define."""

from __future__ import annotations

import codecs
import json

import pytest

from linter.document import Document
from linter.errors import InputError

TEXT = "Größe „Test“ , ok.\r\nZweite Zeile mit  zwei Leerzeichen.\r\n"


@pytest.mark.parametrize("encoding,bom", [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE)])
def test_utf16_with_a_bom_is_decoded_and_written_back_the_same_way(encoding, bom):
    data = bom + TEXT.encode(encoding)
    document = Document.from_bytes("word.txt", data)
    assert (document.text, document.encoding, document.newline) == (TEXT, encoding, "\r\n")
    assert document.encode() == data
    assert document.encode("neu\r\n") == bom + "neu\r\n".encode(encoding)


@pytest.mark.parametrize("encoding,order", [("utf-16-le", "little-endian"), ("utf-16-be", "big-endian")])
def test_utf16_without_a_bom_is_reported_as_such_not_as_binary(encoding, order):
    with pytest.raises(InputError, match=rf"looks like UTF-16 \({order}\) without a byte order mark; save the file as UTF-8"):
        Document.from_bytes("word.txt", TEXT.encode(encoding))


def test_a_binary_file_is_still_binary():
    with pytest.raises(InputError, match="looks like a binary file"):
        Document.from_bytes("bild.png", bytes(range(256)) * 4)


def test_check_and_fix_a_utf16_file(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "word.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"))
    result = cli("check", "--no-languagetool", "--format", "json", "word.txt")
    findings = json.loads(result.stdout)["files"][0]["findings"]
    assert [(f["rule"], f["line"], f["column"]) for f in findings] == [
        ("typografie.leerzeichen-vor-satzzeichen", 1, 13), ("typografie.doppelte-leerzeichen", 2, 17)]
    assert cli("fix", "--no-languagetool", "word.txt").exit_code == 1
    fixed = path.read_bytes()
    assert fixed.startswith(codecs.BOM_UTF16_LE)
    assert fixed[2:].decode("utf-16-le") == TEXT.replace(" ,", ",").replace("  ", " ")


def test_an_unknown_yaml_tag_in_front_matter_warns_and_the_copy_fields_are_checked(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text("---\ntitle: !translate Er kam , sah.\npassword: !secret x\n"
                                   "teaser: Ein Teaser , hier.\n---\n\nText , hier.\n", encoding="utf-8")
    result = cli("check", "--no-languagetool", "--format", "json", "a.md")
    entry = json.loads(result.stdout)["files"][0]
    assert entry["warnings"] == [
        "line 2: front matter: unknown tag !translate; only plain text, numbers, true/false, null, dates, lists "
        "and mappings are read; only its copy fields are checked, each once",
        "line 3: front matter: unknown tag !secret; only plain text, numbers, true/false, null, dates, lists "
        "and mappings are read; only its copy fields are checked, each once",
    ]
    assert [(f["line"], f["column"]) for f in entry["findings"]] == [(2, 25), (4, 19), (7, 5)]
