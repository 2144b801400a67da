"""A polite-imperative finding on a "sie" that cannot be one is a warning; an imperative keeps its severity."""

from __future__ import annotations

import pytest

from linter.findings import Match, Severity, Source
from linter.precision.imperative_sie import PRONOUN_MESSAGE, imperative_sie_severity, is_no_imperative
from linter.prose import ProseView


def _adjusted(text: str, rule: str = "languagetool.AUFFORDERUNG_SIE", nth: int = 0) -> Match:
    offset = -1
    for _ in range(nth + 1):
        offset = text.index(" sie ", offset + 1)
    match = Match(offset + 1, 3, rule, Source.LANGUAGETOOL, "CASING", Severity.ERROR,
                  "Für Aufforderungen in der Höflichkeitsform wird „Sie“ großgeschrieben.", ("Sie",))
    return imperative_sie_severity(match, ProseView.plain(text))


@pytest.mark.parametrize("text", [
    "Die Flüchtlinge sollen fair behandelt werden. So haben sie etwa das Recht, gehört zu werden.",
    "Die Kinder sind müde. Gehen sie jetzt nach Hause?",  # a question
    "Sitzen sie dadurch mit vielen Schülern in der Klasse, haben die einzelnen Schüler schlechtere Chancen.",
    "„Dabei melden sie sich nie“, sagte er.",  # a word opens the quotation before the verb
])
def test_a_sie_that_is_no_imperative_is_a_warning(text):
    adjusted = _adjusted(text)
    assert adjusted.severity is Severity.WARNING
    assert adjusted.message == PRONOUN_MESSAGE


@pytest.mark.parametrize("text", [
    "Melden sie sich bei der Polizei.",
    "Bitte melden sie sich bei der Polizei.",
    "Wenn Sie Fragen haben, melden sie sich bei uns.",  # the imperative after a subordinate clause
    "Rufen sie an, dann helfen wir.",
    "Zeugen gesucht: Melden sie sich, wenn Sie etwas gesehen haben.",
])
def test_an_imperative_keeps_its_severity(text):
    assert _adjusted(text).severity is Severity.ERROR


def test_only_the_imperative_rule_is_read():
    text = "Die Lage ist ernst. So haben sie etwa das Recht zu klagen."
    assert _adjusted(text, rule="languagetool.DE_CASE").severity is Severity.ERROR


@pytest.mark.parametrize(("text", "expected"), [
    ("So haben sie Recht.", True), ("Haben sie Recht?", True), ("Haben sie Recht.", False),
    ("Kommen sie zu spät, müssen sie warten.", True), ("Kommen sie, wenn Sie können.", False),
])
def test_is_no_imperative(text, expected):
    offset = text.index(" sie") + 1
    assert is_no_imperative(text, offset, 3) is expected
