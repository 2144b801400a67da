"""English passages inside German copy: their words are not German spelling errors."""

from __future__ import annotations

import pytest

from linter.findings import Match, Severity, Source
from linter.precision.foreign import foreign_passage_filter, in_foreign_passage, is_english
from linter.prose import ProseView


def _at(text: str, word: str) -> tuple[str, int, int]:
    return text, text.index(word), len(word)


@pytest.mark.parametrize(("text", "word"), [
    ("Die Produkte sind zu sehr state of the art. Die Kritik bleibt.", "state"),
    ("Heute läuft Love and Other Drugs im Fernsehen.", "Other"),
    ("First refugees arrive at the station, schrieb sie.", "arrive"),
    ("Sie holten sich das Kreuz to go im Wahllokal.", "go"),  # two English words make a phrase
    ("Der Minister sei on alert, hieß es.", "on"),
])
def test_a_word_in_an_english_run_is_foreign(text, word):
    assert in_foreign_passage(*_at(text, word))


@pytest.mark.parametrize(("text", "word"), [
    ("Das Land darf night mehr zahlen.", "night"),  # one English-looking word among German ones: a slip
    ("Wir have den Film gesehen.", "have"),
    ("Er sagte: the. Dann ging er.", "the"),  # a sentence break ends the run
])
def test_a_lone_english_word_is_a_slip(text, word):
    assert not in_foreign_passage(*_at(text, word))


def test_words_common_in_both_languages_are_not_english():
    assert is_english("without")
    assert not is_english("Film")
    assert not is_english("Art")


def test_filter_drops_only_spelling_matches_in_a_passage():
    text = "Die Seite Hot or Not war beliebt, jeoch nicht lange."
    view = ProseView.plain(text)

    def match(word, category="TYPOS"):
        return Match(text.index(word), len(word), "languagetool.GERMAN_SPELLER_RULE", Source.LANGUAGETOOL,
                     category, Severity.ERROR, "Möglicher Tippfehler gefunden.", ())

    assert not foreign_passage_filter(match("or"), view)
    assert foreign_passage_filter(match("jeoch"), view)
    assert foreign_passage_filter(match("or", category="GRAMMAR"), view)
