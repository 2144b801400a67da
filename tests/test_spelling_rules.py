"""Which LanguageTool matches the precision means weigh as a word the dictionary lacks: the speller's,
not the real-word rules of the same category ("Seid gestern", "wieder besseres Wissen")."""

from __future__ import annotations

import pytest

from linter.findings import Match, Severity, Source
from linter.languagetool.spelling import is_speller_rule, is_spelling_verdict, is_unknown_word
from linter.prose import ProseView

SENTENCE = "Seid gestern regnet es in Wien."


def match(rule: str, category: str = "TYPOS", source: Source = Source.LANGUAGETOOL, word: str = "Seid",
          replacements: tuple[str, ...] = ("Seit",), text: str = SENTENCE) -> Match:
    return Match(text.index(word), len(word), rule, source, category, Severity.ERROR, "Meinten Sie „seit“?",
                 replacements)


@pytest.mark.parametrize("rule", ["GERMAN_SPELLER_RULE", "languagetool.AUSTRIAN_GERMAN_SPELLER_RULE",
                                  "languagetool.SWISS_GERMAN_SPELLER_RULE"])
def test_the_spellers_are_speller_rules(rule):
    assert is_speller_rule(rule, "TYPOS")
    assert not is_speller_rule(rule, "GRAMMAR")


@pytest.mark.parametrize("rule", ["languagetool.SEIT_VS_SEID", "languagetool.WIEDER_WILLEN_SPELLING_RULE",
                                  "languagetool.DENN_DEN", "languagetool.DE_CASE"])
def test_real_word_and_other_rules_are_not(rule):
    assert not is_speller_rule(rule, "TYPOS")


def test_an_unknown_word_is_a_languagetool_speller_match():
    assert is_unknown_word(match("languagetool.GERMAN_SPELLER_RULE"))
    assert not is_unknown_word(match("languagetool.SEIT_VS_SEID"))
    assert not is_unknown_word(match("house.GERMAN_SPELLER_RULE", source=Source.HOUSE))


def test_multi_word_spelling_is_a_spelling_verdict_but_no_unknown_word():
    multi = match("languagetool.DE_MULTITOKEN_SPELLING_THREE", category="MULTITOKEN_SPELLING")
    assert is_spelling_verdict(multi) and not is_unknown_word(multi)
    assert is_spelling_verdict(match("languagetool.GERMAN_SPELLER_RULE"))
    assert not is_spelling_verdict(match("languagetool.SEIT_VS_SEID"))


def test_the_names_means_keeps_a_real_word_error_on_a_common_capitalised_word():
    from linter.precision.names import NameFilter, UncertainNameSeverity

    real_word = match("languagetool.SEIT_VS_SEID")
    view = ProseView.plain(SENTENCE)
    assert NameFilter()(real_word, view)  # "Seid" is common, but the rule says it is the wrong word here
    assert UncertainNameSeverity()(real_word, view).severity is Severity.ERROR
    # the speller's verdict on the same kind of word is still weighed as a name
    text = "Das sagte Peskow am Montag."
    speller = match("languagetool.GERMAN_SPELLER_RULE", word="Peskow", replacements=("Pesto", "Pesko"), text=text)
    assert UncertainNameSeverity()(speller, ProseView.plain(text)).severity is Severity.INFO


def test_a_real_word_rule_keeps_the_suggestions_its_authors_chose():
    from linter.precision.context import ContextRanking

    text = "Das Gesetz wurde wieder besseres Wissen beschlossen."
    real_word = match("languagetool.WIEDER_WILLEN_SPELLING_RULE", word="wieder", replacements=("wider",), text=text)
    assert ContextRanking()(real_word, ProseView.plain(text)).replacements == ("wider",)


def test_the_accept_list_overrules_spelling_verdicts_only():
    from linter.precision.vocabulary import AcceptFilter, Vocabulary

    accepting = AcceptFilter(Vocabulary(accept=frozenset({"Seid"})))
    view = ProseView.plain(SENTENCE)
    assert not accepting(match("languagetool.GERMAN_SPELLER_RULE"), view)
    assert accepting(match("languagetool.SEIT_VS_SEID"), view)
