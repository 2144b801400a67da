"""Running ``newslint fix``: check, apply the allowed fixes, re-check, write.

Fixing repeats check-and-apply on the in-memory text until no allowed fix is
left (at most :data:`MAX_ROUNDS` rounds), so one run reaches the state a second
run would leave unchanged: fixes that lost an overlap, or that another fix made
possible, are applied in a later round. Only then is the file written, once.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, TextIO

from linter.config import Config
from linter.document import Document
from linter.engine import Engine
from linter.errors import InputError
from linter.findings import FileReport, Finding
from linter.fixing.allowlist import Allowlist, load_allowlist
from linter.fixing.plan import apply_edits, plan_fixes
from linter.fixing.safety import fix_level, is_wanted
from linter.fixing.summary import write_diff, write_summary
from linter.fixing.write import ReadOnlyFileError, StaleFileError, write_if_unchanged
from linter.markup import detect_format, prose_view
from linter import streams
from linter.checking import document_language, input_format
from linter.exitcodes import EXIT_CHANGED, EXIT_ERROR, EXIT_OK
from linter.exitcodes import fix_exit_code as exit_code
from linter.request import STDIN, CheckRequest
from linter.selection import select_files
from linter.wiring import RunContext

__all__ = ["EXIT_CHANGED", "EXIT_ERROR", "EXIT_OK", "MAX_ROUNDS", "MODES", "FileFix", "FixRequest",
           "exit_code", "fix_document", "fix_file", "run_fix"]
MAX_ROUNDS = 10
MODES = ("write", "check", "diff")

Notice = Callable[[str], None]


@dataclass
class FixRequest:
    """One ``fix`` run: the check settings, how far fixes may go, and whether to write."""

    check: CheckRequest
    unsafe: bool = False
    mode: str = "write"  # "write", "check" (exit 1 if a fix would apply) or "diff"


@dataclass
class FileFix:
    """What fixing did (or would do) to one file."""

    path: str
    original: str = ""
    fixed: str = ""
    applied: int = 0
    remaining: int = 0
    remaining_findings: list[Finding] = field(default_factory=list)  # those ``remaining`` counts, in order
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    stale: bool = False  # a fix applied but the file changed on disk meanwhile: left alone
    unwritten: bool = False  # fixes found but the file could not be written (read-only, a write error)

    @property
    def changed(self) -> bool:
        """True when the fixes change the text."""
        return self.fixed != self.original


def run_fix(request: FixRequest, out: TextIO | None = None, notice: Notice = lambda _: None) -> int:
    """Fix every requested file, write the summary (or diff) to ``out``, and return the exit code."""
    out = out or streams.stdout()
    if STDIN in request.check.paths:
        raise InputError("fix works on files, not on standard input ('-'); use 'newslint check -' to check a draft")
    context = RunContext(request.check, notice)
    allowlist = load_allowlist()
    results = []
    for path_or_error in select_files(request.check, notice):
        if isinstance(path_or_error, FileReport):
            results.append(FileFix(path=path_or_error.path, error=path_or_error.error))
        else:
            config = request.check.config_for(path_or_error)
            results.append(fix_file(context.engine_for(config), path_or_error, request, allowlist, config))
    if request.mode == "diff":
        write_diff(results, out)
    for result in results:
        for warning in result.warnings:
            notice(f"warning: {result.path}: {warning}")
    summary_stream = streams.stderr() if request.mode == "diff" else out
    if not (request.mode == "diff" and request.check.quiet):
        write_summary(results, request.mode, summary_stream)
    return exit_code(results)


def fix_file(engine: Engine, path: Path, request: FixRequest, allowlist: Allowlist,
             config: Config | None = None) -> FileFix:
    """Fix one file (writing it only in "write" mode); errors end up in the result, not raised."""
    try:
        data = path.read_bytes()
        document = Document.from_bytes(str(path), data)
    except OSError as exc:
        return FileFix(path=str(path), error=f"{path}: cannot read file: {exc.strerror or exc}")
    except InputError as exc:
        return FileFix(path=str(path), error=str(exc))
    config = config or request.check.config_for(path)
    fmt = input_format(config, path, request.check.format_in)
    language, warnings = document_language(config, path, document, fmt)
    result = fix_document(engine, document, language, fmt, request.unsafe, allowlist)
    result.warnings[:0] = warnings
    if request.mode == "write" and result.changed and result.error is None:
        _write(path, data, document, result)
    return result


def fix_document(engine: Engine, document: Document, language: str, fmt: str | None,
                 unsafe: bool = False, allowlist: Allowlist | None = None) -> FileFix:
    """Apply the allowed fixes to ``document`` in memory, round after round; nothing is written."""
    allowlist = allowlist or load_allowlist()
    result = FileFix(path=document.path, original=document.text, fixed=document.text)
    wanted = lambda finding: is_wanted(fix_level(finding, allowlist), unsafe)  # noqa: E731
    for _ in range(MAX_ROUNDS):
        current = dataclasses.replace(document, text=result.fixed)
        report = engine.check(current, language, fmt)
        if report.error:
            result.error = report.error
            return result
        view = _prose_view(engine, current, fmt)
        plan = plan_fixes(report.findings, current.text, view, wanted, document.newline)
        result.remaining_findings = plan.remaining
        result.remaining = len(plan.remaining)
        if not plan.edits:
            return result
        result.fixed = apply_edits(current.text, plan.edits)
        result.applied += len(plan.edits)
    result.warnings.append(f"fixes did not settle after {MAX_ROUNDS} rounds; run 'newslint check' on the result")
    return result


def _prose_view(engine: Engine, document: Document, fmt: str | None):
    """The prose view the engine checked, to see which spans map one to one onto the source."""
    # Engine.markup_options is the engine's own reading of the configured markup
    # options; using it keeps this view identical to the one the rules saw.
    view, _ = prose_view(document.text, detect_format(document.path, fmt), **engine.markup_options())
    return view


def _write(path: Path, data: bytes, document: Document, result: FileFix) -> None:
    """Write the fixed text back in the file's own encoding, BOM and line endings."""
    try:
        write_if_unchanged(path, data, document.encode(result.fixed))
    except StaleFileError as exc:
        result.stale = True
        result.warnings.append(f"not fixed: {exc}; run 'newslint fix' again")
    except ReadOnlyFileError as exc:
        result.unwritten = True
        result.error = f"{path}: not fixed, left unchanged: {exc}; make it writable to apply the fixes"
    except OSError as exc:
        result.unwritten = True
        result.error = f"{path}: cannot write the fixed file (left unchanged): {exc.strerror or exc}"

