"""What the configuration says about findings: which rules run, at which severity.

Applied by the engine to matches from both sources, so ``disable:
[languagetool.GERMAN_SPELLER_RULE]`` and ``disable: [typografie]`` work alike.
"""

from __future__ import annotations

import dataclasses

from linter.config import Config
from linter.findings import Match
from linter.prose import ProseView


class ConfigPolicy:
    """Rule switches and severity overrides of one configuration."""

    def __init__(self, config: Config) -> None:
        self.config = config

    def filters(self):
        """Match filters for the engine: drop matches of disabled rules."""
        return [self.keep]

    def keep(self, match: Match, view: ProseView) -> bool:
        """True when the match's rule is enabled."""
        return self.config.is_rule_enabled(match.rule)

    def adjust(self, match: Match, view: ProseView | None = None) -> Match:
        """The match with the configured severity for its rule."""
        severity = self.config.severity_for(match.rule, match.severity)
        return match if severity == match.severity else dataclasses.replace(match, severity=severity)
