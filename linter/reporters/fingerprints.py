"""Fingerprints that identify a finding across commits (SARIF, GitLab).

Recipe ``newslint/v1``: sha256 over rule id, flagged text, the normalized
content of the finding's first line, and the occurrence index of that
(rule, text, line content) triple within the file. No line number and no
column go in, so an edit elsewhere in the file that shifts lines does not
change the fingerprint; changing the flagged text or its line does.
"""

from __future__ import annotations

import hashlib
from collections import Counter

from linter.findings import FileReport, Finding
from linter.reporters.common import sorted_findings

FINGERPRINT_KEY = "newslint/v1"


def normalized_line(report: FileReport, finding: Finding) -> str:
    """The finding's first source line with whitespace runs collapsed ("" without a document).

    Collapsing whitespace keeps the fingerprint when only indentation or
    trailing blanks change, as GitHub's own line hash does.
    """
    if report.document is None:
        return ""
    index = report.document.positions
    if not 1 <= finding.line <= index.line_count:
        return ""
    return " ".join(index.line_text(finding.line).split())


def fingerprinted(report: FileReport) -> list[tuple[Finding, str]]:
    """Return the file's findings in position order, each with its fingerprint."""
    seen: Counter = Counter()
    result: list[tuple[Finding, str]] = []
    lines: dict[int, str] = {}  # each line normalized once, however many findings it holds
    for finding in sorted_findings(report):
        if finding.line not in lines:
            lines[finding.line] = normalized_line(report, finding)
        triple = (finding.rule, finding.text, lines[finding.line])
        occurrence = seen[triple]
        seen[triple] += 1
        result.append((finding, digest(*triple, str(occurrence))))
    return result


def digest(*parts: str) -> str:
    """sha256 hex digest of ``parts``."""
    # NUL separators keep ("ab", "c") and ("a", "bc") apart.
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


def path_fingerprint(path: str, fingerprint: str) -> str:
    """A fingerprint unique across a whole report (GitLab wants one per issue, not per file)."""
    return digest(path, fingerprint)
