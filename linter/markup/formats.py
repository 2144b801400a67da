"""Which markup a file is written in."""

from __future__ import annotations

from pathlib import PurePath

from linter.errors import UsageError

FORMATS = ("text", "markdown", "html")

_BY_SUFFIX = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".txt": "text",
}


def format_by_suffix(path: str) -> str | None:
    """The format a file ending names (``.md``, ``.html``, ``.txt``, ...), or None for any other ending."""
    return _BY_SUFFIX.get(PurePath(path).suffix.lower())


def detect_format(path: str, override: str | None = None) -> str:
    """Return "text", "markdown" or "html" for ``path``; ``override`` (a format name) wins.

    Unknown suffixes are read as plain text.  Raises UsageError for an unknown override.
    """
    if override is not None:
        name = override.strip().lower()
        if name not in FORMATS:
            raise UsageError(f"unknown input format {override!r}; use one of: {', '.join(FORMATS)}")
        return name
    return _BY_SUFFIX.get(PurePath(path).suffix.lower(), "text")
