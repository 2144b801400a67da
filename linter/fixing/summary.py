"""What ``newslint fix`` tells the user: per-file counts, a total, or a unified diff."""

from __future__ import annotations

import difflib
import re
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from linter.fixing.run import FileFix


def plural(count: int, word: str) -> str:
    """``1 fix``, ``2 fixes``, ``1 finding``, ``3 findings``."""
    if count == 1:
        return f"1 {word}"
    return f"{count} {word}es" if word.endswith("x") else f"{count} {word}s"


def write_summary(results: list["FileFix"], mode: str, out: TextIO) -> None:
    """One line per file with fixes, remaining findings or an error, then a total."""
    verb = "applied" if mode == "write" else "would be applied"
    for r in results:
        if r.error:
            message = r.error[len(r.path) + 2:] if r.error.startswith(r.path + ": ") else r.error
            out.write(f"{r.path}: error: {message}\n")
        elif r.stale:
            out.write(f"{r.path}: {plural(r.applied, 'fix')} not applied: the file changed on disk meanwhile\n")
        elif r.applied or r.remaining:
            out.write(f"{r.path}: {plural(r.applied, 'fix')} {verb}, "
                      f"{plural(r.remaining, 'finding')} left for a person to decide\n")
    out.write(_total(results, verb) + "\n")


def _total(results: list["FileFix"], verb: str) -> str:
    """The closing line: fixes, files, fixes that could not be written or met a changed file,
    findings left, errors. "Nothing to fix" only when no fix was found at all."""
    fixed = [r for r in results if r.applied and not r.error and not r.stale]
    fixes = sum(r.applied for r in fixed)
    left = sum(r.remaining for r in results if not r.error)
    errors = sum(1 for r in results if r.error)
    heads = [f"{plural(fixes, 'fix')} {verb} in {plural(len(fixed), 'file')}"] if fixes else []
    unwritten = [r for r in results if r.unwritten]
    if unwritten:
        heads.append(f"{plural(sum(r.applied for r in unwritten), 'fix')} could not be written "
                     f"in {plural(len(unwritten), 'file')}")
    stale = [r for r in results if r.stale]
    if stale:
        heads.append(f"{plural(sum(r.applied for r in stale), 'fix')} not applied: "
                     f"{plural(len(stale), 'file')} changed on disk meanwhile")
    head = "; ".join(heads) or "Nothing to fix"
    tail = f"; {plural(left, 'finding')} left for a person to decide"
    if left:
        tail += " (see 'newslint check')"
    if errors:
        tail += f"; {plural(errors, 'file')} could not be fixed"
    return head + tail + "."


def write_diff(results: list["FileFix"], out: TextIO) -> None:
    """A unified diff of every file the fixes change (``a/``, ``b/`` prefixes on relative paths, as git writes them)."""
    for r in results:
        if r.error or not r.changed:
            continue
        for line in difflib.unified_diff(
            _lines(r.original), _lines(r.fixed),
            fromfile=_label("a", r.path), tofile=_label("b", r.path),
        ):
            # A last line without a line break gets git's marker, so `git apply` reads the diff.
            out.write(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")


def _lines(text: str) -> list[str]:
    """Lines with their endings, split at "\\n" only (str.splitlines also splits at U+2028 and friends)."""
    return re.findall(r"[^\n]*\n|[^\n]+$", text)


def _label(side: str, path: str) -> str:
    """``a/ressort/x.md`` for a relative path (``git apply`` reads it); an absolute path as it is."""
    return path if path.startswith("/") else f"{side}/{path}"
