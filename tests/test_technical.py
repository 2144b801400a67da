"""Technical strings (paths, identifiers, handles, hashtags, versions, model numbers, addresses):
the patterns find them whole and never take a slip for one."""

from __future__ import annotations

import pytest

from linter.findings import Match, Severity, Source
from linter.precision.technical import (
    DOMAINS, FILE_EXTENSIONS, PATTERNS, in_technical_string, technical_spans, technical_string_filter,
)
from linter.prose import ProseView


def _strings(text: str) -> dict[str, str]:
    return {text[start:end]: kind for start, end, kind in technical_spans(text)}


@pytest.mark.parametrize(("text", "string", "kind"), [
    ("Sie liegt unter C:\\Windows\\System32\\drivers\\etc\\hosts, sagte er.", "C:\\Windows\\System32\\drivers\\etc\\hosts", "path"),
    ("Das Laufwerk \\\\server\\freigabe\\berichte ist voll.", "\\\\server\\freigabe\\berichte", "path"),
    ("Die Bibliothek liegt in /usr/lib/python3.", "/usr/lib/python3", "path"),
    ("Er speicherte sie in ~/Downloads/Steuerbescheid.pdf ab.", "~/Downloads/Steuerbescheid.pdf", "path"),
    ("Dann ./configure aufrufen.", "./configure", "path"),
    ("Der Bericht.pdf kam per Post.", "Bericht.pdf", "file"),
    ("Er startete setup.exe.", "setup.exe", "file"),
    ("Die Funktion getElementById fehlt.", "getElementById", "identifier"),
    ("Der Hook useState() ist neu.", "useState", "identifier"),
    ("Das Feld user_id und MAX_RETRIES.", "user_id", "identifier"),
    ("Das Feld user_id und MAX_RETRIES.", "MAX_RETRIES", "identifier"),
    ("Mit os.path.join geht es.", "os.path.join", "identifier"),
    ("Mehr auf tagesschau.de lesen.", "tagesschau.de", "domain"),
    ("Folgen Sie @tagesschau auf X.", "@tagesschau", "handle"),
    ("Unter #Bundestagswahl schrieben viele.", "#Bundestagswahl", "hashtag"),
    ("Unter #FridaysForFuture schrieben viele.", "#FridaysForFuture", "hashtag"),
    ("Das Update v2.3.1 kam.", "v2.3.1", "version"),
    ("Die 2.3.1-beta kam.", "2.3.1-beta", "version"),
    ("Mit iOS 17.4 geht es.", "iOS 17.4", "version"),
    ("Der A320neo landete.", "A320neo", "model"),
    ("Die RTX 4090 ist teuer.", "RTX", "model"),
    ("Der Kampfjet F-35 und Flug MH17.", "F-35", "model"),
    ("Der Kampfjet F-35 und Flug MH17.", "MH17", "model"),
    ("Die PS5 und 5G.", "PS5", "model"),
    ("Schreiben Sie an redaktion@example.org.", "redaktion@example.org", "address"),
])
def test_a_technical_string_is_found_whole(text, string, kind):
    assert _strings(text).get(string) == kind, _strings(text)


@pytest.mark.parametrize("text", [
    "Das ist jeoch nicht so.",            # a typo
    "Er war imInternet.",                  # two words run together: one inner capital
    "Die Elf MattersburgErnst spielte.",   # a name run into the next
    "Das Gebäude heißt Geb9ude.",          # a digit typed into a word
    "Es geht um d.h.die Leute.",           # a missing space after an abbreviation
    "Am 12.09.2023 fuhr er 1.200 km/h.",   # a date, a thousand, a unit
    "Bund/Länder und und/oder.",           # a slash between words
    "Es war usw.Der Rest.",                # a missing space after a full stop
    "Er kam auf Platz #1.",                # a rank, not a hashtag
])
def test_ordinary_copy_and_slips_are_no_technical_strings(text):
    assert _strings(text) == {}


def test_sentence_punctuation_after_a_path_is_not_part_of_it():
    assert "/usr/lib/python3" in _strings("Sie liegt in /usr/lib/python3.")


def test_a_match_counts_only_when_it_lies_wholly_inside():
    text = "Die Datei C:\\Windows\\System32\\drivers liegt dort."
    assert in_technical_string(text, text.index("drivers"), len("drivers"))
    assert not in_technical_string(text, text.index("Datei"), len("Datei C:"))


def test_the_lists_are_lower_case_and_unique():
    for words in (FILE_EXTENSIONS, DOMAINS):
        assert len(set(words)) == len(words) and all(w == w.lower() and w.isalnum() for w in words)
    assert {kind for kind, _ in PATTERNS} == {"path", "file", "identifier", "domain", "handle", "hashtag",
                                              "version", "model"}


def test_filter_drops_languagetool_matches_inside_and_keeps_the_rest():
    text = "Unter /usr/lib/python3 fand er jeoch nichts."
    view = ProseView.plain(text)

    def match(word, source=Source.LANGUAGETOOL):
        return Match(text.index(word), len(word), "languagetool.GERMAN_SPELLER_RULE", source,
                     "TYPOS", Severity.ERROR, "Möglicher Tippfehler gefunden.", ())

    assert not technical_string_filter(match("lib"), view)
    assert technical_string_filter(match("jeoch"), view)
    assert technical_string_filter(match("lib", source=Source.HOUSE), view)
