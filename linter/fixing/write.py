"""Writing a fixed file back without losing anything.

The new bytes go through :func:`linter.atomic.write_atomic` (temporary file in
the same folder, then a rename), so a crash leaves either the old or the new
file, never half of one; the file's mode is kept. Just before writing, the file
is read again: if it no longer holds the bytes the fixes were computed on (an
editor saved it meanwhile), it is left alone. A symbolic link is followed, so
the link stays a link and its target gets the fix.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from linter.atomic import write_atomic


class StaleFileError(Exception):
    """The file changed on disk after newslint read it; it was not written."""


class ReadOnlyFileError(Exception):
    """The file is read-only (no write permission bit); it was not replaced."""


def write_if_unchanged(path: Path, original: bytes, data: bytes) -> None:
    """Replace ``path`` with ``data`` unless its content is no longer ``original``.

    Raises StaleFileError when the file changed, ReadOnlyFileError when it is
    read-only, OSError when writing fails; in each case the file on disk is the
    one that was there before.
    """
    target = Path(os.path.realpath(path))
    try:
        current = target.read_bytes()
        mode = target.stat().st_mode
    except OSError as exc:
        raise StaleFileError(f"cannot read it again before writing: {exc.strerror or exc}") from None
    if current != original:
        raise StaleFileError("it changed on disk while newslint was fixing it")
    # The rename below needs only the folder to be writable, so it would replace a file its
    # owner made read-only (and root may write anything); the permission bits say what is meant.
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise ReadOnlyFileError(f"the file is read-only (mode {stat.S_IMODE(mode):04o})")
    # A small window remains between this comparison and the rename; closing it
    # would need file locking that editors do not honour anyway.
    write_atomic(target, data)
