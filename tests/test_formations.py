"""Unknown lower-case words: a formation the dictionary lacks is info, a slip stays an error."""

from __future__ import annotations

import pytest

from linter.findings import Match, Severity, Source
from linter.precision.formations import UNKNOWN_FORMATION_MESSAGE, UnknownFormationSeverity
from linter.prose import ProseView


def _adjusted(text: str, word: str, replacements: tuple[str, ...], category: str = "TYPOS") -> Match:
    match = Match(text.index(word), len(word), "languagetool.GERMAN_SPELLER_RULE", Source.LANGUAGETOOL, category,
                  Severity.ERROR, "Möglicher Tippfehler gefunden.", replacements)
    return UnknownFormationSeverity()(match, ProseView.plain(text))


@pytest.mark.parametrize(("word", "replacements"), [
    ("entgegenzuplätschern", ()),  # nothing offered at all
    ("bartpolitisch", ("baupolitisch",)),  # two letters away: a formation, not a slip
])
def test_a_formation_without_a_close_suggestion_is_info(word, replacements):
    adjusted = _adjusted(f"Das Spiel war {word} und lang.", word, replacements)
    assert adjusted.severity is Severity.INFO
    assert adjusted.message == UNKNOWN_FORMATION_MESSAGE


@pytest.mark.parametrize(("word", "replacements"), [
    ("exlodiert", ("explodiert",)),  # one slip away
    ("jeoch", ("jedoch",)),
    ("verschpricht", ("verspricht",)),  # two slips, but from an unlisted word to an everyday one
    ("darstellung", ("Darstellung",)),  # a noun written small
])
def test_a_slip_stays_an_error(word, replacements):
    assert _adjusted(f"Das Spiel war {word} und lang.", word, replacements).severity is Severity.ERROR


@pytest.mark.parametrize(("word", "replacements"), [
    # a particle verb the dictionary lacks: the speller puts another particle in, or splits it
    ("raufgeklettert", ("aufgeklettert", "rausgeklettert", "draufgeklettert")),
    ("hinaufgetragen", ("hinausgetragen", "hinauf getragen", "hin aufgetragen")),
    ("mitgebrachte", ("mit gebrachte", "mit Gebrachte")),
])
def test_a_particle_verb_whose_suggestions_only_move_the_particle_is_info(word, replacements):
    adjusted = _adjusted(f"Das Spiel war {word} und lang.", word, replacements)
    assert adjusted.severity is Severity.INFO


@pytest.mark.parametrize(("word", "replacements"), [
    ("abgekündigt", ("angekündigt",)),  # "b" beside "n": the particle itself may be the slip
    ("aufgeschriben", ("aufgeschrieben", "abgeschrieben")),  # the slip is in the verb form
    ("rauffgeklettert", ("raufgeklettert",)),  # no written form after the particle: an ordinary slip
])
def test_a_slip_in_or_after_the_particle_stays_an_error(word, replacements):
    assert _adjusted(f"Das Spiel war {word} und lang.", word, replacements).severity is Severity.ERROR


def test_particle_verb_parts_take_the_longest_particle_before_a_written_form():
    from linter.precision.formations import particle_verb_parts

    assert particle_verb_parts("hinaufgeschrieben") == ("hinauf", "geschrieben")
    assert particle_verb_parts("raufgeschrieben") == ("rauf", "geschrieben")
    assert particle_verb_parts("aufgeschriben") is None  # "geschriben" is no written form
    assert particle_verb_parts("abzug") is None  # too short a rest


def test_capitalised_words_and_other_categories_are_left_alone():
    assert _adjusted("Gestern kam Quantzinger an.", "Quantzinger", ()).severity is Severity.ERROR
    assert _adjusted("Das war bartpolitisch gut.", "bartpolitisch", (), category="GRAMMAR").severity is Severity.ERROR


def test_a_close_suggestion_counts_wherever_it_stands():
    # the context ranking may put a farther word that fits the sentence first
    assert _adjusted("Das Spiel war exlodiert.", "exlodiert", ("explodierte", "explodiert")).severity is Severity.ERROR


def test_a_common_word_the_context_ranking_adds_is_a_close_correction():
    from linter.config.model import Config
    from linter.precision import precision_means

    text = "Die Brücke soll im Frühjahr eröffnet warden."
    match = Match(text.index("warden"), 6, "languagetool.GERMAN_SPELLER_RULE", Source.LANGUAGETOOL, "TYPOS",
                  Severity.ERROR, "Möglicher Tippfehler gefunden.", ())  # LanguageTool offered nothing
    for adjust in precision_means(Config()).adjusters:
        match = adjust(match, ProseView.plain(text))
    assert match.severity is Severity.ERROR
    assert match.replacements[0] == "werden"


def _compound_adjusted(text: str, word: str, replacements: tuple[str, ...]) -> Match:
    from linter.precision.formations import UnknownCompoundSeverity

    match = Match(text.index(word), len(word), "languagetool.GERMAN_SPELLER_RULE", Source.LANGUAGETOOL, "TYPOS",
                  Severity.ERROR, "Möglicher Tippfehler gefunden.", replacements)
    return UnknownCompoundSeverity()(match, ProseView.plain(text))


@pytest.mark.parametrize(("word", "replacements"), [
    ("Benchmarkrunde", ("Benchmark runde",)),  # a noun after a noun
    ("zurückverfrachtet", ("zurück verfrachtet", "zurückverfolgtet")),  # a participle after a particle
    ("halbdokumentarisch", ("halb dokumentarisch", "halb-dokumentarisch")),  # an adjective
    ("halbdokumentarisch", ("halb-dokumentarisch", "halb dokumentarisch")),  # split by a hyphen
])
def test_a_compound_the_speller_would_only_split_is_info(word, replacements):
    from linter.precision.formations import UNKNOWN_COMPOUND_MESSAGE

    adjusted = _compound_adjusted(f"Am Ende war {word} das Wort des Tages.", word, replacements)
    assert adjusted.severity is Severity.INFO
    assert adjusted.message == UNKNOWN_COMPOUND_MESSAGE


@pytest.mark.parametrize(("word", "replacements"), [
    ("darüberhinaus", ("darüber hinaus",)),  # the second part is an adverb: a phrase written apart
    ("vorallem", ("vor allem",)),  # a short first part and a pronoun
    ("Motivationschreiben", ("Motivation schreiben", "Motivationsschreiben")),  # a one-slip whole word too
    ("LIVERock", ("LIVE Rock",)),  # two words run together: a capital where it would split
    ("Duchschnitt", ("Durchschnitt",)),  # no split at all
])
def test_a_phrase_run_together_or_a_slip_stays_an_error(word, replacements):
    assert _compound_adjusted(f"Am Ende war {word} das Wort des Tages.", word, replacements).severity is Severity.ERROR


def _known_parts_adjusted(text: str, word: str, replacements: tuple[str, ...]) -> Match:
    from linter.precision.formations import KnownPartsCompoundSeverity

    match = Match(text.index(word), len(word), "languagetool.GERMAN_SPELLER_RULE", Source.LANGUAGETOOL, "TYPOS",
                  Severity.ERROR, "Möglicher Tippfehler gefunden.", replacements)
    return KnownPartsCompoundSeverity()(match, ProseView.plain(text))


@pytest.mark.parametrize(("text", "word", "replacements"), [
    ("Eine Kakteenphalanx säumt den Weg.", "Kakteenphalanx", ("Kakteenphalanz", "Kaktusphalanx")),
    ("In der Brezelwerkstätte riecht es gut.", "Brezelwerkstätte", ("Brezelwerksstätte",)),
    ("Die Kiste wurde heraufgetragen.", "heraufgetragen", ("heraufgetrogen",)),  # a verb, small letters
    ("Die Gurkenkönigin winkt.", "Gurkenkönigin", ()),
])
def test_a_compound_of_two_written_words_with_only_unwritten_guesses_is_info(text, word, replacements):
    from linter.precision.formations import UNKNOWN_COMPOUND_MESSAGE

    adjusted = _known_parts_adjusted(text, word, replacements)
    assert adjusted.severity is Severity.INFO
    assert adjusted.message == UNKNOWN_COMPOUND_MESSAGE


@pytest.mark.parametrize(("text", "word", "replacements"), [
    ("Im Wahlkampfbürro ist es still.", "Wahlkampfbürro", ("Wahlkampfbüro",)),  # a broken part: no split
    ("Die Kiste wurde heraufgetragen.", "heraufgetragen", ("hinaufgetragen", "herausgetragen")),  # a written word
    ("Laut der Zeitungdiese Woche.", "Zeitungdiese", ("Zeitung diese",)),  # two words run together
    ("Die Brezelwerkstätte brennt.", "Brezelwerkstätte", ("brezelwerkstätte",)),  # a question of case
    ("Die Brezel-Werkstätte brennt.", "Brezel-Werkstätte", ("Brezel-Werksstätte",)),  # a hyphen: other means
    ("Die BrezelWerkstätte brennt.", "BrezelWerkstätte", ("Brezel Werkstätte",)),
])
def test_a_slip_or_a_phrase_stays_an_error(text, word, replacements):
    match = Match(text.index(word), len(word), "languagetool.GERMAN_SPELLER_RULE", Source.LANGUAGETOOL, "TYPOS",
                  Severity.ERROR, "Möglicher Tippfehler gefunden.", replacements)
    assert _known_parts_adjusted(text, word, replacements) == match


def test_known_parts_look_through_a_linking_s_and_need_two_written_words():
    from linter.precision.formations import known_parts

    assert known_parts("Kakteenphalanx") == ("Kakteen", "phalanx")
    assert known_parts("Hoffnungsphalanx") == ("Hoffnung", "phalanx")  # "Hoffnungs" is no word of the list
    assert known_parts("Wahlkampfbürro") is None
    assert known_parts("Kaktusxyzphalanx") is None  # a chance string of letters is no part
