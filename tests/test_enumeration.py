"""Enumeration labels ("a) weil …, b) weil …") are no unpaired brackets."""

from __future__ import annotations

import dataclasses

import pytest

from linter.findings import Match, Severity, Source
from linter.precision.enumeration import enumeration_label_filter, is_enumeration_label
from linter.prose import ProseView

VOLLBART = "Ich trage Vollbart, a) weil er mir gut steht, b) weil ich zu faul bin oder c) weil er wärmt."


def _bracket(text: str, label: str) -> tuple[str, int, int]:
    return text, text.index(label) + len(label) - 1, 1


@pytest.mark.parametrize(("text", "label"), [
    (VOLLBART, "a)"), (VOLLBART, "b)"), (VOLLBART, "c)"),
    ("Drei Gründe: 1) die Kosten, 2) die Zeit, 3) das Geld.", "2)"),
    ("Die Fragen:\n1) Wer?\n12) Wann?", "12)"),
])
def test_the_bracket_of_a_label_is_an_enumeration(text, label):
    assert is_enumeration_label(*_bracket(text, label))


@pytest.mark.parametrize(("text", "label"), [
    ("Er trug einen Vollbart) und ging.", "Vollbart)"),  # a word, no label
    ("Das Modell X1) ist neu.", "X1)"),  # a label does not stand inside a word
    ("Die Liste 123) ist lang.", "123)"),  # three digits: no label
])
def test_other_brackets_are_no_enumeration(text, label):
    assert not is_enumeration_label(*_bracket(text, label))


def _unpaired(text: str, offset: int) -> Match:
    return Match(offset=offset, length=1, rule="languagetool.UNPAIRED_BRACKETS", category="PUNCTUATION",
                 message="Unpaarig", severity=Severity.WARNING, source=Source.LANGUAGETOOL)


def test_the_filter_drops_only_unpaired_brackets_on_labels():
    view = ProseView.plain(VOLLBART)
    label = _unpaired(VOLLBART, VOLLBART.index("a)") + 1)
    assert not enumeration_label_filter(label, view)
    assert enumeration_label_filter(dataclasses.replace(label, rule="languagetool.OTHER"), view)
    text = "Er trug einen Vollbart) und ging."
    assert enumeration_label_filter(_unpaired(text, text.index(")")), ProseView.plain(text))
