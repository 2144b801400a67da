"""Foreign-language passages inside German copy: their words are not German spelling errors."""

from __future__ import annotations

import pytest

from linter.findings import Match, Severity, Source
from linter.precision.foreign import (
    ForeignPassageFilter, clause_without_quotations, foreign_passage_filter, in_english_run, in_foreign_passage,
    is_english, is_everyday_german, is_foreign_passage, is_plainly_german, passage_around,
)
from linter.precision.frequency import NO_FREQUENCY
from linter.precision.language_id import LANGUAGES, german_confidence, most_likely_language
from linter.prose import ProseView


def _at(text: str, word: str) -> tuple[str, int, int]:
    return text, text.index(word), len(word)


@pytest.mark.parametrize(("text", "word"), [
    ("Die Produkte sind zu sehr state of the art. Die Kritik bleibt.", "state"),
    ("Heute läuft Love and Other Drugs im Fernsehen.", "Other"),
    ("First refugees arrive at the station, schrieb sie.", "arrive"),
    ("Sie holten sich das Kreuz to go im Wahllokal.", "go"),  # two English words make a phrase
    ("Der Minister sei on alert, hieß es.", "on"),
    # a word both languages write joins the run: "art" is German "Art" too, "Export" as well
    ("Die Produkte sind zu sehr state of the art. Die Kritik bleibt.", "art"),
    ("Die China Precision Machinery Import and Export Corporation bot mit.", "and"),
    ("Er sagt, I love to shoot film, und lacht.", "film"),
])
def test_a_word_in_an_english_run_is_foreign(text, word):
    assert in_english_run(*_at(text, word))
    assert in_foreign_passage(*_at(text, word))


@pytest.mark.parametrize(("text", "word"), [
    ("Das Land darf night mehr zahlen.", "night"),  # one English-looking word among German ones: a slip
    ("Wir have den Film gesehen.", "have"),
    ("Er sagte: the. Dann ging er.", "the"),  # a sentence break ends the run
    ("Das night so schlimm.", "night"),
    ("Für die App hot ist die Kamera.", "hot"),  # words both languages write make no run alone
    ("Die Produkte sind zu sehr art gewesen.", "art"),
    ("Der Film „Love and Other Drugs“ läuft heute.", "Film"),  # the quotation is a passage of its own
    ("Sie holten sich einen Kaffee to go am Bahnhof.", "am"),  # an everyday German word joins no run
    ("Er hat das jeoch nicht gewusst.", "jeoch"),
    ("Er nannte den Plan einen „Deal“.", "Deal"),  # one word in quotation marks is still checked
])
def test_a_lone_foreign_word_is_a_slip(text, word):
    assert not in_foreign_passage(*_at(text, word))


@pytest.mark.parametrize(("text", "word"), [
    ("Der Slogan „Je suis Charlie“ ging um die Welt.", "suis"),
    ("Die Sängerin sang „Non, je ne regrette rien“ zum Abschied.", "regrette"),
    ("Auf dem Plakat stand „No pasarán“, darunter ein Datum.", "pasarán"),
    ("„Andrà tutto bene“, stand auf den Bettlaken an den Balkonen.", "Andrà"),
    ("Auf X schrieb er: Make America great again!", "great"),  # the clause after the colon
    ("Ein Sprecher sagte: „We are monitoring the situation closely.“ Weitere Angaben machte er nicht.", "monitoring"),
    ('Der Papst rief "Non abbiate paura" in die Menge.', "abbiate"),  # straight quotation marks
    ("Ihr Roman (Cien años de soledad) erschien 1967.", "años"),
])
def test_a_word_in_a_quoted_or_set_off_foreign_passage_is_foreign(text, word):
    assert in_foreign_passage(*_at(text, word))


@pytest.mark.parametrize(("text", "word"), [
    ("Macron sagte: „Nous sommes en guerre.“ Danach jeoch er ab.", "jeoch"),
    ("Sie sang „We are the champions“ und lachte dabei jeoch.", "jeoch"),
    ("Der Slogan „Je suis Charlie“ ging um die Welt, sagte Lankow gegenüber der AFP.", "Lankow"),
    ("Kim Jong Un traf Wladimir Putin in Wladiwostk.", "Wladiwostk"),  # a German clause of names
])
def test_a_typo_in_the_german_clause_beside_a_quotation_stays(text, word):
    assert not in_foreign_passage(*_at(text, word))


def test_the_passage_is_the_innermost_quotation_else_the_clause():
    text = "Er sagte: „Das Buch (The Long Way Home) ist gut.“ Dann ging er."
    start, end = passage_around(*_at(text, "Long"))
    assert text[start:end] == "The Long Way Home"
    start, end = passage_around(*_at(text, "Buch"))
    assert text[start:end] == "Das Buch (The Long Way Home) ist gut."
    start, end = passage_around(*_at(text, "ging"))
    assert text[start:end] == " Dann ging er"
    assert clause_without_quotations(*_at("Sie sang „We are the champions“ und lachte.", "lachte")) \
        == "Sie sang   und lachte"


def test_a_closed_quotation_before_the_word_does_not_enclose_it():
    text = "„Wir schaffen das“, sagte sie, und jeoch ging sie."
    assert clause_without_quotations(*_at(text, "jeoch")) == " , sagte sie, und jeoch ging sie"


def test_words_common_in_both_languages_are_not_english():
    assert is_english("without")
    assert not is_english("Film")
    assert not is_english("Art")


def test_everyday_german_words_are_clearly_german():
    assert is_everyday_german("das") and is_everyday_german("schlimm")
    assert not is_everyday_german("in") and not is_everyday_german("la")  # common in English/Romance too


def test_a_clause_of_names_is_plainly_german_and_a_french_line_is_not():
    assert is_plainly_german("so Lankow gegenüber der AFP".split())
    assert not is_plainly_german("Je ne regrette rien".split())
    assert not is_plainly_german("Love and Other Drugs".split())


def test_lingua_tells_german_from_the_quoted_languages():
    assert LANGUAGES[0] == "GERMAN" and set(LANGUAGES) == {"GERMAN", "ENGLISH", "FRENCH", "SPANISH", "ITALIAN"}
    assert german_confidence("Die Regierung tritt zurück.") > 0.9
    assert german_confidence("The show must go on.") < 0.1
    assert most_likely_language("Le gouvernement a annoncé de nouvelles mesures.") == "FRENCH"
    assert is_foreign_passage("Siamo tutti sulla stessa barca") and not is_foreign_passage("Tutti")


def test_without_frequencies_the_identifier_still_judges():
    assert is_foreign_passage("We are the champions", NO_FREQUENCY)
    assert not is_foreign_passage("Die Regierung tritt zurück", NO_FREQUENCY)


def test_filter_drops_only_spelling_matches_in_a_passage():
    text = "Die Seite Hot or Not war beliebt, jeoch nicht lange. Er sang „Je ne regrette rien“."
    view = ProseView.plain(text)

    def match(word, category="TYPOS"):
        return Match(text.index(word), len(word), "languagetool.GERMAN_SPELLER_RULE", Source.LANGUAGETOOL,
                     category, Severity.ERROR, "Möglicher Tippfehler gefunden.", ())

    assert not foreign_passage_filter(match("or"), view)
    assert not foreign_passage_filter(match("regrette"), view)
    assert foreign_passage_filter(match("jeoch"), view)
    assert foreign_passage_filter(match("or", category="GRAMMAR"), view)
    assert isinstance(foreign_passage_filter, ForeignPassageFilter)
