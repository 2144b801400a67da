"""A first name before a rare surname against the real LanguageTool: its speller offers everyday
words one edit away ("Ofer": "Oder", "Opfer") and flags it as an error; with the names means it is
info, and a slip of "Kein" before a rare noun stays an error."""

from __future__ import annotations

import pytest

from tests.check_support import severities_with_and_without

TEXT = "Es sprach der Biologe Ofer Tchernichovski zuerst.\n\nEr sah, dass Kien Preisvergleichsportal helfe.\n"


@pytest.fixture(scope="module")
def severities(languagetool_url, tmp_path_factory) -> dict[str, dict[str, str]]:
    return severities_with_and_without(languagetool_url, tmp_path_factory.mktemp("namen"), TEXT, "names")


def test_a_first_name_before_a_rare_surname_is_info(severities):
    assert (severities["without"].get("Ofer"), severities["with"].get("Ofer")) == ("error", "info")


def test_a_slip_before_a_rare_noun_stays_an_error(severities):
    assert severities["with"].get("Kien") == "error"
