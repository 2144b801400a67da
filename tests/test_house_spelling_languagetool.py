"""House spelling of names against the real LanguageTool: the house's spellings are info,
slips in names LanguageTool knows stay errors."""

from __future__ import annotations

import json

import pytest


TEXT = ("Das sagte Dmitri Peskow am Freitag, und Ahmet Davutoglu schrieb auf Youtube. "
        "Dann kamen Angela Merkl und Olaf Schlz, zuletzt Emmanuel Macorn.\n\n"
        "Kasachstans Präsident Kassym-Schomart Tokajew reiste nach Berlin. Die Kuelle ist versiegt.\n")


@pytest.fixture(scope="module")
def severities(languagetool_url, tmp_path_factory) -> dict[str, str]:
    from typer.testing import CliRunner

    from linter.cli import app

    path = tmp_path_factory.mktemp("house") / "namen.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "--format", "json", "--languagetool-url", languagetool_url,
                                      str(path)], catch_exceptions=False)
    [report] = json.loads(result.stdout)["files"]
    return {finding["text"]: finding["severity"] for finding in report["findings"]}


@pytest.mark.parametrize("name", ["Dmitri Peskow", "Ahmet Davutoglu", "Youtube", "Kassym-Schomart"])
def test_the_house_spelling_of_a_name_is_info(severities, name):
    assert severities.get(name) == "info", severities


@pytest.mark.parametrize("name", ["Angela Merkl", "Olaf Schlz", "Emmanuel Macorn", "Kuelle"])
def test_a_slip_in_a_name_languagetool_knows_stays_an_error(severities, name):
    assert severities.get(name) == "error", severities
