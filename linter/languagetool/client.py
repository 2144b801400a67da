"""Checking prose with a running LanguageTool server.

The request goes out over :mod:`.wire` (the standard library's HTTP client,
with the form fields language-tool-python's ``LanguageTool`` sends); the answer
is read into language-tool-python's ``Match`` objects, which count offsets in
code points where the server counts UTF-16 units. Sending it ourselves keeps
``requests`` and language-tool-python's import, and its question for the
server's languages, from standing between the command's start and the request
(docs/speed.md). This module turns the matches into newslint
:class:`~linter.findings.Match` objects: code-point lengths, severities from
:mod:`.categories`, and suggestion order repaired where LanguageTool's speller
ranks a word split first. The news profile (:mod:`.profile`) is merged beneath
the user's settings. Servers are given by URL: newslint's own, or a team
server given with ``--languagetool-url``.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from linter.errors import EngineError
from linter.findings import FixSafety, Match, Source
from linter.languagetool import wire
from linter.languagetool.categories import severity_for
from linter.languagetool.chunks import DEFAULT_CHUNK_SIZE, split_text
from linter.languagetool.profile import NewsProfile, load_profile, merge_settings
from linter.languagetool.spelling import is_speller_rule
from linter.languagetool.suggestions import rank_replacements
from linter.languagetool.units import code_point_length

RULE_PREFIX = "languagetool."
RULE_URL = "https://community.languagetool.org/rule/show/{rule}?lang={lang}"
MAX_REPLACEMENTS = 5
CONNECT_TIMEOUT = wire.CONNECT_TIMEOUT
READ_TIMEOUT = wire.READ_TIMEOUT
#: language-tool-python's Match keeps the last text's 4-byte character positions on the class,
#: so matches of two texts read at once (``--jobs``) must be read one text at a time.
_READING = threading.Lock()


@dataclass(frozen=True)
class LanguageToolSettings:
    """Which LanguageTool rules run: the level and explicit rule/category switches."""

    level: str = "default"  # or "picky"
    disabled_rules: frozenset[str] = field(default_factory=frozenset)
    enabled_rules: frozenset[str] = field(default_factory=frozenset)
    disabled_categories: frozenset[str] = field(default_factory=frozenset)
    enabled_categories: frozenset[str] = field(default_factory=frozenset)


def check_fields(language: str, text: str, settings: LanguageToolSettings) -> dict[str, str]:
    """The form fields of ``POST /v2/check``, as language-tool-python's ``LanguageTool`` builds them."""
    fields = {"language": language, "text": text}
    if settings.disabled_rules:
        fields["disabledRules"] = ",".join(sorted(settings.disabled_rules))
    if settings.enabled_rules:
        fields["enabledRules"] = ",".join(sorted(settings.enabled_rules))
    if settings.disabled_categories:
        fields["disabledCategories"] = ",".join(sorted(settings.disabled_categories))
    if settings.enabled_categories:
        fields["enabledCategories"] = ",".join(sorted(settings.enabled_categories))
    if settings.level == "picky":
        fields["level"] = "picky"
    return fields


def warm_reader() -> None:
    """Import language-tool-python, which reads the answers; done while a request is out."""
    import language_tool_python.match  # noqa: F401


def read_matches(answer: object, text: str) -> list:
    """language-tool-python's matches of one ``POST /v2/check`` answer for ``text``."""
    from language_tool_python.match import Match as ToolMatch

    if not isinstance(answer, dict) or not isinstance(answer.get("matches"), list):
        raise wire.WireError("the answer has no list of matches")
    with _READING:
        return [ToolMatch(m, text) for m in answer["matches"]]


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
        self._answered = False  # whether the server has answered this client once

    def check(self, text: str) -> list[Match]:
        """Check ``text`` (in pieces when long) and return matches in its code-point offsets."""
        matches: list[Match] = []
        for chunk in split_text(text, self.chunk_size):
            if not chunk.text.strip():
                continue
            try:
                answer = wire.post_json(self.url, "/v2/check", check_fields(self.language, chunk.text, self.settings))
                found = self.matches_of(answer, chunk.text, chunk.start)
            except wire.WireError as exc:
                raise self._failure(exc.reason) from None
            self._answered = True
            matches.extend(found)
        return matches

    def matches_of(self, answer: object, text: str, base: int = 0) -> list[Match]:
        """newslint's matches of one ``POST /v2/check`` answer for ``text``, placed at ``base`` + their offsets."""
        return [self._convert(m, text, base) for m in read_matches(answer, text)]

    def _failure(self, reason: str) -> EngineError:
        """The error of a failed check: the server never answered this client, or it stopped answering."""
        if not self._answered:
            return EngineError(f"LanguageTool at {self.url} cannot check {self.language} ({reason}); "
                               "check that the server is running and has the German module")
        return EngineError(f"LanguageTool at {self.url} stopped answering ({reason})")

    def close(self) -> None:
        """Release the client: each request has its own connection, so nothing is held between checks."""

    def _convert(self, m, text: str, base: int) -> Match:
        """Turn one language-tool-python match into a newslint Match at ``base`` + its offset."""
        offset = m.offset  # language-tool-python already counts code points here
        length = code_point_length(text, offset, m.error_length)
        flagged = text[offset:offset + length]
        replacements = list(m.replacements)
        if is_speller_rule(m.rule_id, m.category):  # a real-word rule's suggestions are its authors' order
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


