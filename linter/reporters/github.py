"""The ``github`` format: GitHub Actions workflow commands that become annotations.

    ::error file=a.md,line=3,col=5,endLine=3,endColumn=9,title=rule.id::message (-> fix)

Columns: our end column is exclusive; GitHub's ``endColumn`` names the last
annotated column, so it is ``end_column - 1`` (an empty span, an insertion
point, gets ``endColumn == col``). GitHub only honours columns on single-line
annotations, so a finding spanning lines gets ``line``/``endLine`` only.
"""

from __future__ import annotations

from typing import TextIO

from linter.findings import FileReport, Finding, Severity
from linter.reporters.common import ReportOptions, message_with_suggestion, posix_path, sorted_findings

COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def write(reports: list[FileReport], stream: TextIO, options: ReportOptions) -> None:
    """Write one workflow command per file problem and per finding."""
    for report in reports:
        path = posix_path(report.path)
        if report.error is not None:
            stream.write(command("error", {"file": path, "title": "newslint"}, report.error) + "\n")
        for warning in report.warnings:
            stream.write(command("warning", {"file": path, "title": "newslint"}, warning) + "\n")
        for finding in sorted_findings(report):
            stream.write(finding_command(finding, path) + "\n")


def finding_command(finding: Finding, path: str) -> str:
    """The workflow command for one finding."""
    props: dict[str, object] = {"file": path, "line": finding.line}
    if finding.end_line == finding.line:
        props["col"] = finding.column
        props["endLine"] = finding.end_line
        props["endColumn"] = max(finding.end_column - 1, finding.column)
    else:
        props["endLine"] = finding.end_line
    props["title"] = finding.rule
    return command(COMMAND[finding.severity], props, message_with_suggestion(finding))


def command(name: str, properties: dict[str, object], message: str) -> str:
    """Format ``::name key=value,...::message`` with both parts escaped."""
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{name} {props}::{escape_data(message)}"


def escape_data(text: str) -> str:
    """Escape a command's message: ``%``, CR and LF (``%`` first, so escapes are not re-escaped)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value: as data, plus ``:`` and ``,`` which delimit properties."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")
