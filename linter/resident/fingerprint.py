"""Which installation a resident engine belongs to, from file metadata alone (standard library only).

An engine keeps newslint's code and the data it loaded in memory, so a command
may use it only while nothing it loaded has changed: the package's files
(code, word lists, the news profile), the built-in rule pack of a checkout,
the interpreter and the installed libraries. Reading every file would cost a
command more than it saves; their sizes and modification times, and those of
the folders on ``sys.path`` (installing or removing a library changes its
site-packages folder), are read in a few milliseconds and change whenever
those files do.
"""

from __future__ import annotations

import hashlib
import os
import sys

#: Folders below the package that hold no shipped file.
_SKIPPED = frozenset({"__pycache__"})


def package_dir() -> str:
    """The folder of the ``linter`` package in use."""
    return os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def rules_dir(package: str) -> str:
    """The built-in rule pack: inside the installed package, or ``rules/`` beside a checkout's package."""
    inside = os.path.join(package, "rules")
    return inside if os.path.isdir(inside) else os.path.join(os.path.dirname(package), "rules")


def _tree_stats(root: str, out: list[str]) -> None:
    """Append the name, size and modification time of every file under ``root`` to ``out``, in a fixed order."""
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in _SKIPPED)
        for name in sorted(files):
            if name.endswith(".pyc"):
                continue
            path = os.path.join(folder, name)
            try:
                info = os.stat(path)
            except OSError:
                out.append(f"{path}\0missing")
                continue
            out.append(f"{path}\0{info.st_size}\0{info.st_mtime_ns}")


def installation_fingerprint() -> str:
    """A short digest that changes whenever the code or data a resident engine has loaded could have changed."""
    package = package_dir()
    # the interpreter's real file: "python" and "python3" of one virtual environment are links to
    # it, and the console script runs one while "python -m linter" may run the other
    parts = [os.path.realpath(sys.executable), sys.prefix, sys.version, package]
    _tree_stats(package, parts)
    rules = rules_dir(package)
    if not rules.startswith(package + os.sep):
        _tree_stats(rules, parts)
    for entry in sys.path:
        # only the library folders: the first entry may be the working directory, which is no part of it
        if not os.path.basename(entry).endswith("-packages"):
            continue
        try:
            parts.append(f"{entry}\0{os.stat(entry).st_mtime_ns}")
        except OSError:
            parts.append(f"{entry}\0missing")
    return hashlib.sha256("\n".join(parts).encode("utf-8", "surrogateescape")).hexdigest()[:16]
