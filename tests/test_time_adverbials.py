"""An agreement finding across a time adverbial whose noun the article cannot belong to is info."""

from __future__ import annotations

import pytest

from linter.findings import Match, Severity, Source
from linter.precision.time_adverbials import (TIME_ADVERBIAL_MESSAGE, article_genders, time_adverbial,
                                              time_adverbial_agreement_severity, time_nouns)
from linter.prose import ProseView


def test_the_list_gives_each_time_noun_one_gender():
    nouns = time_nouns()
    assert {"woche": "f", "monat": "m", "jahr": "n", "anfang": "m", "mitte": "f", "ende": "n"}.items() <= nouns.items()
    assert set(nouns.values()) <= {"m", "f", "n"} and all(n == n.lower() for n in nouns)


@pytest.mark.parametrize(("word", "genders"), [
    ("Ein", "mn"), ("eine", "f"), ("der", "mf"), ("die", "f"), ("Diese", "f"), ("jedem", "mn"), ("keinen", "m"),
    ("Haus", None), ("in", None),
])
def test_article_genders(word, genders):
    assert article_genders(word) == genders


@pytest.mark.parametrize(("words", "found"), [
    ("Ein vergangene Woche veröffentlichter", (1, 2, "f")),
    ("Eine vergangenen Monat beschlossene", (1, 2, "m")),
    ("ein nächstes Jahr geplanter", (1, 2, "n")),
    ("die Linzer Ende Juni gegen", (2, 3, "n")),
    ("Die Anfang der Woche", (1, 2, "m")),
    ("die Mitte 2024 gewählten", (1, 2, "f")),
    ("Ein vergangenen Woche", None),  # not the accusative "Woche" takes as an adverbial
    ("die Linzer Ende gut", None),  # "Ende" opens no span of time here
    ("Woche vergangene", None),
])
def test_time_adverbial(words, found):
    assert time_adverbial(words.split()) == found


def _adjusted(text: str, flagged: str) -> Match:
    match = Match(text.index(flagged), len(flagged), "languagetool.DE_AGREEMENT", Source.LANGUAGETOOL, "GRAMMAR",
                  Severity.ERROR, "Möglicherweise fehlende grammatische Übereinstimmung.", ())
    return time_adverbial_agreement_severity(match, ProseView.plain(text))


@pytest.mark.parametrize(("text", "flagged", "adverbial"), [
    ("Ein vergangene Woche veröffentlichter Bericht zeigt das.", "Ein vergangene Woche", "vergangene Woche"),
    ("Im Finale setzten sich die Linzer Ende Juni gegen Graz durch.", "die Linzer Ende Juni", "Ende Juni"),
    ("Dann setzten sich die Grazer Anfang Mai durch.", "die Grazer Anfang", "Anfang Mai"),  # "Mai" follows the finding
])
def test_an_article_before_an_adverbial_it_cannot_belong_to_is_info(text, flagged, adverbial):
    adjusted = _adjusted(text, flagged)
    assert adjusted.severity is Severity.INFO
    assert adjusted.message == TIME_ADVERBIAL_MESSAGE.format(adverbial=adverbial)


@pytest.mark.parametrize(("text", "flagged"), [
    ("Er kam in der vergangene Woche an.", "der vergangene Woche"),  # "der" may be "Woche"'s: a slip
    ("Sie trägt einen helle Jacke.", "einen helle Jacke"),  # no time adverbial
    ("Das war der Anfang vom Ende.", "der Anfang"),
])
def test_other_agreement_findings_keep_their_severity(text, flagged):
    assert _adjusted(text, flagged).severity is Severity.ERROR
