"""Output formats: each reporter writes a list of FileReports to a text stream.

The registry below is explicit (no plugin magic): a format is a name and a
``write(reports, stream, options)`` function in its own module.
"""

from __future__ import annotations

from typing import Callable, TextIO

from linter.errors import UsageError
from linter.findings import FileReport, Severity
from linter.reporters import github, gitlab, html_report, json_report, jsonl, sarif, text
from linter.reporters.common import ReportOptions

Writer = Callable[[list[FileReport], TextIO, ReportOptions], None]

_WRITERS: dict[str, Writer] = {
    "text": text.write,
    "json": json_report.write,
    "sarif": sarif.write,
    "github": github.write,
    "gitlab": gitlab.write,
    "html": html_report.write,
    "jsonl": jsonl.write,
}

FORMATS: tuple[str, ...] = tuple(_WRITERS)
"""Names accepted by ``--format``; the first one is the default."""


def write_report(
    fmt: str,
    reports: list[FileReport],
    stream: TextIO,
    *,
    color: bool = False,
    fail_on: Severity = Severity.ERROR,
) -> None:
    """Write ``reports`` to ``stream`` in format ``fmt``; raise UsageError for an unknown format.

    ``color`` adds ANSI colours (text format only; the CLI decides whether the
    stream is a terminal and honours NO_COLOR). ``fail_on`` is the severity at
    which the run fails; the text summary says how many findings reach it.
    The stream should be opened as UTF-8: findings quote German text.
    """
    writer = _WRITERS.get(fmt)
    if writer is None:
        raise UsageError(f"unknown output format {fmt!r}; expected one of: {', '.join(FORMATS)}")
    writer(reports, stream, ReportOptions(color=color, fail_on=fail_on))


__all__ = ["FORMATS", "ReportOptions", "write_report"]
