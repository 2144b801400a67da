"""The language variant a document declares for itself: <html lang>, front matter lang:."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from linter.config.model import Config
from linter.markup.language import Declaration, declared_language, is_german, variant_of

SWISS_COPY = "Die Strasse am See ist gross und breit."


# ---------------------------------------------------------------- finding the declaration


@pytest.mark.parametrize("html", [
    '<!DOCTYPE html>\n<html lang="de-CH">\n<body><p>Text</p></body></html>',
    "<html class='x' lang='de-CH'><p>Text</p></html>",
    "<HTML LANG=de-CH><p>Text</p></HTML>",
    '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="de-CH"><p>Text</p></html>',
])
def test_html_lang_attribute(html):
    assert declared_language(html, "html") == Declaration("de-CH", "<html lang>")


@pytest.mark.parametrize("html", [
    "<p>Ein Absatz ohne html-Element.</p>",
    '<html><body><p lang="de-CH">Nur ein Absatz ist Schweizerdeutsch.</p></body></html>',
    '<html lang=""><p>Text</p></html>',
])
def test_html_without_a_document_language(html):
    assert declared_language(html, "html") is None


def test_front_matter_lang_or_language():
    assert declared_language("---\ntitle: Zug\nlang: de-AT\n---\n# Zug\n", "markdown") == Declaration(
        "de-AT", "front matter 'lang'")
    assert declared_language("---\nlanguage: de_CH\n---\nText\n", "markdown") == Declaration(
        "de_CH", "front matter 'language'")


@pytest.mark.parametrize("markdown", [
    "# Zug\n\nlang: de-CH\n",  # not front matter
    "---\nlang: [de-CH]\n---\nText\n",  # not a string
    "---\nlang: de-CH: x: y\n---\nText\n",  # broken YAML: the Markdown reader reports it
    "---\nmeta:\n  lang: de-CH\n---\nText\n",  # nested, not the document's own key
])
def test_front_matter_without_a_usable_language(markdown):
    assert declared_language(markdown, "markdown") is None


def test_plain_text_declares_nothing():
    assert declared_language('<html lang="de-CH">', "text") is None


def test_tags_map_to_the_variants_languagetool_checks():
    assert variant_of("de-CH") == variant_of("de_ch") == variant_of(" DE-CH ") == "de-CH"
    assert variant_of("de-LI") == "de-CH"  # Liechtenstein writes "ss"
    assert variant_of("de-AT") == "de-AT"
    assert variant_of("de") is None  # German, but no variant: the configured one applies
    assert variant_of("en-GB") is None
    assert is_german("de") and is_german("de-LU") and not is_german("en") and not is_german("dk")


# ---------------------------------------------------------------- precedence


def test_globs_beat_the_declaration_which_beats_the_project_language(tmp_path):
    config = Config(language="de-AT", languages={"schweiz/**": "de-CH"}, source=tmp_path / ".newslint.yaml")
    assert config.language_for(tmp_path / "wien.md", "de-DE") == "de-DE"
    assert config.language_for(tmp_path / "wien.md", None) == "de-AT"
    assert config.language_for(tmp_path / "schweiz" / "zug.md", "de-DE") == "de-CH"


# ---------------------------------------------------------------- with LanguageTool


def _spelling_rules(cli, *args: str) -> dict[str, list[str]]:
    result = cli("check", "--format", "json", *args)
    assert result.exit_code in (0, 1), result.output
    return {entry["path"]: [f["rule"] for f in entry["findings"]] for entry in json.loads(result.stdout)["files"]}


def test_the_documents_own_variant_is_checked(cli, languagetool_url, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("zug.html").write_text(f'<html lang="de-CH"><body><p>{SWISS_COPY}</p></body></html>\n', encoding="utf-8")
    Path("zug.md").write_text(f"---\ntitle: Zug\nlang: de-CH\n---\n\n{SWISS_COPY}\n", encoding="utf-8")
    Path("berlin.md").write_text(f"---\ntitle: Berlin\nlang: de-DE\n---\n\n{SWISS_COPY}\n", encoding="utf-8")
    rules = _spelling_rules(cli, "zug.html", "zug.md", "berlin.md", "--languagetool-url", languagetool_url)
    assert rules["zug.html"] == rules["zug.md"] == []  # Swiss "ss" is right there
    assert rules["berlin.md"] == ["languagetool.GERMAN_SPELLER_RULE"] * 2  # Strasse, gross


def test_the_language_flag_and_globs_beat_the_declaration(cli, languagetool_url, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("deutschland").mkdir()
    Path("deutschland/zug.md").write_text(f"---\nlang: de-CH\n---\n\n{SWISS_COPY}\n", encoding="utf-8")
    Path("zug.md").write_text(f"---\nlang: de-CH\n---\n\n{SWISS_COPY}\n", encoding="utf-8")
    Path(".newslint.yaml").write_text('languages:\n  "deutschland/**": de-DE\n', encoding="utf-8")
    url = ("--languagetool-url", languagetool_url)
    assert _spelling_rules(cli, "deutschland/zug.md", *url)["deutschland/zug.md"] == [
        "languagetool.GERMAN_SPELLER_RULE"] * 2
    assert _spelling_rules(cli, "zug.md", "--language", "de-AT", *url)["zug.md"] == [
        "languagetool.AUSTRIAN_GERMAN_SPELLER_RULE"] * 2


def test_a_document_in_another_language_is_checked_as_german_with_a_warning(cli, languagetool_url, tmp_path,
                                                                            monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("news.html").write_text('<html lang="en"><body><p>Das ist jeoch falsch.</p></body></html>\n',
                                 encoding="utf-8")
    result = cli("check", "--format", "json", "news.html", "--languagetool-url", languagetool_url)
    entry = json.loads(result.stdout)["files"][0]
    assert entry["warnings"] == ["<html lang> says 'en', which is not German; checked as de-DE all the same"]
    assert [f["text"] for f in entry["findings"]] == ["jeoch"]


def test_fix_honours_the_declaration(cli, languagetool_url, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("zug.md").write_text(f"---\nlang: de-CH\n---\n\n{SWISS_COPY}\n", encoding="utf-8")
    Path("berlin.md").write_text(f"---\nlang: de-DE\n---\n\n{SWISS_COPY}\n", encoding="utf-8")
    result = cli("fix", "--unsafe-fixes", "zug.md", "berlin.md", "--languagetool-url", languagetool_url)
    assert result.exit_code == 0, result.output
    assert "berlin.md: 0 fixes applied, 2 findings left" in result.output  # Strasse, gross: not de-DE
    assert "zug.md" not in result.output  # nothing to mend or decide in de-CH
    assert Path("zug.md").read_text(encoding="utf-8").endswith(SWISS_COPY + "\n")


def test_standard_input_honours_the_declaration(cli, languagetool_url):
    page = f'<html lang="de-CH"><body><p>{SWISS_COPY}</p></body></html>\n'
    result = cli("check", "-", "--stdin-filename", "zug.html", "--format", "json",
                 "--languagetool-url", languagetool_url, input=page)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["files"][0]["findings"] == []
