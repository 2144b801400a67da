"""One article as plain text, Markdown and HTML, checked end to end with the real LanguageTool.

``fixtures/markup/artikel.{txt,md,html}`` carry the same prose and the same
deliberate errors; the findings must be the same (rule ids and flagged texts, in
order), each at its exact place in its own source. ``sauber.{md,html}`` are the
same markup without the errors.
"""

from __future__ import annotations

import html
import json
import re

import pytest

from tests.conftest import REPO

MARKUP = REPO / "fixtures" / "markup"


EXPECTED = [
    ("languagetool.GERMAN_WORD_REPEAT_RULE", "info", "die die"),
    ("languagetool.GERMAN_SPELLER_RULE", "error", "jeoch"),
    ("typografie.leerzeichen-vor-satzzeichen", "warning", " ,"),
]
POSITIONS = {  # (line, column) of each expected finding in its own source
    "artikel.txt": [(5, 144), (15, 108), (17, 64)],
    "artikel.md": [(12, 60), (24, 23), (27, 64)],
    "artikel.html": [(17, 64), (29, 27), (32, 69)],
}


@pytest.fixture(scope="module")
def reports(languagetool_url) -> dict[str, dict]:
    """JSON report entry per fixture file, from one in-process run over all five."""
    from typer.testing import CliRunner

    from linter.cli import app

    names = ["artikel.txt", "artikel.md", "artikel.html", "sauber.md", "sauber.html"]
    result = CliRunner().invoke(app, ["check", "--format", "json", *[str(MARKUP / n) for n in names]],
                                catch_exceptions=False)
    assert result.exit_code == 1, result.output
    return {e["path"].rsplit("/", 1)[-1]: e for e in json.loads(result.stdout)["files"]}


def as_prose(source_slice: str) -> str:
    """What a reader sees of a source stretch: tags dropped, entities decoded, whitespace collapsed."""
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]*>", "", source_slice)))


@pytest.mark.parametrize("name", ["artikel.txt", "artikel.md", "artikel.html"])
def test_article_findings_are_the_planted_errors_in_order(reports, name):
    entry = reports[name]
    assert set(entry) == {"path", "findings"}  # no file error, no reader warnings
    assert [(f["rule"], f["severity"], f["text"]) for f in entry["findings"]] == EXPECTED


def test_three_formats_agree(reports):
    signatures = {name: [(f["rule"], as_prose(f["text"])) for f in reports[name]["findings"]]
                  for name in ("artikel.txt", "artikel.md", "artikel.html")}
    assert signatures["artikel.md"] == signatures["artikel.txt"]
    assert signatures["artikel.html"] == signatures["artikel.txt"]


@pytest.mark.parametrize("name", ["artikel.txt", "artikel.md", "artikel.html"])
def test_article_findings_point_into_their_own_source(reports, name):
    source = (MARKUP / name).read_text(encoding="utf-8")
    lines = source.split("\n")
    findings = reports[name]["findings"]
    assert [(f["line"], f["column"]) for f in findings] == POSITIONS[name]
    for finding, (_, _, text) in zip(findings, EXPECTED):
        start, end = finding["offset"], finding["offset"] + finding["length"]
        assert source[start:end] == finding["text"]
        assert as_prose(source[start:end]) == text
        # line/column agree with the offset
        line_start = sum(len(l) + 1 for l in lines[:finding["line"] - 1])
        assert line_start + finding["column"] - 1 == start


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_planted_errors_are_exactly_what_sauber_lacks(reports, fmt):
    def rules_texts(name):
        return [(f["rule"], f["text"]) for f in reports[name]["findings"]]

    extra = [item for item in rules_texts(f"artikel.{fmt}") if item not in rules_texts(f"sauber.{fmt}")]
    assert extra == [(rule, text) for rule, _, text in EXPECTED[:3]]


@pytest.mark.parametrize("name", ["sauber.md", "sauber.html"])
def test_sauber_has_none_of_the_planted_errors(reports, name):
    texts = {f["text"] for f in reports[name]["findings"]}
    assert not texts & {"jeoch", "die die", " ,"}
    assert set(reports[name]) == {"path", "findings"}


@pytest.mark.parametrize("name", ["sauber.md", "sauber.html"])
def test_sauber_has_no_findings_at_warning_or_above(reports, name):
    assert [(f["rule"], f["text"]) for f in reports[name]["findings"] if f["severity"] in ("warning", "error")] == []
