"""What the configuration says about rules: which run, at which severity.

Which rules run is decided before they run, as in Vale: the engine gets a
rulebook of the enabled house rules only, and LanguageTool is asked with the
disabled ``languagetool.ID`` rules as ``disabledRules`` and the enabled ones as
``enabledRules``. So a disabled house rule cannot hide the LanguageTool finding
on the same words (house findings win the merge), nor the other way round.
The match filter stays for what cannot be asked of the server (the bare
prefix ``languagetool``) and for the precision means' own findings.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from linter.config import Config
from linter.findings import Match

if TYPE_CHECKING:  # the LanguageTool request needs this module's settings before the rule pack loads
    from linter.prose import ProseView
    from linter.rulebook import Rulebook

LANGUAGETOOL_PREFIX = "languagetool."


class ConfigPolicy:
    """Rule switches and severity overrides of one configuration."""

    def __init__(self, config: Config) -> None:
        self.config = config

    def rulebook(self, book: Rulebook) -> Rulebook:
        """``book`` with only the house rules ``enable``/``disable`` let run."""
        return dataclasses.replace(book, rules=[r for r in book.rules if self.config.is_rule_enabled(r.id)])

    def languagetool_settings(self):
        """The config's LanguageTool switches plus ``disable``/``enable`` entries naming one LanguageTool rule."""
        settings = self.config.languagetool_settings()
        disabled = {_bare(e) for e in self.config.disable if _single_languagetool_rule(e)
                    and not self.config.is_rule_enabled(e)}
        enabled = {_bare(e) for e in self.config.enable if _single_languagetool_rule(e)
                   and self.config.is_rule_enabled(e)}
        return dataclasses.replace(settings, disabled_rules=settings.disabled_rules | disabled,
                                   enabled_rules=settings.enabled_rules | enabled)

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


def _single_languagetool_rule(entry: str) -> bool:
    """True for ``languagetool.ID``: LanguageTool ids have no dots, so the entry names exactly one rule."""
    return entry.startswith(LANGUAGETOOL_PREFIX) and "." not in entry[len(LANGUAGETOOL_PREFIX):]


def _bare(entry: str) -> str:
    return entry[len(LANGUAGETOOL_PREFIX):]
