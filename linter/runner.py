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
from linter.markup.formats import detect_format
from linter.markup.language import declared_language, is_german, variant_of
from linter.paths import MissingPath, collect_files
from linter.policy import ConfigPolicy
from linter.reporters import write_report
from linter.rulebook import default_rules_dir, load_rulebook
from linter.settings import ConfigResolver

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
STDIN = "-"

Notice = Callable[[str], None]


@dataclass
class CheckRequest:
    """One ``check`` run: how to find each file's configuration plus what only the command line says.

    ``config`` applies to everything when no ``resolver`` is given (tests, library
    use); the CLI passes a resolver so each file gets the config of its own folder.
    """

    paths: list[str]
    config: Config = field(default_factory=Config)
    resolver: ConfigResolver | None = None
    output_format: str = "text"
    output: Path | None = None
    use_languagetool: bool = True
    format_in: str | None = None
    color: bool = False
    quiet: bool = False
    stdin_filename: str | None = None
    changed_since: str | None = None
    report_unused_disables: bool = False

    def config_for(self, path: Path) -> Config:
        """The effective configuration for ``path``."""
        return self.resolver.for_path(path) if self.resolver else self.config

    def base_config(self) -> Config:
        """The configuration of the run as a whole (summary line, unnamed standard input)."""
        return self.resolver.for_cwd() if self.resolver else self.config


class RunContext:
    """Engines and LanguageTool connections of one run, built once per configuration."""

    def __init__(self, request: CheckRequest, notice: Notice) -> None:
        self.request = request
        self.notice = notice
        self._engines: dict[int, Engine] = {}
        self._servers: dict[str, str] = {}

    def engine_for(self, config: Config) -> Engine:
        """The engine for ``config``, built on first use."""
        key = id(config)
        if key not in self._engines:
            self._engines[key] = build_engine(self.request, self.notice, config, self._server_url)
        return self._engines[key]

    def _server_url(self, config: Config) -> str:
        """The LanguageTool URL for ``config``: its own URL, or newslint's server (started once)."""
        if config.languagetool.url:
            return config.languagetool.url
        version = config.languagetool.version or ""
        if version not in self._servers:
            self._servers[version] = _own_server(config, self.request.quiet)
        return self._servers[version]


def build_engine(request: CheckRequest, notice: Notice, config: Config | None = None,
                 server_url: Callable[[Config], str] | None = None) -> Engine:
    """The engine for a configuration: rule pack(s), LanguageTool (unless off) and the config's policy."""
    config = config or request.config
    rule_paths = ([default_rules_dir()] if config.default_rules else []) + list(config.rules)
    policy = ConfigPolicy(config)
    from linter.precision import precision_means  # vocabulary, names, bylines (docs/quality.md)

    precision = precision_means(config)
    return Engine(
        house=load_rulebook(rule_paths).selected(config.enable),
        languagetool=_languagetool_factory(request, config, notice, server_url),
        filters=policy.filters() + precision.filters,
        adjusters=precision.adjusters + [policy.adjust],  # the user's severities win
        report_unused_disables=request.report_unused_disables,
        front_matter_fields=config.front_matter_fields,
        html_attributes=config.html_attributes,
        extra_checkers=precision.checkers,
    )


def run_check(request: CheckRequest, notice: Notice = lambda _: None) -> int:
    """Check every requested file, write the report, and return the exit code."""
    if not request.use_languagetool:
        notice("note: LanguageTool is off (--no-languagetool): only the house rules were checked.")
    context = RunContext(request, notice)
    reports: list[FileReport] = []
    fail_levels: list[Severity] = []
    for entry in select_files(request, notice):
        if entry == STDIN:
            config = request.config_for(Path(request.stdin_filename)) if request.stdin_filename else request.base_config()
            reports.append(_check_stdin(context.engine_for(config), request, config))
        elif isinstance(entry, FileReport):
            config = request.base_config()
            reports.append(entry)
        else:
            config = request.config_for(entry)
            reports.append(check_file(context.engine_for(config), entry, config, request.format_in))
        fail_levels.append(config.fail_on)
    _write(request, reports)
    return exit_code(reports, fail_levels)


def select_files(request: CheckRequest, notice: Notice) -> list[Path | FileReport | str]:
    """What to check, in the order the paths were named.

    Each entry is a file's Path, ``STDIN`` for standard input, or a FileReport
    carrying the error of a path that does not exist.
    """
    selection = collect_files([p for p in request.paths if p != STDIN])
    changed = {p.resolve() for p in changed_files(request.changed_since)} if request.changed_since else None
    chosen: list[Path | FileReport | str] = [STDIN] if STDIN in request.paths else []
    for entry in selection.entries:
        if isinstance(entry, MissingPath):
            chosen.append(FileReport(path=entry.path, error=f"{entry.path}: no such file or folder"))
            continue
        if changed is not None and entry.resolve() not in changed:
            continue
        config = request.config_for(entry)
        if not config.is_included(entry):
            notice(f"note: {entry}: skipped, excluded by {config.source or 'the configuration'}")
            continue
        chosen.append(entry)
    return chosen


def check_file(engine: Engine, path: Path, config: Config, format_in: str | None = None) -> FileReport:
    """Check one file; a file that cannot be read becomes a report with its error."""
    try:
        document = Document.read(path)
    except InputError as exc:
        return FileReport(path=str(path), error=str(exc))
    return _check_document(engine, config, path, document, input_format(config, path, format_in))


def _check_stdin(engine: Engine, request: CheckRequest, config: Config) -> FileReport:
    """Check the copy piped to standard input, reported under ``--stdin-filename``."""
    name = request.stdin_filename or "<stdin>"
    try:
        document = Document.from_bytes(name, sys.stdin.buffer.read())
    except InputError as exc:
        return FileReport(path=name, error=str(exc))
    return _check_document(engine, config, name, document, input_format(config, Path(name), request.format_in))


def _check_document(engine: Engine, config: Config, path: Path | str, document: Document,
                    fmt: str | None) -> FileReport:
    """Check a read document in its variant; a warning about its declared language leads the report's."""
    language, warnings = document_language(config, path, document, fmt)
    report = engine.check(document, language, fmt)
    report.warnings[:0] = warnings
    return report


def document_language(config: Config, path: Path | str, document: Document,
                      fmt: str | None) -> tuple[str, list[str]]:
    """The variant to check ``document`` in, and a warning when it declares a language that is not German."""
    declaration = declared_language(document.text, detect_format(str(path), fmt))
    if declaration is None:
        return config.language_for(path), []
    language = config.language_for(path, variant_of(declaration.tag))
    if is_german(declaration.tag):
        return language, []
    return language, [f"{declaration.where} says {declaration.tag!r}, which is not German; "
                      f"checked as {language} all the same"]


def input_format(config: Config, path: Path, format_in: str | None = None) -> str | None:
    """``--format-in`` beats the config's ``formats`` globs, which beat the file ending."""
    return format_in or config.input_format_for(path)


def _languagetool_factory(request: CheckRequest, config: Config, notice: Notice,
                          server_url: Callable[[Config], str] | None = None):
    """A function giving a LanguageTool client per language variant, or None when LanguageTool is off."""
    if not request.use_languagetool:
        return None
    from linter.languagetool.server import is_managed_url, touch

    url = (server_url or (lambda c: c.languagetool.url or _own_server(c, request.quiet)))(config)
    # newslint's own server, also when given by --languagetool-url: its idle watchdog must see the use
    own = not config.languagetool.url or is_managed_url(url)
    settings = config.languagetool_settings()
    clients: dict[str, LanguageToolClient] = {}

    def client_for(language: str) -> LanguageToolClient:
        if own:
            touch()  # a long run must not let the idle watchdog stop the server under it
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
    fail_on = request.base_config().fail_on
    if request.output is None:
        write_report(request.output_format, reports, sys.stdout, color=request.color, fail_on=fail_on)
        return
    buffer = io.StringIO()
    write_report(request.output_format, reports, buffer, color=False, fail_on=fail_on)
    write_atomic(request.output, buffer.getvalue().encode("utf-8"))


def exit_code(reports: list[FileReport], fail_levels: list[Severity] | Severity) -> int:
    """2 if any file had an error, else 1 if any finding is at or above its file's fail level, else 0."""
    if isinstance(fail_levels, Severity):
        fail_levels = [fail_levels] * len(reports)
    if any(r.error for r in reports):
        return EXIT_ERROR
    for report, fail_on in zip(reports, fail_levels):
        if any(f.severity >= fail_on for f in report.findings):
            return EXIT_FINDINGS
    return EXIT_OK
