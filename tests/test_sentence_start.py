"""A small letter right after "?" or "!" inside a line is a warning; elsewhere LanguageTool's
sentence-start finding keeps its severity."""

from __future__ import annotations

import pytest

from linter.findings import Match, Severity, Source
from linter.precision.sentence_start import follows_a_mark_inside_a_line, small_letter_after_inner_mark_severity
from linter.prose import ProseView


def _adjusted(text: str, word: str, rule: str = "languagetool.UPPERCASE_SENTENCE_START",
              source: Source = Source.LANGUAGETOOL) -> Match:
    match = Match(text.index(word), len(word), rule, source, "CASING", Severity.ERROR,
                  "Dieser Satz fängt nicht mit einem großen Buchstaben an.", (word.capitalize(),))
    return small_letter_after_inner_mark_severity(match, ProseView.plain(text))


@pytest.mark.parametrize(("text", "word"), [
    ("Für Who's Afraid of Virginia Woolf? wurde er ausgezeichnet.", "wurde"),
    ("Das Netzwerk transform! koordiniert das Projekt.", "koordiniert"),
    ("Sie habe „Er hat nichts getan!“ geschrien.", "geschrien"),
    ("Kategorien, die von Hmm bis Göttlich! reichen.", "reichen"),
    ("Er fragte (warum?) und ging.", "und"),
])
def test_a_small_letter_after_a_mark_inside_a_line_is_a_warning(text, word):
    assert _adjusted(text, word).severity is Severity.WARNING


@pytest.mark.parametrize(("text", "word"), [
    ("Er kam wie selten zuvor. als Topfavorit galt er.", "als"),  # after a full stop: a sentence end
    ("Wer hat das entschieden?\ndas weiß keiner.", "das"),  # a line break after the mark
])
def test_after_a_full_stop_or_a_line_break_the_severity_stands(text, word):
    assert _adjusted(text, word).severity is Severity.ERROR


def test_other_rules_and_capitals_are_left_alone():
    assert _adjusted("Wirklich? wurde gesagt.", "wurde", rule="languagetool.DE_CASE").severity is Severity.ERROR
    assert _adjusted("Wirklich? wurde gesagt.", "wurde", source=Source.HOUSE).severity is Severity.ERROR
    assert _adjusted("Wirklich? Wurde gesagt.", "Wurde").severity is Severity.ERROR


def test_the_mark_is_looked_for_right_before_the_word():
    text = "Wer? Er kam und sah."
    assert follows_a_mark_inside_a_line(text, text.index("Er"))
    assert not follows_a_mark_inside_a_line(text, text.index("kam"))
