"""The ``jsonl`` format: one JSON line per file as it is checked, and a summary line at the end.

Made for archive runs: a reader can process (or a run's consumer can tail) the
lines one by one, and the writer keeps no more than the running counts, so a
million files need no memory for the whole report. Each file line is
``{"type": "file", ...}`` with the same keys and finding objects as a file of
the ``json`` format; the last line is ``{"type": "summary", "version": 1,
"files": ..., "findings": ..., "errors": ..., "warnings": ..., "infos": ...,
"failed_files": ...}`` where ``failed_files`` counts the files that could not
be checked. A stream without its summary line was cut short (see docs/output.md).
"""

from __future__ import annotations

import json
from collections import Counter
from typing import TextIO

from linter.findings import FileReport, Severity
from linter.reporters.common import ReportOptions
from linter.reporters.json_report import SCHEMA_VERSION, file_dict


class JsonLines:
    """Writes file lines as reports arrive and the summary line on :meth:`finish`."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.files = 0
        self.failed_files = 0
        self.counts: Counter = Counter()

    def add(self, report: FileReport) -> None:
        """Write ``report``'s line and flush it, so a cut-off run keeps every finished file."""
        self.files += 1
        self.failed_files += report.error is not None
        self.counts.update(f.severity for f in report.findings)
        self._line({"type": "file", **file_dict(report)})

    def finish(self) -> None:
        """Write the summary line."""
        self._line({
            "type": "summary", "version": SCHEMA_VERSION, "files": self.files,
            "findings": sum(self.counts.values()), "errors": self.counts[Severity.ERROR],
            "warnings": self.counts[Severity.WARNING], "infos": self.counts[Severity.INFO],
            "failed_files": self.failed_files,
        })

    def _line(self, data: dict) -> None:
        self.stream.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
        self.stream.flush()


def write(reports: list[FileReport], stream: TextIO, options: ReportOptions) -> None:
    """Write a finished list of reports as JSON lines (the run streams them with :class:`JsonLines`)."""
    lines = JsonLines(stream)
    for report in reports:
        lines.add(report)
    lines.finish()
