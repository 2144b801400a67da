"""Which files a run checks: the named paths, narrowed by ``--changed-since`` and each file's include/exclude."""

from __future__ import annotations

from pathlib import Path

from linter.findings import FileReport
from linter.gitchanges import changed_files
from linter.paths import MissingPath, collect_files
from linter.request import STDIN, CheckRequest, Notice


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
            chosen.append(FileReport(path=entry.path, error=f"{entry.path}: {entry.problem}"))
            continue
        if changed is not None and entry.resolve() not in changed:
            continue
        config = request.config_for(entry)
        if not config.is_included(entry):
            notice(f"note: {entry}: skipped, excluded by {config.source or 'the configuration'}")
            continue
        chosen.append(entry)
    return chosen
