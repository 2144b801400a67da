"""Turning a forked copy of the resident engine into one command's process, and ending it as a process ends.

The command's process would have had its own working directory, environment,
umask, standard streams (with their encodings) and arguments; the copy takes
all of them over before it runs the command line, so files are found,
written and reported exactly as the command would have. What the engine had
loaded stays; what it had registered to do at exit does not (the engine's
exit handlers are not the command's).
"""

from __future__ import annotations

import atexit
import os
import sys
import threading
import time


def become(message: dict, fds: list[int]) -> None:
    """Take over the command's folder, umask, environment, streams and arguments (``message``: the request)."""
    os.chdir(message["cwd"])
    os.umask(int(message.get("umask", 0o022)))
    os.environ.clear()
    os.environ.update({str(k): str(v) for k, v in message["env"].items()})
    if hasattr(time, "tzset"):
        time.tzset()  # the command's TZ for any time it reports
    for target, fd in enumerate(fds):
        os.dup2(fd, target)
        os.close(fd)
    fds.clear()
    streams = message.get("streams") or {}
    sys.stdin = sys.__stdin__ = _text_stream(0, "r", streams.get("stdin"))
    sys.stdout = sys.__stdout__ = _text_stream(1, "w", streams.get("stdout"))
    sys.stderr = sys.__stderr__ = _text_stream(2, "w", streams.get("stderr"))
    sys.argv = [message.get("argv0") or "newslint", *message["argv"]]
    atexit._clear()  # the engine's exit handlers are its own


def _text_stream(fd: int, mode: str, spec) -> object:
    """A text stream on ``fd`` with the command's encoding and error handler, line-buffered on a terminal."""
    encoding, errors = (spec if isinstance(spec, list) and len(spec) == 2 else ("utf-8", "strict"))
    line_buffered = mode == "w" and os.isatty(fd)
    return open(fd, mode, buffering=1 if line_buffered else -1, encoding=encoding, errors=errors, closefd=False)


def finish() -> None:
    """What the interpreter does at exit: wait for the command's threads, run its exit handlers, flush."""
    for thread in threading.enumerate():
        if thread is not threading.main_thread() and not thread.daemon:
            thread.join()
    try:
        atexit._run_exitfuncs()
    except BaseException:  # noqa: BLE001 - an exit handler's failure must not keep the exit code back
        pass
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
