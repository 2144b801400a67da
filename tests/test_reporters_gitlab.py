"""The gitlab format: GitLab Code Quality issues, checked against the documented required fields."""

from __future__ import annotations

import jsonschema
import pytest

from test_reporters_support import CASES, doc, find, render, render_json, report

# The fields GitLab documents as required for a Code Quality report entry.
CODE_QUALITY_SCHEMA = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["description", "check_name", "fingerprint", "severity", "location"],
        "properties": {
            "description": {"type": "string", "minLength": 1},
            "check_name": {"type": "string", "minLength": 1},
            "fingerprint": {"type": "string", "minLength": 1},
            "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
            "location": {
                "type": "object",
                "required": ["path"],
                "properties": {
                    "path": {"type": "string", "minLength": 1},
                    "lines": {
                        "type": "object",
                        "required": ["begin"],
                        "properties": {"begin": {"type": "integer", "minimum": 1}, "end": {"type": "integer", "minimum": 1}},
                    },
                },
                "oneOf": [{"required": ["lines"]}, {"required": ["positions"]}],
            },
        },
    },
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_validates_against_required_fields(case):
    issues = render_json("gitlab", CASES[case]())
    jsonschema.validate(issues, CODE_QUALITY_SCHEMA)
    fingerprints = [i["fingerprint"] for i in issues]
    assert len(fingerprints) == len(set(fingerprints)), "GitLab needs unique fingerprints"


def test_exact_issue():
    issues = render_json("gitlab", CASES["findings"]())
    assert [i["severity"] for i in issues] == ["major", "minor", "info"]
    first = dict(issues[0])
    assert len(first.pop("fingerprint")) == 64
    assert first == {
        "type": "issue",
        "check_name": "typografie.anfuehrungszeichen",
        "description": "Gerade Anführungszeichen (-> „Hallo“)",
        "categories": ["Style"],
        "severity": "major",
        "location": {"path": "artikel/zug.md", "lines": {"begin": 3, "end": 3}},
    }


def test_file_error_and_warning_become_issues():
    issues = render_json("gitlab", CASES["file-error"]())
    problems = [(i["check_name"], i["severity"], i["location"]["path"]) for i in issues[1:]]
    assert problems == [("newslint.file-error", "critical", "b.md"), ("newslint.file-warning", "info", "c.md")]


def test_same_finding_in_two_files_gets_two_fingerprints():
    a, b = doc("a.md", "Fehlr\n"), doc("b.md", "Fehlr\n")
    issues = render_json("gitlab", [report(a, find(a, "Fehlr")), report(b, find(b, "Fehlr"))])
    assert issues[0]["fingerprint"] != issues[1]["fingerprint"]


def test_empty_report_is_an_empty_array():
    assert render("gitlab", []) == "[]\n"
