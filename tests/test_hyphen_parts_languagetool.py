"""Hyphen compounds with an English or abbreviated part against the real LanguageTool: its speller
flags them as errors without the means (``foreign``); with it they are info, and slips stay."""

from __future__ import annotations

import pytest

from tests.check_support import severities_with_and_without

COMPOUNDS = ("App-Drawer", "Kult-Shooters", "Mid-", "CRS-Einheiten", "Fremd-EVUs")
SLIPS = ("Kulrt-Shooter", "Appp-Launcher", "RIFD-Chips", "jeoch")
TEXT = "\n\n".join([
    "Störend ist der Verzicht auf einen App-Drawer beim neuen Telefon.",
    "Inklusive des Brandings des Kult-Shooters kostet das Paket zehn Euro.",
    "Die Sängerin singt Mid- und Uptempo-Songs.",
    "Das Paket für den Kulrt-Shooter kostet zehn Euro.",
    "Der Verzicht auf einen Appp-Launcher stört.",
    "Vor dem Bahnhof warteten CRS-Einheiten auf den Befehl.",
    "Die Netzgebühren der Fremd-EVUs steigen.",
    "Die Ware trägt RIFD-Chips.",
    "Er hat das jeoch nicht gewusst.",
]) + "\n"


@pytest.fixture(scope="module")
def severities(languagetool_url, tmp_path_factory) -> dict[str, dict[str, str]]:
    return severities_with_and_without(languagetool_url, tmp_path_factory.mktemp("technik"), TEXT, "foreign")


def test_languagetool_flags_the_compounds_as_errors_without_the_means(severities):
    assert {word: severities["without"].get(word) for word in COMPOUNDS} == dict.fromkeys(COMPOUNDS, "error")


def test_the_means_makes_them_info(severities):
    assert {word: severities["with"].get(word) for word in COMPOUNDS} == dict.fromkeys(COMPOUNDS, "info")


def test_slips_in_a_german_part_stay_errors(severities):
    assert {word: severities["with"].get(word) for word in SLIPS} == dict.fromkeys(SLIPS, "error")
