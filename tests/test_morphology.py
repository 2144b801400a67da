"""The German lexicon read from LanguageTool's dictionary, and the subject-verb agreement check on it.

The lexicon tests read the copy ``newslint languagetool install`` builds beside the jars (``make
test`` runs it first), so they run in the fast tier too; building it from the jars needs Java
and is in the LanguageTool tier.
"""

from __future__ import annotations

import sqlite3

import pytest

from linter.morphology import lexicon as lexicon_module
from linter.morphology.agreement import PLURAL, SINGULAR, disagreements
from linter.morphology.infinitive import missing_infinitives
from linter.morphology.lexicon import (
    COUNTERPART, LexiconUnavailable, Reading, german_lexicon, reading_of_tag, table_path, verb_cell,
)
from linter.rule_types import RuleUnavailable
from linter.rulebook import Rulebook, default_rules_dir, load_rulebook


# ----------------------------------------------------------------------------- tags (pure mapping)

@pytest.mark.parametrize("tag, expected", [
    ("SUB:NOM:PLU:NEU", Reading.NOUN | Reading.NOUN_NOM_PL | Reading.NOUN_PLURAL),
    ("SUB:DAT:PLU:MAS", Reading.NOUN | Reading.NOUN_PLURAL),
    ("SUB:NOM:SIN:MAS", Reading.NOUN | Reading.NOUN_NOM_SG_MAS),
    ("SUB:NOM:SIN:FEM", Reading.NOUN | Reading.NOUN_NOM_SG_FEM),
    ("SUB:DAT:SIN:NEU", Reading.NOUN),
    ("SUB:NOM:SIN:MAS:ADJ", Reading.NOUN | Reading.NOUN_NOM_SG_MAS),
    ("EIG:NOM:SIN:NEU:COU", Reading.NAME),
    ("VER:3:SIN:PRÄ:NON", Reading.VERB_3SG),
    ("VER:AUX:3:PLU:PRÄ", Reading.VERB_3PL),
    ("VER:1:PLU:PRT:NON", Reading.VERB_3PL),
    ("VER:2:SIN:PRÄ:NON", Reading.VERB_OTHER_FINITE),
    ("VER:IMP:SIN:SFT", Reading.VERB_OTHER_FINITE),
    ("VER:INF:NON", Reading.VERB_INFINITIVE),
    ("VER:PA2:SFT", Reading.VERB_PARTICIPLE),
    ("ADJ:NOM:SIN:FEM:GRU:DEF", Reading.ADJECTIVE),
    ("PA2:PRD:GRU:VER", Reading.ADJECTIVE),
    ("ART:DEF:NOM:SIN:FEM", Reading.OTHER),
    ("PRP:LOK:DAT", Reading.OTHER),
])
def test_a_tag_stands_for_its_readings(tag, expected):
    assert reading_of_tag(tag) == expected


@pytest.mark.parametrize("lemma, tag, expected", [
    ("werden", "VER:AUX:3:PLU:PRT", ("werden", "PRT", "PLU")),
    ("werden", "VER:AUX:3:SIN:PRT", ("werden", "PRT", "SIN")),
    ("spielen", "VER:1:PLU:PRÄ:SFT", ("spielen", "PRÄ", "PLU")),
    ("spielen", "VER:1:SIN:PRÄ:SFT", None),
    ("spielen", "VER:2:PLU:PRÄ:SFT", None),
    ("spielen", "VER:INF:SFT", None),
    ("Kind", "SUB:NOM:PLU:NEU", None),
])
def test_only_third_person_and_first_plural_forms_fill_a_paradigm_cell(lemma, tag, expected):
    assert verb_cell(lemma, tag) == expected


# ----------------------------------------------------------------------------- the real dictionary

@pytest.fixture(scope="module")
def lexicon():
    try:
        return german_lexicon()
    except LexiconUnavailable as exc:
        pytest.fail(f"run `newslint languagetool install` first (make test does): {exc}", pytrace=False)


def test_the_lexicon_knows_number_gender_and_person(lexicon):
    assert lexicon.reading("Kinder") & Reading.NOUN_NOM_PL
    assert not lexicon.reading("Kinder") & Reading.NOUN_NOM_SG_NEU
    assert lexicon.reading("Bürgermeister") & Reading.NOUN_NOM_SG_MAS
    assert lexicon.reading("Bürgermeister") & Reading.NOUN_NOM_PL
    assert lexicon.reading("Regierung") & Reading.NOUN_NOM_SG_FEM
    assert lexicon.reading("spielt") & Reading.VERB_3SG
    assert not lexicon.reading("spielt") & Reading.VERB_3PL
    assert lexicon.reading("haben") & Reading.VERB_3PL and lexicon.reading("haben") & Reading.VERB_INFINITIVE
    assert lexicon.reading("im") == Reading.OTHER
    assert lexicon.reading("Xqzvw") == Reading(0)


def test_a_compound_the_dictionary_lacks_is_read_by_its_last_part(lexicon):
    assert lexicon.reading("Stadtrat") == Reading(0)
    assert lexicon.noun_reading("Stadtrat") & Reading.NOUN_NOM_SG_MAS
    assert lexicon.noun_reading("Verwaltungsgerichtshöfe") & Reading.NOUN_NOM_PL
    assert lexicon.noun_reading("Bedienelemente") & Reading.NOUN_NOM_PL  # "bedien-", a verb's stem
    assert lexicon.noun_reading("Strasse") == Reading(0)  # "Str" is no word: no "Asse" in it
    assert lexicon.noun_reading("Peskow") == Reading(0)


def test_counterparts_give_the_indicative_first(lexicon):
    assert lexicon.counterparts("haben")[0] == "hat"
    assert lexicon.counterparts("wurden") == ("wurde",)
    assert lexicon.counterparts("spielt")[0] == "spielen"
    assert lexicon.counterparts("Kinder") == ()


def test_finite_forms_know_their_infinitive(lexicon):
    assert lexicon.infinitives("werde") == ("werden",)
    assert lexicon.infinitives("senke") == ("senken",)
    assert lexicon.infinitives("haben") == ()  # an infinitive itself
    assert lexicon.infinitives("Haus") == ()


def found(text: str, lexicon) -> list[tuple[str, str, str, tuple[str, ...]]]:
    return [(d.subject, text[d.start:d.end], d.number, d.replacements) for d in disagreements(text, lexicon)]


@pytest.mark.parametrize("text, subject, verb, number, first", [
    ("Die Kinder spielt im Garten.", "Die Kinder", "spielt", PLURAL, "spielen"),
    ("Die Band veröffentlichen ein neues Album.", "Die Band", "veröffentlichen", SINGULAR, "veröffentlicht"),
    ("Der Bürgermeister haben zugestimmt.", "Der Bürgermeister", "haben", SINGULAR, "hat"),
    ("Ein kleines Kind waren allein.", "Ein kleines Kind", "waren", SINGULAR, "war"),
    ("Er kam. „Diese Maßnahmen hilft niemandem“, sagte sie.", "Diese Maßnahmen", "hilft", PLURAL, "helfen"),
    ("Jeder Teilnehmer erhalten eine Urkunde.", "Jeder Teilnehmer", "erhalten", SINGULAR, "erhält"),
    ("Die Verhandlungen ist nach dem Treffen gescheitert.", "Die Verhandlungen", "ist", PLURAL, "sind"),
    ("Der Stadtrat beschließen den Haushalt.", "Der Stadtrat", "beschließen", SINGULAR, "beschließt"),
    ("Die Corona-Maßnahmen gilt bis Mai.", "Die Corona-Maßnahmen", "gilt", PLURAL, "gelten"),
    ("Die Bewohner des Hauses wurde evakuiert.", "Die Bewohner des Hauses", "wurde", PLURAL, "wurden"),
    ("Die Preise für Strom steigt weiter.", "Die Preise für Strom", "steigt", PLURAL, "steigen"),
    ("Das Team um Trainer Müller haben gewonnen.", "Das Team um Trainer Müller", "haben", SINGULAR, "hat"),
    ("Ein Sprecher der Polizei bestätigten den Vorfall.", "Ein Sprecher der Polizei", "bestätigten", SINGULAR,
     "bestätigte"),
    ("Die beiden Minister traf sich in Brüssel.", "Die beiden Minister", "traf", PLURAL, "trafen"),
    ("Die Demonstranten zog vor das Parlament.", "Die Demonstranten", "zog", PLURAL, "zogen"),
    ("Er sagte, dass die Verhandlungen gescheitert ist.", "die Verhandlungen", "ist", PLURAL, "sind"),
    ("Weil die Kinder draußen spielt, ist es laut.", "die Kinder", "spielt", PLURAL, "spielen"),
    ("Er weiß, dass die Band ein Album veröffentlicht haben.", "die Band", "haben", SINGULAR, "hat"),
    ("Gestern spielten das Orchester in Graz.", "das Orchester", "spielten", SINGULAR, "spielte"),
    ("Im Mai wurde die Kandidaten vorgestellt.", "die Kandidaten", "wurde", PLURAL, "wurden"),
    ("Im Jahr 2005 gewannen die Mannschaft den Titel.", "die Mannschaft", "gewannen", SINGULAR, "gewann"),
])
def test_a_subject_and_verb_of_different_numbers_are_found(lexicon, text, subject, verb, number, first):
    [(got_subject, got_verb, got_number, replacements)] = found(text, lexicon)
    assert (got_subject, got_verb, got_number) == (subject, verb, number)
    assert replacements[0] == first


@pytest.mark.parametrize("text", [
    "Die Kinder spielen im Garten.",
    "Die Entscheidung trafen die Minister.",  # an object first, the subject after the verb
    "Die Kinder liebt er.",
    "Die Kinder liebt Maria.",  # a name after the verb may be the subject
    "Die Regierung kritisieren viele Experten.",
    "Die Idee hatten meine Eltern.",
    "Die Lehrer hat die Direktorin gelobt.",
    "Die USA haben Zölle verhängt.",  # a name: its number is unknown
    "Die Regierung stürzen will er nicht.",  # an infinitive phrase first
    "Das Spiel gewinnen zu wollen, reicht nicht.",
    "Eine Methode aufrufen\n\nDer Befehl ruft sie auf.",  # a heading: no end mark
    "Der Band gefallen die neuen Lieder.",  # "Der" with a feminine noun is a dative
    "Die Mobiltelefone bitte ausschalten!",  # "bitte" is a particle too
    "Die Kinder, die spielt, sind laut.",  # no verb right after the noun
    "Die Kinder selbst spielen.",
    "Sie sagte, die Kinder spielt er nie.",  # not at a sentence's opening
    "Die Zahl der Arbeitslosen sind gestiegen.",  # a plural attribute: the verb may follow the sense
    "Eine Reihe von Abgeordneten stimmten dagegen.",
    "Die Regierung kritisieren vor allem die Grünen.",  # "vor allem": the phrase has ended
    "Die Kinder spielt er vor dem Haus nie.",
    "Die Strasse am See ist gross und breit.",  # Swiss spelling: "Str|asse" is no compound
    "Ich fürchte, dass das lauter Lügen sind.",  # "lauter" after "das" is no adjective of "Lügen"
    "Falls keine der Optionen angegeben wird, gilt das.",  # "keine" here is a pronoun
    "Er sagte, dass die Verhandlungen der Minister leitet.",  # "der Minister" may be the subject
    "Er sagt, dass die Regierung hätte handeln müssen.",  # an infinitive after its finite verb
    "Er glaubt, dass die Regierung versucht die Steuern zu senken.",
    "Gestern spielten das Orchester und der Chor.",  # a subject joined to another
    "Es freut die Kinder.",  # "Es" is the subject
    "Wer kennt die Kinder?",
    "Gestern besuchte die Kinder ihre Großmutter.",  # "die Kinder" the object
    "Gestern besuchte die Kinder Maria.",
    "Dann machen die Planung halt ich und Lukas.",
    "Die Planung machen ich und Lukas.",
])
def test_agreeing_or_undecidable_openings_are_left_alone(lexicon, text):
    assert found(text, lexicon) == []


def test_the_subject_after_a_preposition_does_not_count(lexicon):
    assert found("Die Kinder spielt mit dem Hund im Garten.", lexicon)[0][1] == "spielt"
    assert found("Die Kinder spielt mit Hund.", lexicon)[0][1] == "spielt"
    assert found("Die Kinder spielt Fußball.", lexicon) == []  # "Fußball" may be read as a subject


# ----------------------------------------------------------------------------- the rule in the pack

def test_the_pack_rule_reports_the_verb_with_a_german_message(lexicon):
    book = load_rulebook([default_rules_dir() / "verwechslung" / "subjekt-verb-kongruenz.yml"])
    [match] = book.check("Die Kinder spielt im Garten.")
    assert (match.offset, match.length, match.replacements[0]) == (11, 6, "spielen")
    assert match.message == "„Die Kinder“ steht im Plural, das Verb nicht: „spielen“ statt „spielt“."


def test_without_the_dictionary_the_rule_says_what_to_do_and_the_others_run(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))  # no LanguageTool installed here
    german_lexicon.cache_clear()
    try:
        book = load_rulebook([default_rules_dir() / "verwechslung" / "subjekt-verb-kongruenz.yml",
                              default_rules_dir() / "typografie"])
        warnings: list[str] = []
        matches = book.check("Die Kinder spielt im Garten , sagte er.", warnings)
        assert any(m.rule == "typografie.leerzeichen-vor-satzzeichen" for m in matches)
        assert not any(m.rule == "verwechslung.subjekt-verb-kongruenz" for m in matches)
        [warning] = warnings
        assert "verwechslung.subjekt-verb-kongruenz: cannot run" in warning
        assert "newslint languagetool install" in warning
        with pytest.raises(RuleUnavailable):
            Rulebook(book.rules).check("Die Kinder spielt im Garten.")
    finally:
        german_lexicon.cache_clear()


# ----------------------------------------------------------------------------- building the copy

@pytest.mark.languagetool
def test_the_copy_is_built_from_languagetools_jars(languagetool_installation, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "languagetool").symlink_to(languagetool_installation.directory.parent, target_is_directory=True)
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(cache))
    monkeypatch.setattr(lexicon_module, "table_path", lambda version="6.8": tmp_path / "built.sqlite3")
    german_lexicon.cache_clear()
    try:
        built = german_lexicon(languagetool_installation.version)
        assert built.reading("Kinder") & Reading.NOUN_NOM_PL
        with sqlite3.connect(tmp_path / "built.sqlite3") as db:
            forms = db.execute("SELECT COUNT(*) FROM entries WHERE key NOT LIKE ?", (COUNTERPART + "%",)).fetchone()[0]
            assert forms > 500_000  # every form of the dictionary, not a sample
    finally:
        german_lexicon.cache_clear()


def test_the_copy_lives_beside_the_languagetool_jars():
    assert table_path("6.8").parent.name == "6.8"
    assert table_path("6.8").parent.parent.name == "languagetool"


# ----------------------------------------------------------------------------- a modal's infinitive

def missing(text: str, lexicon) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(d.modal, text[d.start:d.end], d.replacements) for d in missing_infinitives(text, lexicon)]


@pytest.mark.parametrize("text, modal, word, infinitive", [
    ("Die Regierung will die Steuern senke.", "will", "senke", "senken"),
    ("Der Täter konnte schnell gefasst werde.", "konnte", "werde", "werden"),
    ("Er wird morgen nach Wien kommt, sagte sie.", "wird", "kommt", "kommen"),
    ("Die Firma muss bis Ende des Jahres 200 Stellen abbaut.", "muss", "abbaut", "abbauen"),
    ("Die Polizei konnte den Täter noch am Abend festnehme.", "konnte", "festnehme", "festnehmen"),
    ("Dadurch wird eine einfache Synchronisierung ermöglich.", "wird", "ermöglich", "ermöglichen"),
])
def test_a_modals_clause_ending_in_a_finite_form_is_found(lexicon, text, modal, word, infinitive):
    assert missing(text, lexicon) == [(modal, word, (infinitive,))]


@pytest.mark.parametrize("text", [
    "Die Regierung will die Steuern senken.",
    "Das Haus wird renoviert.",  # a participle: the passive
    "Das Viertel wird von einer Straße durchschnitten, durch die ein Fluss verläuft.",
    "Die Signale können nicht abgefangen, blockiert oder ignoriert werden.",
    "Er will wissen wer kommt.",  # a question word opens a clause whose comma was lost
    "Das Dateisystem wird voll während das andere einen Block belegen möchte.",
    "Er kann sowohl die Arbeit lenken als auch den Bericht vorlegt.",
    "Sie können weder genutzt werden noch ist es möglich.",
    "Er will den Mann treffen der kommt.",  # a relative clause whose comma was lost
    "Er wird Präsident und bleibt es.",
    "Sie kann Englisch.",
    "Es wird kalt.",
    "Er will das check.",  # an English word the dictionary has as an imperative
    "Wenn er kann, hilft er.",
])
def test_clauses_that_may_be_right_are_left_alone(lexicon, text):
    assert missing(text, lexicon) == []
