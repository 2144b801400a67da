"""Idle watchdog: stops newslint's LanguageTool server when nobody used it for a while.

LanguageTool has no idle shutdown of its own, and newslint runs are short
(pre-commit, editor saves), so the server must outlive them yet not keep a
gigabyte of RAM forever.  ``server.ensure_server`` starts this module as a
detached process::

    python -m linter.languagetool.watchdog PID PORT STARTED IDLE_TIMEOUT   (NEWSLINT_STATE_DIR selects the state)

It polls the mtime of ``last-used`` (touched by every client) and the state
file; it stops the server once idle longer than the state's ``idle_timeout``,
and exits by itself when the server is gone or another watchdog took over.
When the state file is damaged (or deleted) while ``server.pid`` still names its
server, it goes on guarding that server with the last state it read, so a
broken file never leaves a JVM running without an idle shutdown.
"""

from __future__ import annotations

import os
import sys
import time

from filelock import FileLock, Timeout

from linter.languagetool import process, server


def poll_interval(idle_timeout: float) -> float:
    """Seconds between checks: a fifth of the timeout, between 0.5 s and 30 s."""
    return max(0.5, min(30.0, idle_timeout / 5))


def idle_expired(last_used: float | None, started: float, idle_timeout: float, now: float) -> bool:
    """True if the server has been unused for longer than ``idle_timeout`` seconds."""
    reference = last_used if last_used is not None else started
    return now - reference > idle_timeout


def _mine(state: dict | None, server_pid: int) -> bool:
    """This watchdog still guards the recorded server (not replaced, not restarted)."""
    if state is None or state.get("pid") != server_pid:
        return False
    owner = state.get("watchdog_pid")
    return owner is None or owner == os.getpid()


def run(guard: list[str] | None = None) -> int:
    """Watch a server until it is stopped or idle; return 0.

    ``guard`` is ``[pid, port, started, idle_timeout]`` of the server to watch, as the
    server module passes them; without it, the server recorded in the state file.
    """
    if guard:
        pid, port, started, idle_timeout = guard
        state: dict | None = {"pid": int(pid), "port": int(port), "started": float(started),
                              "idle_timeout": float(idle_timeout)}
        state = _current(state, state["pid"])
    else:
        state = server.read_state()
    if state is None:
        return 0
    server_pid = state["pid"]
    while True:
        state = _current(state, server_pid)
        if not _mine(state, server_pid) or not process.pid_alive(server_pid):
            return 0
        timeout = float(state.get("idle_timeout", server.DEFAULT_IDLE_TIMEOUT))
        if idle_expired(server.last_used(), state.get("started", 0.0), timeout, time.time()):
            if _stop_if_still_idle(server_pid, state):
                print(f"{time.ctime()}: stopped idle LanguageTool server pid {server_pid}", flush=True)
                return 0
        time.sleep(poll_interval(timeout))


def _current(known: dict | None, server_pid: int) -> dict | None:
    """The recorded state; the ``known`` one while the file is damaged but server.pid still names our server."""
    state = server.read_state()
    if state is None and server.recorded_pid() == server_pid:
        return known
    return state


def _stop_if_still_idle(server_pid: int, known: dict | None = None) -> bool:
    """Under the server lock (so no client is mid-ensure_server), re-check and stop."""
    lock = FileLock(str(server.state_dir() / "server.lock"), timeout=5)
    try:
        with lock:
            state = _current(known, server_pid)
            if not _mine(state, server_pid):
                return True  # someone else replaced or stopped it; our job is done
            timeout = float(state.get("idle_timeout", server.DEFAULT_IDLE_TIMEOUT))
            if not idle_expired(server.last_used(), state.get("started", 0.0), timeout, time.time()):
                return False
            server._stop_locked(state)
            return True
    except Timeout:
        return False  # a client holds the lock right now: it is being used


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
