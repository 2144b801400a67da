"""Names made of adjective + noun: the list, its declension by rule, and which findings on a name go."""

from __future__ import annotations

import re

import pytest

from linter.findings import Severity
from linter.precision.name_phrases import (
    CapitalAdjectiveBeforeNounSeverity, NamePhraseCaseSeverity, NamePhraseFilter, abbreviated_name_after, name_head_after, name_heads, name_pattern, name_phrases, on_name,
)
from linter.precision.wordlists import data_list
from linter.prose import ProseView
from tests.matches import speller_match


def _case_match(text: str, word: str):
    return speller_match(text, word, (word.lower(),), rule="DE_CASE", category="CASING")


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


@pytest.mark.parametrize("entry, form", [
    ("Bayerischer Rundfunk", "Bayerischen Rundfunks"),
    ("Bayerischer Rundfunk", "Bayerischem Rundfunk"),
    ("Zweites Deutsches Fernsehen", "Zweiten Deutschen Fernsehens"),
    ("Rote Teufel", "Roten Teufeln"),
    ("Roter Stern Belgrad", "Roten Sterns Belgrad"),
    ("Rotes Kreuz", "Roten Kreuzes"),
    ("Freiheitliche Partei Österreichs", "Freiheitlichen Partei Österreichs"),
    ("Alternative für Deutschland", "Alternative für Deutschland"),
    ("Internationales Komitee vom Roten Kreuz", "Internationalen Komitees vom Roten Kreuz"),
    ("Neue Zürcher Zeitung", "Neuen Zürcher Zeitung"),
])
def test_one_entry_covers_the_names_cases(entry, form):
    assert re.fullmatch(name_pattern(entry), form)


@pytest.mark.parametrize("entry, other", [
    ("Rote Teufel", "rote Teufel"),          # a small adjective is no name
    ("Rote Teufel", "Rotweine Teufel"),
    ("Alternative für Deutschland", "Alternative Für Deutschland"),  # small words stay as written
    ("Die Presse", "die Presse"),             # a title's article only as the title writes it
])
def test_the_declension_stays_with_the_name(entry, other):
    assert not re.fullmatch(name_pattern(entry), other)


def test_every_listed_name_matches_as_written_and_is_capitalised():
    entries = data_list("name-phrases")
    assert len(entries) >= 100
    for entry in entries:
        assert entry[:1].isupper() and "  " not in entry, entry
        assert name_phrases().fullmatch(entry), entry


def test_heads_are_small_and_none_is_the_end_of_another():
    heads = name_heads()
    assert heads and all(h == h.lower() and h.isalpha() for h in heads)
    assert not [(a, b) for a in heads for b in heads if a != b and b.endswith(a)]


@pytest.mark.parametrize("text, flagged", [
    ("Die Fans der Roten Teufel feierten.", "Roten"),
    ("Ein Sprecher der Freien Syrischen Armee sagte das.", "Syrischen"),
    ("Die Türkisen und die Pinken einigten sich.", "Die Türkisen"),   # DE_AGREEMENT reads the gemstone
    ("Das sagte er, wie Die Presse berichtet.", "Die"),
    ("Der Effzeh gewann.", "Effzeh"),
    ("Des Roten Kreuzes Helfer kamen.", "Des Roten"),                # article agrees: -en after "des"
])
def test_a_finding_on_the_names_own_words_is_on_the_name(text, flagged):
    assert on_name(text, *_span(text, flagged))


@pytest.mark.parametrize("text, flagged", [
    ("Die Fans der Roten Teufel kauften einen helle Jacke.", "einen helle Jacke"),  # a slip beside the name
    ("Das Roten Teufel gewann.", "Das Roten"),        # "das" never takes "-en": the article or name is wrong
    ("Mit die Roten Teufel spielte er.", "die"),       # the article alone is not the name's word
    ("Die Fans der roten Teufel feierten.", "roten"),  # not written as the name
])
def test_a_finding_beside_or_against_the_name_is_not(text, flagged):
    assert not on_name(text, *_span(text, flagged))


def test_the_filter_drops_only_languagetool_findings_of_the_name_categories():
    text = "Die Fans der Roten Teufel feierten."
    view = ProseView(text)
    keep = NamePhraseFilter()
    assert not keep(_case_match(text, "Roten"), view)
    punctuation = speller_match(text, "Roten", rule="KOMMA", category="PUNCTUATION")
    assert keep(punctuation, view)


@pytest.mark.parametrize("text, adjective, head", [
    ("Ein Sprecher der Liberalen Allianz sagte das.", "Liberalen", "Allianz"),
    ("Die Abgeordneten der Nationalistischen Volkspartei gingen.", "Nationalistischen", "Volkspartei"),
    ("Die Kämpfer der Islamischen Bewegung Usbekistans kamen.", "Islamischen", "Bewegung"),
    ("Die Kämpfer der Freien Syrischen Armee kamen.", "Freien", "Armee"),
    ("Ein Sprecher des Bayerischen Rundfunks sagte das.", "Bayerischen", "Rundfunks"),  # a case ending
    ("Der Vorsitzende der Republikanischen Volksparteien kam.", "Republikanischen", "Volksparteien"),
])
def test_a_capital_adjective_before_a_names_noun_is_info(text, adjective, head):
    assert name_head_after(text, _span(text, adjective)[1]) == head
    adjusted = NamePhraseCaseSeverity()(_case_match(text, adjective), ProseView(text))
    assert adjusted.severity is Severity.INFO and head in adjusted.message


@pytest.mark.parametrize("text, adjective, noun", [
    ("Bis dahin sollen die Nachhaltigen Gesundheitsziele (NGZ) erreicht sein.", "Nachhaltigen", "Gesundheitsziele"),
    ("Er sprach für die Nationale Vereinigung Unabhängiger Winzer (NVUW).", "Nationale", "Vereinigung"),
    ("Der Chef des Österreichischen Rechtsanwaltskammertages (ÖRAK) warnt.", "Österreichischen",
     "Rechtsanwaltskammertages"),
])
def test_a_capital_adjective_before_a_noun_the_abbreviation_follows_is_info(text, adjective, noun):
    assert abbreviated_name_after(text, _span(text, adjective)[1]) == noun
    adjusted = NamePhraseCaseSeverity()(_case_match(text, adjective), ProseView(text))
    assert adjusted.severity is Severity.INFO and noun in adjusted.message


@pytest.mark.parametrize("text, adjective", [
    ("Sie kaufte eine Neue Jacke (Größe M).", "Neue"),  # brackets, but no abbreviation in them
    ("Sie kaufte eine Neue Jacke, sagte sie (ORF).", "Neue"),  # the abbreviation is not right after the noun
])
def test_brackets_that_hold_no_abbreviation_right_after_the_noun_prove_no_name(text, adjective):
    assert abbreviated_name_after(text, _span(text, adjective)[1]) is None


@pytest.mark.parametrize("text, adjective", [
    ("Sie kaufte eine Neue Jacke.", "Neue"),   # "Jacke" closes no name: the capital is a slip
    ("Das war Schön, sagte er.", "Schön"),
    ("Sie steht an Erster Stelle.", "Erster"),  # "Stelle" alone closes no name
])
def test_a_capital_adjective_before_another_noun_stays(text, adjective):
    adjusted = NamePhraseCaseSeverity()(_case_match(text, adjective), ProseView(text))
    assert adjusted.severity is Severity.ERROR


@pytest.mark.parametrize("text, adjective, noun", [
    ("Sie wohnt im Dritten Bezirk.", "Dritten", "Bezirk"),
    ("Die Ausstellung zeigt die Alte Burg.", "Alte", "Burg"),
    ("Das Fach Politische Bildung kommt.", "Politische", "Bildung"),
    ("Sie kaufte eine Neue Jacke.", "Neue", "Jacke"),  # a slip reads alike: shown, not blocking
    ("Die Freie Syrische Armee kam.", "Freie", "Armee"),  # more capital adjectives before the noun
])
def test_a_capital_adjective_before_a_capitalised_word_is_a_warning(text, adjective, noun):
    adjusted = CapitalAdjectiveBeforeNounSeverity()(_case_match(text, adjective), ProseView(text))
    assert adjusted.severity is Severity.WARNING and f"„{noun}“" in adjusted.message


@pytest.mark.parametrize("text, word", [
    ("Das war Schön, sagte er.", "Schön"),       # no noun follows
    ("Es war Schöne und lange Arbeit.", "Schöne"),  # a small word follows
    ("Das Ergebnis war Sehr Gut.", "Sehr"),       # no adjective ending: not this means' reading
])
def test_a_capital_adjective_before_no_capitalised_word_keeps_its_severity(text, word):
    match = _case_match(text, word)
    assert CapitalAdjectiveBeforeNounSeverity()(match, ProseView(text)) == match


def test_a_name_phrase_info_is_left_alone():
    text = "Ein Sprecher der Liberalen Allianz sagte das."
    info = NamePhraseCaseSeverity()(_case_match(text, "Liberalen"), ProseView(text))
    assert info.severity is Severity.INFO
    assert CapitalAdjectiveBeforeNounSeverity()(info, ProseView(text)) == info
