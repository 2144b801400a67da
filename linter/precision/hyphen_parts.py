"""Hyphen compounds with an English word or an abbreviation as a part: not slips.

German copy joins English words and abbreviations to its own with a hyphen ("Kult-Shooter",
"App-Drawer", "Mid- und Uptempo-Songs", "CRS-Polizisten", "Konkurrenz-EVUs"). LanguageTool's
German speller does not know the English word or the abbreviation and offers German words or
other abbreviations of a similar shape in its place ("App-Iraner", "Kult-Skooters",
"CSS-Polizisten"), which is wrong advice. A spelling match on a hyphen compound is reported as
info ("check the spelling") when

* one of its parts is such an outside part (:func:`outside_parts`): a clearly English word
  (:func:`~linter.precision.foreign.is_english`), or an abbreviation of two to five capitals
  (with a plural "s") that the frequency list has, so people write it;
* one of LanguageTool's first suggestions changes an outside part (it is the part the speller
  does not know), and
* none of them mends one of the other parts within one slip: a slip in the German part
  ("Kulrt-Shooter" -> "Kult-Shooter") keeps its severity, and so does an abbreviation nobody
  writes ("RIFD-Systeme" for "RFID-Systeme").
"""

from __future__ import annotations

import dataclasses
import re

from linter.findings import Match, Severity
from linter.languagetool.suggestions import slip_cost
from linter.precision.foreign import is_english
from linter.precision.frequency import FREQUENCY, WordFrequency
from linter.precision.typo_match import flagged_typo
from linter.prose import ProseView

#: German message for a hyphen compound with an English word or an abbreviation as a part.
OUTSIDE_PART_MESSAGE = "Zusammensetzung mit englischem Wort oder Abkürzung: Schreibweise bitte prüfen."
#: LanguageTool's suggestions read: its first few, as elsewhere in the calibration.
SUGGESTIONS_READ = 3
#: A suggestion this many slips away or closer mends a slip.
CLOSE_SLIPS = 1.0
#: An abbreviation: two to five capitals, with a plural "s" ("EVUs").
_ABBREVIATION = re.compile(r"[A-ZÄÖÜ]{2,5}s?")


def is_written_abbreviation(part: str, freq: WordFrequency = FREQUENCY) -> bool:
    """True for an abbreviation the frequency list has, its plural "s" aside ("NÖ", "EVUs"; not "RIFD")."""
    if not _ABBREVIATION.fullmatch(part):
        return False
    return freq.is_attested(part[:-1] if part.endswith("s") else part)


def outside_parts(flagged: str, freq: WordFrequency = FREQUENCY) -> frozenset[str]:
    """The parts of a hyphen compound that a German dictionary cannot be expected to hold: clearly
    English words and written abbreviations (none for a word without a hyphen)."""
    if "-" not in flagged or any(c.isspace() for c in flagged):
        return frozenset()
    return frozenset(part for part in flagged.split("-")
                     if part and (is_english(part, freq) or is_written_abbreviation(part, freq)))


def _changed_parts(flagged: str, suggestion: str) -> list[str] | None:
    """The parts of ``flagged`` that ``suggestion`` changes, or None when it has another number of parts."""
    if suggestion.count("-") != flagged.count("-"):
        return None
    return [old for old, new in zip(flagged.split("-"), suggestion.split("-")) if old != new]


def mends_an_inside_part(flagged: str, suggestion: str, outside: frozenset[str]) -> bool:
    """True when ``suggestion`` is within one slip of the compound and changes a part not in ``outside``."""
    changed = _changed_parts(flagged, suggestion)
    if changed is None or slip_cost(flagged, suggestion) > CLOSE_SLIPS:
        return False
    return any(part not in outside for part in changed)


def changes_an_outside_part(flagged: str, suggestion: str, outside: frozenset[str]) -> bool:
    """True when ``suggestion`` puts something else in place of a part in ``outside``."""
    return any(part in outside for part in _changed_parts(flagged, suggestion) or ())


class OutsidePartCompoundSeverity:
    """Engine adjuster: a spelling match on a hyphen compound whose English or abbreviated part
    the speller does not know is info."""

    def __init__(self, freq: WordFrequency = FREQUENCY) -> None:
        self.freq = freq

    def __call__(self, match: Match, view: ProseView) -> Match:
        flagged = flagged_typo(match, view)
        if flagged is None:
            return match
        outside = outside_parts(flagged, self.freq)
        first = match.replacements[:SUGGESTIONS_READ]
        if not outside or not any(changes_an_outside_part(flagged, s, outside) for s in first) \
                or any(mends_an_inside_part(flagged, s, outside) for s in first):
            return match
        return dataclasses.replace(match, severity=Severity.INFO, message=OUTSIDE_PART_MESSAGE)
