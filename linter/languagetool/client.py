"""Checking prose with a running LanguageTool server.

The client is language-tool-python's ``LanguageTool`` pointed at a server with
``remote_server=URL`` (newslint's own server, or a team server given with
``--languagetool-url``). This module turns its matches into newslint
:class:`~linter.findings.Match` objects: code-point offsets and lengths (the
server counts UTF-16 units), severities from :mod:`.categories`, and suggestion
order repaired where LanguageTool's speller ranks a word split first. The
news profile (:mod:`.profile`) is merged beneath the user's settings.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import language_tool_python
import requests
from language_tool_python.exceptions import LanguageToolError

from linter.errors import EngineError
from linter.findings import FixSafety, Match, Source
from linter.languagetool.categories import severity_for
from linter.languagetool.chunks import DEFAULT_CHUNK_SIZE, split_text
from linter.languagetool.profile import NewsProfile, load_profile, merge_settings
from linter.languagetool.suggestions import rank_replacements
from linter.languagetool.units import code_point_length

RULE_PREFIX = "languagetool."
RULE_URL = "https://community.languagetool.org/rule/show/{rule}?lang={lang}"
MAX_REPLACEMENTS = 5
#: Categories whose suggestions are spelling corrections, ranked by closeness.
SPELLING_CATEGORIES = frozenset({"TYPOS"})
#: Seconds to open a connection, TLS handshake included: a server that is there answers in
#: milliseconds, while https:// against a plain-HTTP server waits for a handshake that never comes.
CONNECT_TIMEOUT = 5
#: Seconds to wait for an answer once connected: a busy server finishing other runs' checks
#: (docs/languagetool.md) must get its time; the server itself gives up on a check after 120 s.
READ_TIMEOUT = 300


class _Tool(language_tool_python.LanguageTool):
    """language-tool-python's client with separate connect and read timeouts (its own: 300 s for both)."""

    _TIMEOUT = (CONNECT_TIMEOUT, READ_TIMEOUT)


@dataclass(frozen=True)
class LanguageToolSettings:
    """Which LanguageTool rules run: the level and explicit rule/category switches."""

    level: str = "default"  # or "picky"
    disabled_rules: frozenset[str] = field(default_factory=frozenset)
    enabled_rules: frozenset[str] = field(default_factory=frozenset)
    disabled_categories: frozenset[str] = field(default_factory=frozenset)
    enabled_categories: frozenset[str] = field(default_factory=frozenset)


class LanguageToolClient:
    """Sends prose to one LanguageTool server in one language variant."""

    def __init__(self, url: str, language: str, settings: LanguageToolSettings | None = None,
                 chunk_size: int = DEFAULT_CHUNK_SIZE, profile: NewsProfile | None = None) -> None:
        self.url = url
        self.language = language
        # The news profile sits beneath the user's settings; whoever builds the client may pass
        # another one (an empty one measures LanguageTool without it).
        self.profile = profile if profile is not None else load_profile()
        self.settings = merge_settings(self.profile, settings or LanguageToolSettings())
        self.chunk_size = chunk_size
        try:
            self._tool = _Tool(language, remote_server=url)
        except (LanguageToolError, ValueError, OSError) as exc:
            raise EngineError(
                f"LanguageTool at {url} cannot check {language} ({_reason(url, exc)}); "
                "check that the server is running and has the German module"
            ) from None
        self._apply_settings()

    def _apply_settings(self) -> None:
        """Copy the rule switches onto the underlying language-tool-python client."""
        tool, s = self._tool, self.settings
        tool.picky = s.level == "picky"
        tool.disabled_rules = set(s.disabled_rules)
        tool.enabled_rules = set(s.enabled_rules)
        tool.disabled_categories = set(s.disabled_categories)
        tool.enabled_categories = set(s.enabled_categories)

    def check(self, text: str) -> list[Match]:
        """Check ``text`` (in pieces when long) and return matches in its code-point offsets."""
        matches: list[Match] = []
        for chunk in split_text(text, self.chunk_size):
            if not chunk.text.strip():
                continue
            try:
                raw = self._tool.check(chunk.text)
            except (LanguageToolError, OSError) as exc:
                raise EngineError(f"LanguageTool at {self.url} stopped answering ({_reason(self.url, exc)})") from None
            matches.extend(self._convert(m, chunk.text, chunk.start) for m in raw)
        return matches

    def close(self) -> None:
        """Release the client (the server itself keeps running)."""
        self._tool.close()

    def _convert(self, m: language_tool_python.Match, text: str, base: int) -> Match:
        """Turn one language-tool-python match into a newslint Match at ``base`` + its offset."""
        offset = m.offset  # language-tool-python already counts code points here
        length = code_point_length(text, offset, m.error_length)
        flagged = text[offset:offset + length]
        replacements = list(m.replacements)
        if m.category in SPELLING_CATEGORIES:
            replacements = rank_replacements(flagged, replacements)
        return Match(
            offset=base + offset,
            length=length,
            rule=RULE_PREFIX + m.rule_id,
            source=Source.LANGUAGETOOL,
            category=m.category,
            severity=self.profile.severity.get(
                m.rule_id, severity_for(m.category, getattr(m, "rule_issue_type", None))),
            message=m.message,
            replacements=tuple(replacements[:MAX_REPLACEMENTS]),
            fix=FixSafety.NONE,
            url=RULE_URL.format(rule=m.rule_id, lang=self.language),
        )


def _reason(url: str, exc: BaseException) -> str:
    """What went wrong talking to the server, in words that say what to fix."""
    cause = exc.__cause__ if isinstance(exc.__cause__, requests.RequestException) else exc
    plain_http = " (if the server speaks plain HTTP, write its URL with http://)" if url.startswith("https:") else ""
    if isinstance(cause, requests.exceptions.SSLError):
        return f"the TLS handshake failed{plain_http}: {_innermost(cause)}"
    if isinstance(cause, requests.exceptions.ConnectTimeout):
        return f"no connection within {CONNECT_TIMEOUT} s"
    if isinstance(cause, requests.exceptions.ConnectionError) and not isinstance(cause, requests.exceptions.Timeout):
        innermost = _innermost(cause)
        plain = plain_reason(innermost)
        return plain if plain != innermost else f"cannot connect: {innermost}"
    if isinstance(cause, requests.exceptions.ReadTimeout):
        # urllib3 reports a TLS handshake that times out as a read timeout of the connect time
        if plain_http and f"read timeout={CONNECT_TIMEOUT}" in str(cause):
            return f"no TLS handshake within {CONNECT_TIMEOUT} s{plain_http}"
        return f"no answer within {READ_TIMEOUT} s"
    return plain_reason(exc)


#: What a failed request's text says, in the words the report uses instead of the traceback's.
_REASONS = (
    ("Connection refused", "connection refused: the server is not running"),
    ("RemoteDisconnected", "the server closed the connection"),
    ("Connection aborted", "the server closed the connection"),
    ("Connection reset", "the server closed the connection"),
    ("timed out", "no answer in time"),
    ("Name or service not known", "unknown host name"),
)


def plain_reason(exc: BaseException | str) -> str:
    """Why a request to LanguageTool failed, in a few plain words (the raw text if it is unknown)."""
    text = str(exc)
    for needle, reason in _REASONS:
        if needle in text:
            return reason
    return text


def _innermost(exc: BaseException) -> str:
    """The message of the deepest cause (the socket or SSL error), not urllib3's wrappers."""
    while True:
        inner = exc.__cause__ or exc.__context__ or (exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else None)
        reason = getattr(exc, "reason", None)
        if isinstance(reason, BaseException) and reason is not exc:
            inner = reason
        if not isinstance(inner, BaseException) or inner is exc:
            return str(exc)
        exc = inner
