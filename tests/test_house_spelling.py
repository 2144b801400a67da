"""Names in the house's spelling (brand case, no foreign marks) are info; real slips stay errors."""

from __future__ import annotations

import pytest

from linter.findings import Severity
from linter.precision.house_spelling import (
    OWN_CASE_MESSAGE,
    HouseSpellingSeverity,
    is_brand_in_house_case,
    is_brand_in_own_case,
    is_german_k_for_q,
    is_other_transliteration,
    is_without_foreign_marks,
)
from linter.prose import ProseView
from tests.matches import speller_match


@pytest.mark.parametrize(("flagged", "brand"), [
    ("Youtube", "YouTube"),
    ("Unicredit", "UniCredit"),
    ("Youtubern", "YouTubern"),  # an inflected form
    ("Youtube-Star", "YouTube-Star"),  # part by part in a hyphen compound
    ("Playstation-Spiel", "PlayStation-Spiel"),
])
def test_a_brand_in_house_case_is_recognised(flagged, brand):
    assert is_brand_in_house_case(flagged, brand)


@pytest.mark.parametrize(("flagged", "suggestion"), [
    ("MInecraft", "Minecraft"),  # a stray inner capital is a slip
    ("Gmbh", "GmbH"),  # an abbreviation, its last capital carries meaning
    ("Youtub", "YouTube"),  # a letter missing as well
    ("youtube", "YouTube"),  # no capital at all
    ("YouTube", "YouTube"),
    ("Youtube-star", "YouTube-Star"),
])
def test_anything_else_is_not(flagged, suggestion):
    assert not is_brand_in_house_case(flagged, suggestion)


def test_the_adjuster_makes_it_info_and_names_the_company_spelling():
    text = "Das Video lief auf Youtube und im Fernsehen."
    adjusted = HouseSpellingSeverity()(speller_match(text, "Youtube", ("YouTube",)), ProseView.plain(text))
    assert adjusted.severity is Severity.INFO
    assert "„YouTube“" in adjusted.message
    assert adjusted.replacements == ("YouTube",)


def test_the_adjuster_leaves_slips_alone():
    text = "Die Firma Muster Gmbh zahlt."
    match = speller_match(text, "Gmbh", ("GmbH", "Gibt"))
    assert HouseSpellingSeverity()(match, ProseView.plain(text)) == match


@pytest.mark.parametrize(("flagged", "plain"), [
    ("WebStandard", "Webstandard"),  # a section's name in its own case, a plain word to the dictionary
    ("HipHop-Festival", "Hiphop-Festival"),
    ("FernBus", "Fernbus"),
])
def test_a_name_in_its_own_inner_capitals_is_recognised(flagged, plain):
    assert is_brand_in_own_case(flagged, plain)


@pytest.mark.parametrize(("flagged", "suggestion"), [
    ("MInecraft", "Minecraft"),  # a stray capital after a capital is a slip
    ("WebStandart", "Webstandard"),  # a letter wrong as well
    ("BürgermeisterThomas", "Bürgermeister Thomas"),  # two words run together
    ("Webstandard", "Webstandard"),
])
def test_a_slip_is_no_name_in_its_own_case(flagged, suggestion):
    assert not is_brand_in_own_case(flagged, suggestion)


def test_a_name_in_its_own_inner_capitals_is_info_whatever_the_house_case():
    text = "Die Redaktion von WebStandard hat das Gerät getestet."
    match = speller_match(text, "WebStandard", ("Webstandard", "Web Standard"))
    for adjuster in (HouseSpellingSeverity(), HouseSpellingSeverity(brand_case=False)):
        adjusted = adjuster(match, ProseView.plain(text))
        assert adjusted.severity is Severity.INFO
        assert adjusted.message == OWN_CASE_MESSAGE.format(original="Webstandard")


def test_a_run_together_pair_of_words_stays_an_error():
    text = "Er sprach mit BürgermeisterThomas Huber."
    match = speller_match(text, "BürgermeisterThomas", ("Bürgermeister Thomas",))
    assert HouseSpellingSeverity()(match, ProseView.plain(text)) == match


@pytest.mark.parametrize(("flagged", "original"), [
    ("Ahmet Davutoglu", "Ahmet Davutoğlu"),
    ("Ivan Rakitic", "Ivan Rakitić"),
    ("Copa America", "Copa América"),
    ("Champs-Elysees", "Champs-Élysées"),
])
def test_a_name_without_its_foreign_marks_is_recognised(flagged, original):
    assert is_without_foreign_marks(flagged, original)


@pytest.mark.parametrize(("flagged", "suggestion"), [
    ("Muller", "Müller"),  # German umlauts are never optional
    ("Strase", "Straße"),
    ("Rakitc", "Rakitić"),  # a letter missing as well
    ("Rakitić", "Rakitić"),
])
def test_german_letters_and_slips_are_not(flagged, suggestion):
    assert not is_without_foreign_marks(flagged, suggestion)


def test_the_adjuster_makes_a_name_without_marks_info_in_any_rule():
    text = "Der Titel bei der Copa America ging an Chile."
    match = speller_match(text, "Copa America", ("Copa América",), rule="DE_SIMPLE_REPLACE_COPA_AMERICA",
                          category="MISC")
    adjusted = HouseSpellingSeverity()(match, ProseView.plain(text))
    assert adjusted.severity is Severity.INFO
    assert "„Copa América“" in adjusted.message


def test_a_word_without_its_umlaut_stays_an_error():
    text = "Der Jager kam spat."
    match = speller_match(text, "spat", ("spät",))
    assert HouseSpellingSeverity()(match, ProseView.plain(text)) == match


def test_a_house_that_keeps_the_marks_or_the_company_case_switches_the_part_off():
    text = "Ahmet Davutoglu sprach auf Youtube."
    marks = speller_match(text, "Ahmet Davutoglu", ("Ahmet Davutoğlu",), rule="DE_MULTITOKEN_SPELLING_TWO",
                          category="MULTITOKEN_SPELLING")
    brand = speller_match(text, "Youtube", ("YouTube",))
    keep_marks = HouseSpellingSeverity(brand_case=True, foreign_marks=False)
    assert keep_marks(marks, ProseView.plain(text)) == marks
    assert keep_marks(brand, ProseView.plain(text)).severity is Severity.INFO
    company_case = HouseSpellingSeverity(brand_case=False, foreign_marks=True)
    assert company_case(brand, ProseView.plain(text)) == brand
    assert company_case(marks, ProseView.plain(text)).severity is Severity.INFO


def test_the_config_file_switches_reach_the_engine(tmp_path):
    from linter.config.loader import load_config
    from linter.precision import precision_means

    (tmp_path / ".newslint.yaml").write_text("house_spelling:\n  foreign_marks: false\n", encoding="utf-8")
    config = load_config(tmp_path / ".newslint.yaml")
    house = next(a for a in precision_means(config).adjusters if isinstance(a, HouseSpellingSeverity))
    assert house.brand_case and not house.foreign_marks


@pytest.mark.parametrize(("flagged", "known"), [
    ("Dmitri Peskow", "Dmitrij Peskow"),  # the German desks' transliteration drops the final j
    ("Andrei Kelin", "Andrej Kelin"),
    ("Greg van Avermaet", "Greg Van Avermaet"),  # a particle in another case
])
def test_another_transliteration_of_a_known_name_is_recognised(flagged, known):
    assert is_other_transliteration(flagged, known)


@pytest.mark.parametrize(("flagged", "known"), [
    ("Angela Merkl", "Angela Merkel"),  # a slip in a name LanguageTool knows
    ("Olaf Schlz", "Olaf Scholz"),
    ("Emmanuel Macorn", "Emmanuel Macron"),
    ("Dmitri Peskow", "Dmitrij Peskov"),  # two words differ
    ("Peskow", "Peskov"),  # one word: not a multi-word name
])
def test_a_slip_in_a_known_name_is_no_transliteration(flagged, known):
    assert not is_other_transliteration(flagged, known)


@pytest.mark.parametrize(("flagged", "known", "expected"), [
    ("Kassym-Schomart", "Qassym-Schomart", True),  # German writes "k" for the "q" of a transliteration
    ("Katar", "Qatar", True),
    ("Kuelle", "Quelle", False),  # "qu" is German: a slip
    ("kassym", "qassym", False),  # not a name
    ("Kassym-Schomart", "Qassym-Schomarts", False),  # more than the letter differs
    ("Kasym", "Qassym", False),
    ("Qassym", "Kassym", False),  # the other way round is no German spelling
])
def test_k_for_the_q_of_a_transliteration(flagged, known, expected):
    assert is_german_k_for_q(flagged, known) is expected


def test_the_adjuster_reports_the_german_k_as_info_with_the_other_spelling():
    text = "Präsident Kassym-Schomart Tokajew kam."
    match = speller_match(text, "Kassym-Schomart", ("Qassym-Schomart",))
    adjusted = HouseSpellingSeverity()(match, ProseView.plain(text))
    assert adjusted.severity is Severity.INFO and "„Qassym-Schomart“" in adjusted.message
    assert HouseSpellingSeverity(transliteration=False)(match, ProseView.plain(text)) == match


def test_the_adjuster_reports_another_transliteration_as_info_only_for_multi_word_names():
    text = "Das sagte Dmitri Peskow am Freitag."
    match = speller_match(text, "Dmitri Peskow", ("Dmitrij Peskow",), rule="DE_MULTITOKEN_SPELLING_TWO",
                          category="MULTITOKEN_SPELLING")
    adjusted = HouseSpellingSeverity()(match, ProseView.plain(text))
    assert adjusted.severity is Severity.INFO and "„Dmitrij Peskow“" in adjusted.message
    assert HouseSpellingSeverity(transliteration=False)(match, ProseView.plain(text)) == match
    slip = speller_match("Das sagte Angela Merkl.", "Angela Merkl", ("Angela Merkel",),
                         rule="DE_MULTITOKEN_SPELLING_TWO", category="MULTITOKEN_SPELLING")
    assert HouseSpellingSeverity()(slip, ProseView.plain("Das sagte Angela Merkl.")) == slip
