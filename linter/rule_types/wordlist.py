"""Editors' word lists: the entries of a substitution or consistency rule kept in a TSV or CSV file.

A newsroom keeps its list of house spellings in a spreadsheet; ``swap_file:`` and
``either_file:`` name such a file, relative to the rule file. Columns: the wrong
form (for consistency: one alternative), the right form (the other alternative),
and optionally a note for the message (``{note}``). ``.tsv`` is split at tabs,
``.csv`` at commas (both with spreadsheet quoting); blank lines and lines whose
first cell starts with ``#`` are skipped. A problem in the list is reported at the
rule's key with the list's own ``file:line``, e.g.
``rules/x.yml:6: swap_file: rules/woerter.tsv:12: expected 2 or 3 columns, got 1``.
"""

from __future__ import annotations

import contextlib
import contextvars
import csv
import io
from pathlib import Path
from typing import NamedTuple

from linter.rule_types.example_spec import CLOSE, OPEN
from linter.rule_types.spec import Section

DELIMITERS = {".tsv": "\t", ".csv": ","}
MAX_REPORTED = 20  # problems shown per list; a broken export would otherwise bury the rest

#: The list files read while a rule pack loads, for its compiled form's key (:mod:`linter.rulecache`).
_READS: contextvars.ContextVar[list[Path] | None] = contextvars.ContextVar("newslint_list_reads", default=None)


@contextlib.contextmanager
def recording_reads():
    """Collect the paths of the list files :func:`read_list` reads inside the block."""
    reads: list[Path] = []
    token = _READS.set(reads)
    try:
        yield reads
    finally:
        _READS.reset(token)


class Entry(NamedTuple):
    """One row of a list: ``left`` (wrong form or first alternative), ``right``, an optional note.

    A tuple, not a dataclass: a list of ten thousand rows has to load in a fraction of a second.
    """

    left: str
    right: str
    note: str
    path: str
    line: int

    @property
    def where(self) -> str:
        """``file:line`` of the row, for messages."""
        return f"{self.path}:{self.line}"


def read_list_key(section: Section, key: str, base: Path, two_way: bool) -> list[Entry] | None:
    """The entries of the list file named by ``key`` ([] without the key; None after a problem)."""
    name = section.text(key)
    if name is None:
        return None if section.has(key) else []
    path = base / name
    problems: list[str] = []
    entries = read_list(path, two_way, problems)
    shown = problems[:MAX_REPORTED]
    if len(problems) > MAX_REPORTED:
        shown.append(f"{path}: ... and {len(problems) - MAX_REPORTED} more problems")
    for problem in shown:
        section.problems.add(section.key_node(key), key, problem)
    return None if problems else entries


def read_list(path: Path, two_way: bool, problems: list[str]) -> list[Entry]:
    """Parse one list file; each problem is appended as ``file:line: problem``."""
    reads = _READS.get()
    if reads is not None:
        reads.append(path)
    delimiter = DELIMITERS.get(path.suffix.lower())
    if delimiter is None:
        problems.append(f"{path}: a word list must be a .tsv or .csv file")
        return []
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(f"{path}: cannot read the word list: {exc}")
        return []
    entries: list[Entry] = []
    seen: dict[str, int] = {}  # lower-cased form -> line, for duplicates
    where = str(path)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for row in reader:
            cells = [c.strip() for c in row]
            if not any(cells) or cells[0].startswith("#"):
                continue
            line = reader.line_num
            problem = _row_problem(cells) or _duplicate(cells, line, seen, two_way)
            if problem:
                problems.append(f"{path}:{line}: {problem}")
            else:
                entries.append(Entry(cells[0], cells[1], cells[2] if len(cells) == 3 else "", where, line))
    except csv.Error as exc:
        problems.append(f"{path}:{reader.line_num}: not a valid {path.suffix[1:].upper()} row: {exc}")
    if not entries and not problems:
        problems.append(f"{path}: the word list has no entries")
    return entries


def _row_problem(cells: list[str]) -> str | None:
    """Why a row is not an entry, or None."""
    if len(cells) not in (2, 3):
        return f"expected 2 or 3 columns (wrong, right, optional note), got {len(cells)}"
    if not cells[0] or not cells[1]:
        return "the first two columns must not be empty"
    if OPEN in cells[0] or CLOSE in cells[0] or OPEN in cells[1] or CLOSE in cells[1]:
        return f"an entry must not contain {OPEN} or {CLOSE}"
    if cells[0] == cells[1]:
        return "both columns are the same"
    return None


def _duplicate(cells: list[str], line: int, seen: dict[str, int], two_way: bool) -> str | None:
    """A problem when a form was already listed (forms are matched ignoring case); records the row."""
    forms = (cells[0], cells[1]) if two_way else (cells[0],)
    lowered = [form.lower() for form in forms]
    for form, low in zip(forms, lowered):
        first = seen.get(low)
        if first is not None:
            return f"{form!r} is already listed on line {first}"
    for low in lowered:
        seen[low] = line
    return None


def read_entries(section: Section, inline_key: str, read_inline, base: Path, two_way: bool):
    """The entries written in the rule (``inline_key``, read by ``read_inline``) and those of its
    ``<inline_key>_file`` list, as (inline mapping, listed entries); None after a problem.

    At least one of the two keys is required, and no form may be in both places.
    """
    file_key = f"{inline_key}_file"
    inline = read_inline(section) if section.has(inline_key) else {}
    listed = read_list_key(section, file_key, base, two_way)
    if not section.has(inline_key) and not section.has(file_key):
        section.missing(inline_key)
        return None
    if inline is None or listed is None or not merge_listed(section, file_key, inline, listed, two_way):
        return None
    return inline, listed


def merge_listed(section: Section, key: str, inline: dict[str, object], listed: list[Entry], two_way: bool) -> bool:
    """False (with a problem) when a listed form is also written in the rule file itself."""
    inline_lower = {k.lower(): k for k in inline}
    if two_way:
        inline_lower |= {str(v).lower(): str(v) for v in inline.values()}
    for entry in listed:
        forms = (entry.left, entry.right) if two_way else (entry.left,)
        for form in forms:
            if form.lower() in inline_lower:
                section.problems.add(section.key_node(key), key,
                                     f"{entry.where}: {form!r} is also in the rule file itself; keep it in one place")
                return False
    return True
