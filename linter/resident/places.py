"""Where a resident engine keeps its socket, lock, state and log (standard library only).

Everything lives in ``<state>/engine/`` beside the LanguageTool server's
folder, ``<state>`` being ``$NEWSLINT_STATE_DIR`` or the user's state folder
(``platformdirs.user_state_dir("newslint")``). Each installation has engines
of its own, named by its fingerprint, so two virtual environments never use
each other's code. A Unix socket's path is limited to about 100 bytes; when
the state folder is too deep for that, the socket goes to a private folder of
the user's in ``$XDG_RUNTIME_DIR`` or the temporary folder instead.
"""

from __future__ import annotations

import hashlib
import os
import sys

#: Longest socket path used (Linux allows 107 bytes, macOS 103).
MAX_SOCKET_PATH = 100


def state_base() -> str:
    """newslint's state folder: ``$NEWSLINT_STATE_DIR``, else the platform's user state folder."""
    override = os.environ.get("NEWSLINT_STATE_DIR")
    if override:
        return os.path.abspath(override)
    if sys.platform.startswith("linux"):
        # platformdirs' answer on Linux, without importing it on every command
        xdg = os.environ.get("XDG_STATE_HOME", "").strip()
        base = xdg if os.path.isabs(xdg) else os.path.expanduser("~/.local/state")
        return os.path.join(base, "newslint")
    import platformdirs

    return platformdirs.user_state_dir("newslint")


def engine_dir() -> str:
    """The folder of the resident engines' files."""
    return os.path.join(state_base(), "engine")


class EnginePlace:
    """The files of the engine of one installation (``fingerprint``) in one state folder.

    A plain class, not a dataclass: importing dataclasses would cost every command 10 ms.
    """

    __slots__ = ("folder", "fingerprint")

    def __init__(self, folder: str, fingerprint: str) -> None:
        self.folder = folder
        self.fingerprint = fingerprint

    def _file(self, suffix: str) -> str:
        return os.path.join(self.folder, self.fingerprint + suffix)

    @property
    def lock(self) -> str:
        """Held (``flock``) by the engine for its whole life: whoever can take it knows none runs."""
        return self._file(".lock")

    @property
    def state(self) -> str:
        """JSON: pid, socket, start time, idle timeout, installation."""
        return self._file(".json")

    @property
    def log(self) -> str:
        """The engine's standard error: its start, its stop, what went wrong."""
        return self._file(".log")

    @property
    def failed(self) -> str:
        """Written by an engine that could not start (why, one line); removed by one that starts."""
        return self._file(".failed")

    @property
    def last_run(self) -> str:
        """Touched by each command run in its own process; a second run soon after starts an engine."""
        return self._file(".last-run")

    @property
    def socket(self) -> str:
        """The Unix socket the engine listens on."""
        path = self._file(".sock")
        if len(path.encode()) <= MAX_SOCKET_PATH:
            return path
        folder_key = hashlib.sha256(self.folder.encode("utf-8", "surrogateescape")).hexdigest()[:12]
        return os.path.join(short_socket_folder(), f"{folder_key}-{self.fingerprint}.sock")


def short_socket_folder() -> str:
    """A folder of this user's alone for sockets whose state folder is too deep (created 0700)."""
    import tempfile  # here: most state folders are short enough, and the import is not free

    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    base = runtime if os.path.isabs(runtime) and os.path.isdir(runtime) else tempfile.gettempdir()
    return os.path.join(base, f"newslint-{os.getuid()}")


def place_for(fingerprint: str) -> EnginePlace:
    """The engine place of the installation ``fingerprint`` under the current state folder."""
    return EnginePlace(engine_dir(), fingerprint)


def private_folder(path: str) -> None:
    """Create ``path`` (mode 0700) if needed; refuse one that another user owns or others may write."""
    os.makedirs(path, mode=0o700, exist_ok=True)
    info = os.stat(path)
    if info.st_uid != os.getuid() or info.st_mode & 0o022:
        raise PermissionError(f"{path} is not this user's private folder (owner {info.st_uid}, "
                              f"mode {info.st_mode & 0o777:o}); remove it or set NEWSLINT_STATE_DIR")
