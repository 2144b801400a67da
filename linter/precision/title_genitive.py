"""A newspaper's title left undeclined in the genitive: a warning, not an error.

German copy often leaves a paper's or magazine's title as it is printed on the masthead,
also in the genitive: "auf Nachfrage des Standard", "laut einem Bericht des Spiegel", "eine
Recherche des Kurier". LanguageTool's ``DE_AGREEMENT`` reads "des Standard" as the noun
"Standard" without its genitive "-s", which is a slip when the noun is meant ("die
Einhaltung des Standard"). The two read alike, so such a finding (exactly "des" and a title of
``linter/precision/data/newspaper-titles.txt``) is a warning whose message names both readings:
shown in every report and a commit check, but it does not fail a commit.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from linter.findings import Match, Severity, Source
from linter.precision.wordlists import data_list
from linter.prose import ProseView

#: The LanguageTool rule whose findings this reads.
AGREEMENT_RULE = "languagetool.DE_AGREEMENT"

#: German message for "des" before a title without a genitive ending.
TITLE_GENITIVE_MESSAGE = ("Ungebeugter Titel? „des {title}“ ist richtig, wenn die Zeitung oder Zeitschrift "
                          "gemeint ist; sonst „des {title}s“.")

#: The finding's text: the genitive article and one capitalised word.
_GENITIVE_BEFORE_WORD = re.compile(r"des\s+(?P<title>[A-ZÄÖÜ]\w+)")


@functools.cache
def newspaper_titles() -> frozenset[str]:
    """The masculine and neuter titles of ``newspaper-titles.txt`` ("Spiegel", "Standard")."""
    return frozenset(data_list("newspaper-titles"))


def undeclined_title(phrase: str) -> str | None:
    """The title in a finding that is exactly "des" and a listed title ("des Standard"), else None."""
    found = _GENITIVE_BEFORE_WORD.fullmatch(phrase)
    return found.group("title") if found and found.group("title") in newspaper_titles() else None


def title_genitive_severity(match: Match, view: ProseView) -> Match:
    """Engine adjuster: ``DE_AGREEMENT`` on "des" before an undeclined newspaper title is at most a warning."""
    if match.source is not Source.LANGUAGETOOL or match.rule != AGREEMENT_RULE or match.severity <= Severity.WARNING:
        return match
    title = undeclined_title(view.text[match.offset:match.offset + match.length])
    if title is None:
        return match
    return dataclasses.replace(match, severity=Severity.WARNING, message=TITLE_GENITIVE_MESSAGE.format(title=title))
