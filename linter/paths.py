"""Finding the files to check from the paths given on the command line."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

#: File endings checked when a folder is given (an explicitly named file is always checked).
CHECKED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")

#: Folders never descended into: version control, virtual environments, caches.
SKIPPED_DIRS = frozenset({".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox"})


@dataclass(frozen=True)
class MissingPath:
    """A path named on the command line that does not exist."""

    path: str


@dataclass
class FileSelection:
    """The files to check and the paths that could not be used, in the order they were named."""

    entries: list[Path | MissingPath] = field(default_factory=list)

    @property
    def files(self) -> list[Path]:
        """The files found, in order."""
        return [e for e in self.entries if isinstance(e, Path)]

    @property
    def missing(self) -> list[str]:
        """The named paths that do not exist, in order."""
        return [e.path for e in self.entries if isinstance(e, MissingPath)]


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
            selection.entries.append(MissingPath(raw))
            continue
        for candidate in candidates:
            key = candidate.resolve()
            if key not in seen:
                seen.add(key)
                selection.entries.append(candidate)
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
