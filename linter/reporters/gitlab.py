"""The ``gitlab`` format: a GitLab Code Quality report (a JSON array of issues).

Severity: error -> major, warning -> minor, info -> info. A file that could
not be checked becomes a ``critical`` issue (check ``newslint.file-error``) so
it shows in the merge request instead of vanishing; a file warning becomes an
``info`` issue (``newslint.file-warning``).
"""

from __future__ import annotations

import json
from typing import TextIO

from linter.findings import FileReport, Finding, Severity
from linter.reporters.common import ReportOptions, message_with_suggestion, posix_path
from linter.reporters.fingerprints import digest, fingerprinted, path_fingerprint

SEVERITY = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def write(reports: list[FileReport], stream: TextIO, options: ReportOptions) -> None:
    """Write all issues as one JSON array."""
    json.dump(build(reports), stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def build(reports: list[FileReport]) -> list[dict]:
    """Return the Code Quality issues of all reports, files in the given order."""
    issues: list[dict] = []
    for report in reports:
        path = posix_path(report.path)
        if report.error is not None:
            issues.append(_file_issue(path, "newslint.file-error", "critical", report.error))
        for warning in report.warnings:
            issues.append(_file_issue(path, "newslint.file-warning", "info", warning))
        issues.extend(_finding_issue(path, f, fp) for f, fp in fingerprinted(report))
    return issues


def _finding_issue(path: str, finding: Finding, fingerprint: str) -> dict:
    return {
        "type": "issue",
        "check_name": finding.rule,
        "description": message_with_suggestion(finding),
        "categories": ["Style"],
        "severity": SEVERITY[finding.severity],
        # GitLab needs fingerprints unique in the whole report, so the path goes in too.
        "fingerprint": path_fingerprint(path, fingerprint),
        "location": {"path": path, "lines": {"begin": finding.line, "end": finding.end_line}},
    }


def _file_issue(path: str, check: str, severity: str, message: str) -> dict:
    return {
        "type": "issue",
        "check_name": check,
        "description": message,
        "categories": ["Bug Risk"],
        "severity": severity,
        "fingerprint": digest(check, path, message),
        "location": {"path": path, "lines": {"begin": 1}},
    }
