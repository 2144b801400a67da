"""The genitive of a name against the real LanguageTool: its speller knows "Djokovic" and flags
"Djokovics" as an error; with the names means it is info, and "Manchmals" stays an error."""

from __future__ import annotations

import pytest

from tests.check_support import severities_with_and_without

TEXT = "Die Rückhand Djokovics war an diesem Tag stark.\n\nManchmals regnet es im Sommer.\n"


@pytest.fixture(scope="module")
def severities(languagetool_url, tmp_path_factory) -> dict[str, dict[str, str]]:
    return severities_with_and_without(languagetool_url, tmp_path_factory.mktemp("genitiv"), TEXT, "names")


def test_the_genitive_is_an_error_to_languagetool_and_info_with_the_means(severities):
    assert (severities["without"].get("Djokovics"), severities["with"].get("Djokovics")) == ("error", "info")


def test_an_s_on_an_adverb_stays_an_error(severities):
    assert severities["with"].get("Manchmals") == "error"
