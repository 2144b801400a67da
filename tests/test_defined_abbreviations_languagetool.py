"""An abbreviation introduced in brackets against the real LanguageTool: its speller takes "VÖP" for
a slip of "ÖVP" and "Republika" for one of "Republik"; with the names means both go, and a slip in
the words an abbreviation spells ("Freiheitlche") stays."""

from __future__ import annotations

import pytest

from tests.check_support import severities_with_and_without

TEXT = ("Das sagte der Vorsitzende des Verbands der Privatsender (VÖP), Ernst Swoboda.\n\n"
        "Der Landesteil Republika Srpska (RS) lehnt das ab.\n\n"
        "Die Freiheitlche Partei Österreichs (FPÖ) tagt.\n")


@pytest.fixture(scope="module")
def severities(languagetool_url, tmp_path_factory) -> dict[str, dict[str, str]]:
    return severities_with_and_without(languagetool_url, tmp_path_factory.mktemp("abkuerzungen"), TEXT, "names")


def test_a_defined_abbreviation_and_the_words_it_spells_are_no_slips(severities):
    assert severities["without"].get("VÖP") in ("warning", "error")
    assert severities["without"].get("Republika") in ("warning", "error")
    assert "VÖP" not in severities["with"] and "Republika" not in severities["with"]


def test_a_slip_in_the_words_an_abbreviation_spells_stays(severities):
    assert severities["with"].get("Freiheitlche") == "error"
