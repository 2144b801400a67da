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
        # The news profile sits beneath the user's settings; NEWSLINT_ABLATE=profile measures without it.
        self.profile = profile if profile is not None else _default_profile()
        self.settings = merge_settings(self.profile, settings or LanguageToolSettings())
        self.chunk_size = chunk_size
        try:
            self._tool = language_tool_python.LanguageTool(language, remote_server=url)
        except (LanguageToolError, ValueError, OSError) as exc:
            raise EngineError(
                f"LanguageTool at {url} cannot check {language} ({plain_reason(exc)}); "
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
                raise EngineError(f"LanguageTool at {self.url} stopped answering ({plain_reason(exc)})") from None
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


#: What a failed request's text says, in the words the report uses instead of the traceback's.
_REASONS = (
    ("Connection refused", "connection refused: the server is not running"),
    ("RemoteDisconnected", "the server closed the connection"),
    ("Connection aborted", "the server closed the connection"),
    ("Connection reset", "the server closed the connection"),
    ("timed out", "no answer in time"),
    ("Name or service not known", "unknown host name"),
)


def plain_reason(exc: Exception) -> str:
    """Why a request to LanguageTool failed, in a few plain words (the raw text if it is unknown)."""
    text = str(exc)
    for needle, reason in _REASONS:
        if needle in text:
            return reason
    return text


def _default_profile() -> NewsProfile:
    """The shipped news profile, or an empty one while a measurement switches it off."""
    from linter.precision import enabled

    return load_profile() if enabled("profile") else NewsProfile()
