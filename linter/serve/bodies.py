"""The JSON answers of the API, built from the same pieces as ``newslint check --format json``."""

from __future__ import annotations

from linter import __version__
from linter.findings import FileReport
from linter.fixing.run import FileFix
from linter.reporters.json_report import SCHEMA_VERSION, file_dict, summary_dict


def check_body(report: FileReport) -> dict:
    """``POST /v1/check``: the file entry of the JSON report (path, findings, error, warnings) and its summary."""
    return {"version": SCHEMA_VERSION, **file_dict(report), "summary": summary_dict([report])}


def fix_body(result: FileFix) -> dict:
    """``POST /v1/fix``: the fixed text, how many fixes went in, and the findings left in that text."""
    remaining = FileReport(path=result.path, findings=list(result.remaining_findings), error=result.error,
                           warnings=list(result.warnings))
    entry = file_dict(remaining)
    return {"version": SCHEMA_VERSION, "path": entry.pop("path"), "text": result.fixed, "changed": result.changed,
            "applied": result.applied, **entry, "summary": summary_dict([remaining])}


def health_body(languagetool: dict) -> dict:
    """``GET /v1/health``: "ok", or "degraded" when LanguageTool is on but does not answer."""
    degraded = languagetool["enabled"] and not languagetool["reachable"]
    return {"status": "degraded" if degraded else "ok", "version": __version__, "languagetool": languagetool}


def problem_body(status: int, title: str, detail: str, field: str | None = None) -> dict:
    """An error answer as RFC 9457 problem details (``application/problem+json``)."""
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail}
    if field is not None:
        body["field"] = field
    return body


__all__ = ["check_body", "fix_body", "health_body", "problem_body"]
