"""Names in the house's spelling rather than their own: brand case and foreign diacritics.

Two spellings of a name are a house-style question, not a typing slip, and are
reported as info with the name's own spelling in the message:

* **brand case.** Companies spell their names with inner capitals (YouTube,
  UniCredit, PlayStation); many German newsrooms write them like any other name,
  capital first and the rest small ("Youtube", "Unicredit"). When the best
  suggestion is the flagged word with inner capitals put back, word for word within
  a hyphen compound ("Youtube-Star" -> "YouTube-Star"), it is house case. A stray
  inner capital ("MInecraft" -> "Minecraft") or an abbreviation whose capitals carry
  meaning ("Gmbh" -> "GmbH": its last letter is a capital) stays a slip.
* **foreign diacritics.** Whether "Davutoğlu", "Rakitić" and "Copa América" keep
  their marks is each newsroom's choice (many drop them). When the best suggestion
  is the flagged text with marks that German does not use, it is the house's
  spelling. German's own umlauts and ß are never optional: "Muller" for "Müller"
  stays a slip.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata

from linter.findings import Match, Severity, Source
from linter.prose import ProseView

#: German message: the company writes its name otherwise; whether to follow it is house style.
BRAND_CASE_MESSAGE = "Eigenschreibweise des Namens: „{original}“. Groß- und Kleinschreibung nach Hausstil prüfen."
#: German message: the name has marks in its own language; whether to keep them is house style.
DIACRITICS_MESSAGE = "Schreibweise im Original: „{original}“. Diakritische Zeichen nach Hausstil prüfen."
#: Letters German spells with: never an optional mark.
GERMAN_LETTERS = frozenset("äöüÄÖÜß")

#: A name in camel case: two or more capitalised syllables run together ("YouTube", "PewDiePie").
_CAMEL_CASE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:[A-ZÄÖÜ][a-zäöüß]+)+")


def is_brand_in_house_case(flagged: str, suggestion: str) -> bool:
    """True when ``flagged`` is ``suggestion`` with the inner capitals of its camel-case parts made small."""
    flagged_parts, suggested_parts = flagged.split("-"), suggestion.split("-")
    if len(flagged_parts) != len(suggested_parts) or flagged == suggestion:
        return False
    return all(mine == theirs or _house_case(mine, theirs) for mine, theirs in zip(flagged_parts, suggested_parts))


def _house_case(mine: str, theirs: str) -> bool:
    """True for "Youtube" against "YouTube" (or "Youtubern" against "YouTubern")."""
    return (bool(_CAMEL_CASE.fullmatch(theirs)) and mine.lower() == theirs.lower()
            and mine[:1] == theirs[:1] and mine[1:] == mine[1:].lower())


def is_without_foreign_marks(flagged: str, suggestion: str) -> bool:
    """True when ``suggestion`` is ``flagged`` with diacritics German does not use ("Rakitic" -> "Rakitić")."""
    if flagged == suggestion or len(flagged) != len(suggestion):
        return False
    return all(mine == theirs or (theirs not in GERMAN_LETTERS and _base_letter(theirs) == mine)
               for mine, theirs in zip(flagged, suggestion))


def _base_letter(letter: str) -> str:
    """The letter without its marks ("ć" -> "c", "ğ" -> "g")."""
    return "".join(c for c in unicodedata.normalize("NFD", letter) if not unicodedata.combining(c))


class HouseSpellingSeverity:
    """Engine adjuster: a name in the house's case or without its foreign marks is info.

    A newsroom that follows the companies' case or keeps every mark switches the
    part off (``house_spelling.brand_case`` / ``foreign_marks: false``); the finding
    then stays as LanguageTool reports it.
    """

    def __init__(self, brand_case: bool = True, foreign_marks: bool = True) -> None:
        self.brand_case = brand_case
        self.foreign_marks = foreign_marks

    def __call__(self, match: Match, view: ProseView) -> Match:
        if match.source is not Source.LANGUAGETOOL or not match.replacements:
            return match
        flagged = view.text[match.offset:match.offset + match.length]
        original = match.replacements[0]
        if self.brand_case and match.category == "TYPOS" and is_brand_in_house_case(flagged, original):
            message = BRAND_CASE_MESSAGE
        elif self.foreign_marks and is_without_foreign_marks(flagged, original):
            message = DIACRITICS_MESSAGE
        else:
            return match
        return dataclasses.replace(match, severity=min(match.severity, Severity.INFO),
                                   message=message.format(original=original))
