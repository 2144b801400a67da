"""Standard input and output of a run, in one place.

The check run reads the copy piped to ``-`` and writes its report here; the
fix run takes its default streams from here. ``--output`` reports are written
atomically, so a reader never sees half a report.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from linter.atomic import write_atomic
from linter.errors import UsageError
from linter.findings import FileReport, Severity

if TYPE_CHECKING:  # the reporters are imported when a report is written, after the checks have started
    from linter.reporters.jsonl import JsonLines

STREAMED_FORMATS = ("jsonl",)  # written line by line while the run goes on
PARTIAL_SUFFIX = ".partial"  # where a streamed --output grows until the run ends


def read_stdin() -> bytes:
    """Everything piped to standard input, undecoded (the document decides the encoding)."""
    return sys.stdin.buffer.read()


def stdout() -> TextIO:
    """Where reports, summaries and diffs go by default."""
    return sys.stdout


def stderr() -> TextIO:
    """Where a summary goes when standard output carries a diff."""
    return sys.stderr


def check_output_path(output: Path | None) -> None:
    """Refuse an ``--output`` that cannot be written before any file is checked, not after."""
    if output is None:
        return
    folder = output.parent if str(output.parent) else Path(".")
    if output.is_dir():
        raise UsageError(f"--output {output}: is a folder; name a file to write the report to")
    if not folder.is_dir():
        raise UsageError(f"--output {output}: the folder {folder} does not exist; create it first")


def write_reports(reports: list[FileReport], output_format: str, output: Path | None, *,
                  color: bool, fail_on: Severity) -> None:
    """Write the report to ``output`` (atomically, never coloured) or, when None, to standard output."""
    from linter.reporters import write_report

    if output is None:
        write_report(output_format, reports, stdout(), color=color, fail_on=fail_on)
        return
    buffer = io.StringIO()
    write_report(output_format, reports, buffer, color=False, fail_on=fail_on)
    try:
        write_atomic(output, buffer.getvalue().encode("utf-8"))
    except OSError as exc:
        raise UsageError(f"--output {output}: cannot write the report ({exc.strerror or exc}); "
                         "nothing was written") from None


def is_streamed(output_format: str) -> bool:
    """Whether ``output_format`` is written file by file during the run rather than at its end."""
    return output_format in STREAMED_FORMATS


@contextlib.contextmanager
def report_lines(output: Path | None) -> Iterator[JsonLines]:
    """A JSON-lines report to standard output or ``--output``, its summary line written on success.

    With ``--output FILE`` the lines go to ``FILE.partial``, each flushed as it
    is written, and the file is renamed to ``FILE`` after the summary line: so
    ``FILE`` only ever holds a whole report, and a run that is cut short leaves
    every file finished so far in ``FILE.partial`` (to read, or to rerun the rest).
    """
    from linter.reporters.jsonl import JsonLines

    if output is None:
        lines = JsonLines(stdout())
        yield lines
        lines.finish()
        return
    partial = output.with_name(output.name + PARTIAL_SUFFIX)
    try:
        handle = open(partial, "w", encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"--output {output}: cannot write {partial} ({exc.strerror or exc})") from None
    with handle:
        lines = JsonLines(handle)
        yield lines
        lines.finish()
        os.fsync(handle.fileno())
    os.replace(partial, output)
