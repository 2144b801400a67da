"""Word frequencies: what tells a name people write from a slip nobody writes on purpose."""

from __future__ import annotations

import pytest

from linter.precision.frequency import COMMON_ZIPF, FREQUENCY, NO_FREQUENCY, is_attested, is_common, zipf
from linter.precision.names import NameFilter, looks_like_typo, meant_by_repetition
from linter.prose import ProseView
from tests.matches import speller_match


def test_everyday_word_is_common_and_a_slip_is_unlisted():
    assert zipf("jedoch") > COMMON_ZIPF
    assert is_common("Sprache")
    assert not is_attested("jeoch")
    assert not is_attested("Duchschnittsgeschwindigkeit")


def test_names_in_the_news_are_attested_though_no_dictionary_has_them():
    assert is_attested("Peskow")
    assert is_attested("Lankow")
    assert is_common("Strache")


def test_case_is_folded_and_phrases_have_no_frequency():
    assert zipf("Aspekte") == zipf("aspekte")
    assert zipf("Tathergang sin") == 0.0
    assert zipf("") == 0.0


def test_switching_the_means_off_empties_the_list():
    assert zipf("jedoch") > 0.0
    assert NO_FREQUENCY.zipf("jedoch") == 0.0
    assert not NO_FREQUENCY.is_attested("jedoch") and not NO_FREQUENCY.is_common("jedoch")
    assert NO_FREQUENCY.phrase_zipf("war den") == 0.0 and FREQUENCY.phrase_zipf("war den") > 0.0


@pytest.mark.parametrize(("flagged", "best"), [
    ("Hoffendlich", "Hoffentlich"),  # written by some, but a hundred times rarer than the word it misses
    ("Kien", "Kein"),  # short, one edit from an everyday word
    ("Duchschnittsgeschwindigkeit", "Durchschnittsgeschwindigkeit"),  # long and unlisted
])
def test_slips(flagged, best):
    assert looks_like_typo(flagged, (best,))


@pytest.mark.parametrize(("flagged", "best"), [
    ("Strache", "Sprache"),  # a name about as common as the word it resembles
    ("Mitterlehner", "Mittierlehrer"),  # more than one edit away
    ("Lankow", "Pankow"),  # short, and the neighbour is rare itself
])
def test_not_slips(flagged, best):
    assert not looks_like_typo(flagged, (best,))


def test_a_word_written_alike_three_times_is_meant():
    text = "Anwalt Lueftner kam. Dann sprach Lueftner lange. Auch Lueftner schwieg."
    assert meant_by_repetition(text, "Lueftner")
    assert not NameFilter()(speller_match(text, "Lueftner", ("Lüfter",)), ProseView.plain(text))


def test_twice_is_enough_only_for_a_listed_word():
    listed = "Die Partei von Strolz tagte. Dann sprach Strolz."
    unlisted = "Der Zug nach Lueftner fuhr. Dann sprach Lueftner."
    assert meant_by_repetition(listed, "Strolz")
    assert not meant_by_repetition(unlisted, "Lueftner")


def test_a_slip_written_once_stays_flagged_though_names_recur_around_it():
    text = "Die Duchschnittsgeschwindigkeit ist hoch, sagte Lueftner. Lueftner und Lueftner."
    match = speller_match(text, "Duchschnittsgeschwindigkeit", ("Durchschnittsgeschwindigkeit",))
    assert NameFilter()(match, ProseView.plain(text))


def test_a_common_word_missing_from_the_dictionary_is_not_reported():
    text = "Gestern trat Strache vor die Presse."
    assert not NameFilter()(speller_match(text, "Strache", ("Sprache",)), ProseView.plain(text))


def test_a_case_only_suggestion_is_kept():
    text = "Die Aspekte sind klar, die Ermittlungen laufen."
    match = speller_match(text, "Ermittlungen", ("ermittlungen",))
    assert NameFilter()(match, ProseView.plain(text))


def test_a_listed_word_the_article_introduces_as_a_name_is_not_a_slip():
    text = "Das meinte Argentiniens Trainer Gerardo Martino nach dem Spiel."
    match = speller_match(text, "Martino", ("Martin",))
    assert looks_like_typo("Martino", ("Martin",))  # a hundred times rarer than "Martin" ...
    assert not NameFilter()(match, ProseView.plain(text))  # ... but the role noun makes it a name


def test_an_unlisted_slip_after_a_role_noun_stays_flagged():
    text = "Das meinte Trainer Duchschnittsgeschwindigkeit nach dem Spiel."
    match = speller_match(text, "Duchschnittsgeschwindigkeit", ("Durchschnittsgeschwindigkeit",))
    assert NameFilter()(match, ProseView.plain(text))


def test_a_common_spelling_variant_is_the_variants_question_not_a_name():
    text = "Sie wohnt in der Strasse am Fluss."
    assert is_common("Strasse")
    assert NameFilter()(speller_match(text, "Strasse", ("Straße",)), ProseView.plain(text))


def test_a_first_name_is_no_evidence_for_itself():
    text = "Wegen Irreführung der Verbraucher – Kien Preisvergleichsportal, so das Urteil."
    assert NameFilter()(speller_match(text, "Kien", ("Kein",)), ProseView.plain(text))


def test_a_compound_built_from_a_name_is_not_flagged():
    text = "Auch das Peskow-Interview lief."
    match = speller_match(text, "Peskow-Interview", ("Pankow-Interview", "Pesos-Interview"))
    assert not NameFilter()(match, ProseView.plain(text))


def test_a_compound_whose_tail_is_mended_or_whose_head_nobody_writes_stays_flagged():
    text = "Das Peskow-Intervew und das Duchschnitts-Tempo."
    tail_slip = speller_match(text, "Peskow-Intervew", ("Peskow-Interview",))
    head_slip = speller_match(text, "Duchschnitts-Tempo", ("Durchschnitts-Tempo",))
    assert NameFilter()(tail_slip, ProseView.plain(text))
    assert NameFilter()(head_slip, ProseView.plain(text))


def test_common_among_agrees_with_one_lookup_at_a_time():
    from linter.precision.frequency import COMMON_ZIPF, common_among, zipf

    words = {"welle", "festnahme", "festnhame", "raumfahrt", "xqzv", "und", "matratzen"}
    assert common_among(words) == {w for w in words if zipf(w) >= COMMON_ZIPF}
    assert common_among(words, 5.0) == {w for w in words if zipf(w) >= 5.0}
    assert "festnhame" not in common_among(words) and "und" in common_among(words)
