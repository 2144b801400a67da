"""Titles after a work noun against the real LanguageTool: its case rule flags the title's first
word; with the names means that finding is info, and a heading run into the text stays a warning."""

from __future__ import annotations

import pytest

from tests.check_support import severities_with_and_without

TITLES = ("Unter", "Der")
TEXT = "\n\n".join([
    "Im neuen Fernsehkrimi Unter Verdacht ermittelt eine Kommissarin in Wien.",
    "Bekannt wurde er mit Filmen wie Casablanca oder Der dritte Mann.",
    "Die Regierung hat am Montag beschlossen Die Steuern steigen im Herbst.",
]) + "\n"


@pytest.fixture(scope="module")
def severities(languagetool_url, tmp_path_factory) -> dict[str, dict[str, str]]:
    return severities_with_and_without(languagetool_url, tmp_path_factory.mktemp("titel"), TEXT, "names")


def test_languagetool_flags_the_first_words_of_the_titles(severities):
    assert all(severities["without"].get(word) in ("warning", "error") for word in TITLES), severities["without"]


def test_the_means_makes_them_info(severities):
    assert {word: severities["with"].get(word) for word in TITLES} == dict.fromkeys(TITLES, "info")


def test_a_heading_run_into_the_text_stays_a_warning(severities):
    assert severities["with"].get("Die") == "warning", severities["with"]
