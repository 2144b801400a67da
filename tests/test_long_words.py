"""A word longer than any dictionary holds: the per-word analyses leave it alone, the slip beside it is found.

Before, HanTa analysed such a word (in the context window of a slip next to it)
at a cost growing with the square of its length: 1,000 letters took 4.9 s,
10,000 letters minutes. The spies below record what the costly analyses are
given; none may see an overlong word.
"""

from __future__ import annotations

import json

import pytest

import linter.languagetool.suggestions as suggestions
import linter.precision.formations as formations
import linter.precision.names as names
from linter.findings import Severity
from linter.precision.context import ContextRanking, sentence_model
from linter.precision.frequency import common_neighbours
from linter.longwords import LONGEST_WORD, is_overlong
from linter.prose import ProseView
from tests.matches import speller_match

LONG = "x" * 2000
TEXT = LONG + " Er sagte jeoch , nichts.\n"
LONGEST_GERMAN = "Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz"


@pytest.fixture
def tagged_words(monkeypatch) -> list[str]:
    """Every word HanTa is asked to analyse during the test."""
    model = sentence_model()
    seen: list[str] = []
    analyse = model._tagger._tag_word
    tag_word = model._tagger.tag_word

    def spy_analyse(word, *args, **kwargs):
        seen.append(word)
        return analyse(word, *args, **kwargs)

    def spy_tag_word(word, *args, **kwargs):
        seen.append(word)
        return tag_word(word, *args, **kwargs)

    monkeypatch.setattr(model._tagger, "_tag_word", spy_analyse)
    monkeypatch.setattr(model._tagger, "tag_word", spy_tag_word)
    model._emissions.cache_clear()
    return seen


@pytest.fixture
def compared_lengths(monkeypatch) -> list[int]:
    """The lengths of every pair of strings an edit distance or slip cost is computed for."""
    lengths: list[int] = []

    def spy(function):
        def wrapped(a, b):
            lengths.append(max(len(a), len(b)))
            return function(a, b)
        return wrapped

    monkeypatch.setattr(names, "edit_distance", spy(names.edit_distance))
    monkeypatch.setattr(formations, "slip_cost", spy(formations.slip_cost))
    monkeypatch.setattr(suggestions, "slip_cost", spy(suggestions.slip_cost))
    return lengths


def test_the_bound_holds_the_longest_german_word_and_nothing_longer():
    assert len(LONGEST_GERMAN) == LONGEST_WORD
    assert not is_overlong(LONGEST_GERMAN)
    assert not is_overlong(f"Das {LONGEST_GERMAN} galt bis 2013.")
    assert is_overlong(LONGEST_GERMAN + "s")
    assert is_overlong(f"Er sagte {LONG} nichts")


def test_a_slip_beside_an_overlong_word_is_ranked_without_analysing_that_word(tagged_words):
    match = speller_match(TEXT, "jeoch", ("noch", "doch", "jedoch"))
    ranked = ContextRanking()(match, ProseView.plain(TEXT))
    assert ranked.replacements[0] == "jedoch"
    assert tagged_words, "the slip was not ranked in context at all"
    assert max(map(len, tagged_words)) <= LONGEST_WORD


def test_an_overlong_flagged_word_is_not_ranked(tagged_words):
    text = f"Er sagte {LONG}y nichts."
    match = speller_match(text, LONG + "y", (LONG + "x", "Lang"))
    assert ContextRanking()(match, ProseView.plain(text)) is match
    assert not any(len(w) > LONGEST_WORD for w in tagged_words)


def test_an_overlong_word_gets_no_one_edit_neighbours():
    assert common_neighbours("x" * (LONGEST_WORD + 1)) == []
    assert "jedoch" in common_neighbours("jeoch")


def test_name_and_formation_means_leave_an_overlong_word_as_languagetool_reported_it(compared_lengths):
    capital = "X" + LONG
    text = f"Er sagte {capital} nichts."
    view = ProseView.plain(text)
    capitalised = speller_match(text, capital, (capital + "x",))
    small_text = f"Er sagte {LONG} nichts."
    small_view = ProseView.plain(small_text)
    small = speller_match(small_text, LONG, (LONG + "y",))
    assert names.NameFilter()(capitalised, view) is True
    assert names.UncertainNameSeverity()(capitalised, view) is capitalised
    assert formations.UnknownFormationSeverity()(small, small_view) is small
    assert formations.UnknownCompoundSeverity()(small, small_view) is small
    assert suggestions.rank_replacements(capital, [capital + "x", "Lang"]) == [capital + "x", "Lang"]
    assert not any(n > LONGEST_WORD for n in compared_lengths)
    assert small.severity is Severity.ERROR


@pytest.mark.languagetool
def test_check_of_a_very_long_word_ends_and_finds_the_slip_beside_it(cli, languagetool_url, tmp_path):
    article = tmp_path / "t.txt"
    article.write_text("x" * 10000 + " Er sagte jeoch , nichts.\n", encoding="utf-8")
    result = cli("check", str(article), "--format", "json", "--languagetool-url", languagetool_url)
    findings = json.loads(result.output)["files"][0]["findings"]
    slips = [f for f in findings if f["text"] == "jeoch"]
    assert [f["rule"] for f in slips] == ["languagetool.GERMAN_SPELLER_RULE"]
    assert slips[0]["replacements"][0] == "jedoch"
    assert (slips[0]["line"], slips[0]["column"]) == (1, 10011)
