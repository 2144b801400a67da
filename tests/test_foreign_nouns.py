"""DE_AGREEMENT with a foreign head noun is a warning; German noun phrases keep the error."""

from __future__ import annotations

import pytest

from linter.findings import Match, Severity, Source
from linter.precision.foreign_nouns import ForeignNounAgreementSeverity, has_foreign_head_noun
from linter.prose import ProseView


@pytest.mark.parametrize("phrase", [
    "das Score",  # an English noun: LanguageTool's gender is a guess
    "die GEN-Summit",  # its last hyphen part is English
    "eine Bad Bank",  # an English compound written apart takes its last word's gender
    "den Millennium Park",
    "des Safe Harbor-Systems",
])
def test_a_foreign_head_noun(phrase):
    assert has_foreign_head_noun(phrase)


@pytest.mark.parametrize("phrase", [
    "den größten Verlieren",
    "des Forschungsstandort",
    "einen helle Jacke",
    "des Europäische Parlaments",  # a German adjective before the noun
    "Das Amerikaner",  # an article at a sentence start
    "der berichtete Vorfälle",
])
def test_a_german_noun_phrase(phrase):
    assert not has_foreign_head_noun(phrase)


def _adjusted(text: str, phrase: str, rule: str = "languagetool.DE_AGREEMENT") -> Match:
    match = Match(text.index(phrase), len(phrase), rule, Source.LANGUAGETOOL, "GRAMMAR", Severity.ERROR,
                  "Möglicherweise fehlende grammatische Übereinstimmung.", ())
    return ForeignNounAgreementSeverity()(match, ProseView.plain(text))


def test_the_adjuster_lowers_only_agreement_findings_on_foreign_nouns():
    assert _adjusted("Damit war das Score ausgeglichen.", "das Score").severity is Severity.WARNING
    assert _adjusted("Er trägt einen helle Jacke.", "einen helle Jacke").severity is Severity.ERROR
    assert _adjusted("Damit war das Score ausgeglichen.", "das Score", rule="languagetool.DE_CASE").severity \
        is Severity.ERROR
