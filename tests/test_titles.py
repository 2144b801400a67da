"""A capitalised function word right after a work noun opens a title: info, not a casing slip."""

from __future__ import annotations

import pytest

from linter.findings import Match, Severity, Source
from linter.precision.titles import TITLE_MESSAGE, names_a_work, work_noun_before, work_nouns, work_title_case_severity
from linter.prose import ProseView


def test_the_list_holds_lower_case_work_nouns_and_leaves_out_heads_of_other_compounds():
    nouns = work_nouns()
    assert {"film", "krimi", "roman", "bücher", "album", "zeitung"} <= set(nouns)
    assert all(n == n.lower() for n in nouns)
    assert not {"lied", "band", "stück", "spiel", "werk", "titel", "bild"} & set(nouns)


@pytest.mark.parametrize(("word", "expected"), [
    ("Film", True), ("Kurzfilm", True), ("Tatort-Krimi", True), ("Romans", True), ("Büchern", True),
    ("Filmen", True), ("Mitglied", False), ("Verband", False), ("Beispiel", False), ("Regierung", False),
])
def test_names_a_work(word, expected):
    assert names_a_work(word) is expected


@pytest.mark.parametrize(("before", "noun"), [
    ("Gezeigt wird der Fernsehfilm ", "Fernsehfilm"),
    ("Sie las aus ihrem Roman ", "Roman"),
    ("Er spielte in Filmen wie Casablanca oder ", "Filmen"),
    ("Bekannt ist sie durch Bücher wie Am Fluss (2001), Ein Sommer (2004) und ", "Bücher"),
    ("Er zitierte aus der Zeitung ", "Zeitung"),
])
def test_a_work_noun_before_the_word_introduces_a_title(before, noun):
    assert work_noun_before(before + "Der Rest", len(before)) == noun


@pytest.mark.parametrize("before", [
    "Die Regierung beschloss am Montag ",  # a heading run into the text, or a slip
    "Er ist seit Jahren Mitglied ",  # "lied" ends other compounds
    "Er spielte in Filmen wie Casablanca. Dann ",  # the list ended with the sentence
    "Er spielte in Filmen wie Casablanca ",  # no joining word before the flagged one
    "Schnell wie ",  # "wie" without a work noun
])
def test_no_title_without_a_work_noun_right_before_or_a_list_of_titles(before):
    assert work_noun_before(before + "Der Rest", len(before)) is None


def _adjusted(text: str, word: str, rule: str = "languagetool.DE_CASE") -> Match:
    match = Match(text.index(word), len(word), rule, Source.LANGUAGETOOL, "CASING", Severity.WARNING,
                  "Außer am Satzanfang werden nur Nomen und Eigennamen großgeschrieben.", (word.lower(),))
    return work_title_case_severity(match, ProseView.plain(text))


def test_the_title_is_info_with_a_message_that_names_the_noun():
    adjusted = _adjusted("Im neuen Tatort-Krimi Unter Verdacht ermittelt eine Kommissarin.", "Unter")
    assert adjusted.severity is Severity.INFO
    assert adjusted.message == TITLE_MESSAGE.format(noun="Tatort-Krimi")


def test_other_words_and_rules_keep_their_severity():
    assert _adjusted("Die Regierung beschloss Der Minister geht.", "Der").severity is Severity.WARNING
    assert _adjusted("Im Krimi Gleicher Lohn geht es um Geld.", "Gleicher").severity is Severity.WARNING
    assert _adjusted("Im Krimi Unter Verdacht.", "Unter", rule="languagetool.OTHER").severity is Severity.WARNING
