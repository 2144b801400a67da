"""Running ``newslint check``: configuration in, reports written, exit code out.

Kept apart from the CLI so tests and other front ends (pre-commit, editors) can
drive a whole run in-process. Every file gets a report: a file that cannot be
read gets one with its error, and the others are still checked.

The parts live in their own modules and are re-exported here, where callers
have always imported them from:

* :mod:`linter.request`   - :class:`CheckRequest`, ``STDIN``
* :mod:`linter.selection` - :func:`select_files`
* :mod:`linter.wiring`    - :func:`build_engine`, :class:`RunContext`, newslint's own server
* :mod:`linter.checking`  - :func:`check_file`, :func:`document_language`, :func:`input_format`
* :mod:`linter.batch`     - :func:`check_entry` (one selected entry) and the executors (``--jobs``)
* :mod:`linter.streams`   - standard input, standard output and ``--output``
* :mod:`linter.exitcodes` - the exit codes and :func:`exit_code`
"""

from __future__ import annotations

from linter import streams
from linter.batch import EntryCheck, Executor, check_entry, entry_config, executor_for
from linter.checking import check_document, check_file, document_language, input_format
from linter.exitcodes import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK
from linter.exitcodes import check_exit_code as exit_code
from linter.findings import FileReport, Severity
from linter.request import STDIN, CheckRequest, Notice
from linter.selection import select_files
from linter.wiring import RunContext, build_engine

__all__ = [
    "EXIT_ERROR", "EXIT_FINDINGS", "EXIT_OK", "STDIN", "CheckRequest", "Notice", "RunContext",
    "build_engine", "check_document", "check_entry", "check_file", "document_language", "exit_code", "input_format",
    "run_check", "select_files",
]


def run_check(request: CheckRequest, notice: Notice = lambda _: None,
              executor: Executor | None = None) -> int:
    """Check every requested file, write the report, and return the exit code.

    Files are checked by ``executor`` (default: ``--jobs`` threads, see
    :mod:`linter.batch`); the report lists them in the order they were selected.
    """
    streams.check_output_path(request.output)
    if not request.use_languagetool:
        notice("note: LanguageTool is off (--no-languagetool): only the house rules were checked.")
    context = RunContext(request, notice)
    entries = select_files(request, notice)
    stdin = streams.read_stdin() if STDIN in entries else None
    task = EntryCheck(request, notice, stdin, context)
    executor = executor or executor_for(request.jobs)
    if streams.is_streamed(request.output_format):  # jsonl: each file's line as it is done, no list of reports
        code = _stream_reports(request, task, entries, executor)
        context.finish()
        return code
    reports: list[FileReport] = executor.map(task, entries)
    fail_levels: list[Severity] = [entry_config(request, entry).fail_on for entry in entries]
    context.finish()
    streams.write_reports(reports, request.output_format, request.output, color=request.color,
                          fail_on=request.base_config().fail_on)
    return exit_code(reports, fail_levels)


def _stream_reports(request: CheckRequest, task: EntryCheck, entries: list, executor: Executor) -> int:
    """Write each report as a line as soon as it (and every one before it) is done; return the exit code."""
    from linter.ordered import ordered_results

    code = EXIT_OK
    with streams.report_lines(request.output) as lines:
        for entry, report in zip(entries, ordered_results(executor, task, entries)):
            lines.add(report)
            code = max(code, exit_code([report], [entry_config(request, entry).fail_on]))  # 2 beats 1 beats 0
    return code
