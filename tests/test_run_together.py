"""Fixed phrases run together, misspellings at a sentence start and doublings in long words that the frequency list lists."""

from __future__ import annotations

import pytest

from linter.precision.frequency import NO_FREQUENCY
from linter.precision.run_together import runs_a_phrase_together


@pytest.mark.parametrize("flagged, suggestion", [("vorallem", "vor allem"), ("aufjedenfall", "auf jeden Fall"),
                                                 ("Garnicht", "Gar nicht"), ("nachwievor", "nach wie vor")])
def test_a_fixed_phrase_run_together(flagged, suggestion):
    assert runs_a_phrase_together(flagged, suggestion)


@pytest.mark.parametrize("flagged, suggestion", [
    ("Benchmarkrunde", "Benchmark runde"),  # a formation: its parts make a rare phrase
    ("zurückverfrachtet", "zurück verfrachtet"),
    ("vorallem", "vor alle"),  # letters changed, not only spaces put in
    ("Wahrscheinlich", "Wahrscheinlich"),  # one word
])
def test_no_fixed_phrase(flagged, suggestion):
    assert not runs_a_phrase_together(flagged, suggestion)


def test_without_the_frequency_list_no_phrase_is_fixed():
    assert not runs_a_phrase_together("vorallem", "vor allem", NO_FREQUENCY)


def test_a_misspelling_at_a_sentence_start_is_a_slip():
    from linter.precision.names import slip_of_a_small_word_at_sentence_start as slip

    assert slip("Warscheinlich kommt er.", 0, "Warscheinlich", ("Wahrscheinlich",))
    assert slip("Es regnet. Vorallem im Süden.", 11, "Vorallem", ("Vor allem",))
    # the ranking by slips may put a letter changed before the spaces put in
    assert slip("Nachwievor ist das offen.", 0, "Nachwievor", ("Nachwbevor", "Nach wie vor"))


def test_a_name_mid_sentence_or_beside_a_noun_is_not():
    from linter.precision.names import slip_of_a_small_word_at_sentence_start as slip

    assert not slip("Er kommt Warscheinlich.", 9, "Warscheinlich", ("Wahrscheinlich",))  # no sentence start
    assert not slip("Strache sagte das.", 0, "Strache", ("Sprache",))  # a noun: a name's neighbour
    assert not slip("7. RundeSK Sturm Graz", 3, "RundeSK", ("Runden", "Runde SK"))  # an inner capital


def test_a_particle_verb_needs_a_verb_after_its_particle():
    from linter.precision.formations import particle_verb_parts

    assert particle_verb_parts("vorallem") is None  # "allem" is a pronoun: a phrase run together
    assert particle_verb_parts("mitgeflüchtete") == ("mit", "geflüchtete")  # a declined participle
    assert particle_verb_parts("ausgefasst") == ("aus", "gefasst")


def test_a_long_word_a_doubling_from_an_everyday_word_is_a_slip_though_the_list_has_it():
    from linter.precision.names import is_doubling_apart, looks_like_typo

    assert is_doubling_apart("Resourcen", "Ressourcen") and is_doubling_apart("Millieu", "Milieu")
    assert not is_doubling_apart("Strache", "Sprache")
    assert looks_like_typo("Resourcen", ("Ressourcen",))  # listed (Zipf 2.5), yet a slip
    assert looks_like_typo("Agressive", ("Aggressive",))
    assert not looks_like_typo("Glass", ("Glas",))  # a short name a doubling from a word
    assert not looks_like_typo("Strache", ("Sprache",))  # as common as the word it resembles
