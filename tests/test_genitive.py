"""A genitive "-s" on a word LanguageTool knows only without it is info; an "s" on an adverb stays."""

from __future__ import annotations

import pytest

from linter.findings import Match, Severity, Source
from linter.precision.genitive import GenitiveSeverity, genitive_base
from linter.prose import ProseView


def _adjusted(word: str, replacements: tuple[str, ...], category: str = "TYPOS") -> Match:
    text = f"Die Rede {word} war kurz."
    match = Match(text.index(word), len(word), "languagetool.GERMAN_SPELLER_RULE", Source.LANGUAGETOOL, category,
                  Severity.ERROR, "Möglicher Tippfehler gefunden.", replacements)
    return GenitiveSeverity()(match, ProseView.plain(text))


@pytest.mark.parametrize(("word", "base"), [
    ("Djokovics", "Djokovic"),  # a foreign name: the tagger reads it as foreign material
    ("Freihandelsabkommens", "Freihandelsabkommen"),  # a compound the tagger takes for an infinitive
    ("Parlaments", "Parlament"),
])
def test_a_genitive_of_the_first_suggestion_is_info(word, base):
    adjusted = _adjusted(word, (base, "Anderes"))
    assert adjusted.severity is Severity.INFO
    assert adjusted.message == f"Vermutlich Genitiv von „{base}“: Schreibweise bitte prüfen."


@pytest.mark.parametrize(("word", "replacements"), [
    ("Manchmals", ("Manchmal", "Nachmals")),  # an adverb takes no genitive: an "s" too many
    ("Djokovics", ("Djokovici", "Djokovic")),  # the base is not the first suggestion
    ("Hauss", ("Haus",)),  # "Haus" takes "-es": a doubled "s" is a slip
    ("Marxs", ("Marx",)),
    ("Djokovic", ("Djokovics",)),  # no final "s"
])
def test_other_words_stay_errors(word, replacements):
    assert _adjusted(word, replacements).severity is Severity.ERROR


def test_lower_case_words_and_other_categories_are_left_alone():
    assert genitive_base("parlaments", ("parlament",)) is None
    assert _adjusted("Djokovics", ("Djokovic",), category="GRAMMAR").severity is Severity.ERROR
