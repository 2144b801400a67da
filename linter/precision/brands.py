"""Brand names in the newsroom's own case: "Youtube" for "YouTube" is house style, not a slip.

Companies spell their names with inner capitals (YouTube, UniCredit, PlayStation);
many German newsrooms write them like any other name, capital first and the rest
small ("Youtube", "Unicredit"), so that a brand does not shout from the copy.
LanguageTool's speller knows the company's spelling and flags the newsroom's.
When its best suggestion is the flagged word with inner capitals put back, word
for word within a hyphen compound ("Youtube-Star" -> "YouTube-Star"), the
finding is reported as info with the company's spelling in the message: a house
style question, not a typing slip.

The other way round stays a slip: a stray inner capital ("MInecraft" ->
"Minecraft") or an abbreviation whose capitals carry meaning ("Gmbh" -> "GmbH":
its last letter is a capital, so it is no brand in camel case).
"""

from __future__ import annotations

import dataclasses
import re

from linter.findings import Match, Severity, Source
from linter.prose import ProseView

#: German message: the company writes its name otherwise; whether to follow it is house style.
BRAND_CASE_MESSAGE = "Eigenschreibweise des Namens: „{brand}“. Groß- und Kleinschreibung nach Hausstil prüfen."

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


class BrandCaseSeverity:
    """Engine adjuster: a brand written in the newsroom's case instead of the company's is info."""

    def __call__(self, match: Match, view: ProseView) -> Match:
        if match.source is not Source.LANGUAGETOOL or match.category != "TYPOS" or not match.replacements:
            return match
        flagged = view.text[match.offset:match.offset + match.length]
        brand = match.replacements[0]
        if not is_brand_in_house_case(flagged, brand):
            return match
        return dataclasses.replace(match, severity=min(match.severity, Severity.INFO),
                                   message=BRAND_CASE_MESSAGE.format(brand=brand))
