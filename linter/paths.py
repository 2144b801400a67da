"""Finding the files to check from the paths given on the command line."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

#: File endings checked when a folder is given (an explicitly named file is always checked).
CHECKED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")

#: Folders never descended into: version control, virtual environments, caches.
SKIPPED_DIRS = frozenset({".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox"})


@dataclass
class FileSelection:
    """The files to check, in a stable order, and the paths that could not be used."""

    files: list[Path] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


def collect_files(paths: list[str]) -> FileSelection:
    """Expand files and folders into the list of files to check (folders recursively, sorted)."""
    selection = FileSelection()
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            candidates = _walk(path)
        elif path.exists():
            candidates = [path]
        else:
            selection.missing.append(raw)
            continue
        for candidate in candidates:
            key = candidate.resolve()
            if key not in seen:
                seen.add(key)
                selection.files.append(candidate)
    return selection


def _walk(folder: Path) -> list[Path]:
    """All checkable files below ``folder``, sorted, skipping tool and VCS folders."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS)
        for name in sorted(files):
            if name.lower().endswith(CHECKED_SUFFIXES):
                found.append(Path(root) / name)
    return found
