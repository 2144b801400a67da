"""Names marked by their form: particles ("al-Sisi", "El Faro"), lists of names (line-ups) and abbreviations
introduced in brackets ("Verband der Privatsender (VÖP)")."""

from __future__ import annotations

import pytest

from linter.precision.name_forms import abbreviated_words, in_name_list, is_defined_abbreviation, is_particle_name
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


@pytest.mark.parametrize(("text", "word"), [
    ("Er ist Vorsitzender des Verbands der Privatsender (VÖP), sagte er.", "VÖP"),
    ("Die Republika Srpska (RS) lehnt das ab.", "RS"),
    ("Der Internationale Währungsfonds (IWF) warnt.", "IWF"),
])
def test_an_abbreviation_in_brackets_after_its_words_is_defined(text, word):
    assert is_defined_abbreviation(*_span(text, word))


@pytest.mark.parametrize(("text", "word"), [
    ("Das sagte Bürgermeister Thomas Steiner (ÖVP) am Montag.", "ÖVP"),  # a party after a name
    ("Das sagte Thomas Steiner (ÖPV) am Montag.", "ÖPV"),
    ("Der Verband (VÖP) tagt.", "VÖP"),  # one word before: nothing to check the letters against
    ("Der Verband der Privatsender tagt, VÖP.", "VÖP"),  # no brackets
    ("Die Privatsender des Verbands (VÖP) tagen.", "VÖP"),  # no P in the last word
])
def test_other_abbreviations_are_not_defined(text, word):
    assert not is_defined_abbreviation(*_span(text, word))


def test_the_words_an_abbreviation_spells_are_names():
    assert abbreviated_words("Der Landesteil Republika Srpska (RS) lehnt ab.") == {"Republika", "Srpska"}
    assert abbreviated_words("Die Freiheitliche Partei Österreichs (FPÖ) tagt.") == {
        "Freiheitliche", "Partei", "Österreichs"}
    assert abbreviated_words("Bürgermeister Thomas Steiner (ÖVP) sagte.") == frozenset()
    assert abbreviated_words("Der Verband der Privatsender (VÖP) tagt.") == frozenset()  # initials V, P: not VÖP


def test_the_name_filter_drops_a_defined_abbreviation_and_its_words_people_write():
    text = "Er ist Vorsitzender des Verbands der Privatsender (VÖP). Die Republika Srpska (RS) lehnt ab."
    view = ProseView.plain(text)
    assert not NameFilter()(speller_match(text, "VÖP", ("ÖVP", "FDP")), view)
    assert not NameFilter()(speller_match(text, "Republika", ("Republik", "Republiken")), view)


def test_a_slip_in_the_words_an_abbreviation_spells_stays():
    text = "Die Freiheitlche Partei Österreichs (FPÖ) tagt."
    assert NameFilter()(speller_match(text, "Freiheitlche", ("Freiheitliche",)), ProseView.plain(text))
