"""Names marked by their form: particles ("al-Sisi", "El Faro") and lists of names (line-ups)."""

from __future__ import annotations

import pytest

from linter.precision.name_forms import in_name_list, is_particle_name
from linter.precision.names import NameFilter
from linter.prose import ProseView
from tests.matches import speller_match


def _span(text: str, word: str) -> tuple[str, int, int]:
    return text, text.index(word), len(word)


@pytest.mark.parametrize(("text", "word"), [
    ("Präsident Abdel Fattah al-Sisi empfing die Gäste.", "al-Sisi"),
    ("Der Sender Al-Arabija berichtete live.", "Al-Arabija"),
    ("Der Frachter El Faro ist verschollen.", "El"),
    ("Der Frachter El Faro ist verschollen.", "Faro"),
    ("Das meldete die Zeitung La Nacion am Montag.", "Nacion"),
    ("Im Dorf Beit Ummar blieb es ruhig.", "Ummar"),
])
def test_particles_mark_names(text, word):
    assert is_particle_name(*_span(text, word))


@pytest.mark.parametrize(("text", "word"), [
    ("Der Frachter El ist verschollen.", "El"),  # no capitalised word follows
    ("Das war ein al-fresco Essen.", "al-fresco"),  # nothing capitalised after the hyphen
    ("Die Bhörden prüfen den Fall.", "Bhörden"),
    ("Da Mnschen fehlen, bleibt es zu.", "Mnschen"),  # "Da" is German, no particle
])
def test_other_words_are_no_particle_names(text, word):
    assert not is_particle_name(*_span(text, word))


LINEUP = "Aufstellung: Kuster – Höller, Malic, Mahrer (71. Tadic), Novak – Jano – Sprangler, Röcher, Prietl."
ISLANDS = "Vor Inseln wie Kos, Rhodos, Samos und Chios kentern Boote, auch vor Lesbos, Leros, Kos, Agathonisi."


@pytest.mark.parametrize(("text", "word"), [
    (LINEUP, "Kuster"), (LINEUP, "Jano"), (LINEUP, "Röcher"), (LINEUP, "Tadic"), (ISLANDS, "Agathonisi"),
])
def test_items_of_a_list_of_names_are_names(text, word):
    assert in_name_list(*_span(text, word))


@pytest.mark.parametrize(("text", "word"), [
    ("Auf dem Markt gab es Äpfel, Brinen, Orangen, Bananen und Trauben.", "Brinen"),  # common nouns
    ("Die Spieler Kuster, Malic und Jano fehlen.", "Jano"),  # three items: too short for a list
    ("SV MattersburgErnst-Happel-Stadion, Wien, Graz, Linz, Salzburg", "MattersburgErnst-Happel-Stadion"),
    ("Die Bhörden in Wien prüfen.", "Bhörden"),
])
def test_other_words_are_not_in_a_list_of_names(text, word):
    assert not in_name_list(*_span(text, word))


@pytest.mark.parametrize(("text", "word", "replacements"), [
    (LINEUP, "Röcher", ("Löcher", "Rächer")),  # one edit from an everyday word, but a line-up item
    ("Präsident Abdel Fattah al-Sisi empfing die Gäste.", "al-Sisi", ("al-Sissi",)),
    ("Der Frachter El Faro ist verschollen.", "El", ("EL", "EU")),  # a case variant is no slip here
])
def test_the_name_filter_drops_them(text, word, replacements):
    assert not NameFilter()(speller_match(text, word, replacements), ProseView.plain(text))


def test_the_name_filter_keeps_a_slip_among_common_nouns():
    text = "Auf dem Markt gab es Äpfel, Brinen, Orangen, Bananen und Trauben."
    assert NameFilter()(speller_match(text, "Brinen", ("Birnen",)), ProseView.plain(text))
