"""Real-word errors against the real LanguageTool: its pattern rules of the TYPOS category flag a
word the dictionary knows, written where the sentence wants another. newslint reports them as
LanguageTool does, with its suggestions in its order; the means for unknown words (names, word
frequency, suggestions in context) leave them alone."""

from __future__ import annotations

import json
import urllib.parse
import urllib.request

import pytest

SENTENCES = {
    "Seid gestern regnet es in Wien.": "SEIT_VS_SEID",  # a common word, capitalised at the start
    "Ihr seit herzlich eingeladen.": "SEID_VS_SEIT",
    "Das Gesetz wurde wieder besseres Wissen beschlossen.": "WIEDER_WILLEN_SPELLING_RULE",
}
TEXT = "\n\n".join(SENTENCES) + "\n"


def languagetool_alone(url: str, text: str) -> dict[str, list[str]]:
    """The suggestions LanguageTool itself gives for each rule that fires on ``text``."""
    form = urllib.parse.urlencode({"text": text, "language": "de-AT"}).encode()
    with urllib.request.urlopen(url.rstrip("/") + "/v2/check", form, timeout=120) as answer:
        matches = json.load(answer)["matches"]
    return {m["rule"]["id"]: [r["value"] for r in m["replacements"]][:5] for m in matches}


@pytest.fixture(scope="module")
def findings(languagetool_url, tmp_path_factory) -> dict[str, dict]:
    from typer.testing import CliRunner

    from linter.cli import app

    path = tmp_path_factory.mktemp("realword") / "text.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "--language", "de-AT", "--format", "json", "--languagetool-url",
                                      languagetool_url, str(path)], catch_exceptions=False)
    [report] = json.loads(result.stdout)["files"]
    return {f["rule"].removeprefix("languagetool."): f for f in report["findings"]}


@pytest.mark.parametrize("sentence, rule", SENTENCES.items())
def test_a_real_word_error_keeps_languagetools_verdict_and_suggestions(languagetool_url, findings, sentence, rule):
    alone = languagetool_alone(languagetool_url, sentence)
    assert rule in alone, alone  # the rule fires on LanguageTool's own
    finding = findings.get(rule)
    assert finding is not None, sorted(findings)
    assert finding["severity"] == "error"
    assert finding["replacements"] == alone[rule]
