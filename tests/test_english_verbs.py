"""English verbs with German endings are info; German words with a slip keep their severity."""

from __future__ import annotations

import pytest

from linter.findings import Match, Severity, Source
from linter.precision.english_verbs import ENGLISH_VERB_MESSAGE, EnglishVerbSeverity, english_stem
from linter.prose import ProseView


def _adjusted(word: str, replacements: tuple[str, ...] = ("sorgen",)) -> Match:
    text = f"Am Ende haben sie {word}, sagte er."
    match = Match(text.index(word), len(word), "languagetool.AUSTRIAN_GERMAN_SPELLER_RULE", Source.LANGUAGETOOL,
                  "TYPOS", Severity.ERROR, "Möglicher Tippfehler gefunden.", replacements)
    return EnglishVerbSeverity()(match, ProseView.plain(text))


@pytest.mark.parametrize(("word", "stem"), [
    ("gerootet", "root"), ("scorten", "score"), ("gerootete", "root"), ("craftet", "craft"),
])
def test_english_stem(word, stem):
    assert english_stem(word) == stem


@pytest.mark.parametrize("word", ["gesprochn", "machten", "dazugebeten", "gemacht", "made", "lett", "hoffendlich"])
def test_german_words_and_slips_have_no_english_stem(word):
    assert english_stem(word) is None


@pytest.mark.parametrize("word", ["gerootet", "scorten"])
def test_an_english_verb_in_a_german_form_is_info(word):
    adjusted = _adjusted(word)
    assert adjusted.severity is Severity.INFO
    assert adjusted.message == ENGLISH_VERB_MESSAGE


@pytest.mark.parametrize("word", ["gesprochn", "Gerootet", "machtne"])
def test_other_words_keep_their_severity(word):
    assert _adjusted(word).severity is Severity.ERROR
