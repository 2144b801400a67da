"""A pronoun before an adjective used as an adverb, with the verb later: the verb-agreement finding is a warning."""

from __future__ import annotations

import pytest

from linter.findings import Match, Severity, Source
from linter.precision.adverbial_adjectives import ADVERBIAL_MESSAGE, adverbial_adjective_severity, later_verb
from linter.prose import ProseView


def _adjusted(text: str, flagged: str, replacements: tuple[str, ...],
              rule: str = "languagetool.DE_VERBAGREEMENT") -> Match:
    match = Match(text.index(flagged), len(flagged), rule, Source.LANGUAGETOOL, "GRAMMAR", Severity.ERROR,
                  "Möglicherweise fehlende Übereinstimmung zwischen Subjekt und Prädikat.", replacements)
    return adverbial_adjective_severity(match, ProseView.plain(text))


@pytest.mark.parametrize(("text", "flagged", "replacements", "word", "verb"), [
    ("Wichtig ist, dass wir flach spielen und unseren Rhythmus finden.", "wir flach", ("wir flachen", "wir flachten", "ich flach"),
     "flach", "spielen"),
    ("Viele denken, dass wir locker mehrere Dinge gleichzeitig tun können.", "wir locker",
     ("wir lockern", "wir lockerten"), "locker", "können"),
])
def test_an_adverbial_adjective_before_the_verb_is_a_warning(text, flagged, replacements, word, verb):
    adjusted = _adjusted(text, flagged, replacements)
    assert adjusted.severity is Severity.WARNING
    assert adjusted.message == ADVERBIAL_MESSAGE.format(word=word, verb=verb)


@pytest.mark.parametrize(("text", "flagged", "replacements"), [
    ("Wichtig ist, dass wir spiel und lachen.", "wir spiel", ("wir spielen",)),  # "spiel" is no adjective
    ("Wichtig ist, dass wir flach.", "wir flach", ("wir flachen",)),  # no verb after it in the clause
    ("Wichtig ist, dass wir flach spielen.", "wir flach", ("wir flachen", "wir flogen")),  # more than an ending
    ("Wichtig ist, dass wir flach spielen.", "wir flach", ()),  # no suggestion to read
])
def test_other_findings_keep_their_severity(text, flagged, replacements):
    assert _adjusted(text, flagged, replacements).severity is Severity.ERROR


def test_only_the_verb_agreement_rule_is_read():
    text = "Wichtig ist, dass wir flach spielen."
    assert _adjusted(text, "wir flach", ("wir flachen",), rule="languagetool.DE_AGREEMENT").severity is Severity.ERROR


def test_the_verb_must_take_the_pronouns_ending():
    text = "Er hofft, dass ihr flach spielt."
    start = text.index("ihr")
    assert later_verb(text, start, start + len("ihr flach"), ("ihr flacht",)) == ("flach", "spielt")
    text = "Er hofft, dass ihr flach spielen."
    assert later_verb(text, start, start + len("ihr flach"), ("ihr flacht",)) is None
