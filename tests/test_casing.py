"""A capital on a function word in mid-sentence is a warning; other case findings keep their severity."""

from __future__ import annotations

import json

import pytest

from linter.findings import Match, Severity, Source
from linter.precision.casing import capitalised_function_word, function_word_case_severity, function_words
from linter.prose import ProseView


def test_the_list_holds_lower_case_closed_class_words():
    words = function_words()
    assert {"der", "es", "nach", "für", "während", "jedoch"} <= words
    assert all(w == w.lower() and w.isalpha() for w in words)
    assert not {"angeblich", "obersten", "spiegel"} & words  # content words are not in it


@pytest.mark.parametrize(("flagged", "expected"), [
    ("Der", True), ("Nach", True), ("Für", True), ("der", False), ("DER", False), ("Obersten", False),
    ("Der Spiegel", False),
])
def test_capitalised_function_word(flagged, expected):
    assert capitalised_function_word(flagged) is expected


def _adjusted(text: str, word: str, rule: str = "languagetool.DE_CASE") -> Match:
    match = Match(text.index(word), len(word), rule, Source.LANGUAGETOOL, "CASING", Severity.ERROR,
                  "Außer am Satzanfang werden nur Nomen und Eigennamen großgeschrieben.", (word.lower(),))
    return function_word_case_severity(match, ProseView.plain(text))


def test_a_function_word_is_a_warning_a_content_word_and_other_rules_keep_their_severity():
    assert _adjusted("Neue Regeln für Pubs Die Magna Carta gilt.", "Die").severity is Severity.WARNING
    assert _adjusted("Das sagte der Obersten Richter.", "Obersten").severity is Severity.ERROR
    assert _adjusted("Neue Regeln Die Carta.", "Die", rule="languagetool.OTHER").severity is Severity.ERROR


@pytest.mark.languagetool
def test_end_to_end_a_run_in_heading_is_a_warning(cli, tmp_path, languagetool_url):
    article = tmp_path / "a.txt"
    article.write_text("Die Regierung hat am Montag neue Regeln beschlossen, sagte er und Das war alles.\n",
                       encoding="utf-8")
    result = cli("check", "--no-cache", "--format", "json", "--languagetool-url", languagetool_url, str(article))
    findings = json.loads(result.stdout)["files"][0]["findings"]
    case = [f for f in findings if f["rule"] == "languagetool.DE_CASE"]
    assert case and all(f["severity"] == "warning" for f in case), findings
