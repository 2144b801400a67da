"""English verbs with German endings: formations the German speller cannot know.

News copy, sports and tech copy above all, conjugates English verbs the German way: "Brett
Sterling scorten", "mit Towelroot gerootet", "Gegenstände craften", "gepostet". LanguageTool's
German speller knows few of them and offers German words of a similar shape ("sorgen",
"gerötet"), which is wrong advice. A lower-case word that is such a verb form is info ("check
the spelling"), not an error: the participle "ge" + stem + "t"/"et" with any adjective ending
("gerootete"), or stem + a past or present ending ("scorten", "craftet"), where the stem (or
the stem with an "e", as "score" in "scorten") is a word clearly more English than German
(:func:`~linter.precision.foreign.is_english`) of four letters or more. A German word with a
slip keeps its severity: its stem is not English ("gesprochn", "machten" are German stems).
"""

from __future__ import annotations

import dataclasses

from linter.findings import Match, Severity
from linter.precision.foreign import is_english
from linter.precision.frequency import FREQUENCY, WordFrequency
from linter.precision.typo_match import flagged_typo
from linter.prose import ProseView

#: German message for an English verb with German endings.
ENGLISH_VERB_MESSAGE = "Englisches Verb mit deutscher Endung: Schreibweise bitte prüfen."

#: The English stem has at least this many letters ("root", "score"; not "bet" in "dazugebeten").
STEM_MIN_LETTERS = 4
#: Endings after the stem of a past participle ("ge" + "root" + "et", "gepost" + "ete").
PARTICIPLE_ENDINGS = tuple(verb + adjective for verb in ("t", "et") for adjective in ("", "e", "en", "em", "er", "es"))
#: Endings after the stem of a finite form ("scor" + "ten", "craft" + "et").
FINITE_ENDINGS = ("te", "ten", "test", "tet", "et", "est")


def _stems(word: str) -> list[str]:
    """Every stem ``word`` may be a German form of: after "ge" before a participle ending, or
    before a finite ending; each also with an "e" ("scor" + "e": "score")."""
    splits = [word[2:-len(e)] for e in PARTICIPLE_ENDINGS if word.startswith("ge") and word.endswith(e)]
    splits += [word[:-len(e)] for e in FINITE_ENDINGS if word.endswith(e)]
    return [candidate for stem in splits for candidate in (stem, stem + "e")]


def english_stem(word: str, freq: WordFrequency = FREQUENCY) -> str | None:
    """The English verb in a German form of it ("gerootet" -> "root", "scorten" -> "score"), or None."""
    return next((stem for stem in _stems(word) if len(stem) >= STEM_MIN_LETTERS and is_english(stem, freq)), None)


class EnglishVerbSeverity:
    """Engine adjuster: a spelling match on an English verb in a German form is info."""

    def __init__(self, freq: WordFrequency = FREQUENCY) -> None:
        self.freq = freq

    def __call__(self, match: Match, view: ProseView) -> Match:
        flagged = flagged_typo(match, view)
        if flagged is None or not flagged.isalpha() or not flagged.islower() or match.severity <= Severity.INFO:
            return match
        if english_stem(flagged, self.freq) is None:
            return match
        return dataclasses.replace(match, severity=Severity.INFO, message=ENGLISH_VERB_MESSAGE)
