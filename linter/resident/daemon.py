"""The resident engine process: load everything once, then run each command in a forked copy of itself.

Started detached by :mod:`.front` (or ``newslint engine start``) as
``python -m linter.resident.daemon --folder DIR --fingerprint FP``. Its life:

1. take the engine's lock (``flock``, held until it ends: whoever can take the
   lock knows no engine of this installation runs, and may clear its files);
2. load what checks need (:mod:`.warmup`), then confirm that the installation
   did not change meanwhile;
3. listen on its Unix socket (mode 0600, in a folder of mode 0700; a peer of
   another user is refused) and write its state file;
4. for each command: receive the request with the command's standard streams,
   fork, and let the child run it (:func:`run_command`); the child, not this
   process, sends the exit code, so a command's end never waits on another's;
5. stop after ``--idle-timeout`` seconds without a command (none running), on
   SIGTERM, or when its socket or its installation changed (a newer engine or
   a reinstalled newslint), removing its socket and state file.

Its standard error is the engine's log (:attr:`EnginePlace.log`).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import select
import signal
import socket
import struct
import sys
import threading
import time

from linter.resident import frames
from linter.resident.control import DEFAULT_IDLE_TIMEOUT, remove_file, take_lock
from linter.resident.fingerprint import installation_fingerprint
from linter.resident.places import EnginePlace, private_folder

#: How often the engine looks whether its installation or socket changed, seconds.
LOOK_EVERY = 5.0
#: How long a command may take to send its request, and to say "go" once it knows the pid, seconds.
REQUEST_TIMEOUT = 10.0


def log(message: str) -> None:
    """One line in the engine's log."""
    sys.stderr.write(f"{time.strftime('%Y-%m-%d %H:%M:%S')} [{os.getpid()}] {message}\n")
    sys.stderr.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="newslint's resident engine (started by newslint itself)")
    parser.add_argument("--folder", required=True)
    parser.add_argument("--fingerprint", required=True)
    parser.add_argument("--idle-timeout", type=float, default=DEFAULT_IDLE_TIMEOUT)
    args = parser.parse_args(argv)
    place = EnginePlace(args.folder, args.fingerprint)
    private_folder(place.folder)
    lock = take_lock(place)
    if lock is None:
        log("another engine of this installation runs or is starting; this one ends")
        return 0
    started = time.monotonic()
    try:
        listener = _start(place, args.idle_timeout, started)
    except Exception as exc:  # noqa: BLE001 - whatever stops the start is written down for the commands
        import traceback

        traceback.print_exc()
        _write_failure(place, f"{type(exc).__name__}: {exc}")
        log(f"could not start ({type(exc).__name__}: {exc}); commands run in their own process")
        return 1
    if listener is None:
        return 0
    engine = Engine(place, listener, lock, args.idle_timeout)
    try:
        engine.serve()
    finally:
        _remove_own(place, listener, engine.socket_id)
    return 0


def _start(place: EnginePlace, idle_timeout: float, started: float) -> socket.socket | None:
    """Load, listen and write the state; the listening socket, or None when another engine should serve."""
    from linter.resident.warmup import warm

    warm()
    if installation_fingerprint() != place.fingerprint:
        log("newslint's installation changed while the engine loaded it; this one ends")
        return None
    busy = [t.name for t in threading.enumerate() if t is not threading.main_thread()]
    if busy:  # a thread would be copied half-way into every command's process
        raise RuntimeError(f"threads still running after loading: {', '.join(busy)}")
    listener = _listen(place.socket)
    _write_state(place, idle_timeout, time.monotonic() - started)
    remove_file(place.failed)
    log(f"serving on {place.socket} (loaded in {time.monotonic() - started:.2f} s)")
    gc.collect()
    gc.freeze()  # the loaded data stays shared with the commands' copies instead of being touched by their GC
    return listener


def _write_failure(place: EnginePlace, reason: str) -> None:
    """Say why the engine could not start, so that commands stop starting it for a while (see front.py)."""
    try:
        with open(place.failed, "w", encoding="utf-8") as out:
            out.write(reason + "\n")
    except OSError:
        pass


def _listen(path: str) -> socket.socket:
    """A listening Unix socket at ``path`` (replacing a stale one: the lock says no engine uses it)."""
    private_folder(os.path.dirname(path))
    try:
        os.unlink(path)
    except FileNotFoundError:  # anything else that stands there (a folder, say) is the start's failure
        pass
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    old = os.umask(0o177)
    try:
        listener.bind(path)
    finally:
        os.umask(old)
    listener.listen(64)
    return listener


def _write_state(place: EnginePlace, idle_timeout: float, load_seconds: float) -> None:
    """The state file, written whole or not at all (``newslint engine status`` reads it)."""
    from linter.resident.fingerprint import package_dir

    state = {"pid": os.getpid(), "socket": place.socket, "fingerprint": place.fingerprint,
             "started": time.time(), "idle_timeout": idle_timeout, "load_seconds": round(load_seconds, 2),
             "package": package_dir(), "python": sys.executable, "log": place.log}
    temporary = f"{place.state}.{os.getpid()}.tmp"
    with open(temporary, "w", encoding="utf-8") as out:
        json.dump(state, out)
    os.replace(temporary, place.state)


def _remove_own(place: EnginePlace, listener: socket.socket, socket_id: tuple[int, int] | None) -> None:
    """Remove the socket and the state file if they are still this engine's (a newer engine may own them)."""
    if socket_id is not None and _file_id(place.socket) == socket_id:
        remove_file(place.socket)
    try:
        with open(place.state, encoding="utf-8") as state:
            ours = json.load(state).get("pid") == os.getpid()
    except (OSError, ValueError, AttributeError):
        ours = False
    if ours:
        remove_file(place.state)
    listener.close()
    log("stopped")


def _touch(path: str) -> None:
    try:
        os.utime(path)
    except OSError:
        pass


class StopServing(Exception):
    """Raised by the engine's signal handler: the serving loop ends (a command's process is not touched)."""


class Engine:
    """The serving loop: accept, fork, reap, and stop when idle."""

    def __init__(self, place: EnginePlace, listener: socket.socket, lock: int, idle_timeout: float) -> None:
        self.place = place
        self.listener = listener
        self.lock = lock
        self.idle_timeout = idle_timeout
        self.children: set[int] = set()
        self.last_used = time.monotonic()
        self.socket_id = _file_id(place.socket)
        signal.signal(signal.SIGTERM, self._stop)
        signal.signal(signal.SIGHUP, self._stop)

    def _stop(self, signum, _frame) -> None:
        raise StopServing(f"signal {signum}")

    def serve(self) -> None:
        """Serve until idle, outdated or told to stop."""
        try:
            self._serve()
        except StopServing as why:
            log(f"{why}: stopping")

    def _serve(self) -> None:
        next_look = time.monotonic() + LOOK_EVERY
        while True:
            self._reap()
            now = time.monotonic()
            if not self.children and now - self.last_used >= self.idle_timeout:
                log(f"idle for {self.idle_timeout:.0f} s: stopping")
                return
            if now >= next_look:
                next_look = now + LOOK_EVERY
                reason = self._outdated()
                if reason:
                    log(f"{reason}: stopping")
                    return
            wait = min(LOOK_EVERY, max(0.05, self.idle_timeout - (now - self.last_used)))
            try:
                ready, _, _ = select.select([self.listener], [], [], wait if not self.children else min(wait, 1.0))
            except InterruptedError:
                continue
            if ready:
                self._accept()

    def _outdated(self) -> str | None:
        """Why this engine must give way: its socket is gone or another's, or newslint was reinstalled."""
        if _file_id(self.place.socket) != self.socket_id:
            return "its socket was removed or replaced"
        if installation_fingerprint() != self.place.fingerprint:
            return "newslint's installation changed"
        return None

    def _reap(self) -> None:
        for pid in list(self.children):
            try:
                done, _ = os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:
                done = pid
            if done:
                self.children.discard(pid)
                self.last_used = time.monotonic()

    def _accept(self) -> None:
        try:
            conn, _ = self.listener.accept()
        except OSError:
            return
        fds: list[int] = []
        try:
            conn.settimeout(REQUEST_TIMEOUT)
            refusal = _refusal(conn)
            message, fds = frames.receive(conn, max_fds=3)
            refusal = refusal or _bad_request(message, fds, self.place.fingerprint)
            if refusal:
                frames.send(conn, {"refused": refusal})
                log(f"refused a command: {refusal}")
                return
            self.last_used = time.monotonic()
            _touch(self.place.state)  # engine status reads the last use from it
            pid = os.fork()
            if pid == 0:
                run_command(conn, self.listener, self.lock, message, fds)  # never returns
            self.children.add(pid)
        except frames.Closed:
            pass  # a look whether the engine listens
        except (OSError, frames.FrameError) as exc:
            log(f"a command's request failed: {exc}")
        finally:
            for fd in fds:
                os.close(fd)
            conn.close()


def _file_id(path: str) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _refusal(conn: socket.socket) -> str | None:
    """Why the peer may not use this engine: it runs as another user (Linux tells; elsewhere the folder's mode guards)."""
    if not hasattr(socket, "SO_PEERCRED"):
        return None
    _pid, uid, _gid = struct.unpack("3i", conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i")))
    return None if uid == os.getuid() else f"the command runs as user {uid}, the engine as {os.getuid()}"


def _bad_request(message: dict, fds: list[int], fingerprint: str) -> str | None:
    """What is wrong with a request, or None."""
    if message.get("fingerprint") != fingerprint:
        return "the command belongs to another installation of newslint"
    if len(fds) != 3:
        return f"the command sent {len(fds)} standard streams instead of 3"
    if not isinstance(message.get("argv"), list) or not isinstance(message.get("env"), dict) \
            or not isinstance(message.get("cwd"), str):
        return "the request lacks argv, env or cwd"
    return None


#: The signals a command may ask its process to ignore: those its front passes on.
IGNORABLE = frozenset(int(signum) for signum in frames.FORWARDED_SIGNALS)


def _ignored_signals(message: dict) -> list[int]:
    """The signals the request says the command ignores where it was typed; anything else in the field is left out."""
    asked = message.get("ignored_signals")
    return [s for s in asked if type(s) is int and s in IGNORABLE] if isinstance(asked, list) else []


def run_command(conn: socket.socket, listener: socket.socket, lock: int, message: dict, fds: list[int]) -> None:
    """In the forked child: become the command (streams, folder, environment, arguments), run it, report its exit code."""
    code = 2
    try:
        listener.close()
        os.close(lock)  # the lock must die with the engine, not live on in a long command
        for signum in (signal.SIGTERM, signal.SIGHUP):
            signal.signal(signum, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        for signum in _ignored_signals(message):  # what the command ignores where it was typed
            signal.signal(signum, signal.SIG_IGN)
        frames.send(conn, {"pid": os.getpid()})
        go, _ = frames.receive(conn)
        if not go.get("go"):
            os._exit(0)
        conn.settimeout(None)
        from linter.resident.become import become

        become(message, fds)
        from linter.cli import run

        code = run(message["argv"])
    except frames.FrameError:
        os._exit(0)  # the command gave up before "go": it runs the command itself
    except KeyboardInterrupt:
        # Ctrl-C while this process was still becoming the command, before the command's own
        # handling of it: nothing ran, so it ends as the command in its own process would, 130
        code = 130
    except BaseException:  # noqa: BLE001 - the child must end here, never return to the serving loop
        import traceback

        traceback.print_exc()
    finally:
        from linter.resident.become import finish

        finish()
        try:
            frames.send(conn, {"exit": code})
        except OSError:
            pass
        os._exit(code)


if __name__ == "__main__":
    raise SystemExit(main())
