"""A case finding that only lowers a surname the article writes after a first name is dropped."""

from __future__ import annotations

import pytest

from linter.findings import Match, Severity, Source
from linter.precision.names import surnames_in
from linter.precision.surname_case import surname_case_filter
from linter.prose import ProseView

ARTICLE = ("In seiner neuen Komödie spekuliert Woody Allen über das Glück. Das ist schwieriger als üblich, "
           "und Allen bereitet es Vergnügen.")


def _kept(text: str, flagged: str, replacements: tuple[str, ...] = ("allen",), rule: str = "languagetool.ALLE",
          category: str = "CASING") -> bool:
    offset = text.rindex(flagged)
    match = Match(offset, len(flagged), rule, Source.LANGUAGETOOL, category, Severity.ERROR,
                  "Meinten Sie „allen“?", replacements)
    return surname_case_filter(match, ProseView.plain(text))


def test_a_surname_the_article_introduces_loses_the_case_finding():
    assert not _kept(ARTICLE, "Allen")


def test_the_same_word_without_the_first_name_keeps_it():
    assert _kept("Das ist schwieriger als üblich, und Allen bereitet es Vergnügen.", "Allen")


@pytest.mark.parametrize(("replacements", "rule", "category"), [
    (("allem",), "languagetool.ALLE", "CASING"),  # more than the case changes
    (("Allee",), "languagetool.AUSTRIAN_GERMAN_SPELLER_RULE", "TYPOS"),  # a spelling verdict: the names filter's
])
def test_other_findings_are_kept(replacements, rule, category):
    assert _kept(ARTICLE, "Allen", replacements, rule, category)


def test_a_two_letter_word_after_a_line_ups_last_first_name_is_no_surname():
    text = "Ersatz: Kuster, Alar Es fehlen: Grgic. Sie sagte, Es sei gut."
    assert _kept(text, "Es", ("es",), "languagetool.DE_CASE")


@pytest.mark.parametrize(("text", "surnames"), [
    ("Gestern sprach Woody Allen darüber.", {"Allen"}),
    ("Woody Allen sprach darüber.", set()),  # a first name opening the sentence may be anything
    ("Gestern sprach der Bürger Kurz darüber.", set()),  # "Bürger" is in the name list, but a common noun
])
def test_surnames_in(text, surnames):
    assert surnames_in(text) == surnames
