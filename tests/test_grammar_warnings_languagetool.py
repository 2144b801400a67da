"""Two LanguageTool verdicts that are warnings with the grammar means, against the real server:
agreement with a foreign head noun (``linter/precision/foreign_nouns.py``) and a small letter
right after "?" or "!" inside a line (``linter/precision/sentence_start.py``). Without the means
LanguageTool reports them as errors; slips beside them stay errors."""

from __future__ import annotations

import pytest

from tests.check_support import severities_with_and_without

WARNINGS = ("das Score", "eine Bad Bank", "wurde")
ERRORS = ("einen helle Jacke", "des Europäische Parlaments")
TEXT = "\n\n".join([
    "Damit war das Score nach 60 Minuten ausgeglichen.",
    "Der Vorstand hat auf eine Bad Bank gedrängt.",
    "Für Who's Afraid of Virginia Woolf? wurde er ausgezeichnet.",
    "Er trägt einen helle Jacke.",
    "Die Sitzung des Europäische Parlaments dauerte lange.",
]) + "\n"


@pytest.fixture(scope="module")
def severities(languagetool_url, tmp_path_factory) -> dict[str, dict[str, str]]:
    return severities_with_and_without(languagetool_url, tmp_path_factory.mktemp("grammar"), TEXT, "grammar")


def test_languagetool_reports_them_as_errors_without_the_means(severities):
    spans = WARNINGS + ERRORS
    assert {span: severities["without"].get(span) for span in spans} == dict.fromkeys(spans, "error")


def test_the_means_makes_them_warnings(severities):
    assert {span: severities["with"].get(span) for span in WARNINGS} == dict.fromkeys(WARNINGS, "warning")


def test_slips_beside_them_stay_errors(severities):
    assert {span: severities["with"].get(span) for span in ERRORS} == dict.fromkeys(ERRORS, "error")
