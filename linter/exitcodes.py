"""The exit codes of ``newslint``, defined once, and how a run's outcome maps to one.

CI and pre-commit read them: 0 means nothing to act on, 1 means findings at
or above the fail level (``check``), changed files (``fix``) or failed rule
examples (``rules test``), 2 means an error (usage, configuration, rule,
input or engine) — never "findings". The functions below only compute the
code; linter/cli.py is the one place that exits with it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from linter.findings import FileReport, Severity

EXIT_OK = 0
EXIT_FINDINGS = 1  # check: a finding reaches the fail level; rules test: an example fails; server status: none runs
EXIT_CHANGED = 1  # fix: a file changed (or would, with --check / --diff)
EXIT_ERROR = 2
EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report SIGINT


class FixOutcome(Protocol):
    """What :func:`fix_exit_code` reads of one file's fix result."""

    error: str | None

    @property
    def changed(self) -> bool: ...


def check_exit_code(reports: Sequence[FileReport], fail_levels: Sequence[Severity] | Severity) -> int:
    """2 if any file had an error, else 1 if any finding is at or above its file's fail level, else 0."""
    if isinstance(fail_levels, Severity):
        fail_levels = [fail_levels] * len(reports)
    if any(r.error for r in reports):
        return EXIT_ERROR
    for report, fail_on in zip(reports, fail_levels):
        if any(f.severity >= fail_on for f in report.findings):
            return EXIT_FINDINGS
    return EXIT_OK


def fix_exit_code(results: Iterable[FixOutcome]) -> int:
    """2 if any file had an error, else 1 if any file changed (or would change), else 0."""
    results = list(results)
    if any(r.error for r in results):
        return EXIT_ERROR
    if any(r.changed for r in results):
        return EXIT_CHANGED
    return EXIT_OK
