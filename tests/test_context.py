"""Suggestions in context: the sentence decides between words one slip apart."""

from __future__ import annotations

import json

import pytest

from linter.precision.context import (
    ContextRanking,
    WINDOW_WORDS,
    candidates,
    rank_in_context,
    sentence_model,
    sentence_window,
    tokens,
)
from linter.precision.frequency import NO_FREQUENCY, common_neighbours
from linter.prose import ProseView
from tests.matches import speller_match


def _ranked(text: str, word: str, replacements: tuple[str, ...]) -> list[str]:
    before, after = sentence_window(text, text.index(word), len(word))
    return rank_in_context(word, replacements, before, after)


# ---------------------------------------------------------------- the window


def test_tokens_split_words_and_punctuation_and_keep_hyphen_compounds():
    assert tokens("Der Putin-Kim-Gipfel, sagte er.") == ["Der", "Putin-Kim-Gipfel", ",", "sagte", "er", "."]


def test_window_stays_within_the_sentence():
    text = "Das war gestern. Brandursache und Schaden sin noch unklar. Die Polizei ermittelt"
    assert sentence_window(text, text.index("sin"), 3) == (["Brandursache", "und", "Schaden"], ["noch", "unklar", "."])


def test_window_stops_at_a_line_break_and_is_bounded():
    text = "Überschrift ohne Punkt\n" + " ".join(["Wort"] * 30) + " sin " + " ".join(["Wort"] * 30)
    before, after = sentence_window(text, text.index(" sin ") + 1, 3)
    assert len(before) == len(after) == WINDOW_WORDS
    assert "Überschrift" not in before


# ---------------------------------------------------------------- candidates


def test_common_neighbours_are_one_edit_away_and_keep_the_capital():
    assert {"werden", "waren", "worden"} <= set(common_neighbours("warden"))
    assert "Neben" in common_neighbours("Nebem")
    assert "heute" in common_neighbours("huete")  # two letters swapped


def test_short_or_non_alphabetic_words_get_no_neighbours():
    assert common_neighbours("es") == []
    assert common_neighbours("Tathergang sin") == []
    assert common_neighbours("G20") == []


def test_neighbours_switch_off_with_the_frequency_means():
    assert common_neighbours("warden")
    assert NO_FREQUENCY.common_neighbours("warden") == []


def test_added_candidates_are_words_not_lower_cased_names():
    found = candidates("sin", (), sentence_model())
    assert "sind" in found
    assert not {"sir", "son", "san"} & set(found)  # names and English words folded to lower case
    assert candidates("wirt", ("Wirt", "wird"), sentence_model())[:2] == ["Wirt", "wird"]  # LanguageTool's first


def test_in_a_flagged_pair_either_word_may_be_the_slip():
    found = candidates("Schaden sin", ("Schadens in",), sentence_model())
    assert found[0] == "Schadens in"
    assert "Schaden sind" in found
    assert candidates("Der Schaden sin", (), sentence_model()) == []  # three words: no guessing


# ---------------------------------------------------------------- the sentence model


def test_a_grammatical_sentence_is_likelier_than_a_garbled_one():
    model = sentence_model()
    good = model.log_likelihood(tokens("Brandursache und Schaden sind noch unklar."))
    bad = model.log_likelihood(tokens("Brandursache und Schaden ein noch unklar."))
    assert good > bad > float("-inf")


@pytest.mark.parametrize(("text", "flagged", "replacements", "best"), [
    # LanguageTool's own order: first "ein" or "waren"; the sentence needs another word
    ("Wir sin sehr zufrieden mit dem Ergebnis, sagte der Trainer.", "sin", ("ein", "sind", "sie", "in"), "sind"),
    ("Die neue Brücke soll im Frühjahr eröffnet warden.", "warden",
     ("warten", "waren", "worden", "warmen"), "werden"),  # "werden" was not even offered
    ("Die Anwohner sid verärgert über den Lärm.", "sid", ("sie", "sind", "seid", "Eid"), "sind"),
    ("Nebem dem Rathaus steht eine Kirche.", "Nebem", ("Nebel", "Neben", "Neuem"), "Neben"),
    ("Der Minister wiel morgen nach Berlin reisen.", "wiel", ("weil", "wie", "viel"), "will"),
    ("Ursache und Schaden sin noch unklar.", "Schaden sin", ("Schadens in",), "Schaden sind"),
])
def test_the_sentence_picks_among_words_one_slip_apart(text, flagged, replacements, best):
    assert _ranked(text, flagged, replacements)[0] == best


@pytest.mark.parametrize(("text", "flagged", "replacements", "best"), [
    ("Das ist diekt vor dem Haus passiert.", "diekt", ("die kt", "liegt", "direkt"), "direkt"),
    ("Sie wohnt in der Strasse am Bahnhof.", "Strasse", ("Stresse", "Strapse", "Strass", "Straße"), "Straße"),
    ("Sie war jeoch nicht da.", "jeoch", ("Joch", "jedoch", "je och"), "jedoch"),
])
def test_a_closer_suggestion_still_wins_when_the_sentence_allows_it(text, flagged, replacements, best):
    assert _ranked(text, flagged, replacements)[0] == best


# ---------------------------------------------------------------- the adjuster


def test_adjuster_reorders_spelling_suggestions_and_nothing_else():
    text = "Die Anwohner sid verärgert über den Lärm."
    match = speller_match(text, "sid", ("sie", "sind", "seid", "Eid"))
    ranked = ContextRanking()(match, ProseView.plain(text))
    assert ranked.replacements[0] == "sind"
    assert len(ranked.replacements) <= 5
    assert (ranked.offset, ranked.length, ranked.severity, ranked.message) == (
        match.offset, match.length, match.severity, match.message)


def test_adjuster_leaves_other_categories_alone():
    text = "Die Anwohner sid verärgert über den Lärm."
    match = speller_match(text, "sid", ("sie", "sind"), category="GRAMMAR")
    assert ContextRanking()(match, ProseView.plain(text)) is match


def test_switching_the_means_off_keeps_languagetools_order(cli, languagetool_url, tmp_path, monkeypatch):
    article = tmp_path / "meldung.txt"
    article.write_text("Der Termin muss noch festgelegt warden, sagte ein Sprecher.\n", encoding="utf-8")

    def first_suggestion() -> str:
        result = cli("check", str(article), "--format", "json", "--languagetool-url", languagetool_url)
        findings = json.loads(result.output)["files"][0]["findings"]
        spelling = [f for f in findings if f["rule"] == "languagetool.GERMAN_SPELLER_RULE"]
        assert len(spelling) == 1, findings
        return spelling[0]["replacements"][0]

    assert first_suggestion() == "werden"
    monkeypatch.setenv("NEWSLINT_ABLATE", "context")
    assert first_suggestion() != "werden"
