"""Real-word errors against the real LanguageTool: its pattern rules of the TYPOS category flag a
word the dictionary knows, written where the sentence wants another. newslint reports them as
LanguageTool does, with its suggestions in its order; the means for unknown words (names, word
frequency, suggestions in context) leave them alone."""

from __future__ import annotations

import pytest

from tests.check_support import languagetool_alone, newslint_findings

SENTENCES = {
    "Seid gestern regnet es in Wien.": "SEIT_VS_SEID",  # a common word, capitalised at the start
    "Ihr seit herzlich eingeladen.": "SEID_VS_SEIT",
    "Das Gesetz wurde wieder besseres Wissen beschlossen.": "WIEDER_WILLEN_SPELLING_RULE",
}
TEXT = "\n\n".join(SENTENCES) + "\n"


def suggestions_alone(url: str, text: str) -> dict[str, list[str]]:
    """The suggestions LanguageTool itself gives for each rule that fires on ``text``."""
    return {m["rule"]["id"]: [r["value"] for r in m["replacements"]][:5] for m in languagetool_alone(url, text)}


@pytest.fixture(scope="module")
def findings(languagetool_url, tmp_path_factory) -> dict[str, dict]:
    path = tmp_path_factory.mktemp("realword") / "text.txt"
    return {f["rule"].removeprefix("languagetool."): f for f in newslint_findings(languagetool_url, path, TEXT)}


@pytest.mark.parametrize("sentence, rule", SENTENCES.items())
def test_a_real_word_error_keeps_languagetools_verdict_and_suggestions(languagetool_url, findings, sentence, rule):
    alone = suggestions_alone(languagetool_url, sentence)
    assert rule in alone, alone  # the rule fires on LanguageTool's own
    finding = findings.get(rule)
    assert finding is not None, sorted(findings)
    assert finding["severity"] == "error"
    assert finding["replacements"] == alone[rule]
