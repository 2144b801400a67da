"""Finding the files to check from the paths given on the command line."""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass, field
from pathlib import Path

#: File endings checked when a folder is given (an explicitly named file is always checked).
CHECKED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")

#: Folders never descended into: version control, virtual environments, caches.
SKIPPED_DIRS = frozenset({".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox"})


@dataclass(frozen=True)
class MissingPath:
    """A path that cannot be checked: named but not there, a broken symbolic link, a symlink loop."""

    path: str
    problem: str = "no such file or folder"  # what is wrong, in words for the error message


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
        """The paths that cannot be checked, in order."""
        return [e.path for e in self.entries if isinstance(e, MissingPath)]


def collect_files(paths: list[str]) -> FileSelection:
    """Expand files and folders into the list of files to check (folders recursively, sorted).

    A path that cannot be followed (a broken symbolic link, a symlink loop) is an
    entry of its own with the reason, so one bad link never hides the other files.
    """
    selection = FileSelection()
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            candidates = _walk(path)
        elif path.exists():
            candidates = [path]
        else:
            selection.entries.append(MissingPath(raw, path_problem(path)))
            continue
        for candidate in candidates:
            if isinstance(candidate, MissingPath):
                selection.entries.append(candidate)
                continue
            try:
                key = candidate.resolve(strict=True)
            except (OSError, RuntimeError):  # RuntimeError: Python before 3.13 on a symlink loop
                selection.entries.append(MissingPath(str(candidate), path_problem(candidate)))
                continue
            if key not in seen:
                seen.add(key)
                selection.entries.append(candidate)
    return selection


def path_problem(path: Path) -> str:
    """Why ``path`` cannot be opened, in words: no such file, a broken symbolic link, a symlink loop."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symlink loop (the symbolic links on this path point to each other in a circle); fix or remove the link"
        if exc.errno == errno.ENOENT and path.is_symlink():
            return f"broken symbolic link (it points to {os.readlink(path)}, which does not exist)"
        if exc.errno == errno.ENOENT:
            return "no such file or folder"
        return f"cannot open: {exc.strerror or exc}"
    return "no such file or folder"  # it appeared meanwhile; reported as it was seen


def _walk(folder: Path) -> list[Path | MissingPath]:
    """All checkable files below ``folder``, sorted, skipping tool and VCS folders.

    A subfolder that cannot be read is an entry with the reason, not a silent gap.
    """
    found: list[Path | MissingPath] = []

    def unreadable(exc: OSError) -> None:
        found.append(MissingPath(str(exc.filename), f"cannot read folder: {exc.strerror or exc}"))

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS)
        for name in sorted(files):
            if name.lower().endswith(CHECKED_SUFFIXES):
                found.append(Path(root) / name)
    return found
