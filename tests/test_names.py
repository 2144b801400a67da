"""Proper-name evidence from the article, and the guard that keeps real typos flagged."""

from __future__ import annotations

import pytest

from linter.findings import Severity
from linter.precision.names import NameFilter, is_name, looks_like_typo, name_evidence
from linter.prose import ProseView
from tests.matches import speller_match


def test_role_noun_makes_the_following_words_names():
    evidence = name_evidence("Das sagte Kremlsprecher Dmitri Peskow am Montag.")
    assert {"Dmitri", "Peskow"} <= evidence


def test_a_declined_role_noun_introduces_a_name_too():
    from linter.precision.names import is_role_noun

    assert {"Tavora"} <= name_evidence("Laut einem Bericht des Wirtschaftsblatts Tavora sinkt der Umsatz.")
    assert {"Halvor", "Smidt"} <= name_evidence("Er traf sich mit dem Kollegen Halvor Smidt in Oslo.")
    assert "Weidlinger" in name_evidence("Ein Brief an Herrn Weidlinger ging verloren.")
    assert all(is_role_noun(w) for w in ("Präsidenten", "Sprecherinnen", "Senders", "Trainers", "Blattes"))
    assert not any(is_role_noun(w) for w in ("Haus", "Wetter", "Sendung", "kollegen"))


def test_a_known_name_after_a_declined_role_noun_is_dropped_but_a_slip_after_it_is_not():
    text = "Nach Angaben des Sportblatts Marca wird der Trainer entlassen. So der Sprecher des Senders Verwaltunng."
    keep = NameFilter()
    view = ProseView.plain(text)
    assert "Verwaltunng" in name_evidence(text)
    assert not keep(speller_match(text, "Marca", ("Maria", "Marc")), view)  # a word people write, introduced
    assert keep(speller_match(text, "Verwaltunng", ("Verwaltung",)), view)  # nobody writes it: the guard holds


def test_newspaper_after_zeitung():
    assert {"Chosun", "Ilbo"} <= name_evidence("Laut der Zeitung Chosun Ilbo dauert die Fahrt lange.")


def test_known_first_name_makes_the_surname_a_name():
    assert "Lankow" in name_evidence("Für Andrej Lankow ist das klar.")


def test_first_name_at_sentence_start_is_no_evidence():
    # "Will" is a first name too, but here it opens a sentence.
    assert "Regirung" not in name_evidence("Will Regirung das?")


def test_appositive_and_age_mark_names():
    assert {"Cheong", "Seong-chang"} <= name_evidence("Laut Cheong Seong-chang, Forscher am Institut, steigt sie.")
    assert "Huber" in name_evidence("Gestern sagte Huber (45) vor Gericht aus.")


def test_recurring_capitalised_word_is_a_name_and_its_genitive_too():
    evidence = name_evidence("Öbib verkauft. Die Öbib-Spitze schweigt. Öbibs Chef auch.")
    assert "Öbib" in evidence


def test_single_capitalised_unknown_word_is_no_name():
    assert "Regirung" not in name_evidence("Die Regirung tagt heute in Wien.")


def test_institution_compound_is_a_name():
    assert is_name("Kookmin-Universität", frozenset())
    assert is_name("Seong-chang", frozenset({"Seong", "Cheong"}))


def test_typo_guard():
    assert looks_like_typo("Duchschnittsgeschwindigkeit", ("Durchschnittsgeschwindigkeit",))
    assert not looks_like_typo("Lankow", ("Pankow",))  # short: a name may be one edit from a word
    assert looks_like_typo("Putin-Gipfeltrefen", ("Putin-Gipfeltreffen",))
    assert not looks_like_typo("Kookmin-Universität", ("Kokain-Universität",))


def test_filter_keeps_long_compound_typo_even_when_it_recurs():
    text = "Die Duchschnittsgeschwindigkeit ist hoch. Die Duchschnittsgeschwindigkeit sinkt."
    match = speller_match(text, "Duchschnittsgeschwindigkeit", ("Durchschnittsgeschwindigkeit",))
    assert NameFilter()(match, ProseView.plain(text))


def test_filter_drops_evidenced_name_and_keeps_lowercase_typo():
    text = "So Kremlsprecher Dmitri Peskow. Das Land darf jeoch nicht."
    keep = NameFilter()
    view = ProseView.plain(text)
    assert not keep(speller_match(text, "Peskow", ("Pankow",)), view)
    assert keep(speller_match(text, "jeoch", ("jedoch",)), view)


def test_filter_drops_casing_match_on_a_name_part():
    text = "Der Machthaber Kim Jong Un reist. Es ist Kim Jong Uns erste Reise."
    match = speller_match(text, "Uns", ("uns",), rule="DE_CASE", category="CASING")
    assert not NameFilter()(match, ProseView.plain(text))


def test_filter_leaves_other_rules_alone():
    text = "Peskow Peskow sagt das."
    match = speller_match(text, "Peskow", rule="DE_AGREEMENT", category="GRAMMAR")
    assert NameFilter()(match, ProseView.plain(text))


def test_unknown_capitalised_word_without_slip_signs_becomes_info():
    from linter.precision.names import UNCERTAIN_NAME_MESSAGE, UncertainNameSeverity

    text = "Gestern sprach Quantzinger vor dem Ausschuss."
    adjusted = UncertainNameSeverity()(speller_match(text, "Quantzinger", ("Quartier", "Quatsch")), ProseView.plain(text))
    assert adjusted.severity is Severity.INFO
    assert adjusted.message == UNCERTAIN_NAME_MESSAGE


def test_long_capitalised_slip_and_lower_case_typos_stay_errors():
    from linter.precision.names import UncertainNameSeverity

    adjust = UncertainNameSeverity()
    text = "Mit einer Duchschnittsgeschwindigkeit von 60 km/h, jeoch langsam."
    slip = speller_match(text, "Duchschnittsgeschwindigkeit", ("Durchschnittsgeschwindigkeit",))
    lower = speller_match(text, "jeoch", ("jedoch",))
    assert adjust(slip, ProseView.plain(text)).severity is Severity.ERROR
    assert adjust(lower, ProseView.plain(text)).severity is Severity.ERROR


def test_a_word_seen_only_at_sentence_starts_is_no_name():
    from linter.precision.names import NameFilter

    text = "Sie wurden gebracht. Erts vor einem Monat kam er zurück. Erts sagt das."
    view = ProseView.plain(text)
    first = speller_match(text, "Erts", ("Erst",))
    assert NameFilter()(first, view)  # kept (not dropped as a name)
    assert first.severity is Severity.ERROR


def test_a_name_seen_mid_sentence_stays_quiet_at_a_sentence_start():
    from linter.precision.names import NameFilter

    text = "Das sagte Kremlsprecher Dmitri Peskow. Peskow sagte auch etwas."
    view = ProseView.plain(text)
    at_start = text.rindex("Peskow")
    match = speller_match(text[at_start:], "Peskow", ("Pankow",))
    from dataclasses import replace
    assert not NameFilter()(replace(match, offset=at_start), view)


def test_a_capital_repeated_mid_sentence_is_a_title_not_a_casing_slip():
    text = "Die Serie Altes Geld startet. Kritiker loben Altes Geld sehr. Ob für Altes Geld ein Preis kommt?"
    repeated = speller_match(text, "Altes", ("altes",), rule="DE_CASE", category="CASING")
    assert not NameFilter()(repeated, ProseView.plain(text))
    once = "Die Kritiker loben den Offenen Brief. Er kam gestern."
    assert NameFilter()(speller_match(once, "Offenen", ("offenen",), rule="DE_CASE", category="CASING"),
                        ProseView.plain(once))


def _casing_match_at(text: str, at: int, word: str):
    from dataclasses import replace

    return replace(speller_match(word, word, (word.lower(),), rule="DE_CASE", category="CASING"), offset=at)


def test_a_capital_opening_a_title_the_article_quotes_elsewhere_is_meant():
    from linter.precision.names import opens_a_quoted_title

    text = "Der Roman „Das Haus am See“ wurde verfilmt. Für Das Haus am See gab es einen Preis."
    at = text.index("Das Haus am See gab")
    assert opens_a_quoted_title(text, at)
    assert not NameFilter()(_casing_match_at(text, at, "Das"), ProseView.plain(text))
    short = 'Die Serie "Der Sturm" läuft. Ob Der Sturm gefällt, weiß niemand.'
    assert opens_a_quoted_title(short, short.index("Der Sturm gefällt"))  # two words are enough


def test_a_quoted_statement_or_another_phrase_is_no_title():
    from linter.precision.names import opens_a_quoted_title

    statement = "Er sagte: „Die Regierung hat entschieden.“ Dann kam Die Regierung hat zu spät."
    assert not opens_a_quoted_title(statement, statement.rindex("Die Regierung"))
    other = "Der Roman „Das Haus am See“ wurde verfilmt. Für Das Boot gab es einen Preis."
    at = other.index("Das Boot")
    assert not opens_a_quoted_title(other, at)
    assert NameFilter()(_casing_match_at(other, at, "Das"), ProseView.plain(other))
    unquoted = "Der Roman Das Haus am See wurde verfilmt. Für Das Haus am See gab es einen Preis."
    assert not opens_a_quoted_title(unquoted, unquoted.index("Das Haus am See gab"))


def test_a_surname_after_a_first_name_is_info_even_one_edit_from_a_word():
    from linter.precision.names import UncertainNameSeverity, follows_first_name

    text = "Das erklärte der Redakteur Simon Pützstück am Montag."
    assert follows_first_name(text, text.index("Pützstück"))
    match = speller_match(text, "Pützstück", ("Putzstück", "Platzstück"))
    assert UncertainNameSeverity()(match, ProseView.plain(text)).severity is Severity.INFO


def test_a_first_name_at_a_sentence_start_or_no_first_name_keeps_the_slip_an_error():
    from linter.precision.names import UncertainNameSeverity, follows_first_name

    opening = "Simon Pützstück erklärte es am Montag."
    assert not follows_first_name(opening, opening.index("Pützstück"))
    assert UncertainNameSeverity()(speller_match(opening, "Pützstück", ("Putzstück",)),
                                   ProseView.plain(opening)).severity is Severity.ERROR
    other = "Das erklärte der Redakteur im Putzstück am Montag."
    assert not follows_first_name(other, other.index("Putzstück"))


@pytest.mark.parametrize(("text", "word", "replacements"), [
    ("Das sagte Staatsoberhaupt Aleksi Wrzecionko am Montag.", "Aleksi", ("Alexis", "Aleks")),
    ("Es sprach der Biologe Ofer Tchernichovski zuerst.", "Ofer", ("Oder", "Opfer", "Ufer")),
])
def test_a_short_word_before_a_rare_name_is_info_even_one_edit_from_a_word(text, word, replacements):
    from linter.precision.names import UncertainNameSeverity, precedes_a_rare_name

    offset = text.index(word)
    assert precedes_a_rare_name(text, offset, len(word))
    adjusted = UncertainNameSeverity()(speller_match(text, word, replacements), ProseView.plain(text))
    assert adjusted.severity is Severity.INFO


@pytest.mark.parametrize(("text", "word"), [
    ("Wrzecionko erklärte es. Kien Wrzecionko war dabei.", "Kien"),  # a sentence start
    ("Irreführung der Verbraucher – Kien Wrzecionko war dabei.", "Kien"),  # after a dash
    ("Er sah, dass Kien Preisvergleichsportal helfe.", "Kien"),  # before a rare noun, not a name
    ("Er sah, dass Kien Merkel half.", "Kien"),  # before a name everybody writes: a slip of "Kein" beside it
    ("Er sah den Bundeskanzlre Wrzecionko.", "Bundeskanzlre"),  # a long word stays a slip
])
def test_a_word_before_a_rare_name_stays_a_slip_where_slips_stand(text, word):
    from linter.precision.names import precedes_a_rare_name

    assert not precedes_a_rare_name(text, text.index(word), len(word))


def test_a_short_slip_whose_common_correction_is_not_languagetools_first_guess_is_a_warning():
    from linter.findings import Match, Severity, Source
    from linter.precision.names import UncertainNameSeverity, short_slip_beside_a_name
    from linter.prose import ProseView

    assert short_slip_beside_a_name("Unte", ("Ute", "Unter", "Ante"))  # "Ute" a name, "Unter" everyday
    assert not short_slip_beside_a_name("Peskow", ("Pesto", "Pesko"))  # no everyday word one edit away
    assert not short_slip_beside_a_name("Duchschnittsgeschwindigkeit", ("Foo", "Durchschnittsgeschwindigkeit"))

    def severity(text, word, replacements):
        match = Match(text.index(word), len(word), "languagetool.GERMAN_SPELLER_RULE", Source.LANGUAGETOOL,
                      "TYPOS", Severity.ERROR, "Möglicher Tippfehler gefunden.", replacements)
        return UncertainNameSeverity()(match, ProseView.plain(text)).severity

    assert severity("Das Fest war groß. Unte dem Motto feierten alle.", "Unte", ("Ute", "Unter", "Ante")) \
        is Severity.WARNING
    assert severity("Das sagte Peskow am Montag.", "Peskow", ("Pesto", "Pesko")) is Severity.INFO
    assert severity("Das sagte Hans Ofer am Montag.", "Ofer", ("Offer", "Ufer")) is Severity.INFO  # a surname


def test_an_unwritten_word_two_slips_from_an_everyday_word_is_a_warning():
    from linter.findings import Match, Severity, Source
    from linter.precision.names import UncertainNameSeverity, unwritten_word_near_an_everyday_word
    from linter.prose import ProseView

    # LanguageTool's first guess a name of similar shape, the everyday word two slips away second
    assert unwritten_word_near_an_everyday_word("Regirng", ("Regina", "Regierung"))
    assert not unwritten_word_near_an_everyday_word("Regeln", ("Regen", "Regel"))  # a word people write
    assert not unwritten_word_near_an_everyday_word("Lnad", ("Lind", "Land"))  # too short for two slips
    assert not unwritten_word_near_an_everyday_word("Peskowitsch", ("Peskow",))  # no everyday word that close
    assert not unwritten_word_near_an_everyday_word("ABX-Regirng", ("ABX-Regina", "ABX-Regierung"))  # a compound with a name

    def severity(text, word, replacements):
        match = Match(text.index(word), len(word), "languagetool.GERMAN_SPELLER_RULE", Source.LANGUAGETOOL,
                      "TYPOS", Severity.ERROR, "Möglicher Tippfehler gefunden.", replacements)
        return UncertainNameSeverity()(match, ProseView.plain(text)).severity

    assert severity("Die neue Regirng tagte am Montag.", "Regirng", ("Regina", "Regierung")) is Severity.WARNING
    assert severity("Das sagte Anna Regirng am Montag.", "Regirng", ("Regina", "Regierung")) is Severity.INFO  # a surname


def test_a_word_too_long_for_a_name_that_a_suggestion_mends_closely_stays_an_error():
    from linter.findings import Match, Severity, Source
    import dataclasses

    from linter.precision.names import UncertainNameSeverity, slip_in_a_long_compound
    from linter.prose import ProseView

    assert slip_in_a_long_compound("Kontrollgruppenmitgliederr", ("Kontrollgruppenmitglieder",))  # a doubled letter
    assert slip_in_a_long_compound("Wasserstandsmeldungn", ("Wasserstandsmeldung", "Wasserstandsmeldungen"))
    assert not slip_in_a_long_compound("Regierungssitzz", ("Regierungssitz",))  # fifteen letters: could be a name
    assert not slip_in_a_long_compound("Kontroll-Gruppenmitgliederr", ("Kontroll-Gruppenmitglieder",))  # a hyphen
    assert not slip_in_a_long_compound("Kontrollgruppenmitglieder", ("Kontrollgruppenmittelwerte",))  # far off

    text = "Die Kontrollgruppenmitgliederr trafen sich am Montag."
    word = "Kontrollgruppenmitgliederr"
    match = Match(text.index(word), len(word), "languagetool.GERMAN_SPELLER_RULE", Source.LANGUAGETOOL,
                  "TYPOS", Severity.ERROR, "Möglicher Tippfehler gefunden.", ("Kontrollgruppenmitglieder",))
    assert UncertainNameSeverity()(match, ProseView.plain(text)).severity is Severity.ERROR
    far = dataclasses.replace(match, replacements=("Kontrollgruppenmittelwerte",))
    assert UncertainNameSeverity()(far, ProseView.plain(text)).severity is Severity.INFO


def test_a_slip_right_after_a_noun_that_introduces_a_name_is_a_warning():
    from linter.precision.names import UncertainNameSeverity, follows_a_name_introducer

    text = "Es kam zu Protesten in der Stadt Sucre am Montag."
    assert follows_a_name_introducer(text, text.index("Sucre"))
    match = speller_match(text, "Sucre", ("Suche", "Sure"))
    assert UncertainNameSeverity()(match, ProseView.plain(text)).severity is Severity.WARNING
    declined = "Der Chef des Autobauers Litex traf Kunden."
    assert follows_a_name_introducer(declined, declined.index("Litex"))


def test_a_slip_after_any_other_word_keeps_its_error():
    from linter.precision.names import UncertainNameSeverity, follows_a_name_introducer

    text = "Es kam zu Protesten in der Suche Sucre am Montag."
    assert not follows_a_name_introducer(text, text.index("Sucre"))
    sentence_start = "Stadt. Sucre am Montag."
    assert not follows_a_name_introducer(sentence_start, sentence_start.index("Sucre"))
    match = speller_match(text, "Sucre", ("Suche", "Sure"))
    assert UncertainNameSeverity()(match, ProseView.plain(text)).severity is Severity.ERROR
