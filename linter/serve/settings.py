"""What ``newslint serve`` was asked for: address, token and limits, checked before anything starts."""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass

from linter.errors import UsageError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8080
DEFAULT_MAX_BODY = 2 * 1024 * 1024
DEFAULT_TIMEOUT = 60.0
DEFAULT_CONCURRENCY = 4
DEFAULT_QUEUE = 16
MIN_TOKEN_LENGTH = 16

_SIZE = re.compile(r"(?i)^\s*(\d+)\s*(b|kb|k|mb|m)?\s*$")
_UNITS = {None: 1, "b": 1, "k": 1024, "kb": 1024, "m": 1024 * 1024, "mb": 1024 * 1024}
# RFC 6750 token68-ish: visible ASCII without spaces, so it travels unchanged in a header.
_TOKEN = re.compile(r"^[\x21-\x7e]+$")


@dataclass(frozen=True)
class ServeSettings:
    """The server's address, its bearer token (None: no authentication) and its limits."""

    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    token: str | None = None
    max_body: int = DEFAULT_MAX_BODY  # bytes of request body
    timeout: float = DEFAULT_TIMEOUT  # seconds from accepting a check to its answer
    concurrency: int = DEFAULT_CONCURRENCY  # checks running at once (threads)
    queue: int = DEFAULT_QUEUE  # checks waiting for a thread before 503

    def __post_init__(self) -> None:
        problems = []
        if not 0 <= self.port <= 65535:
            problems.append(f"--port {self.port} is not a port number (0-65535; 0 picks a free one)")
        if self.max_body < 1:
            problems.append(f"--max-body must be at least 1 byte, got {self.max_body}")
        if not self.timeout > 0:
            problems.append(f"--timeout must be more than 0 seconds, got {self.timeout}")
        if self.concurrency < 1:
            problems.append(f"--concurrency must be at least 1, got {self.concurrency}")
        if self.queue < 0:
            problems.append(f"--queue must be 0 or more, got {self.queue}")
        if self.token is not None:
            if len(self.token) < MIN_TOKEN_LENGTH:
                problems.append(f"the token is {len(self.token)} characters long; use at least {MIN_TOKEN_LENGTH} "
                                "random ones (e.g. from 'openssl rand -hex 32')")
            elif not _TOKEN.match(self.token):
                problems.append("the token may contain only visible ASCII characters (no spaces or umlauts)")
        elif not is_loopback(self.host):
            problems.append(f"listening on {self.host} (not loopback) needs a token: pass --token or set "
                            "NEWSLINT_SERVE_TOKEN, and send it as 'Authorization: Bearer TOKEN'")
        if problems:
            raise UsageError("; ".join(problems))

    @property
    def url(self) -> str:
        """The base URL for the configured host and port (IPv6 addresses in brackets)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"


def is_loopback(host: str) -> bool:
    """True for an address only this machine can reach: 127.0.0.0/8, ::1 or ``localhost``."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a host name other than localhost may resolve to anything


def parse_size(value: str) -> int:
    """Bytes in a size such as ``2097152``, ``512KB`` or ``2MB`` (K and M are powers of 1024)."""
    found = _SIZE.match(value)
    if not found:
        raise UsageError(f"--max-body {value!r} is not a size; write bytes or a number with KB or MB, e.g. 2MB")
    return int(found.group(1)) * _UNITS[found.group(2).lower() if found.group(2) else None]
