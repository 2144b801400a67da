"""End to end on the sample article with the real LanguageTool: typos stay, names go, the byline is skipped."""

from __future__ import annotations

import json

import pytest

from tests.conftest import SAMPLE


NAMES = ("Peskow", "Lankow", "Andrej Lankow", "Dmitri", "Kim Jong Un", "Jong Uns", "Chosun Ilbo",
         "Cheong Seong-chang", "Kookmin-Universität", "Sejong-Institut", "Ria Novosti", "Pjöngjang",
         "Wladiwostok", "AFP", "Putin", "Seoul", "Euronews")
TYPOS = {"jeoch": "jedoch", "diekt": "direkt", "Duchschnittsgeschwindigkeit": "Durchschnittsgeschwindigkeit"}


@pytest.fixture(scope="module")
def findings(languagetool_url):
    from typer.testing import CliRunner

    from linter.cli import app

    result = CliRunner().invoke(app, ["check", "--format", "json", "--languagetool-url", languagetool_url,
                                      str(SAMPLE)], catch_exceptions=False)
    assert result.exit_code == 1, result.output
    [report] = json.loads(result.stdout)["files"]
    assert not report.get("error")
    return report["findings"]


def _spans(text: str, needle: str):
    start = text.find(needle)
    while start >= 0:
        yield start, start + len(needle)
        start = text.find(needle, start + 1)


def test_the_three_typos_are_flagged_with_the_right_first_suggestion(findings):
    for wrong, right in TYPOS.items():
        [finding] = [f for f in findings if f["text"] == wrong]
        assert finding["severity"] == "error"
        assert finding["replacements"][0] == right, finding


def test_both_stray_spaces_are_flagged(findings):
    spaces = [f for f in findings if f["rule"] == "typografie.leerzeichen-vor-satzzeichen"]
    assert [(f["line"], f["text"]) for f in spaces] == [(27, " ,"), (39, " ,")]


def test_no_name_is_flagged_at_warning_or_error(findings):
    text = SAMPLE.read_text(encoding="utf-8")
    for name in NAMES:
        for start, end in _spans(text, name):
            hits = [f for f in findings if f["severity"] != "info"
                    and f["offset"] < end and start < f["offset"] + f["length"]
                    and f["rule"] != "typografie.gerade-anfuehrungszeichen"]
            assert not hits, (name, hits)


def test_the_byline_is_not_checked_as_copy(findings):
    assert [f for f in findings if f["line"] == 1] == []
