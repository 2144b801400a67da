"""From a newslint report to LSP diagnostics.

Each finding becomes one diagnostic at its exact range, with newslint's
severity, the rule id as ``code``, the rule's link (when it has one) as
``codeDescription.href`` and the German message with its suggestions, as the
command line shows it. ``data`` carries what the code actions need (the rule,
the flagged text, the replacements, whether the accept list can overrule it),
so an action never has to re-run a check.
"""

from __future__ import annotations

from lsprotocol import types

from linter.findings import FileReport, Finding, Severity
from linter.lsp.positions import PositionMap
from linter.languagetool.spelling import is_spelling_verdict
from linter.reporters.common import message_with_suggestion

SOURCE = "newslint"

SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}


def is_spelling(finding: Finding) -> bool:
    """Whether the house vocabulary's accept list can overrule this finding (LanguageTool's spelling verdicts)."""
    return is_spelling_verdict(finding)


def to_diagnostic(finding: Finding, positions: PositionMap) -> types.Diagnostic:
    """The diagnostic of one finding."""
    return types.Diagnostic(
        range=positions.range(finding.offset, finding.length),
        severity=SEVERITY[finding.severity],
        code=finding.rule,
        code_description=types.CodeDescription(href=finding.url) if finding.url else None,
        source=SOURCE,
        message=message_with_suggestion(finding),
        data={
            "rule": finding.rule,
            "text": finding.text,
            "replacements": list(finding.replacements),
            "spelling": is_spelling(finding),
        },
    )


def report_diagnostics(report: FileReport, positions: PositionMap) -> list[types.Diagnostic]:
    """Every finding of ``report``, then its error and warnings at the start of the document.

    An error (LanguageTool unreachable, say) or a warning (an unclosed comment
    checked as text) concerns the whole document; shown there, it is not lost.
    """
    diagnostics = [to_diagnostic(f, positions) for f in report.findings]
    if report.error:
        diagnostics.append(document_notice(report.error, types.DiagnosticSeverity.Error))
    diagnostics.extend(document_notice(w, types.DiagnosticSeverity.Information) for w in report.warnings)
    return diagnostics


def document_notice(message: str, severity: types.DiagnosticSeverity) -> types.Diagnostic:
    """A diagnostic about the whole document, at its first character."""
    start = types.Position(line=0, character=0)
    return types.Diagnostic(range=types.Range(start=start, end=start), severity=severity,
                            source=SOURCE, message=message)
