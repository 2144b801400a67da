"""LanguageTool's HTTP API on the standard library's ``http.client``.

A check's request to LanguageTool is the first thing a run sends and the
longest thing it waits for, so what comes before it counts double.
language-tool-python sends with ``requests`` (with urllib3 a tenth of a second
and more to import) and asks the server for its languages before the first
check; this module sends the form post itself, with separate connect and read
timeouts, and leaves reading the answer to language-tool-python
(:mod:`linter.languagetool.client`). Proxies from the environment
(``HTTPS_PROXY``, ``HTTP_PROXY``, ``NO_PROXY``) are honoured as ``requests``
honours them.

Every failure is a :class:`WireError` whose text says what went wrong in words
that say what to fix.
"""

from __future__ import annotations

import contextvars
import http.client
import json
import os
import socket
from collections.abc import Callable
from urllib.parse import urlencode, urlsplit

#: Seconds to open a connection, TLS handshake included: a server that is there answers in
#: milliseconds, while https:// against a plain-HTTP server waits for a handshake that never comes.
CONNECT_TIMEOUT = 5
#: Seconds to wait for an answer once connected: a busy server finishing other runs' checks
#: (docs/languagetool.md) must get its time; the server itself gives up on a check after 120 s.
READ_TIMEOUT = 300
#: Tries of one request: a connection the server dropped (a restart, a keep-alive race) is tried
#: once more, as language-tool-python does.
TRIES = 2
#: Called once a request has been written to the socket, in the thread that sends it: whoever
#: waits for the answer may start other work then without delaying the request (linter.inflight).
ON_SENT: contextvars.ContextVar[Callable[[], None] | None] = contextvars.ContextVar("newslint_on_sent", default=None)


class WireError(OSError):
    """A request to LanguageTool that failed; ``reason`` says why in plain words."""

    def __init__(self, reason: str, retry: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry = retry  # whether trying once more may help (the connection dropped)


def post_json(url: str, path: str, fields: dict[str, str], connect_timeout: float = CONNECT_TIMEOUT,
              read_timeout: float = READ_TIMEOUT) -> object:
    """POST ``fields`` as a form to ``url`` + ``path`` and return the parsed JSON answer."""
    body = urlencode(fields).encode("utf-8")
    headers = {"Content-Type": "application/x-www-form-urlencoded; charset=utf-8", "Accept": "application/json"}
    for attempt in range(TRIES):
        try:
            status, data = _exchange(url, "POST", path, body, headers, connect_timeout, read_timeout)
            break
        except WireError as exc:
            if not exc.retry or attempt + 1 == TRIES:
                raise
    return _json_answer(status, data)


def get_json(url: str, path: str, timeout: float) -> tuple[int, object | None]:
    """GET ``url`` + ``path``: the status and the parsed JSON answer (None when it is not JSON)."""
    status, data = _exchange(url, "GET", path, None, {"Accept": "application/json"}, timeout, timeout)
    try:
        return status, json.loads(data)
    except ValueError:
        return status, None


def _json_answer(status: int, data: bytes) -> object:
    """The JSON of a 200 answer; any other answer is an error with the server's own words."""
    text = data.decode("utf-8", errors="replace")
    if status != 200:
        raise WireError(f"HTTP {status}: {_excerpt(text, 300) or 'no text'}")
    try:
        return json.loads(text)
    except ValueError:
        raise WireError(f"the answer is not JSON: {_excerpt(text, 200)}") from None


def _excerpt(text: str, limit: int) -> str:
    """The start of an answer's text on one line, for an error message."""
    return " ".join(text.split())[:limit]


def _exchange(url: str, method: str, path: str, body: bytes | None, headers: dict[str, str],
              connect_timeout: float, read_timeout: float) -> tuple[int, bytes]:
    """One request on a fresh connection: the status and the whole body."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise WireError(f"{url!r} is not an http:// or https:// URL")
    target = parts.path.rstrip("/") + path
    connection = _connection(parts, connect_timeout)
    try:
        _connect(connection, parts, connect_timeout)
        connection.sock.settimeout(read_timeout)
        if connection.via_proxy and parts.scheme == "http":
            target = f"http://{parts.netloc}{target}"  # a plain-HTTP proxy takes the whole URL
        try:
            connection.request(method, target, body=body, headers=headers)
            sent = ON_SENT.get()
            if sent is not None:
                sent()
            response = connection.getresponse()
            return response.status, response.read()
        except TimeoutError:
            raise WireError(f"no answer within {read_timeout:g} s") from None
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError,
                http.client.IncompleteRead):
            raise WireError("the server closed the connection", retry=True) from None
        except http.client.HTTPException as exc:
            raise WireError(f"the answer is not HTTP: {exc!r}") from None
        except OSError as exc:
            raise WireError(_plain_os_error(exc)) from None
    finally:
        connection.close()


def _connection(parts, connect_timeout: float) -> http.client.HTTPConnection:
    """An unopened connection to the server, or to the proxy the environment names for it."""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    proxy = _proxy_for(parts)
    if parts.scheme == "https":
        import ssl

        context = ssl.create_default_context()
        if proxy:
            connection = http.client.HTTPSConnection(proxy[0], proxy[1], timeout=connect_timeout, context=context)
            connection.set_tunnel(parts.hostname, port)
        else:
            connection = http.client.HTTPSConnection(parts.hostname, port, timeout=connect_timeout, context=context)
        connection.tls_context = context
    else:
        host, port = proxy or (parts.hostname, port)
        connection = http.client.HTTPConnection(host, port, timeout=connect_timeout)
    connection.via_proxy = proxy is not None
    return connection


def _connect(connection: http.client.HTTPConnection, parts, connect_timeout: float) -> None:
    """Open the connection (and its TLS session), turning each way it fails into plain words."""
    plain_http = " (if the server speaks plain HTTP, write its URL with http://)" if parts.scheme == "https" else ""
    tcp = None
    try:
        if isinstance(connection, http.client.HTTPSConnection) and not connection.via_proxy:
            # opened in two steps so that a handshake that never comes is told apart from no connection
            tcp = socket.create_connection((connection.host, connection.port), connect_timeout)
            connection.sock = connection.tls_context.wrap_socket(tcp, server_hostname=parts.hostname)
        else:
            connection.connect()
    except TimeoutError:
        if tcp is not None:
            tcp.close()
            raise WireError(f"no TLS handshake within {connect_timeout:g} s{plain_http}") from None
        raise WireError(f"no connection within {connect_timeout:g} s") from None
    except OSError as exc:
        if tcp is not None:
            tcp.close()
        import ssl

        if isinstance(exc, ssl.SSLError):
            raise WireError(f"the TLS handshake failed{plain_http}: {exc}") from None
        if isinstance(exc, socket.gaierror):
            raise WireError(f"unknown host name {parts.hostname!r}") from None
        raise WireError(_plain_os_error(exc)) from None


def _plain_os_error(exc: OSError) -> str:
    """A socket error in the words the report uses."""
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused: the server is not running"
    if isinstance(exc, (ConnectionResetError, ConnectionAbortedError, BrokenPipeError)):
        return "the server closed the connection"
    return f"cannot connect: {exc.strerror or exc}"


def _proxy_for(parts) -> tuple[str, int] | None:
    """The (host, port) of the proxy the environment names for this URL, or None."""
    if not any(key.lower().endswith("_proxy") for key in os.environ):
        return None  # the usual case, without importing urllib.request
    import urllib.request

    proxies = urllib.request.getproxies()
    proxy = proxies.get(parts.scheme)
    if not proxy or urllib.request.proxy_bypass(parts.netloc):
        return None
    proxy_parts = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
    if not proxy_parts.hostname:
        return None
    return proxy_parts.hostname, proxy_parts.port or 80
