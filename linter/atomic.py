"""Writing files so that a reader never sees half of them.

The data goes to a temporary file in the same folder, is flushed to disk, and
then renamed over the target: on any error the old file (or no file) remains.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: bytes, mode: int | None = None) -> None:
    """Replace ``path`` with ``data`` atomically; keep ``mode`` (default: the old file's, else 0o644 less umask)."""
    path = Path(path)
    if mode is None:
        mode = _existing_mode(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or Path("."))
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, path)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except FileNotFoundError:
            pass
        raise


def _existing_mode(path: Path) -> int:
    """The permission bits of an existing file, or the default for a new one."""
    try:
        return path.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
