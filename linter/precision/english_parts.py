"""Hyphen compounds with an English part: loanwords German joins with a hyphen, not slips.

German copy joins English words to its own with a hyphen ("Kult-Shooter", "App-Drawer",
"Mid- und Uptempo-Songs"). LanguageTool's German speller does not know the English part and
offers German words of a similar shape in its place ("App-Iraner", "Kult-Skooters"), which is
wrong advice. A spelling match on a hyphen compound is reported as info ("check the spelling")
when one of its parts is clearly English (:func:`~linter.precision.foreign.is_english`) and
none of LanguageTool's first suggestions mends one of the other parts within one slip: a slip
in the German part ("Kult-Shoter" is no English word; "Zugg-Shooter" -> "Zug-Shooter") keeps
its severity.
"""

from __future__ import annotations

import dataclasses

from linter.findings import Match, Severity, Source
from linter.languagetool.suggestions import slip_cost
from linter.precision.foreign import is_english
from linter.precision.frequency import FREQUENCY, WordFrequency
from linter.prose import ProseView

#: German message for a hyphen compound with an English part.
ENGLISH_PART_MESSAGE = "Zusammensetzung mit englischem Wort: Schreibweise bitte prüfen."
#: LanguageTool's suggestions read: its first few, as elsewhere in the calibration.
SUGGESTIONS_READ = 3
#: A suggestion this many slips away or closer mends a slip.
CLOSE_SLIPS = 1.0


def english_parts(flagged: str, freq: WordFrequency = FREQUENCY) -> frozenset[str]:
    """The parts of a hyphen compound that are clearly English words (none for a word without a hyphen)."""
    if "-" not in flagged or any(c.isspace() for c in flagged):
        return frozenset()
    return frozenset(part for part in flagged.split("-") if part and is_english(part, freq))


def mends_a_german_part(flagged: str, suggestion: str, english: frozenset[str]) -> bool:
    """True when ``suggestion`` is within one slip of the compound and changes a part that is not English."""
    if suggestion.count("-") != flagged.count("-") or slip_cost(flagged, suggestion) > CLOSE_SLIPS:
        return False
    return any(old != new and old not in english for old, new in zip(flagged.split("-"), suggestion.split("-")))


class EnglishPartCompoundSeverity:
    """Engine adjuster: a spelling match on a hyphen compound with an English part is info."""

    def __init__(self, freq: WordFrequency = FREQUENCY) -> None:
        self.freq = freq

    def __call__(self, match: Match, view: ProseView) -> Match:
        if match.source is not Source.LANGUAGETOOL or match.category != "TYPOS" or match.severity <= Severity.INFO:
            return match
        flagged = view.text[match.offset:match.offset + match.length]
        english = english_parts(flagged, self.freq)
        if not english or any(mends_a_german_part(flagged, s, english) for s in match.replacements[:SUGGESTIONS_READ]):
            return match
        return dataclasses.replace(match, severity=Severity.INFO, message=ENGLISH_PART_MESSAGE)
