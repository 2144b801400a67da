"""The sarif format: schema validity for every report set, content, fingerprints."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import linter
from linter.reporters.fingerprints import FINGERPRINT_KEY
from linter.reporters.sarif import artifact_location

from test_reporters_support import CASES, DATA, doc, find, render, render_json, report

SHARED_SCHEMA = Path("/work/shared/schemas/sarif-schema-2.1.0.json")
VENDORED_SCHEMA = DATA / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def validator():
    path = SHARED_SCHEMA if SHARED_SCHEMA.exists() else VENDORED_SCHEMA
    schema = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema)


def test_vendored_schema_equals_shared_copy():
    if not SHARED_SCHEMA.exists():
        pytest.skip("no shared schema on this machine; the vendored copy is used")
    assert VENDORED_SCHEMA.read_bytes() == SHARED_SCHEMA.read_bytes()


@pytest.mark.parametrize("case", sorted(CASES))
def test_validates_against_schema(case, validator):
    log = render_json("sarif", CASES[case]())
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)


@pytest.mark.parametrize("case", sorted(CASES))
def test_regions_point_at_the_flagged_text(case):
    reports = CASES[case]()
    results = render_json("sarif", reports)["runs"][0]["results"]
    findings = [f for r in reports for f in sorted(r.findings, key=lambda f: f.sort_key())]
    texts = {r.path: r.document.text for r in reports if r.document is not None}
    assert len(results) == len(findings)
    for result, finding in zip(results, findings):
        region = result["locations"][0]["physicalLocation"]["region"]
        text = texts[finding.path]
        assert text[region["charOffset"]:region["charOffset"] + region["charLength"]] == region["snippet"]["text"]
        if region["startLine"] == region["endLine"]:
            line = text.split("\n")[region["startLine"] - 1]
            assert line[region["startColumn"] - 1:region["endColumn"] - 1] == region["snippet"]["text"]


def test_tool_rules_and_results():
    run = render_json("sarif", CASES["findings"]())["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "newslint" and driver["version"] == linter.__version__
    assert driver["informationUri"].startswith("https://")
    assert run["columnKind"] == "unicodeCodePoints"
    ids = [r["id"] for r in driver["rules"]]
    assert ids == sorted(ids) == ["abkuerzung.zb", "typografie.anfuehrungszeichen", "typografie.leerzeichen"]
    zb = driver["rules"][0]
    assert zb["helpUri"] == "https://example.org/regeln/zb"
    assert zb["shortDescription"]["text"] == "Abkürzungen werden mit schmalem Leerzeichen gesetzt."
    assert zb["defaultConfiguration"] == {"level": "note"}
    assert "helpUri" not in driver["rules"][1]
    assert driver["rules"][1]["shortDescription"]["text"] == "Gerade Anführungszeichen"
    for result in run["results"]:
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
    assert [r["level"] for r in run["results"]] == ["error", "warning", "note"]
    assert run["invocations"] == [{"executionSuccessful": True}]


def test_fixes_carry_the_replacements():
    results = render_json("sarif", CASES["findings"]())["runs"][0]["results"]
    space = results[1]["fixes"]
    assert [f["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] for f in space] == [" ", ""]
    assert space[1]["description"]["text"] == "Delete the flagged text"
    deleted = space[0]["artifactChanges"][0]["replacements"][0]["deletedRegion"]
    assert (deleted["charOffset"], deleted["charLength"]) == (23, 2)
    assert len(results[2]["fixes"]) == 3  # at most three of the four replacements


def test_file_error_makes_execution_unsuccessful():
    invocation = render_json("sarif", CASES["file-error"]())["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    notes = invocation["toolExecutionNotifications"]
    assert [(n["level"], n["message"]["text"]) for n in notes] == [
        ("error", "b.md:3: not valid UTF-8 (byte 0xfc at byte offset 17)"),
        ("warning", "LanguageTool: Zeitüberschreitung, nur Hausregeln geprüft"),
    ]
    assert notes[0]["locations"][0]["physicalLocation"]["artifactLocation"] == {"uri": "b.md", "uriBaseId": "%SRCROOT%"}


def test_uris_are_percent_encoded_and_relative_to_srcroot():
    results = render_json("sarif", CASES["odd-paths"]())["runs"][0]["results"]
    locations = [r["locations"][0]["physicalLocation"]["artifactLocation"] for r in results]
    assert locations == [
        {"uri": "Ressort%20Ausland/B%C3%BCrgerkrieg%2C%20100%25%3A%20Analyse.md", "uriBaseId": "%SRCROOT%"},
        {"uri": "file:///abs/p%C3%A4th/x.md"},
    ]


def test_empty_run_still_has_results_array():
    run = render_json("sarif", [])["runs"][0]
    assert run["results"] == [] and run["tool"]["driver"]["rules"] == []


def test_output_is_utf8_text():
    assert "😀" in render("sarif", CASES["unicode"]())


# --- fingerprints ---------------------------------------------------------------

ARTICLE = "Titel\n\nEr sagte \"Hallo\" und ging.\nDann sagte er \"Hallo\" noch mal.\n"


def _fingerprints(text: str, needle: str = '"Hallo"', count: int = 2) -> list[str]:
    d = doc("a.md", text)
    findings = [find(d, needle, "typografie.anfuehrungszeichen", nth=i) for i in range(count)]
    results = render_json("sarif", [report(d, *findings)])["runs"][0]["results"]
    return [r["partialFingerprints"][FINGERPRINT_KEY] for r in results]


def test_fingerprint_survives_a_line_inserted_above():
    before = _fingerprints(ARTICLE)
    after = _fingerprints("Neue Dachzeile\n\n" + ARTICLE)
    assert before == after


def test_fingerprint_survives_whitespace_changes_on_the_line():
    assert _fingerprints(ARTICLE) == _fingerprints(ARTICLE.replace("Er sagte", "Er  sagte   "))


def test_fingerprint_changes_with_the_flagged_text():
    before = _fingerprints(ARTICLE)
    after = _fingerprints(ARTICLE.replace('"Hallo"', '"Tschüss"'), needle='"Tschüss"')
    assert not set(before) & set(after)


def test_identical_findings_on_identical_lines_differ_by_occurrence():
    text = 'Er sagte "Hallo".\nEr sagte "Hallo".\n'
    first, second = _fingerprints(text)
    assert first != second
    # A third copy appended below leaves the fingerprints of the first two alone.
    assert _fingerprints(text + 'Er sagte "Hallo".\n', count=3)[:2] == [first, second]


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("artikel/a.md", {"uri": "artikel/a.md", "uriBaseId": "%SRCROOT%"}),
        ("./artikel/a.md", {"uri": "artikel/a.md", "uriBaseId": "%SRCROOT%"}),
        ("a:b.md", {"uri": "a%3Ab.md", "uriBaseId": "%SRCROOT%"}),  # not a scheme, not a drive
        ("C:\\Texte\\a b.md", {"uri": "file:///C:/Texte/a%20b.md"}),
        ("/srv/texte/ä.md", {"uri": "file:///srv/texte/%C3%A4.md"}),
    ],
)
def test_artifact_location(path, expected):
    assert artifact_location(path) == expected
