"""Hyphen compounds with an English word or an abbreviation as a part: info unless a suggestion
mends a German part or the abbreviation is one nobody writes."""

from __future__ import annotations

import pytest

from linter.findings import Match, Severity, Source
from linter.precision.hyphen_parts import (
    OUTSIDE_PART_MESSAGE, OutsidePartCompoundSeverity, changes_an_outside_part, is_written_abbreviation,
    mends_an_inside_part, outside_parts,
)
from linter.prose import ProseView


def _adjusted(word: str, replacements: tuple[str, ...], category: str = "TYPOS",
              severity: Severity = Severity.ERROR) -> Match:
    text = f"Es geht um den {word} von heute."
    match = Match(text.index(word), len(word), "languagetool.AUSTRIAN_GERMAN_SPELLER_RULE", Source.LANGUAGETOOL,
                  category, severity, "Möglicher Tippfehler gefunden.", replacements)
    return OutsidePartCompoundSeverity()(match, ProseView.plain(text))


@pytest.mark.parametrize(("word", "replacements"), [
    ("App-Drawer", ("App-Iraner", "App-Iraker", "App-Brauer")),  # German words in the English part's place
    ("Kult-Shooters", ("Kult-Skooters",)),  # one slip away, but in the English part
    ("Mid-", ("Mit-", "Mit", "Mich")),
    ("CRS-Einheiten", ("RS-Einheiten", "CSS-Einheiten")),  # other abbreviations for one it lacks
    ("Fremd-EVUs", ("Fremd-EVU", "Fremd-EU")),  # an abbreviation's plural
])
def test_a_compound_with_an_english_or_abbreviated_part_is_info(word, replacements):
    adjusted = _adjusted(word, replacements)
    assert adjusted.severity is Severity.INFO
    assert adjusted.message == OUTSIDE_PART_MESSAGE


@pytest.mark.parametrize(("word", "replacements"), [
    ("Kulrt-Shooter", ("Kurt-Shooter", "Kult-Shooter")),  # a slip in the German part
    ("Appp-Launcher", ("App-Launcher", "App-Launchen")),  # a doubled letter: half a slip
    ("Lieblingg-Songs", ("Lieblings-Songs",)),
    ("RIFD-Chips", ("RFID-Chips", "RFID-Chip")),  # an abbreviation nobody writes: a slip
    ("US-Telekomkonzernn", ("US-Telekomkonzern",)),  # the suggestions keep the abbreviation
    ("US-Agrarsubventionsrichtlinei", ()),  # nothing offered: nothing says the abbreviation is unknown
    ("Vertrags-Entwurff", ("Vertrags-Entwurf",)),  # no outside part at all
    ("Drawer", ("Dauer",)),  # no hyphen: a single English word is checked as before
])
def test_a_slip_or_a_compound_without_an_unknown_outside_part_stays(word, replacements):
    assert _adjusted(word, replacements).severity is Severity.ERROR


def test_other_categories_and_info_are_left_alone():
    assert _adjusted("App-Drawer", ("App-Iraner",), category="GRAMMAR").severity is Severity.ERROR
    assert _adjusted("App-Drawer", ("App-Iraner",), severity=Severity.INFO).message == "Möglicher Tippfehler gefunden."


def test_outside_parts_are_clearly_english_words_and_written_abbreviations():
    assert outside_parts("App-Drawer") == {"Drawer"}  # "App" is German too
    assert outside_parts("Kult-Shooters") == {"Shooters"}
    assert outside_parts("CRS-Einheiten") == {"CRS"}
    assert outside_parts("Vertrags-Entwurf") == set()
    assert outside_parts("App Drawer") == set()  # words apart are no compound
    assert is_written_abbreviation("NÖ") and is_written_abbreviation("EVUs")
    assert not is_written_abbreviation("RIFD") and not is_written_abbreviation("Polizei")


def test_a_mend_counts_only_within_one_slip_and_in_an_inside_part():
    outside = frozenset({"Shooter"})
    assert mends_an_inside_part("Kulrt-Shooter", "Kult-Shooter", outside)
    assert not mends_an_inside_part("Kult-Shoter", "Kult-Shooter", frozenset({"Shoter"}))  # the outside part
    assert not mends_an_inside_part("Kulrt-Shooter", "Kulturschock-Shooter", outside)  # too far
    assert not mends_an_inside_part("Kulrt-Shooter", "Kult", outside)  # another shape
    assert changes_an_outside_part("CRS-Einheiten", "CSS-Einheiten", frozenset({"CRS"}))
    assert not changes_an_outside_part("CRS-Einheiten", "CRS-Einheit", frozenset({"CRS"}))
