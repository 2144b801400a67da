"""Dialect in quoted speech: the word list, the quotation spans, and when a quote reads as dialect."""

from __future__ import annotations

import pytest

from linter.findings import Match, Severity, Source
from linter.precision.dialect import (
    DIALECT_MESSAGE, DialectQuoteSeverity, dialect_words, is_dialect_form, quotations, reads_as_dialect,
)
from linter.precision.frequency import FREQUENCY, NO_FREQUENCY
from tests.matches import speller_match
from linter.prose import ProseView


def test_each_dialect_word_stands_for_a_common_standard_word():
    words = dialect_words()
    assert len(words) >= 60
    for dialect, standard in words.items():
        assert dialect == dialect.lower() and dialect.isalpha(), dialect
        assert dialect != standard.lower(), dialect
        assert all(FREQUENCY.zipf(word) >= 3.0 for word in standard.split()), (dialect, standard)


@pytest.mark.parametrize("word", ["ned", "Isch", "nöd", "dat", "gsogt", "gwusst", "Mäderl", "Radl", "Knödln",
                                  "z'spät", "hätt's"])
def test_dialect_forms(word):
    assert is_dialect_form(word)


@pytest.mark.parametrize("word", ["nicht", "glaubt", "grenzt", "Kerl", "sammeln", "Köln", "Spiel", "des"])
def test_standard_words_are_no_dialect_forms(word):
    assert not is_dialect_form(word)


@pytest.mark.parametrize("text, inside", [
    ("Er sagte: „Des is ned so.“ Dann ging er.", "Des is ned so."),
    ("Er sagte: »Des is ned so«, dann ging er.", "Des is ned so"),
    ("Er sagte: «Das isch nöd wahr», dann ging er.", "Das isch nöd wahr"),
    ("Er sagte: ‚Des is ned so‘, dann ging er.", "Des is ned so"),
    ('Er sagte: "Des is ned so", dann ging er.', "Des is ned so"),
    ("He said “this is it” and left.", "this is it"),
])
def test_quotations_in_every_style(text, inside):
    assert [text[a:b] for a, b in quotations(text)] == [inside]


def test_an_unclosed_quotation_or_a_line_break_holds_nothing():
    assert quotations("Er sagte: „Des is ned so. Dann ging er.") == []
    assert quotations("Er sagte: „Des is\nned so“.") == []


def _reads(text: str, word: str, freq=FREQUENCY) -> bool:
    return reads_as_dialect(text, text.index(word), len(word), freq)


@pytest.mark.parametrize("text, word", [
    ("„Des is ned so schlimm, hot er gsogt“, erzählte die Nachbarin.", "gsogt"),
    ("„I hob's eh gwusst“, sagte die Wirtin.", "gwusst"),
    ("Der Bürgermeister sagte: „Des is a Schmarrn, des moch ma ned.“", "moch"),
    ("„Das isch doch nöd wahr“, sagte der Zürcher Bauer.", "isch"),
    ("„Dat is nich so eenfach“, sagte der Fischer aus Hamburg.", "eenfach"),
    ("„Des hätt i ma ned dacht“, meinte sie, „owa jetzt is a wuarscht.“", "wuarscht"),
    ("„Grüezi mitenand, mir händ Freud“, sagte der Gemeindepräsident.", "händ"),
])
def test_a_quote_in_dialect_reads_as_dialect(text, word):
    assert _reads(text, word)


@pytest.mark.parametrize("text, word", [
    ("Er sagte: „Wir haben das jeoch nicht gewusst.“", "jeoch"),            # one typo in standard German
    ("„Wir haben das jeoch nicht gewusst“, sagte er, „des is halt so.“", "jeoch"),  # its own quote is standard
    ("Des is ned so schlimm, hot er gsogt.", "gsogt"),                       # dialect outside quotes
    ("Sie sang „This is not what we wanted“ und ging.", "wanted"),          # English, not dialect
    # one colloquial word and a slip in a long quote in standard German: too few
    ("„Wir haben das jeoch nicht gewusst und wären sonst nich gekommen“, sagte er.", "jeoch"),
])
def test_other_quotes_do_not(text, word):
    assert not _reads(text, word)


def test_without_the_frequency_list_the_dialect_forms_alone_decide():
    text = "„Dat is nich so eenfach“, sagte der Fischer."
    assert _reads(text, "eenfach", NO_FREQUENCY)


def test_the_adjuster_makes_languagetool_findings_in_dialect_info():
    text = "„Des is ned so schlimm“, sagte er."
    view = ProseView(text)
    adjusted = DialectQuoteSeverity()(speller_match(text, "ned", ("neu",)), view)
    assert adjusted.severity is Severity.INFO and adjusted.message == DIALECT_MESSAGE
    house = Match(text.index("ned"), 3, "tippfehler.x", Source.HOUSE, "tippfehler", Severity.ERROR, "x")
    assert DialectQuoteSeverity()(house, view) == house
    typo = "„Wir haben das jeoch nicht gewusst“, sagte er."
    assert DialectQuoteSeverity()(speller_match(typo, "jeoch"), ProseView(typo)).severity is Severity.ERROR
