"""A recording proxy in front of a LanguageTool server, so repeated quality runs redo only newslint's part.

LanguageTool's answer to a check depends only on the request (text, language,
rule switches) and its version, so a benchmark that runs the same corpus again
after a change to newslint's precision means can take the answers it already
has. :class:`AnswerCache` listens on a loopback port, forwards every request it
has not seen to the real server and keeps each answer of ``POST /v2/check`` in
an SQLite file, keyed by a SHA-256 of the upstream's LanguageTool version, the
path and the request body. Any request that differs by a byte (another rule
switched off, text masked differently) goes to the server.

Only benchmarks use it (``benchmarks/quality.py --answers FILE``); it is not part
of newslint.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import sqlite3
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class AnswerCache:
    """A loopback HTTP proxy that stores LanguageTool's check answers in ``path`` (SQLite)."""

    def __init__(self, upstream: str, path: Path, on_forward=lambda: None) -> None:
        self.upstream = upstream.rstrip("/")
        self.on_forward = on_forward  # e.g. tell the shared server's idle watchdog it is in use
        self.path = path
        self.hits = 0
        self.misses = 0
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False)
        self._db.execute("CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, status INTEGER, body BLOB)")
        self._db.commit()
        self._version = self._upstream_version()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        """The proxy's URL, to give newslint as ``--languagetool-url``."""
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> "AnswerCache":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._db.close()

    def _upstream_version(self) -> bytes:
        """The upstream's LanguageTool version and build date, part of every key."""
        status, body, _ = self._forward("POST", "/v2/check", b"text=Test.&language=de-DE",
                                        {"Content-Type": "application/x-www-form-urlencoded"})
        if status != 200:
            raise RuntimeError(f"LanguageTool at {self.upstream} answered {status} to a test check")
        software = json.loads(body).get("software", {})
        return f"{software.get('version')}/{software.get('buildDate')}".encode()

    def _forward(self, method: str, path: str, body: bytes, headers: dict) -> tuple[int, bytes, str]:
        """Send one request to the upstream server; returns status, body and content type."""
        self.on_forward()
        parts = urllib.parse.urlsplit(self.upstream)
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=300)
        try:
            conn.request(method, parts.path + path, body=body or None, headers=headers)
            response = conn.getresponse()
            return response.status, response.read(), response.getheader("Content-Type", "application/json")
        finally:
            conn.close()

    def answer(self, method: str, path: str, body: bytes, headers: dict) -> tuple[int, bytes, str]:
        """The stored answer to a check, or the upstream's (stored when it is a 200 to a check)."""
        if method != "POST" or not path.endswith("/check"):
            return self._forward(method, path, body, headers)
        key = hashlib.sha256(self._version + b"\0" + path.encode() + b"\0" + body).hexdigest()
        with self._lock:
            row = self._db.execute("SELECT status, body FROM answers WHERE key = ?", (key,)).fetchone()
        if row:
            self.hits += 1
            return row[0], row[1], "application/json"
        self.misses += 1
        status, data, kind = self._forward(method, path, body, headers)
        if status == 200:
            with self._lock:
                self._db.execute("INSERT OR REPLACE INTO answers VALUES (?, ?, ?)", (key, status, data))
                self._db.commit()
        return status, data, kind

    def _handler(self):
        cache = self

        class Handler(BaseHTTPRequestHandler):
            def _serve(self, method: str) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                headers = {k: v for k, v in self.headers.items() if k.lower() in ("content-type", "accept")}
                try:
                    status, data, kind = cache.answer(method, self.path, body, headers)
                except OSError as exc:  # the upstream went away: tell the client as a server would
                    status, data, kind = 502, str(exc).encode(), "text/plain"
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self):  # noqa: N802 (http.server's naming)
                self._serve("GET")

            def do_POST(self):  # noqa: N802
                self._serve("POST")

            def log_message(self, *args):  # quiet: the benchmark prints its own figures
                pass

        return Handler
