"""Reading word lists: plain text, one entry per line, ``#`` starts a comment.

Shared by the house vocabulary (accept/reject lists) and the name lists, and by
the hygiene tests, so every list is read the same way.
"""

from __future__ import annotations

from pathlib import Path

from linter.errors import ConfigError


def read_entries(path: Path) -> list[str]:
    """The entries of one list, in file order: comments and blank lines dropped, ends stripped."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read word list: {exc}") from None
    entries = []
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.append(entry)
    return entries
