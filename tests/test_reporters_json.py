"""The json format: exact shape, key sets, UTF-8, order."""

from __future__ import annotations

import pytest

from test_reporters_support import CASES, doc, find, render, render_json, report

FINDING_KEYS = {
    "rule", "source", "category", "severity", "message", "line", "column",
    "offset", "length", "text", "replacements",
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_shape(case):
    reports = CASES[case]()
    data = render_json("json", reports)
    assert set(data) == {"version", "files", "summary"}
    assert data["version"] == 1
    assert [f["path"] for f in data["files"]] == [r.path for r in reports]
    for entry, rep in zip(data["files"], reports):
        expected = {"path", "findings"} | ({"error"} if rep.error else set()) | ({"warnings"} if rep.warnings else set())
        assert set(entry) == expected
        for finding in entry["findings"]:
            assert set(finding) == FINDING_KEYS
            assert finding["source"] in ("languagetool", "house")
            assert finding["severity"] in ("error", "warning", "info")
    assert set(data["summary"]) == {"files", "findings", "errors", "warnings", "infos"}
    assert data["summary"]["files"] == len(reports)


def test_exact_finding_and_summary():
    data = render_json("json", CASES["findings"]())
    assert data["files"][0]["findings"][0] == {
        "rule": "typografie.anfuehrungszeichen", "source": "house", "category": "typografie",
        "severity": "error", "message": "Gerade Anführungszeichen", "line": 3, "column": 10,
        "offset": 16, "length": 7, "text": '"Hallo"', "replacements": ["„Hallo“"],
    }
    assert data["summary"] == {"files": 1, "findings": 3, "errors": 1, "warnings": 1, "infos": 1}


def test_error_and_warnings_keys_only_when_set():
    files = render_json("json", CASES["file-error"]())["files"]
    assert "error" not in files[0] and "warnings" not in files[0]
    assert files[1]["error"] == "b.md:3: not valid UTF-8 (byte 0xfc at byte offset 17)"
    assert files[1]["findings"] == []
    assert files[2]["warnings"] == ["LanguageTool: Zeitüberschreitung, nur Hausregeln geprüft"]


def test_utf8_not_ascii_escapes():
    out = render("json", CASES["unicode"]())
    assert "😀" in out and "\\u" not in out


def test_findings_sorted_by_position():
    d = doc("x.md", "eins zwei\n")
    data = render_json("json", [report(d, find(d, "zwei", "b"), find(d, "eins", "a"))])
    assert [f["text"] for f in data["files"][0]["findings"]] == ["eins", "zwei"]
