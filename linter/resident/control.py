"""Starting, listing and stopping resident engines (``newslint engine ...``, ``newslint server status``).

Starting is cheap to ask for: :func:`spawn` launches the engine detached (its
own session, no terminal, standard streams on /dev/null and its log), and an
engine that finds its lock taken ends at once, so several commands asking at
the same time still get one engine.
"""

from __future__ import annotations

import fcntl
import json
import os
import signal
import socket
import sys
import time

from linter.resident.places import EnginePlace, engine_dir, place_for, private_folder

DEFAULT_IDLE_TIMEOUT = 900.0  # seconds, as newslint's LanguageTool server
#: How long :func:`stop` waits for an engine to end after SIGTERM, seconds.
STOP_TIMEOUT = 10.0


def take_lock(place: EnginePlace) -> int | None:
    """The engine's lock, taken (a descriptor; closing it lets the lock go), or None when an engine holds it.

    Raises OSError when the lock file cannot be opened.
    """
    fd = os.open(place.lock, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    return fd


def lock_is_free(place: EnginePlace) -> bool:
    """True when no engine of ``place`` runs or starts (its lock can be taken; it is let go at once)."""
    try:
        fd = take_lock(place)
    except OSError:
        return False
    if fd is None:
        return False
    os.close(fd)
    return True


def connect(path: str, timeout: float = 1.0) -> socket.socket | None:
    """A connection to the engine listening at ``path``, or None when none listens there."""
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    conn.settimeout(timeout)
    try:
        conn.connect(path)
    except OSError:
        conn.close()
        return None
    return conn


def remove_file(path: str) -> None:
    """Remove ``path`` if it is there (and can be removed): what is left of an engine is no error."""
    try:
        os.unlink(path)
    except OSError:
        pass


def spawn(place: EnginePlace, idle_timeout: float = DEFAULT_IDLE_TIMEOUT):
    """Launch the engine of ``place`` detached and return its process (None when one runs or starts already)."""
    import subprocess  # here: only the command that starts an engine pays for it

    private_folder(place.folder)
    if not lock_is_free(place):
        return None
    with open(place.log, "ab") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "linter.resident.daemon", "--folder", place.folder,
             "--fingerprint", place.fingerprint, "--idle-timeout", str(idle_timeout)],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log, cwd="/",
            start_new_session=True, close_fds=True)


def start_engine(place: EnginePlace, timeout: float, idle_timeout: float = DEFAULT_IDLE_TIMEOUT) -> str:
    """Start the engine of ``place`` unless it runs, and wait until it listens; "" or what went wrong."""
    if _answers(place.socket):
        return ""
    try:
        process = spawn(place, idle_timeout)
    except OSError as exc:
        return f"cannot start it: {exc}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if _answers(place.socket):
            return ""
        ended = process.poll() is not None if process is not None else True
        if ended and lock_is_free(place):  # ours or the other starter's gave up: no engine holds the lock
            code = f" with exit code {process.returncode}" if process is not None else ""
            return f"it ended{code} while loading{_failure(place)}; see {place.log}"
        time.sleep(0.05)
    return f"it did not listen within {timeout:.0f} s; see {place.log}"


def _failure(place: EnginePlace) -> str:
    """`` (why)`` from the failure note of an engine that could not start, or ""."""
    try:
        with open(place.failed, encoding="utf-8") as note:
            return f" ({note.read().strip()})"
    except OSError:
        return ""


def _answers(path: str) -> bool:
    conn = connect(path)
    if conn is None:
        return False
    conn.close()
    return True


def engines() -> list[dict]:
    """The state of every engine of the current state folder that runs, oldest first.

    A state file whose engine is gone (its lock is free) is removed with its
    socket: that is what a crashed engine leaves behind.
    """
    folder = engine_dir()
    try:
        names = sorted(n for n in os.listdir(folder) if n.endswith(".json"))
    except OSError:
        return []
    found = []
    for name in names:
        place = EnginePlace(folder, name[:-len(".json")])
        state = _read_state(place)
        if lock_is_free(place):
            _clear_stale(place, state)
            continue
        if state is not None:
            state["idle_seconds"] = _idle_seconds(place)
            found.append(state)
    return sorted(found, key=lambda s: s.get("started", 0))


def _read_state(place: EnginePlace) -> dict | None:
    try:
        with open(place.state, encoding="utf-8") as state:
            data = json.load(state)
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("pid"), int) else None


def _idle_seconds(place: EnginePlace) -> float | None:
    """Seconds since the engine last took a command (it touches its state file each time)."""
    try:
        return max(0.0, time.time() - os.stat(place.state).st_mtime)
    except OSError:
        return None


def _clear_stale(place: EnginePlace, state: dict | None) -> None:
    """Remove what an engine that no longer runs left behind."""
    for path in (place.state, (state or {}).get("socket") or place.socket):
        remove_file(path)


def stop(state: dict, timeout: float = STOP_TIMEOUT) -> bool:
    """Ask the engine of ``state`` to stop (SIGTERM) and wait until its lock is free; True when it is gone."""
    place = place_for(str(state.get("fingerprint", "")))
    try:
        os.kill(state["pid"], signal.SIGTERM)
    except ProcessLookupError:
        pass
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if lock_is_free(place):
            return True
        time.sleep(0.05)
    return False


def stop_all() -> int:
    """Stop every engine of the current state folder; how many were stopped."""
    return sum(stop(state) for state in engines())
