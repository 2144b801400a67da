"""Helpers every reporter shares: ordering, counting, suggestion display, paths."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
import os
import re

from linter.findings import FileReport, Finding, Severity

MAX_SUGGESTIONS = 3  # more than three replacements is noise in a one-line message
DELETION_SYMBOL = "∅"  # an empty replacement means "delete the span"
SPACE_SYMBOL = "␣"  # U+2423 OPEN BOX, the usual visible space


@dataclass(frozen=True)
class ReportOptions:
    """Settings that shape a report but not its content."""

    color: bool = False
    fail_on: Severity = Severity.ERROR


def sorted_findings(report: FileReport) -> list[Finding]:
    """Return the file's findings in position order, so every format is deterministic."""
    return sorted(report.findings, key=Finding.sort_key)


def severity_counts(reports: list[FileReport]) -> Counter:
    """Count findings per Severity over all reports."""
    return Counter(f.severity for r in reports for f in r.findings)


def visible(replacement: str) -> str:
    """Show a replacement so that deletions and whitespace can be seen.

    An empty replacement becomes ``∅``. Spaces become ``␣`` when the
    replacement is only whitespace or starts/ends with it (inner spaces in
    "zum Beispiel" stay readable as they are). Other whitespace, such as the
    no-break spaces German typography asks for, is always shown as ``<U+00A0>``
    because it looks exactly like a plain space.
    """
    if replacement == "":
        return DELETION_SYMBOL
    edge_space = replacement != replacement.strip()
    out = []
    for ch in replacement:
        if ch == " ":
            out.append(SPACE_SYMBOL if edge_space else ch)
        elif ch.isspace() or ch in "\u200b\u2060":
            out.append(f"<U+{ord(ch):04X}>")
        else:
            out.append(ch)
    return "".join(out)


def suggestion_suffix(finding: Finding) -> str:
    """Return `` (-> a, b, c)`` for the first replacements, or "" when there are none."""
    if not finding.replacements:
        return ""
    shown = ", ".join(visible(r) for r in finding.replacements[:MAX_SUGGESTIONS])
    return f" (-> {shown})"


def message_with_suggestion(finding: Finding) -> str:
    """The finding's message followed by its suggestions, for one-line formats."""
    return finding.message + suggestion_suffix(finding)


def posix_path(path: str) -> str:
    """Return ``path`` with forward slashes and without a leading ``./``.

    Backslashes are separators only on Windows; on POSIX a backslash is a legal
    file-name character, so it is kept there unless the path starts with a drive (``C:\\``).
    """
    if os.sep != "/" or re.match(r"[A-Za-z]:\\", path):
        path = path.replace("\\", "/")
    while path.startswith("./"):
        path = path[2:]
    return path


def is_absolute(path: str) -> bool:
    """True for ``/x`` and for a Windows drive path ``C:/x`` (after :func:`posix_path`)."""
    return path.startswith("/") or re.match(r"[A-Za-z]:/", path) is not None
