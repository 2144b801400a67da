"""A surname that is also a small word: LanguageTool's case rules want it in small letters.

Many surnames are German words written small: "Allen" (Woody Allen), "Kurz", "Kern",
"Weiß", "Alle". On their own in mid-sentence ("und Allen bereitet es Vergnügen")
LanguageTool's case rules (``ALLE``, ``DE_CASE``, ...) read the word as the pronoun or
adjective and want "allen". When the article itself writes the word right after a known
first name elsewhere ("Woody Allen", not at a sentence start), it has introduced the
surname, and a finding that only lowers that word's capital is dropped. A word the article
never writes after a first name keeps the finding; so does a finding that changes more
than the case.
"""

from __future__ import annotations

from linter.findings import Match, Source
from linter.languagetool.spelling import is_spelling_verdict
from linter.precision.names import surnames_in
from linter.prose import ProseView


#: A surname has at least this many letters here: "Es" after a line-up's last first name
#: ("… Alar Es fehlen") opens the next sentence.
SURNAME_MIN_LETTERS = 3


def lowers_only_the_capital(flagged: str, match: Match) -> bool:
    """True when the flagged text is one capitalised word of :data:`SURNAME_MIN_LETTERS` letters or
    more and the first suggestion is that word in small letters ("Allen" -> "allen")."""
    return (flagged[:1].isupper() and len(flagged) >= SURNAME_MIN_LETTERS and not any(c.isspace() for c in flagged)
            and bool(match.replacements) and match.replacements[0] == flagged.lower())


def surname_case_filter(match: Match, view: ProseView) -> bool:
    """Engine filter: drop a LanguageTool case finding on a surname the article introduces after a first name."""
    if match.source is not Source.LANGUAGETOOL or is_spelling_verdict(match):
        return True
    flagged = view.text[match.offset:match.offset + match.length]
    return not (lowers_only_the_capital(flagged, match) and flagged in surnames_in(view.text))
