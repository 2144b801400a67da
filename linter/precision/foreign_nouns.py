"""Agreement with a foreign noun: LanguageTool's verdict is a warning, not an error.

LanguageTool's ``DE_AGREEMENT`` checks an article and adjective against the gender and number
its German dictionary gives the noun. For a noun from English ("das Score", "die GEN-Summit")
that gender is a guess, and news copy gives such nouns the gender of the German word they stand
for ("der Score" as "der Spielstand", "das Summit" beside "der Gipfel"): both are found in
print. And an English compound written apart ("eine Bad Bank", "den Millennium Park", "des
Safe Harbor-Systems") takes the gender of its last word, while LanguageTool reads the first
("das Bad", "das Millennium"). So such a finding stays, at warning: shown in every report
and in a commit check, but it does not block a commit. A German noun phrase keeps
LanguageTool's severity, and so does one whose next-to-last capital word ends like a German
adjective ("des Europäische Parlaments").
"""

from __future__ import annotations

import dataclasses
import re

from linter.findings import Match, Severity, Source
from linter.precision.foreign import is_english
from linter.precision.frequency import FREQUENCY, WordFrequency
from linter.prose import ProseView

#: The LanguageTool rule this applies to.
AGREEMENT_RULE = "languagetool.DE_AGREEMENT"

#: A word with its hyphenated parts ("Harbor-Systems").
_WORD = re.compile(r"\w+(?:-\w+)*")
#: Endings of a declined German adjective ("Europäische", "Neuen").
_ADJECTIVE_ENDING = re.compile(r"(?:e|en|er|es|em)$")
#: Articles and determiners, capitalised at a sentence start ("Das Amerikaner ..."): no compound's first word.
_DETERMINERS = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
                          "eines", "kein", "keine", "keinen", "keinem", "keiner", "keines", "dies", "jenes",
                          "mein", "dein", "sein", "ihr", "unser", "euer", "welches", "manches", "jedes"})


def has_foreign_head_noun(phrase: str, freq: WordFrequency = FREQUENCY) -> bool:
    """True when the phrase's last word (its last hyphen part) is English ("das Score",
    "die GEN-Summit"), or its last two words are capitalised and the first of them is no
    German adjective: an English compound written apart ("eine Bad Bank", "des Safe
    Harbor-Systems"; not "des Europäische Parlaments")."""
    words = _WORD.findall(phrase)
    if not words:
        return False
    if is_english(words[-1].rsplit("-", 1)[-1], freq):
        return True
    if len(words) < 2 or not (words[-1][:1].isupper() and words[-2][:1].isupper()):
        return False
    before = words[-2].rsplit("-", 1)[-1]
    if before.lower() in _DETERMINERS:
        return False
    return not _ADJECTIVE_ENDING.search(before) or is_english(before, freq)


class ForeignNounAgreementSeverity:
    """Engine adjuster: ``DE_AGREEMENT`` on a phrase with a foreign head noun is at most a warning."""

    def __init__(self, freq: WordFrequency = FREQUENCY) -> None:
        self.freq = freq

    def __call__(self, match: Match, view: ProseView) -> Match:
        if match.source is not Source.LANGUAGETOOL or match.rule != AGREEMENT_RULE:
            return match
        if match.severity <= Severity.WARNING:
            return match
        phrase = view.text[match.offset:match.offset + match.length]
        if not has_foreign_head_noun(phrase, self.freq):
            return match
        return dataclasses.replace(match, severity=Severity.WARNING)
