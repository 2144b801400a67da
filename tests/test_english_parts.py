"""Hyphen compounds with an English part: info unless a suggestion mends a German part."""

from __future__ import annotations

import pytest

from linter.findings import Match, Severity, Source
from linter.precision.english_parts import (
    ENGLISH_PART_MESSAGE, EnglishPartCompoundSeverity, english_parts, mends_a_german_part,
)
from linter.prose import ProseView


def _adjusted(word: str, replacements: tuple[str, ...], category: str = "TYPOS",
              severity: Severity = Severity.ERROR) -> Match:
    text = f"Es geht um den {word} von heute."
    match = Match(text.index(word), len(word), "languagetool.AUSTRIAN_GERMAN_SPELLER_RULE", Source.LANGUAGETOOL,
                  category, severity, "Möglicher Tippfehler gefunden.", replacements)
    return EnglishPartCompoundSeverity()(match, ProseView.plain(text))


@pytest.mark.parametrize(("word", "replacements"), [
    ("App-Drawer", ("App-Iraner", "App-Iraker", "App-Brauer")),  # German words in the English part's place
    ("Kult-Shooters", ("Kult-Skooters",)),  # one slip away, but in the English part
    ("Mid-", ("Mit-", "Mit", "Mich")),
])
def test_a_compound_with_an_english_part_is_info(word, replacements):
    adjusted = _adjusted(word, replacements)
    assert adjusted.severity is Severity.INFO
    assert adjusted.message == ENGLISH_PART_MESSAGE


@pytest.mark.parametrize(("word", "replacements"), [
    ("Kulrt-Shooter", ("Kurt-Shooter", "Kult-Shooter")),  # a slip in the German part
    ("Appp-Launcher", ("App-Launcher", "App-Launchen")),  # a doubled letter: half a slip
    ("Lieblingg-Songs", ("Lieblings-Songs",)),
    ("Vertrags-Entwurff", ("Vertrags-Entwurf",)),  # no English part at all
    ("Drawer", ("Dauer",)),  # no hyphen: a single English word is checked as before
])
def test_a_slip_in_a_german_part_or_a_word_without_english_part_stays(word, replacements):
    assert _adjusted(word, replacements).severity is Severity.ERROR


def test_other_categories_and_info_are_left_alone():
    assert _adjusted("App-Drawer", ("App-Iraner",), category="GRAMMAR").severity is Severity.ERROR
    assert _adjusted("App-Drawer", ("App-Iraner",), severity=Severity.INFO).message == "Möglicher Tippfehler gefunden."


def test_english_parts_are_the_clearly_english_ones():
    assert english_parts("App-Drawer") == {"Drawer"}  # "App" is German too
    assert english_parts("Kult-Shooters") == {"Shooters"}
    assert english_parts("Vertrags-Entwurf") == set()
    assert english_parts("App Drawer") == set()  # words apart are no compound


def test_a_mend_counts_only_within_one_slip_and_in_a_german_part():
    english = frozenset({"Shooter"})
    assert mends_a_german_part("Kulrt-Shooter", "Kult-Shooter", english)
    assert not mends_a_german_part("Kult-Shoter", "Kult-Shooter", frozenset({"Shoter"}))  # the English part
    assert not mends_a_german_part("Kulrt-Shooter", "Kulturschock-Shooter", english)  # too far
    assert not mends_a_german_part("Kulrt-Shooter", "Kult", english)  # another shape
