"""Enumeration labels against the real LanguageTool: its ``UNPAIRED_BRACKETS`` reports the bracket of
"a)" and "b)"; with the grammar means the findings go, and a stray bracket after a word stays."""

from __future__ import annotations

import pytest

from tests.check_support import languagetool_alone, newslint_findings

TEXT = "Ich trage Vollbart, a) weil er mir gut steht, b) weil ich zu faul zum Rasieren bin.\n"
STRAY = "Er trug einen Vollbart) und ging nach Hause.\n"


def test_languagetool_alone_reports_the_labels(languagetool_url):
    rules = [m["rule"]["id"] for m in languagetool_alone(languagetool_url, TEXT)]
    assert rules.count("UNPAIRED_BRACKETS") >= 1


def test_newslint_drops_the_labels_and_keeps_a_stray_bracket(languagetool_url, tmp_path):
    ours = newslint_findings(languagetool_url, tmp_path / "aufzaehlung.txt", TEXT)
    assert not [f for f in ours if f["rule"] == "languagetool.UNPAIRED_BRACKETS"]
    stray = newslint_findings(languagetool_url, tmp_path / "klammer.txt", STRAY)
    assert [f["text"] for f in stray if f["rule"] == "languagetool.UNPAIRED_BRACKETS"] == [")"]
