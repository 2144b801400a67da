""""des" before an undeclined newspaper title is a warning that names both readings."""

from __future__ import annotations

import pytest

from linter.findings import Match, Severity, Source
from linter.precision.title_genitive import (TITLE_GENITIVE_MESSAGE, newspaper_titles, title_genitive_severity,
                                             undeclined_title)
from linter.prose import ProseView


def _adjusted(text: str, flagged: str, rule: str = "languagetool.DE_AGREEMENT") -> Match:
    match = Match(text.index(flagged), len(flagged), rule, Source.LANGUAGETOOL, "GRAMMAR", Severity.ERROR,
                  "Möglicherweise fehlende grammatische Übereinstimmung.", ("der Standard",))
    return title_genitive_severity(match, ProseView.plain(text))


def test_the_list_holds_capitalised_single_words():
    titles = newspaper_titles()
    assert {"Spiegel", "Standard", "Kurier", "Falter"} <= titles
    assert all(title[:1].isupper() and title.isalpha() for title in titles)


@pytest.mark.parametrize(("text", "title"), [
    ("Auf Nachfrage des Standard sagte er nichts.", "Standard"),
    ("Laut einem Bericht des Spiegel ist das falsch.", "Spiegel"),
])
def test_des_before_a_listed_title_is_a_warning(text, title):
    adjusted = _adjusted(text, "des " + title)
    assert adjusted.severity is Severity.WARNING
    assert adjusted.message == TITLE_GENITIVE_MESSAGE.format(title=title)


@pytest.mark.parametrize(("text", "flagged"), [
    ("Die Einhaltung des Vertrag ist Pflicht.", "des Vertrag"),  # no title
    ("Laut einem Bericht des neuen Spiegel ist das falsch.", "des neuen Spiegel"),  # more than the title
    ("Er las dem Spiegel vor.", "dem Spiegel"),  # not the genitive
])
def test_other_findings_keep_their_severity(text, flagged):
    assert _adjusted(text, flagged).severity is Severity.ERROR


def test_only_the_agreement_rule_is_read():
    assert _adjusted("Ein Bericht des Spiegel.", "des Spiegel", rule="languagetool.DE_CASE").severity is Severity.ERROR


@pytest.mark.parametrize(("phrase", "title"), [("des Kurier", "Kurier"), ("des  Falter", "Falter"),
                                               ("des Kuriers", None), ("der Kurier", None)])
def test_undeclined_title(phrase, title):
    assert undeclined_title(phrase) == title
