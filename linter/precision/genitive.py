"""A genitive "-s" on a name or noun LanguageTool knows only without it: info, not an error.

German marks the genitive of names and of most masculine and neuter nouns with "-s"
("Djokovics Vorhand", "des Rücknahmeabkommens"). LanguageTool's speller knows many foreign
names and long compounds only in their base form and offers that form for the genitive
("Djokovics" -> "Djokovic"), so the genitive looks like a slip one letter long. When a
capitalised word ends in "s" and LanguageTool's first suggestion is the word without it, and
that suggestion is no adverb, adjective or function word to the part-of-speech tagger
("Manchmals" -> "Manchmal" is a slip) nor ends in a hissing sound (the genitive of "Haus" is
"Hauses": "Hauss" is a slip), the finding is info ("check the spelling"): shown, but it
does not fail a commit, since an "s" typed too many stays possible.
"""

from __future__ import annotations

import dataclasses

from linter.findings import Match, Severity
from linter.precision.typo_match import flagged_typo
from linter.prose import ProseView

#: German message for a probable genitive of a word the dictionary has without the "-s".
GENITIVE_MESSAGE = "Vermutlich Genitiv von „{base}“: Schreibweise bitte prüfen."
#: STTS tags of words that take a genitive "-s": nouns, names, foreign words (the tagger's
#: reading of most foreign names) and infinitives, which a capital makes nouns ("des Essens").
GENITIVE_TAGS = ("NN", "NE", "FM", "VV")
#: Endings after which the genitive is "-es" or an apostrophe, never a bare "-s" ("des Hauses", "Marx'").
SIBILANTS = ("s", "ß", "x", "z")


def genitive_base(flagged: str, replacements: tuple[str, ...]) -> str | None:
    """LanguageTool's first suggestion when it is the capitalised ``flagged`` without its final "s"
    and a word that takes a genitive "-s"; else None."""
    if not replacements or not flagged[:1].isupper() or not flagged.isalpha() or not flagged.endswith("s"):
        return None
    base = replacements[0]
    if base != flagged[:-1] or base.endswith(SIBILANTS):
        return None  # a word ending in a hissing sound takes "-es" or an apostrophe: "Hauss" is a slip
    from linter.precision.context import sentence_model  # deferred: the tagger loads on first use

    return base if sentence_model().likeliest_tag(base).startswith(GENITIVE_TAGS) else None


class GenitiveSeverity:
    """Engine adjuster: a spelling match on a probable genitive of a word the speller knows is info."""

    def __call__(self, match: Match, view: ProseView) -> Match:
        flagged = flagged_typo(match, view)
        base = genitive_base(flagged, match.replacements) if flagged is not None else None
        if base is None:
            return match
        return dataclasses.replace(match, severity=Severity.INFO, message=GENITIVE_MESSAGE.format(base=base))
