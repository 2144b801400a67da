""""zufolge" after its noun: LanguageTool's agreement rule reads it as governing the phrase after it.

News copy gives its sources with "zufolge" after a noun in the dative: "wurde Medienberichten
zufolge ein Algerier festgenommen", "sollen Polizeiangaben zufolge ein Polizist und ein
Passant verletzt worden sein". LanguageTool's ``DE_AGREEMENT`` takes "zufolge" for the
preposition it can also be and wants the next noun phrase in the dative ("einem Algerier"),
though that phrase is the sentence's subject. Such a finding, when it starts right after a
"zufolge" that follows a noun or a dative pronoun, is a warning with a message that says
so: the phrase itself may still be wrong ("ein großen Feuer"), so it is shown, but it does
not fail a commit. "zufolge" as a preposition before its noun ("zufolge des Berichts") is
not touched.
"""

from __future__ import annotations

import dataclasses
import re

from linter.findings import Match, Severity, Source
from linter.prose import ProseView

#: The LanguageTool rule whose findings this reads.
AGREEMENT_RULE = "languagetool.DE_AGREEMENT"

#: German message for an agreement finding right after a postposed "zufolge".
POSTPOSITION_MESSAGE = ("„{postposition}“ bezieht sich hier auf das Wort davor; die Wortgruppe danach hängt nicht "
                        "davon ab. Bitte nur prüfen, ob sie für sich stimmt.")

#: Dative pronouns "zufolge" follows as a postposition ("ihm zufolge", "denen zufolge").
DATIVE_PRONOUNS = frozenset({"mir", "dir", "ihm", "ihr", "uns", "euch", "ihnen", "Ihnen", "dem", "der", "denen"})

#: A word, then "zufolge", then the space before the finding; matched backwards from the finding.
_POSTPOSED = re.compile(r"(?<![\w-])(?P<before>[\w-]+)\s+(?P<postposition>zufolge)\s+$")
#: How far back the word before "zufolge" is looked for.
WINDOW = 80


def postposition_before(text: str, offset: int) -> str | None:
    """The postposed "zufolge" right before ``offset`` ("Berichten zufolge |ein Mann"), or None when
    "zufolge" is missing there or follows no noun or dative pronoun ("Er sagte zufolge ...")."""
    found = _POSTPOSED.search(text, max(0, offset - WINDOW), offset)
    if found is None or found.end() != offset:
        return None
    before = found.group("before")
    return found.group("postposition") if before[:1].isupper() or before in DATIVE_PRONOUNS else None


def postposition_agreement_severity(match: Match, view: ProseView) -> Match:
    """Engine adjuster: ``DE_AGREEMENT`` on the phrase right after a postposed "zufolge" is at most a warning."""
    if match.source is not Source.LANGUAGETOOL or match.rule != AGREEMENT_RULE or match.severity <= Severity.WARNING:
        return match
    postposition = postposition_before(view.text, match.offset)
    if postposition is None:
        return match
    return dataclasses.replace(match, severity=Severity.WARNING,
                               message=POSTPOSITION_MESSAGE.format(postposition=postposition))
