"""The messages between a command and the resident engine: length-prefixed JSON over a Unix socket.

A command opens with its request and its standard streams (the file
descriptors travel with the first frame, ``SCM_RIGHTS``); after that each side
sends small JSON objects:

    command -> engine   {"argv", "cwd", "env", "umask", "streams", "fingerprint", "ignored_signals"} + fds 0, 1, 2
    engine  -> command  {"pid": N}        the process that will run the command
    command -> engine   {"go": true}      run it (a command that gave up closes instead)
    engine  -> command  {"exit": code}    after the output is flushed
    engine  -> command  {"refused": why}  instead of "pid", when it will not run the command
"""

from __future__ import annotations

import json
import os
import signal
import socket
import struct

#: The signals a command passes on to the process that runs it (and may ask it to ignore).
FORWARDED_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)

_HEADER = struct.Struct("!I")
#: Bound of one message; a request is the arguments and the environment, a few kilobytes.
MAX_FRAME = 16 * 1024 * 1024


class FrameError(Exception):
    """The other side closed the socket, or sent something that is not a frame."""


class Closed(FrameError):
    """The other side closed the socket before a message began (a probe, or a command that gave up)."""


def send(sock: socket.socket, message: dict, fds: list[int] | None = None) -> None:
    """Send one message (and, with the first bytes, the file descriptors ``fds``)."""
    payload = json.dumps(message, ensure_ascii=False).encode("utf-8", "surrogateescape")
    header = _HEADER.pack(len(payload))
    if fds:
        socket.send_fds(sock, [header], fds)
        sock.sendall(payload)
    else:
        sock.sendall(header + payload)


def receive(sock: socket.socket, max_fds: int = 0) -> tuple[dict, list[int]]:
    """One message and the file descriptors that came with it; FrameError when the socket closed or lies."""
    if max_fds:
        header, fds, _flags, _addr = socket.recv_fds(sock, _HEADER.size, max_fds)
    else:
        header, fds = sock.recv(_HEADER.size), []
    try:
        if not header:
            raise Closed("the other side closed the connection")
        header += _exactly(sock, _HEADER.size - len(header))
        (size,) = _HEADER.unpack(header)
        if size > MAX_FRAME:
            raise FrameError(f"a message of {size} bytes is larger than {MAX_FRAME}")
        try:
            message = json.loads(_exactly(sock, size).decode("utf-8", "surrogateescape"))
        except ValueError as exc:
            raise FrameError(f"a message is not JSON ({exc})") from None
        if not isinstance(message, dict):
            raise FrameError("a message is not a JSON object")
    except BaseException:
        for fd in fds:  # descriptors that came with a bad frame must not leak
            _close(fd)
        raise
    return message, fds


def _exactly(sock: socket.socket, size: int) -> bytes:
    """Exactly ``size`` bytes from ``sock``."""
    chunks, left = [], size
    while left:
        chunk = sock.recv(min(left, 1 << 16))
        if not chunk:
            raise FrameError("the other side closed the connection in the middle of a message")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _close(fd: int) -> None:
    try:
        os.close(fd)
    except OSError:
        pass
