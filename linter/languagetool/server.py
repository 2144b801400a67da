"""Start, reuse and stop newslint's local LanguageTool HTTP server.

One server per state directory, shared by every newslint process of the user:
the first run starts it (bound to 127.0.0.1, on a free port), later runs find
it through the state file and reuse it, so only the first run pays the JVM
start-up.  A detached watchdog (``linter.languagetool.watchdog``) stops it
after ``idle_timeout`` seconds without use.

Files in ``<state>/languagetool/`` (``NEWSLINT_STATE_DIR`` overrides the
platform state dir):

    server.json        pid, port, url, version, started, java command, watchdog pid
    server.pid         the server's pid alone, written first: found even when server.json is damaged
    server.lock        FileLock serialising read-state / start / write-state
    last-used          its mtime is the last time a client used the server
    server.log         the server's stdout/stderr
    server.properties  written from the template shipped in this package

Whatever ``server.json`` says (garbage, half a file, a dead or unrelated pid),
at most one server runs per state directory: the Java command line carries
``-Dnewslint.state=<state dir>``, so a server the state file no longer names is
found (by that marker in ``/proc``, or by ``server.pid``) and stopped before
another starts, and ``server stop`` stops it too.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from linter.errors import EngineError
from linter.languagetool import process, wire
from linter.languagetool.java import find_java
from linter.languagetool.provision import DEFAULT_VERSION, ensure_languagetool

if TYPE_CHECKING:
    from filelock import FileLock

DEFAULT_IDLE_TIMEOUT = 900.0  # seconds
READY_TIMEOUT = 90.0  # seconds; a cold start takes ~5 s on a 2-core machine
# Measured for German after warm-up (Java 17, 2 cores): RSS ~975 MB with the
# default G1 collector and -Xmx1g, ~700 MB with G1 and -Xmx512m, ~570 MB with
# the serial collector and -Xmx1g.  One user's checks gain nothing from a
# parallel collector, so serial + 1 GB heap: least RAM, most headroom.
JVM_OPTIONS = ("-Xmx1g", "-XX:+UseSerialGC")
MAIN_CLASS = "org.languagetool.server.HTTPServer"
# Contains a misspelling on purpose: computing suggestions loads the speller's
# data, which is the larger part of the first-request cost.
WARMUP_TEXT = "Das ist ein kurzer Satz, der den Sever aufwärmt, dass er schnell antwortet."
_LOCK_TIMEOUT = 300.0  # waiting for another process that is starting the server
_HOST = "127.0.0.1"
#: The JVM argument naming the state directory a server belongs to (a system property Java ignores).
STATE_MARKER = "-Dnewslint.state="


# --------------------------------------------------------------------------- paths


def state_dir() -> Path:
    """Directory of the server's state files: ``$NEWSLINT_STATE_DIR/languagetool`` or the platform state dir."""
    override = os.environ.get("NEWSLINT_STATE_DIR")
    base = Path(override) if override else Path(platformdirs.user_state_dir("newslint"))
    return base / "languagetool"


def _state_file() -> Path:
    return state_dir() / "server.json"


def _pid_file() -> Path:
    return state_dir() / "server.pid"


def state_marker() -> str:
    """The command-line argument that marks a server as this state directory's."""
    return STATE_MARKER + os.path.abspath(state_dir())


def _used_file() -> Path:
    return state_dir() / "last-used"


def log_file() -> Path:
    """Path of the server log (stdout and stderr of the Java process)."""
    return state_dir() / "server.log"


def _lock() -> FileLock:
    from filelock import FileLock  # here: a check against --languagetool-url takes no lock

    directory = state_dir()
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise EngineError(f"Cannot create the state directory {directory} ({exc.strerror}); "
                          "make it writable or set NEWSLINT_STATE_DIR.") from exc
    return FileLock(str(directory / "server.lock"), timeout=_LOCK_TIMEOUT)


@contextlib.contextmanager
def _locked():
    """Hold the server lock; a timeout means another newslint is stuck starting a server."""
    from filelock import Timeout

    lock = _lock()
    try:
        with lock:
            yield
    except Timeout as exc:
        raise EngineError(
            f"Timed out after {_LOCK_TIMEOUT:.0f} s waiting for another newslint process to start "
            f"LanguageTool (lock {lock.lock_file}). If no other newslint is running, "
            f"delete that file and retry; see {log_file()}.") from exc


# --------------------------------------------------------------------------- state


#: Fields a state must have, with their types; anything else means the file is damaged.
_STATE_FIELDS = {"pid": int, "port": int, "url": str, "version": str}


def read_state() -> dict | None:
    """The recorded server state, or None if there is none or it is damaged (unreadable, wrong types)."""
    try:
        state = json.loads(_state_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):  # ValueError: not UTF-8, not JSON
        return None
    if not isinstance(state, dict):
        return None
    for key, kind in _STATE_FIELDS.items():
        if not isinstance(state.get(key), kind) or isinstance(state.get(key), bool):
            return None
    return state


def recorded_pid() -> int | None:
    """The pid in ``server.pid`` (written at start, before anything else), or None."""
    try:
        text = _pid_file().read_text(encoding="ascii").strip()
    except (OSError, ValueError):
        return None
    return int(text) if text.isdigit() else None


def _write_state(state: dict) -> None:
    """Atomically replace the state file so readers never see half of it."""
    path = _state_file()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix="server.json", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(state, out, indent=1)
    os.replace(tmp, path)


def _clear_state(pid_file: bool = False) -> None:
    """Remove server.json (and with ``pid_file`` server.pid, once the server it names is gone)."""
    for path in (_state_file(), _pid_file()) if pid_file else (_state_file(),):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def is_managed_url(url: str) -> bool:
    """True when ``url`` is the background server newslint manages (given by ``--languagetool-url`` too).

    Such a run must count as use for the idle watchdog like any other run.
    """
    state = read_state()
    return bool(state) and state.get("url", "").rstrip("/") == url.rstrip("/")


def touch() -> None:
    """Record that the server is being used now (postpones the idle shutdown)."""
    path = _used_file()
    try:
        path.touch()
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch()


def last_used() -> float | None:
    """Epoch seconds of the last recorded use, or None."""
    try:
        return _used_file().stat().st_mtime
    except OSError:
        return None


def answers(url: str, timeout: float = 2.0) -> bool:
    """True if a LanguageTool server at ``url`` answers ``GET /v2/languages``."""
    try:
        status, _ = wire.get_json(url, "/v2/languages", timeout=timeout)
    except wire.WireError:
        return False
    return status == 200


def _is_our_server(state: dict) -> bool:
    """The recorded pid is alive and (where /proc shows it) still runs LanguageTool on our port.

    Guards against a reused pid: after a reboot the number may belong to
    an unrelated process that we must neither trust nor kill.
    """
    pid = state.get("pid")
    if not process.pid_alive(pid):
        return False
    argv = process.pid_argv(pid)
    if argv is None:
        return True
    marks = [arg for arg in argv if arg.startswith(STATE_MARKER)]
    # a server started before the marker existed has none; one with another dir's marker is not ours
    return (MAIN_CLASS in argv and f"--port {state.get('port')}" in " ".join(argv)
            and (not marks or marks == [state_marker()]))


def _strays(keep: int | None) -> list[int]:
    """Servers of this state directory other than ``keep``: marked in their command line, or in server.pid."""
    marker = state_marker()
    found = set(process.pids_with_argument(marker))
    pid = recorded_pid()
    if pid is not None and process.pid_alive(pid):
        argv = process.pid_argv(pid)
        if argv is None or marker in argv:  # without /proc, server.pid is all there is to go by
            found.add(pid)
    return sorted(found - {keep})


def _stop_strays_locked(keep: int | None = None) -> bool:
    """Stop every server of this state directory but ``keep``; True if one was stopped."""
    strays = _strays(keep)
    for pid in strays:
        process.terminate(pid)
    return bool(strays)


#: How long a running server of ours may take to answer before it counts as hung. Under load
#: (parallel checks of big files) ``/v2/languages`` waits behind them for seconds, and taking a
#: busy server for a dead one would stop it under every other run using it.
BUSY_GRACE_SECONDS = 30.0


def _alive(state: dict) -> bool:
    """True if the recorded server is ours and answers, allowing a busy one time to do so."""
    if not _is_our_server(state):
        return False
    deadline = time.monotonic() + BUSY_GRACE_SECONDS
    while True:
        remaining = deadline - time.monotonic()
        if answers(state["url"], timeout=min(10.0, max(1.0, remaining))):
            return True
        if remaining <= 0 or not _is_our_server(state):
            return False
        time.sleep(0.5)


# --------------------------------------------------------------------------- public API


def ensure_server(version: str = DEFAULT_VERSION, *, idle_timeout: float = DEFAULT_IDLE_TIMEOUT,
                  quiet: bool = False, warm_up: bool = True) -> str:
    """Return the base URL (``http://127.0.0.1:PORT``) of a running LanguageTool server.

    Reuses the server recorded in the state file if it is alive and runs
    ``version``; otherwise provisions LanguageTool (download on first use),
    starts a new server and waits until it answers.  Concurrent callers end
    up sharing one server.  Every call counts as use for the idle timeout.
    ``warm_up`` sends one German check after a start, so the first real
    request does not pay the rule loading (see docs/languagetool.md).
    """
    url = running_server(version, idle_timeout)
    if url is not None:
        return url
    find_java()  # fail fast, before a 100 MB download, if Java cannot run it anyway
    ensure_languagetool(version, quiet=quiet)  # has its own lock; may take a while
    with _locked():
        state = read_state()
        if state is not None and state.get("version") == version and _alive(state):
            _stop_strays_locked(keep=state["pid"])
            touch()
            if state.get("idle_timeout") != idle_timeout or not process.pid_alive(state.get("watchdog_pid")):
                state["idle_timeout"] = idle_timeout
                state["watchdog_pid"] = _spawn_watchdog(state)  # the old one exits: pid mismatch
                _write_state(state)
            return state["url"]
        if state is not None:
            _stop_locked(state)
        _stop_strays_locked()
        return _start_locked(version, idle_timeout=idle_timeout, quiet=quiet, warm_up=warm_up)["url"]


def running_server(version: str = DEFAULT_VERSION, idle_timeout: float = DEFAULT_IDLE_TIMEOUT) -> str | None:
    """The recorded server's URL when all is as it should be, checked without the lock; else None.

    That is the common case of every check: the server runs ``version``, is ours,
    answers at once, and its watchdog runs with this idle timeout. Anything else
    (no server, a stale or damaged state, a busy server, another timeout) takes
    :func:`ensure_server`'s locked path, which starts, waits or repairs.
    """
    state = read_state()
    if (state is None or state.get("version") != version or state.get("idle_timeout") != idle_timeout
            or not process.pid_alive(state.get("watchdog_pid")) or not _is_our_server(state)
            or not answers(state["url"])):
        return None
    touch()
    return state["url"]


def start_server(version: str = DEFAULT_VERSION, *, idle_timeout: float = DEFAULT_IDLE_TIMEOUT,
                 quiet: bool = False, warm_up: bool = True) -> dict:
    """Start a new server (stopping any recorded one) and return its state dict."""
    find_java()
    ensure_languagetool(version, quiet=quiet)
    with _locked():
        state = read_state()
        if state is not None:
            _stop_locked(state)
        _stop_strays_locked()
        return _start_locked(version, idle_timeout=idle_timeout, quiet=quiet, warm_up=warm_up)


def server_status() -> dict | None:
    """State of the running server plus ``idle_seconds``, or None if no server is running."""
    state = read_state()
    if state is None or not _alive(state):
        return None
    used = last_used()
    return {**state, "idle_seconds": None if used is None else max(0.0, time.time() - used)}


def stop_server() -> bool:
    """Stop the recorded server (and its watchdog), and any other of this state dir; True if one was stopped."""
    with _locked():
        state = read_state()
        stopped = _stop_locked(state) if state is not None else False
        stopped = _stop_strays_locked() or stopped
        _clear_state(pid_file=True)  # also a damaged file: nothing runs that it could name
        return stopped


# --------------------------------------------------------------------------- start / stop


def _stop_locked(state: dict) -> bool:
    """Stop the server in ``state`` if it is still ours; always clear the state file."""
    ours = _is_our_server(state)
    # Clear first: nobody reading the state without the lock may find a server that is going away.
    # server.pid stays when it names another server: that one is a stray still to be stopped.
    _clear_state(pid_file=recorded_pid() in (None, state["pid"]))
    stopped = False
    if ours:
        process.terminate(state["pid"])
        stopped = True
    # The watchdog would notice the missing state at its next poll (up to 30 s);
    # stop it now unless we are the watchdog.  Check its command line against pid reuse.
    watcher = state.get("watchdog_pid")
    if watcher and watcher != os.getpid() and process.pid_alive(watcher):
        cmdline = process.pid_cmdline(watcher)
        if cmdline is None or "linter.languagetool.watchdog" in cmdline:
            process.terminate(watcher, grace=2)
    return stopped


def _start_locked(version: str, *, idle_timeout: float, quiet: bool, warm_up: bool = True) -> dict:
    """Launch java detached, wait for readiness, warm up, spawn the watchdog, write state."""
    java = find_java()
    installation = ensure_languagetool(version, quiet=quiet)
    directory = state_dir()
    properties = _write_properties(directory / "server.properties")
    last_error = None
    for _attempt in range(3):  # the free port can be taken between probe and bind
        port = _free_port()
        url = f"http://{_HOST}:{port}"
        command = [
            str(java.executable), *JVM_OPTIONS, state_marker(),
            # With no --public, HTTPServer binds to "localhost"; IPv4-only makes
            # that 127.0.0.1 (never ::1, and never a non-loopback interface).
            "-Djava.net.preferIPv4Stack=true", "-Dfile.encoding=UTF-8",
            "-cp", installation.classpath_arg, MAIN_CLASS,
            "--port", str(port), "--config", str(properties),
        ]
        started = time.time()
        with open(log_file(), "wb") as log:
            proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                    cwd=directory, **process.detached_popen_kwargs())
        _pid_file().write_text(f"{proc.pid}\n", encoding="ascii")
        state = {"pid": proc.pid, "port": port, "url": url, "version": version, "started": started,
                 "java": command, "java_version": java.version, "idle_timeout": idle_timeout,
                 "log": str(log_file()), "watchdog_pid": None}
        # Record the pid before waiting, so a crash of this process leaves a
        # state file from which the next run can find and stop the server.
        _write_state(state)
        try:
            _wait_ready(proc, url)
        except _PortTaken as exc:
            last_error = exc
            _clear_state(pid_file=True)
            continue
        except BaseException:
            process.terminate(proc.pid)
            _clear_state(pid_file=True)
            raise
        state["ready_seconds"] = round(time.time() - started, 2)
        if warm_up:
            state["warmup_seconds"] = _warm_up(url)
        touch()
        state["watchdog_pid"] = _spawn_watchdog(state)
        _write_state(state)
        return state
    raise EngineError(f"Could not bind LanguageTool to a free port on {_HOST} after 3 attempts: {last_error}")


class _PortTaken(Exception):
    """The server exited because its port was taken between probe and bind."""


def _wait_ready(proc: subprocess.Popen, url: str, timeout: float = READY_TIMEOUT) -> None:
    """Poll ``/v2/languages`` until the server answers; EngineError with the log tail otherwise."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            tail = _log_tail()
            if "PortBindingException" in tail or "Address already in use" in tail:
                raise _PortTaken(tail.strip().splitlines()[-1] if tail.strip() else "port in use")
            raise EngineError(f"LanguageTool exited with code {proc.returncode} while starting. "
                              f"Last lines of {log_file()}:\n{tail}")
        if answers(url, timeout=1.0):
            return
        time.sleep(0.25)
    raise EngineError(f"LanguageTool did not answer on {url} within {timeout:.0f} s. "
                      f"Last lines of {log_file()}:\n{_log_tail()}\n"
                      "A slow or overloaded machine may need a second try; "
                      "or use a running server with --languagetool-url URL.")


def _warm_up(url: str) -> float | None:
    """Send one short German check so the first real request does not pay rule loading.

    Returns the seconds it took, or None if it failed (the server works anyway).
    """
    start = time.monotonic()
    try:
        wire.post_json(url, "/v2/check", {"text": WARMUP_TEXT, "language": "de-DE"}, read_timeout=120)
    except wire.WireError:
        return None
    return round(time.monotonic() - start, 2)


def _spawn_watchdog(state: dict) -> int:
    """Start the detached idle watchdog for the server in ``state``; return its pid.

    The server's pid, port, start and idle timeout go on the command line, so the watchdog
    knows what to guard even if the state file is damaged before it first reads it.
    """
    env = {**os.environ, "NEWSLINT_STATE_DIR": str(state_dir().parent)}
    guard = [str(state[key]) for key in ("pid", "port", "started", "idle_timeout")]
    with open(state_dir() / "watchdog.log", "ab") as log:
        proc = subprocess.Popen([sys.executable, "-m", "linter.languagetool.watchdog", *guard],
                                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                env=env, cwd=str(Path(__file__).resolve().parents[2]),
                                **process.detached_popen_kwargs())
    return proc.pid


def _write_properties(target: Path) -> Path:
    """Write the shipped server.properties template to ``target`` and return it."""
    template = resources.files("linter.languagetool").joinpath("server.properties").read_text(encoding="utf-8")
    target.write_text("# Generated by newslint from linter/languagetool/server.properties; "
                      "edits are overwritten on the next server start.\n" + template, encoding="utf-8")
    return target


def _free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((_HOST, 0))
        return sock.getsockname()[1]


def _log_tail(lines: int = 30) -> str:
    try:
        return "\n".join(log_file().read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"
