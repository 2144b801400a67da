"""The ``sarif`` format: SARIF 2.1.0 for GitHub code scanning and SARIF viewers.

Columns and offsets count Unicode code points (``run.columnKind`` is
``unicodeCodePoints``); end columns are exclusive, as SARIF defines them.
See docs/output.md for what that means for GitHub code scanning.
"""

from __future__ import annotations

import json
from typing import TextIO
from urllib.parse import quote

import linter
from linter.findings import FileReport, Finding, Severity
from linter.reporters.common import (
    MAX_SUGGESTIONS,
    ReportOptions,
    is_absolute,
    message_with_suggestion,
    posix_path,
    visible,
)
from linter.reporters.fingerprints import FINGERPRINT_KEY, fingerprinted

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
# The project has no public home yet; change this when it has one.
INFORMATION_URI = "https://pypi.org/project/newslint/"
SRCROOT = "%SRCROOT%"
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def write(reports: list[FileReport], stream: TextIO, options: ReportOptions) -> None:
    """Write one SARIF log with a single run."""
    json.dump(build(reports), stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def build(reports: list[FileReport]) -> dict:
    """Return the SARIF log for ``reports`` as plain data."""
    rules = _rules(reports)
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    results = [
        _result(report, finding, fingerprint, index[finding.rule])
        for report in reports
        for finding, fingerprint in fingerprinted(report)
    ]
    run = {
        "tool": {
            "driver": {
                "name": "newslint",
                "version": linter.__version__,
                "semanticVersion": linter.__version__,
                "informationUri": INFORMATION_URI,
                "rules": rules,
            }
        },
        "invocations": [_invocation(reports)],
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def artifact_location(path: str) -> dict:
    """A SARIF artifactLocation: relative paths against %SRCROOT%, absolute ones as file URIs."""
    posix = posix_path(path)
    if is_absolute(posix):
        return {"uri": "file://" + ("" if posix.startswith("/") else "/") + quote(posix, safe="/:")}
    # Percent-encode spaces and non-ASCII: a uri must be a valid URI reference,
    # and GitHub's upload action decodes it with decodeURIComponent.
    return {"uri": quote(posix, safe="/"), "uriBaseId": SRCROOT}


def _rules(reports: list[FileReport]) -> list[dict]:
    """One reportingDescriptor per rule that has findings, sorted by id."""
    first: dict[str, Finding] = {}
    for report in reports:
        for finding in report.findings:
            first.setdefault(finding.rule, finding)
    return [_rule(first[rule_id]) for rule_id in sorted(first)]


def _rule(finding: Finding) -> dict:
    rule: dict = {
        "id": finding.rule,
        "name": finding.rule,
        "shortDescription": {"text": finding.description or finding.message},
        "defaultConfiguration": {"level": LEVEL[finding.severity]},
        "properties": {"tags": [finding.source.value, finding.category]},
    }
    if finding.url:
        rule["helpUri"] = finding.url
    return rule


def _result(report: FileReport, finding: Finding, fingerprint: str, rule_index: int) -> dict:
    location = artifact_location(report.path)
    result: dict = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": LEVEL[finding.severity],
        "message": {"text": message_with_suggestion(finding)},
        "locations": [{"physicalLocation": {"artifactLocation": location, "region": _region(finding)}}],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint},
        "properties": {"category": finding.category, "source": finding.source.value},
    }
    if finding.replacements:
        result["fixes"] = [_fix(finding, location, r) for r in finding.replacements[:MAX_SUGGESTIONS]]
    return result


def _region(finding: Finding, *, snippet: bool = True) -> dict:
    region: dict = {
        "startLine": finding.line,
        "startColumn": finding.column,
        "endLine": finding.end_line,
        "endColumn": finding.end_column,  # exclusive, in SARIF and in Finding alike
        "charOffset": finding.offset,
        "charLength": finding.length,
    }
    if snippet:
        region["snippet"] = {"text": finding.text}
    return region


def _fix(finding: Finding, location: dict, replacement: str) -> dict:
    return {
        "description": {"text": f"Replace with {visible(replacement)}" if replacement else "Delete the flagged text"},
        "artifactChanges": [
            {
                "artifactLocation": location,
                "replacements": [
                    {"deletedRegion": _region(finding, snippet=False), "insertedContent": {"text": replacement}}
                ],
            }
        ],
    }


def _invocation(reports: list[FileReport]) -> dict:
    """executionSuccessful is false when any file could not be checked; each problem is a notification."""
    notifications = []
    for report in reports:
        where = [{"physicalLocation": {"artifactLocation": artifact_location(report.path)}}]
        if report.error is not None:
            notifications.append({"level": "error", "message": {"text": report.error}, "locations": where})
        for warning in report.warnings:
            notifications.append({"level": "warning", "message": {"text": warning}, "locations": where})
    invocation: dict = {"executionSuccessful": all(r.error is None for r in reports)}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return invocation
