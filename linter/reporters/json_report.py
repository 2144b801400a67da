"""The ``json`` format: a stable, versioned shape for other tools (see docs/output.md).

Findings carry exactly the documented keys; a file that could not be checked
gets an ``"error"`` key and a file checked with caveats a ``"warnings"`` list,
each only when present, so consumers of clean files see the plain shape.
"""

from __future__ import annotations

import json
from typing import TextIO

from linter.findings import FileReport, Finding, Severity
from linter.reporters.common import ReportOptions, severity_counts, sorted_findings

SCHEMA_VERSION = 1


def write(reports: list[FileReport], stream: TextIO, options: ReportOptions) -> None:
    """Write the whole report as one JSON document (UTF-8 text, not ASCII escapes)."""
    json.dump(build(reports), stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def build(reports: list[FileReport]) -> dict:
    """Return the report as plain data, files in the given order."""
    return {
        "version": SCHEMA_VERSION,
        "files": [file_dict(r) for r in reports],
        "summary": summary_dict(reports),
    }


def summary_dict(reports: list[FileReport]) -> dict:
    """The ``summary`` object: files, and findings in all and per severity."""
    counts = severity_counts(reports)
    return {
        "files": len(reports),
        "findings": sum(counts.values()),
        "errors": counts[Severity.ERROR],
        "warnings": counts[Severity.WARNING],
        "infos": counts[Severity.INFO],
    }


def file_dict(report: FileReport) -> dict:
    """One file's entry: its path, its findings in order, and ``error``/``warnings`` when set."""
    entry: dict = {"path": report.path, "findings": [finding_dict(f) for f in sorted_findings(report)]}
    if report.error is not None:
        entry["error"] = report.error
    if report.warnings:
        entry["warnings"] = list(report.warnings)
    return entry


def finding_dict(finding: Finding) -> dict:
    """One finding with exactly the documented keys."""
    return {
        "rule": finding.rule,
        "source": finding.source.value,
        "category": finding.category,
        "severity": finding.severity.label,
        "message": finding.message,
        "line": finding.line,
        "column": finding.column,
        "offset": finding.offset,
        "length": finding.length,
        "text": finding.text,
        "replacements": list(finding.replacements),
    }
