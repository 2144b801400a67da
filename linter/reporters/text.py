"""The default, human-readable format: one header line per finding, the source line, carets.

    artikel.md:1:10: error typografie.anfuehrungszeichen: Gerade Anführungszeichen (-> „)
      1 | Er sagte "Hallo" und ging.
        |          ^
"""

from __future__ import annotations

import re
import unicodedata
from typing import TextIO

from linter.findings import FileReport, Finding, Severity
from linter.reporters.common import ReportOptions, severity_counts, sorted_findings, suggestion_suffix

TAB_SIZE = 4  # tabs are expanded so that the carets line up under the source text
#: A source line longer than this (in code points) is shown cut to the stretch around the finding:
#: EXCERPT_CONTEXT code points on either side, at most EXCERPT_MAX in all, the cuts marked with ELLIPSIS.
EXCERPT_MAX = 300
EXCERPT_CONTEXT = 80
ELLIPSIS = "…"

_RESET = "\x1b[0m"
_BOLD = "\x1b[1m"
_DIM = "\x1b[2m"
_SEVERITY_COLOR = {Severity.ERROR: "\x1b[1;31m", Severity.WARNING: "\x1b[1;33m", Severity.INFO: "\x1b[1;36m"}
_PROBLEM_COLOR = {"error": "\x1b[1;31m", "warning": "\x1b[1;33m"}


def write(reports: list[FileReport], stream: TextIO, options: ReportOptions) -> None:
    """Write every file's problems and findings, then one summary line."""
    paint = _painter(options.color)
    for report in reports:
        for kind, message in _problems(report):
            where, rest = split_location(report.path, message)
            stream.write(f"{paint(where, _BOLD)}: {paint(kind, _PROBLEM_COLOR[kind])}: {rest}\n")
        for finding in sorted_findings(report):
            stream.write(_header(finding, paint) + "\n")
            for line in _excerpt(report, finding, paint):
                stream.write(line + "\n")
            stream.write("\n")
    stream.write(summary(reports, options.fail_on) + "\n")


def summary(reports: list[FileReport], fail_on: Severity) -> str:
    """The closing line, e.g. ``2 files checked: 5 findings (3 errors, 1 warning, 1 info), 3 at or above error.``"""
    complete = [r for r in reports if r.error is None]
    partial = [r for r in reports if r.error is not None and r.partial]
    failed = len(reports) - len(complete) - len(partial)
    checked = _plural(len(complete), "file")
    counts = severity_counts(complete)
    total = sum(counts.values())
    if total == 0:
        text = f"{checked} checked: no findings"
    else:
        parts = [_plural(counts[s], s.label) for s in sorted(Severity, reverse=True) if counts[s]]
        reaching = sum(n for s, n in counts.items() if s >= fail_on)
        text = f"{checked} checked: {_plural(total, 'finding')} ({', '.join(parts)}), {reaching} at or above {fail_on.label}"
    if partial:
        # Their house findings are listed, but they are no complete check: counted apart.
        listed = sum(len(r.findings) for r in partial)
        text += (f"; {_plural(len(partial), 'file')} checked only in part (LanguageTool failed; "
                 f"{_plural(listed, 'house finding')} listed)")
    if failed:
        text += f"; {_plural(failed, 'file')} could not be checked"
    return text + "."


def split_location(path: str, message: str) -> tuple[str, str]:
    """Split ``path:line: text`` messages so the path is not printed twice.

    Input errors already name their file (``a.md:3: not valid UTF-8``); printed
    as ``a.md:3: error: not valid UTF-8`` they read like every other line.
    """
    if not message.startswith(path + ":"):
        return path, message
    rest = message[len(path) + 1:]
    line = re.match(r"(\d+(?::\d+)?):\s*", rest)
    if line:
        return f"{path}:{line.group(1)}", rest[line.end():]
    return path, rest.lstrip()


def _problems(report: FileReport) -> list[tuple[str, str]]:
    problems = [("error", report.error)] if report.error is not None else []
    return problems + [("warning", w) for w in report.warnings]


def _header(finding: Finding, paint) -> str:
    where = paint(f"{finding.path}:{finding.line}:{finding.column}:", _BOLD)
    severity = paint(finding.severity.label, _SEVERITY_COLOR[finding.severity])
    rule = paint(finding.rule, _DIM)
    return f"{where} {severity} {rule}: {finding.message}{suggestion_suffix(finding)}"


def _excerpt(report: FileReport, finding: Finding, paint) -> list[str]:
    """The source line and a caret line under the flagged span (nothing without a document)."""
    doc = report.document
    if doc is None or not 1 <= finding.line <= doc.positions.line_count:
        return []
    line_start, line_end = doc.positions.line_span(finding.line)
    length = line_end - line_start
    start = min(max(finding.column - 1, 0), length)
    # A span running past this line is marked up to the line's end.
    end = finding.end_column - 1 if finding.end_line == finding.line else length
    end = min(max(end, start), length)
    # A long line (minified HTML, a paragraph without breaks) is shown as a stretch around the
    # finding, so each finding costs the same however long its line is.
    lo, hi = 0, length
    if length > EXCERPT_MAX:
        lo = max(0, start - EXCERPT_CONTEXT)
        hi = min(length, end + EXCERPT_CONTEXT, lo + EXCERPT_MAX)
    source = doc.text[line_start + lo:line_start + hi]
    start, end = start - lo, min(end, hi) - lo
    opening, closing = (ELLIPSIS if lo else ""), (ELLIPSIS if hi < length else "")
    shown, cols = _expand(source)
    shown = opening + shown + closing
    lead, width = len(opening) + cols[start], cols[end] - cols[start]
    gutter = str(finding.line)
    carets = paint("^" * max(width, 1), _SEVERITY_COLOR[finding.severity])
    return [
        f"  {gutter} | {shown}".rstrip(),
        f"  {' ' * len(gutter)} | {' ' * lead}{carets}",
    ]


def _expand(line: str) -> tuple[str, list[int]]:
    """Return the line with tabs expanded and the display column of every code point (plus the end).

    Wide (East Asian, most emoji) characters count two cells and combining marks
    none; terminals disagree on a few emoji, which is an accepted approximation.
    """
    out: list[str] = []
    cols = [0]
    col = 0
    for ch in line:
        if ch == "\t":
            step = TAB_SIZE - col % TAB_SIZE
            out.append(" " * step)
        else:
            step = _cell_width(ch)
            out.append(ch)
        col += step
        cols.append(col)
    return "".join(out), cols


def _cell_width(ch: str) -> int:
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _painter(color: bool):
    if not color:
        return lambda text, _code: text
    return lambda text, code: f"{code}{text}{_RESET}"
