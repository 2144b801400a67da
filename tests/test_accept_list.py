"""Adding a word to the project's accept list: which list, created and registered when needed, kept tidy."""

from __future__ import annotations

from pathlib import Path

import pytest

from linter.config import Config, load_config
from linter.errors import ConfigError, UsageError
from linter.precision.accept_list import DEFAULT_ACCEPT_LIST, accept_word, insert_sorted
from linter.precision.wordlists import read_entries


def hygienic(path: Path) -> bool:
    """The rules tests/test_vocabulary.py holds the shipped lists to."""
    lines = path.read_text(encoding="utf-8").splitlines()
    entries = read_entries(path)
    return all(line == line.strip() and line for line in lines) and entries == sorted(set(entries))


def test_without_any_config_a_config_and_a_list_are_created_at_the_project_root(tmp_path: Path):
    result = accept_word(Config(), "Kleinwurzing", tmp_path)
    assert result.added and result.created_list
    assert result.list_path == tmp_path / DEFAULT_ACCEPT_LIST
    assert result.config_path == tmp_path / ".newslint.yaml"
    config = load_config(tmp_path / ".newslint.yaml")
    assert config.vocabulary.accept == ((tmp_path / DEFAULT_ACCEPT_LIST).resolve(),)
    assert read_entries(result.list_path) == ["Kleinwurzing"]


def test_an_existing_yaml_config_gains_the_list_and_keeps_everything_else(tmp_path: Path):
    source = tmp_path / ".newslint.yaml"
    reject = tmp_path / "nein.txt"
    reject.write_text("Weißrussland -> Belarus\n", encoding="utf-8")
    source.write_text("# Redaktion Wien\nlanguage: de-AT\nvocabulary:\n    reject: [nein.txt]  # Hausstil\n"
                      "fail_on: warning\n", encoding="utf-8")
    before = load_config(source)
    result = accept_word(before, "Kleinwurzing", tmp_path)
    after = load_config(source)
    assert result.config_path == source
    assert after.vocabulary.accept == ((tmp_path / DEFAULT_ACCEPT_LIST).resolve(),)
    assert (after.language, after.fail_on, after.vocabulary.reject) == (before.language, before.fail_on,
                                                                         before.vocabulary.reject)
    text = source.read_text(encoding="utf-8")
    assert "# Redaktion Wien" in text and "# Hausstil" in text  # comments kept
    assert "    accept: [vocabulary/accept.txt]" in text  # the section's own indentation


@pytest.mark.parametrize("body", ["[tool.newslint]\nlanguage = \"de-CH\"\n",
                                  "[tool.newslint]\nlanguage = \"de-CH\"\n\n[tool.newslint.vocabulary]\naccept = []\n"])
def test_pyproject_gains_a_vocabulary_table(tmp_path: Path, body: str):
    source = tmp_path / "pyproject.toml"
    source.write_text("[project]\nname = \"zeitung\"\n\n" + body, encoding="utf-8")
    accept_word(load_config(source), "Kleinwurzing", tmp_path)
    after = load_config(source)
    assert after.language == "de-CH"
    assert after.vocabulary.accept == ((tmp_path / DEFAULT_ACCEPT_LIST).resolve(),)


def test_a_layout_that_cannot_be_edited_safely_is_left_alone_with_a_clear_error(tmp_path: Path):
    source = tmp_path / ".newslint.yaml"
    original = "vocabulary: {reject: []}\n"
    source.write_text(original, encoding="utf-8")
    with pytest.raises(ConfigError, match="by hand"):
        accept_word(load_config(source), "Kleinwurzing", tmp_path)
    assert source.read_text(encoding="utf-8") == original  # nothing half-done
    assert not (tmp_path / DEFAULT_ACCEPT_LIST).exists()


def test_the_configured_list_stays_sorted_with_its_comments(tmp_path: Path):
    names = tmp_path / "orte.txt"
    names.write_text("# Orte\nAltwurzing\nOberwurzing  # Gemeinde\nZell\n", encoding="utf-8")
    source = tmp_path / ".newslint.yaml"
    source.write_text("vocabulary:\n  accept: [orte.txt]\n", encoding="utf-8")
    for word in ("Kleinwurzing", "Aachen", "Zwettl", "Kleinwurzing"):
        accept_word(load_config(source), word, tmp_path)
    assert names.read_text(encoding="utf-8") == (
        "# Orte\nAachen\nAltwurzing\nKleinwurzing\nOberwurzing  # Gemeinde\nZell\nZwettl\n")
    assert hygienic(names)
    assert source.read_text(encoding="utf-8") == "vocabulary:\n  accept: [orte.txt]\n"  # untouched


def test_insert_keeps_crlf_line_endings(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"Beta\r\nGamma\r\n")
    assert insert_sorted(path, "Alpha")
    assert path.read_bytes() == b"Alpha\r\nBeta\r\nGamma\r\n"
    assert not insert_sorted(path, "Beta")


@pytest.mark.parametrize("word", ["", "  ", "C#", "zwei\nZeilen"])
def test_words_a_list_line_cannot_hold_are_refused(tmp_path: Path, word: str):
    with pytest.raises(UsageError):
        accept_word(Config(), word, tmp_path)
    assert not (tmp_path / ".newslint.yaml").exists()
