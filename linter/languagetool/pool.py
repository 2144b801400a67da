"""A pool of LanguageTool servers that share the checks of one run.

``--languagetool-url`` may name several servers (repeated, or comma-separated;
``languagetool.url`` in the config likewise, or as a list). Each check goes to
the member with the fewest checks in flight (ties in turn), so a batch checked
with ``--jobs`` spreads across them. A member that fails a check and then does
not answer ``GET /v2/languages`` has stopped: it leaves the pool with a notice,
and the check goes to the next member. A failure on a member that still answers
is about that text and becomes the file's error. Only when every member has
left is a check's failure the file's error for that reason. A pool of one
server behaves as that server alone: each file that it fails gets the error.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Callable

from linter.errors import EngineError
from linter.findings import Match

Notice = Callable[[str], None]
#: Seconds a member that just failed gets to answer before it counts as stopped.
PROBE_TIMEOUT = 5.0


def split_urls(value: str | list[str] | tuple[str, ...] | None) -> list[str]:
    """The server URLs in a ``--languagetool-url``/``languagetool.url`` value, in order, each once."""
    if not value:
        return []
    items = [value] if isinstance(value, str) else list(value)
    urls: list[str] = []
    for item in items:
        for url in item.split(","):
            url = url.strip().rstrip("/")
            if url and url not in urls:
                urls.append(url)
    return urls


@dataclass
class Member:
    """One server of the pool: its URL, checks in flight, and why it left (None while it serves)."""

    url: str
    busy: int = 0
    gone: str | None = None
    clients: dict = field(default_factory=dict)  # language variant -> LanguageToolClient


class ServerPool:
    """The servers of one run; safe to use from several threads at once."""

    def __init__(self, urls: list[str], notice: Notice = lambda _: None) -> None:
        if not urls:
            raise ValueError("a server pool needs at least one URL")
        self.members = [Member(url) for url in urls]
        self.notice = notice
        self._lock = threading.Lock()
        self._turn = 0
        self._identity: list[str | None] = []

    def identity(self) -> str | None:
        """The LanguageTool version(s) the pool runs, as ``GET /v2/info`` reports them (asked once).

        Part of the result cache key: a server upgraded between runs misses.
        Members that do not answer are left out (their checks go elsewhere
        anyway); None when no member says its version (then nothing is cached).
        """
        with self._lock:
            if not self._identity:
                with ThreadPoolExecutor(max_workers=len(self.members)) as pool:
                    versions = {v for v in pool.map(lambda m: server_version(m.url), self.members) if v}
                self._identity.append("languagetool " + ",".join(sorted(versions)) if versions else None)
            return self._identity[0]

    def _acquire(self) -> Member | None:
        """The serving member with the fewest checks in flight (ties in turn), marked busy; None when all left."""
        with self._lock:
            serving = [m for m in self.members if m.gone is None]
            if not serving:
                return None
            self._turn += 1
            order = serving[self._turn % len(serving):] + serving[:self._turn % len(serving)]
            member = min(order, key=lambda m: m.busy)
            member.busy += 1
            return member

    def _release(self, member: Member) -> None:
        with self._lock:
            member.busy -= 1

    def _drop(self, member: Member, reason: str) -> None:
        """Take a stopped member out of the pool, with one notice."""
        with self._lock:
            if member.gone is not None:
                return
            member.gone = reason
            left = sum(1 for m in self.members if m.gone is None)
        if len(self.members) > 1:
            self.notice(f"warning: LanguageTool at {member.url} stopped answering ({reason}); "
                        f"{left} of {len(self.members)} server(s) left" + ("" if left else ": no server left"))

    def check(self, language: str, text: str, make_client: Callable[[str, str], object]) -> list[Match]:
        """Check ``text`` in ``language`` on a serving member; ``make_client(url, language)`` builds its client."""
        while True:
            member = self._acquire()
            if member is None:
                break
            try:
                client = self._client(member, language, make_client)
                return client.check(text)
            except EngineError as exc:
                # One server: each file tries it anew and fails on its own, as without a pool.
                # Several: the failure is about this text only if the server still answers.
                if len(self.members) == 1 or is_answering(member.url):
                    raise
                self._drop(member, str(exc))
            finally:
                self._release(member)
        reasons = "; ".join(f"{m.url}: {m.gone}" for m in self.members)
        raise EngineError(f"no LanguageTool server of the pool answers any more ({reasons})")

    def _client(self, member: Member, language: str, make_client: Callable[[str, str], object]):
        """The member's client for ``language``, built once (building asks the server for its languages)."""
        with self._lock:
            client = member.clients.get(language)
        if client is None:
            client = make_client(member.url, language)
            with self._lock:
                client = member.clients.setdefault(language, client)
        return client


def is_answering(url: str) -> bool:
    """Whether the server at ``url`` still answers, given :data:`PROBE_TIMEOUT` seconds."""
    from linter.languagetool.server import answers

    return answers(url, timeout=PROBE_TIMEOUT)


def server_version(url: str, timeout: float = 10.0) -> str | None:
    """The LanguageTool version the server at ``url`` reports (``GET /v2/info``), or None when it does not say."""
    from linter.languagetool import wire

    try:
        status, answer = wire.get_json(url, "/v2/info", timeout=timeout)
    except wire.WireError:
        return None
    software = answer.get("software", {}) if status == 200 and isinstance(answer, dict) else {}
    version = software.get("version") if isinstance(software, dict) else None
    return str(version) if version else None
