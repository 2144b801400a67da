"""Dialect in quotes against the real LanguageTool: its speller flags every dialect word as an
error without the means; with it they are info, and a typo in a standard-German quote stays."""

from __future__ import annotations

import pytest

from tests.check_support import languagetool_severities

DIALECT = {  # a dialect quote and the words LanguageTool's speller flags in it
    "„Des is ned so schlimm, hot er gsogt“, erzählte die Nachbarin.": ("is", "ned", "hot", "gsogt"),
    "„I hob's eh gwusst“, sagte die Wirtin.": ("gwusst",),
    "„Das isch doch nöd wahr“, sagte der Zürcher Bauer.": ("isch", "nöd"),
    "„Dat is nich so eenfach“, sagte der Fischer aus Hamburg.": ("Dat", "nich", "eenfach"),
}
STANDARD = "„Wir haben das jeoch nicht gewusst“, sagte er."
TEXT = "\n\n".join([*DIALECT, STANDARD]) + "\n"


@pytest.fixture(scope="module")
def without_means(languagetool_url, tmp_path_factory):
    return languagetool_severities(languagetool_url, tmp_path_factory.mktemp("ohne") / "zitate.txt", TEXT, "dialect")


@pytest.fixture(scope="module")
def with_means(languagetool_url, tmp_path_factory):
    return languagetool_severities(languagetool_url, tmp_path_factory.mktemp("mit") / "zitate.txt", TEXT)


def _flagged() -> list[str]:
    return [word for words in DIALECT.values() for word in words]


def test_languagetool_flags_dialect_as_errors_without_the_means(without_means):
    assert all(without_means.get(word) == "error" for word in _flagged()), without_means


def test_the_means_makes_the_dialect_findings_info(with_means):
    assert all(with_means.get(word) == "info" for word in _flagged()), with_means


def test_a_typo_in_a_standard_german_quote_stays_an_error(with_means, without_means):
    assert with_means.get("jeoch") == without_means.get("jeoch") == "error"


def test_every_listed_dialect_word_is_unknown_to_the_german_speller(languagetool_url):
    """The list holds no Standard German word: LanguageTool's de-DE speller rejects each one."""
    from linter.languagetool.client import LanguageToolClient
    from linter.precision.dialect import dialect_words

    words = list(dialect_words())
    text = "\n\n".join(f"Das Wort {word} steht hier." for word in words)
    matches = LanguageToolClient(languagetool_url, "de-DE").check(text)
    flagged = {text[m.offset:m.offset + m.length] for m in matches if m.category == "TYPOS"}
    assert [w for w in words if w not in flagged] == []
