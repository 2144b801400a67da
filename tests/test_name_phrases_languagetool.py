"""Names made of adjective + noun against the real LanguageTool: its misfires on them show
without the means and are gone with it; a real slip in the same sentence is still reported."""

from __future__ import annotations

import pytest

from tests.check_support import languagetool_severities

# Each sentence holds a name LanguageTool 6.8 misreads (the word it flags), and some a real slip.
MISFIRES = {
    "Die Fans der Roten Teufel kauften einen helle Jacke.": "Roten",
    "Ein Sprecher der Freien Syrischen Armee sagte das.": "Syrischen",
    "Die Wähler der Neuen Volkspartei jubelten.": "Neuen",
    "Die Türkisen und die Pinken einigten sich.": "Die Türkisen",
    "Das sagte sie der Tageszeitung Der Standard.": "Der",
    "Der Effzeh gewann gegen die Geißböcke.": "Effzeh",
    "Die Oesterreichische Nationalbank senkt den Leitzins.": "Oesterreichische",
}
#: Capital adjectives before a name's noun, or before a noun the name's abbreviation follows, in
#: names the list does not have: info, not error.
UNLISTED = {
    "Der Chef der Liberalen Allianz trat zurück.": "Liberalen",
    "Die Abgeordneten der Nationalistischen Volkspartei verließen den Saal.": "Nationalistischen",
    "Bis dahin sollen die Nachhaltigen Gesundheitsziele (NGZ) erreicht sein.": "Nachhaltigen",
}
#: Capital adjectives before another capitalised word: a set term, a subject's name or a slip; at
#: warning, shown but not blocking.
BEFORE_A_NOUN = {
    "Die Forscher veröffentlichten einen Offenen Brief an die Regierung.": "Offenen",
    "Ab Herbst gibt es das Pflichtfach Politische Bildung.": "Politische",
    "Er kaufte sich eine Neue Jacke.": "Neue",
}
SLIPS = {"einen helle Jacke"}
#: A capital adjective before no noun stays an error.
CAPITAL_SLIPS = {"Das war Schön, sagte er.": "Schön"}
TEXT = "\n\n".join([*MISFIRES, *UNLISTED, *BEFORE_A_NOUN, *CAPITAL_SLIPS]) + "\n"


@pytest.fixture(scope="module")
def without_means(languagetool_url, tmp_path_factory):
    return languagetool_severities(languagetool_url, tmp_path_factory.mktemp("ohne") / "namen.txt", TEXT,
                                   "name_phrases")


@pytest.fixture(scope="module")
def with_means(languagetool_url, tmp_path_factory):
    return languagetool_severities(languagetool_url, tmp_path_factory.mktemp("mit") / "namen.txt", TEXT)


def test_languagetool_misreads_the_names_without_the_means(without_means):
    # a spelling match on an unknown capital ("Effzeh") may already be info as a likely name
    for flagged in [*MISFIRES.values(), *UNLISTED.values(), *BEFORE_A_NOUN.values()]:
        assert flagged in without_means, (flagged, without_means)
    assert without_means["Roten"] == without_means["Die Türkisen"] == without_means["Liberalen"] == "error"
    assert all(without_means[flagged] == "error" for flagged in BEFORE_A_NOUN.values()), without_means


def test_the_means_drops_the_findings_on_listed_names(with_means):
    assert not set(MISFIRES.values()) & set(with_means), with_means


def test_a_capital_before_an_unlisted_names_noun_is_info(with_means):
    for flagged in UNLISTED.values():
        assert with_means.get(flagged) == "info", (flagged, with_means)


def test_a_real_slip_beside_a_name_stays_an_error(with_means, without_means):
    for slip in SLIPS:
        assert with_means.get(slip) == without_means.get(slip) == "error", with_means


def test_a_capital_adjective_before_another_noun_is_a_warning(with_means):
    for flagged in BEFORE_A_NOUN.values():
        assert with_means.get(flagged) == "warning", (flagged, with_means)


def test_a_capital_adjective_before_no_noun_stays_an_error(with_means, without_means):
    for flagged in CAPITAL_SLIPS.values():
        assert with_means.get(flagged) == without_means.get(flagged) == "error", with_means
