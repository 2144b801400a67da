"""Running ``newslint check``: configuration in, reports written, exit code out.

Kept apart from the CLI so tests and other front ends (pre-commit, editors) can
drive a whole run in-process. Every file gets a report: a file that cannot be
read gets one with its error, and the others are still checked.
"""

from __future__ import annotations

import io
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from linter.atomic import write_atomic
from linter.config import Config
from linter.document import Document
from linter.engine import Engine
from linter.errors import InputError
from linter.findings import FileReport, Severity
from linter.gitchanges import changed_files
from linter.languagetool.client import LanguageToolClient
from linter.paths import collect_files
from linter.policy import ConfigPolicy
from linter.reporters import write_report
from linter.rulebook import default_rules_dir, load_rulebook

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
STDIN = "-"

Notice = Callable[[str], None]


@dataclass
class CheckRequest:
    """One ``check`` run: the effective configuration plus what only the command line says."""

    paths: list[str]
    config: Config = field(default_factory=Config)
    output_format: str = "text"
    output: Path | None = None
    use_languagetool: bool = True
    format_in: str | None = None
    color: bool = False
    quiet: bool = False
    stdin_filename: str | None = None
    changed_since: str | None = None
    report_unused_disables: bool = False


def build_engine(request: CheckRequest, notice: Notice) -> Engine:
    """The engine for a run: rule pack(s), LanguageTool (unless off) and the config's policy."""
    config = request.config
    rule_paths = ([default_rules_dir()] if config.default_rules else []) + list(config.rules)
    policy = ConfigPolicy(config)
    from linter.precision import precision_means  # vocabulary, names, bylines (docs/quality.md)

    precision = precision_means(config)
    return Engine(
        house=load_rulebook(rule_paths),
        languagetool=_languagetool_factory(request, notice),
        filters=policy.filters() + precision.filters,
        adjust=policy.adjust,
        report_unused_disables=request.report_unused_disables,
        front_matter_fields=config.front_matter_fields,
        html_attributes=config.html_attributes,
        extra_checkers=precision.checkers,
    )


def run_check(request: CheckRequest, notice: Notice = lambda _: None) -> int:
    """Check every requested file, write the report, and return the exit code."""
    engine = build_engine(request, notice)
    reports: list[FileReport] = []
    if STDIN in request.paths:
        reports.append(_check_stdin(engine, request))
    for path_or_error in select_files(request, notice):
        if isinstance(path_or_error, FileReport):
            reports.append(path_or_error)
        else:
            reports.append(check_file(engine, path_or_error, request))
    _write(request, reports)
    return exit_code(reports, request.config.fail_on)


def select_files(request: CheckRequest, notice: Notice) -> list[Path | FileReport]:
    """The files to check, in order; missing paths come back as reports with their error."""
    selection = collect_files([p for p in request.paths if p != STDIN])
    chosen: list[Path | FileReport] = [
        FileReport(path=p, error=f"{p}: no such file or folder") for p in selection.missing
    ]
    changed = {p.resolve() for p in changed_files(request.changed_since)} if request.changed_since else None
    for path in selection.files:
        if changed is not None and path.resolve() not in changed:
            continue
        if not request.config.is_included(path):
            notice(f"note: {path}: skipped, excluded by {request.config.source or 'the configuration'}")
            continue
        chosen.append(path)
    return chosen


def check_file(engine: Engine, path: Path, request: CheckRequest) -> FileReport:
    """Check one file; a file that cannot be read becomes a report with its error."""
    try:
        document = Document.read(path)
    except InputError as exc:
        return FileReport(path=str(path), error=str(exc))
    return engine.check(document, request.config.language, _input_format(request, path))


def _check_stdin(engine: Engine, request: CheckRequest) -> FileReport:
    """Check the copy piped to standard input, reported under ``--stdin-filename``."""
    name = request.stdin_filename or "<stdin>"
    try:
        document = Document.from_bytes(name, sys.stdin.buffer.read())
    except InputError as exc:
        return FileReport(path=name, error=str(exc))
    return engine.check(document, request.config.language, _input_format(request, Path(name)))


def _input_format(request: CheckRequest, path: Path) -> str | None:
    """``--format-in`` beats the config's ``formats`` globs, which beat the file ending."""
    return request.format_in or request.config.input_format_for(path)


def _languagetool_factory(request: CheckRequest, notice: Notice):
    """A function giving a LanguageTool client per language variant, or None when LanguageTool is off."""
    if not request.use_languagetool:
        notice("note: LanguageTool is off (--no-languagetool): only the house rules were checked.")
        return None
    options = request.config.languagetool
    url = options.url or _own_server(request.config, request.quiet)
    settings = request.config.languagetool_settings()
    clients: dict[str, LanguageToolClient] = {}

    def client_for(language: str) -> LanguageToolClient:
        if language not in clients:
            clients[language] = LanguageToolClient(url, language, settings)
        return clients[language]

    return client_for


def _own_server(config: Config, quiet: bool) -> str:
    """Make sure Java, the LanguageTool download and the background server are there; return its URL."""
    from linter.languagetool.java import find_java
    from linter.languagetool.provision import DEFAULT_VERSION, ensure_languagetool
    from linter.languagetool.server import ensure_server

    version = config.languagetool.version or DEFAULT_VERSION
    find_java()
    ensure_languagetool(version, quiet=quiet)
    return ensure_server(version, idle_timeout=config.idle_timeout_seconds, quiet=quiet)


def _write(request: CheckRequest, reports: list[FileReport]) -> None:
    """Write the report to ``--output`` (atomically) or to stdout."""
    fail_on = request.config.fail_on
    if request.output is None:
        write_report(request.output_format, reports, sys.stdout, color=request.color, fail_on=fail_on)
        return
    buffer = io.StringIO()
    write_report(request.output_format, reports, buffer, color=False, fail_on=fail_on)
    write_atomic(request.output, buffer.getvalue().encode("utf-8"))


def exit_code(reports: list[FileReport], fail_on: Severity) -> int:
    """2 if any file had an error, else 1 if any finding is at or above ``fail_on``, else 0."""
    if any(r.error for r in reports):
        return EXIT_ERROR
    if any(f.severity >= fail_on for r in reports for f in r.findings):
        return EXIT_FINDINGS
    return EXIT_OK
