"""Builders for LanguageTool matches in unit tests of the precision means."""

from __future__ import annotations

from linter.findings import Match, Severity, Source


def speller_match(text: str, word: str, replacements: tuple[str, ...] = (), rule: str = "GERMAN_SPELLER_RULE",
                  category: str = "TYPOS") -> Match:
    """A LanguageTool spelling match on the first ``word`` in ``text``, as the client builds it."""
    return Match(text.index(word), len(word), f"languagetool.{rule}", Source.LANGUAGETOOL, category, Severity.ERROR,
                 "Möglicher Tippfehler gefunden.", replacements)
