"""The ``newslint`` command: hand ``check`` and ``fix`` to the resident engine, or run here.

:mod:`linter.console`, the console script's entry point, loads this module and calls :func:`main`.

This module imports the standard library alone, so a command that a running
engine takes costs the interpreter's start and a few milliseconds, not
newslint's own start (typer, the configuration, the rule pack, the precision
data). Every other command, and every command that no engine takes, runs in
this process through :func:`linter.cli.main`, as it always did.

``NEWSLINT_RESIDENT`` chooses (docs/speed.md, "The resident engine"):

* ``auto`` (the default): use the engine of this installation if it runs;
  otherwise run here, and start one in the background when another command
  ran here within the idle timeout (a single run in CI starts none);
* ``on``: start the engine if it does not run, wait for it, and use it;
* ``off``: always run here.

Nothing is lost on the way: until the engine has said which process runs the
command and been told to go, any failure (no engine, a refused request, an
engine that does not answer in time) runs the command here instead; after
that, the command is the engine's, and Ctrl-C and termination are passed on
to the process that runs it.
"""

from __future__ import annotations

import os
import signal
import socket
import sys
import time

from linter.resident import frames
from linter.resident.control import DEFAULT_IDLE_TIMEOUT, connect
from linter.resident.fingerprint import installation_fingerprint
from linter.resident.places import EnginePlace, place_for, private_folder

#: The environment variable that chooses whether commands use the resident engine.
MODE_VARIABLE = "NEWSLINT_RESIDENT"
MODES = ("auto", "on", "off")
#: The commands a resident engine runs; the others are quick, long-running themselves, or manage servers.
HANDED_OVER = frozenset({"check", "fix"})
#: Seconds to connect, and to hear which process runs the command; a slower engine is not used.
CONNECT_TIMEOUT = 1.0
ANSWER_TIMEOUT = 10.0
#: Seconds ``on`` waits for an engine it started.
START_TIMEOUT = 120.0
#: The engine's process once it has been told to run this command (then the command never runs here).
TAKEN: list[tuple[int, str]] = []  # (pid, the engine's log)
#: The signals a command passes on to the process that runs it.
FORWARDED = frames.FORWARDED_SIGNALS


def main() -> int:
    """Entry point of the ``newslint`` console script; returns the exit code."""
    argv = sys.argv[1:]
    note = None
    mode = resident_mode()
    if mode in ("auto", "on") and argv[:1] and argv[0] in HANDED_OVER and supported():
        try:
            code, note = hand_over(argv, mode)
        except KeyboardInterrupt:
            return 130  # Ctrl-C before the engine took the command: nothing ran
        except Exception:  # noqa: BLE001 - a working folder that is gone, or a bug here: nothing ran yet
            if TAKEN:  # ... unless the engine had the command: it must not run twice
                from linter.cli import engine_lost

                return engine_lost(*TAKEN[0])
            code = None
        if code is not None:
            return code
    try:
        from linter.cli import main as run_here
    except KeyboardInterrupt:
        return 130  # Ctrl-C while newslint loads: nothing ran, and no traceback
    run_here(argv, engine_note=note)
    return 0  # not reached: run_here ends the process


def resident_mode() -> str:
    """The value of ``NEWSLINT_RESIDENT`` in lower case ("auto" when unset); linter.cli rejects others."""
    return (os.environ.get(MODE_VARIABLE) or "auto").strip().lower()


def supported() -> bool:
    """Whether this platform can run the engine: fork, Unix sockets that carry file descriptors, CPython's atexit."""
    import atexit

    return (hasattr(os, "fork") and hasattr(socket, "AF_UNIX") and hasattr(socket, "send_fds")
            and hasattr(atexit, "_clear"))


def hand_over(argv: list[str], mode: str) -> tuple[int | None, str | None]:
    """The command's exit code when the engine ran it, else None and why not (a note for ``on`` only)."""
    place = place_for(installation_fingerprint())
    conn = connect(place.socket, CONNECT_TIMEOUT)
    if conn is None:
        if mode == "auto":
            remember_run(place)
            return None, None
        conn, problem = start_and_connect(place)
        if conn is None:
            return None, f"the resident engine could not be used ({problem}); the command runs in this process"
    with conn:
        return run_remotely(conn, argv, place), None


def request_for(argv: list[str], fingerprint: str) -> dict:
    """What the engine needs to become this command: arguments, folder, environment, umask, stream encodings."""
    umask = os.umask(0)
    os.umask(umask)
    streams = {name: [getattr(stream, "encoding", None) or "utf-8", getattr(stream, "errors", None) or "strict"]
               for name, stream in (("stdin", sys.stdin), ("stdout", sys.stdout), ("stderr", sys.stderr))}
    return {"argv": argv, "argv0": sys.argv[0], "cwd": os.getcwd(), "env": dict(os.environ), "umask": umask,
            "streams": streams, "fingerprint": fingerprint, "ignored_signals": [int(s) for s in ignored_signals()]}


def ignored_signals() -> list[signal.Signals]:
    """The passed-on signals this process ignores, as under nohup or in a shell's background job:
    the process that runs the command ignores them too, as this one would have."""
    return [signum for signum in FORWARDED if signal.getsignal(signum) is signal.SIG_IGN]


def run_remotely(conn: socket.socket, argv: list[str], place: EnginePlace) -> int | None:
    """Let the engine run the command; its exit code, or None when the engine did not take it (nothing ran)."""
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    try:
        conn.settimeout(ANSWER_TIMEOUT)
        frames.send(conn, request_for(argv, place.fingerprint), fds=[0, 1, 2])
        answer, _ = frames.receive(conn)
    except (OSError, frames.FrameError):
        return None
    pid = answer.get("pid")
    if not isinstance(pid, int):
        return None  # refused: the engine's log says why
    # from "go" on the command is the engine's: a signal that comes now must reach the process that runs it
    # (an ignored one stays ignored: Ctrl-C in a background job must not stop it here either)
    ignored = ignored_signals()
    previous = {signum: signal.signal(signum, lambda got, _frame: _pass_on(pid, got))
                for signum in FORWARDED if signum not in ignored}
    try:
        try:
            frames.send(conn, {"go": True})
        except OSError:
            return None  # the process never heard "go", so it runs nothing
        TAKEN.append((pid, place.log))
        conn.settimeout(None)
        try:
            answer, _ = frames.receive(conn)
        except (OSError, frames.FrameError):
            answer = {}
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    code = answer.get("exit")
    if isinstance(code, int):
        return code
    from linter.cli import engine_lost

    return engine_lost(pid, place.log)


def _pass_on(pid: int, signum: int) -> None:
    """Pass a signal the command got on to the process that runs it."""
    try:
        os.kill(pid, signum)
    except ProcessLookupError:
        pass


def remember_run(place: EnginePlace) -> None:
    """Note a command run in this process; start an engine when the one before ran within the idle timeout."""
    from linter.resident.control import spawn

    try:
        private_folder(place.folder)
        previous_run_recent = _recent(place.last_run)
        with open(place.last_run, "a"):
            pass
        os.utime(place.last_run)
    except OSError:
        return  # no state folder to write: commands run here, as without an engine
    if previous_run_recent and not _recent(place.failed):
        # after a failed start (a state folder where no socket can be made, say), auto starts none for a
        # while: every second command would otherwise pay for an engine that loads for a second and ends
        spawn(place)


def _recent(path: str) -> bool:
    """Whether ``path`` was written within the idle timeout (False when it is not there)."""
    try:
        return time.time() - os.stat(path).st_mtime < DEFAULT_IDLE_TIMEOUT
    except OSError:
        return False


def start_and_connect(place: EnginePlace) -> tuple[socket.socket | None, str]:
    """Start the engine (unless one is starting) and wait for it; the connection, or None and the problem."""
    from linter.resident.control import start_engine

    problem = start_engine(place, START_TIMEOUT)
    if problem:
        return None, problem
    conn = connect(place.socket, CONNECT_TIMEOUT)
    return conn, "" if conn else f"it stopped right after starting; see {place.log}"

