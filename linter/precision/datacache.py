"""Compact, on-disk copies of the precision data: looked up a word at a time instead of loaded whole.

wordfreq's German list (634,000 words) costs about 1 s and 90 MB to load into a
dict, gender-guesser's name list about 0.3 s and 20 MB; a check looks up a few
hundred words. So each list is copied once, at first use, into an SQLite table
in newslint's cache (``$NEWSLINT_CACHE_DIR`` or the platform cache dir)::

    <cache>/precision/<library>-<library version>-<table>-v<FORMAT>.sqlite3

Keyed by the library's version and this module's FORMAT, so an upgrade builds a
fresh copy. The build is safe with concurrent processes: one builds under a file
lock, into a temporary file renamed into place only when complete, and the others
wait for it and open the result. A copy that cannot be read (corrupt, truncated,
not a copy of this table) is rebuilt; when the cache cannot be written at all,
:func:`open_table` returns None and the caller uses the library itself: slower,
same results.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path

from linter.languagetool.provision import cache_dir

#: Version of the table layout; raising it rebuilds every copy.
FORMAT = 1
_LOCK_TIMEOUT = 300.0  # seconds: another process building the same copy


class Table:
    """A read-only copy of one list: text keys with an integer value each, answered from disk."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    def value(self, key: str) -> int | str | None:
        """The key's value, or None when the list does not have the key (text only in a list
        that stores text: SQLite keeps each value's own type)."""
        row = self._db.execute("SELECT value FROM entries WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    def keys_among(self, keys: Iterable[str], value: int) -> list[str]:
        """Those of ``keys`` the list has with a value of at most ``value``, in one query per 500 keys."""
        keys, found = list(keys), []
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            marks = ",".join("?" * len(chunk))
            found += [key for (key,) in self._db.execute(
                f"SELECT key FROM entries WHERE value <= ? AND key IN ({marks})", (value, *chunk))]
        return found

    def keys_up_to(self, value: int) -> list[str]:
        """Every key whose value is at most ``value``."""
        return [key for (key,) in self._db.execute("SELECT key FROM entries WHERE value <= ?", (value,))]

    def keys(self) -> list[str]:
        """Every key of the list."""
        return [key for (key,) in self._db.execute("SELECT key FROM entries")]


def table_path(library: str, name: str) -> Path:
    """Where the copy of ``library``'s list ``name`` lives, for the installed version of the library."""
    version = metadata.version(library)
    return cache_dir() / "precision" / f"{library}-{version}-{name}-v{FORMAT}.sqlite3"


def open_table(library: str, name: str, rows: Callable[[], Iterable[tuple[str, int]]]) -> Table | None:
    """The copy of a list, built from ``rows()`` first if it is missing or unreadable; None if it cannot be."""
    try:
        path = table_path(library, name)
    except metadata.PackageNotFoundError:
        return None
    return open_table_at(path, name, rows)


def open_table_at(path: Path, name: str, rows: Callable[[], Iterable[tuple[str, int | str]]]) -> Table | None:
    """The copy of a list at ``path``, built from ``rows()`` first if it is missing or unreadable;
    None if it cannot be (for lists that come with something other than a Python library)."""
    table = _open(path, name)
    if table is not None:
        return table
    from filelock import FileLock, Timeout  # only to build a copy: every later run just opens it

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with FileLock(str(path) + ".lock", timeout=_LOCK_TIMEOUT):
            table = _open(path, name)  # another process may have built it while we waited
            if table is None:
                _build(path, name, rows())
                table = _open(path, name)
    except (OSError, sqlite3.Error, Timeout):
        return None  # an unwritable or full cache: the caller asks the library itself
    return table


def _open(path: Path, name: str) -> Table | None:
    """The copy at ``path`` if it is complete and of this table, else None."""
    if not path.is_file():
        return None
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        meta = dict(db.execute("SELECT key, value FROM meta"))
        if meta.get("table") != name or meta.get("format") != str(FORMAT) or meta.get("complete") != "yes":
            db.close()
            return None
        db.execute("SELECT key, value FROM entries LIMIT 1").fetchall()
    except sqlite3.Error:
        return None
    return Table(db)


def _build(path: Path, name: str, rows: Iterable[tuple[str, int]]) -> None:
    """Write the copy into a temporary file beside ``path`` and rename it into place when complete."""
    fd, temporary = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        with contextlib.closing(sqlite3.connect(temporary)) as db:
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
            db.execute("CREATE TABLE entries (key TEXT PRIMARY KEY, value INTEGER) WITHOUT ROWID")
            # a later row of the same key wins, as when the library fills a dict in list order
            db.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?)", rows)
            db.execute("CREATE INDEX entries_value ON entries (value)")
            db.executemany("INSERT INTO meta VALUES (?, ?)",
                           [("table", name), ("format", str(FORMAT)), ("complete", "yes")])
            db.commit()
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
