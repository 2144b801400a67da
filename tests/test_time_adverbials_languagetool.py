"""Time adverbials inside a noun phrase against the real LanguageTool: its agreement rule takes the
adverbial's noun for the article's; with the grammar means that finding is info, and a slip stays an error."""

from __future__ import annotations

import pytest

from tests.check_support import severities_with_and_without

MISREADINGS = ("Ein vergangene Woche", "Eine vergangenen Monat", "die Linzer Ende Juni")
SLIPS = ("einen helle Jacke",)
TEXT = "\n\n".join([
    "Ein vergangene Woche veröffentlichter Bericht zeigt das.",
    "Eine vergangenen Monat beschlossene Regel gilt ab heute.",
    "Im Finale setzten sich die Linzer Ende Juni gegen Graz durch.",
    "Er trägt einen helle Jacke.",
]) + "\n"


@pytest.fixture(scope="module")
def severities(languagetool_url, tmp_path_factory) -> dict[str, dict[str, str]]:
    return severities_with_and_without(languagetool_url, tmp_path_factory.mktemp("zeit"), TEXT, "grammar")


def test_languagetool_reports_the_misreadings_as_errors_without_the_means(severities):
    assert {span: severities["without"].get(span) for span in MISREADINGS} == dict.fromkeys(MISREADINGS, "error")


def test_the_means_makes_them_info(severities):
    assert {span: severities["with"].get(span) for span in MISREADINGS} == dict.fromkeys(MISREADINGS, "info")


def test_a_slip_stays_an_error(severities):
    assert {span: severities["with"].get(span) for span in SLIPS} == dict.fromkeys(SLIPS, "error")
