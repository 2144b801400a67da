"""Foreign-language passages: English titles, quotes and tweets inside German copy.

News copy quotes English often ("state of the art", a film title such as "Love
and Other Drugs", "Kaffee to go", an embedded tweet). LanguageTool's German speller flags every
word of such a passage, which tells the copy desk nothing. A spelling match is
dropped when its word is clearly English (far more common in English than in
German, by wordfreq) and stands in a run of at least :data:`MIN_RUN` such words
within one sentence. A single English-looking word among German ones ("night"
for "nicht", "have" for "habe") is a slip and stays flagged.
"""

from __future__ import annotations

import re

from linter.findings import Match, Source
from linter.precision.frequency import FREQUENCY, WordFrequency
from linter.prose import ProseView

#: A passage is foreign from this many English words in a row: two already make a phrase
#: ("to go", "on alert"); a slip that lands on an English word rarely has one beside it.
MIN_RUN = 2
#: An English word is at least this common in English (Zipf: once per million words) ...
ENGLISH_ZIPF = 3.0
#: ... and this many powers of ten more common there than in German.
ENGLISH_MARGIN = 1.0

_WORD = re.compile(r"[^\W\d_][\w'’]*")
_SENTENCE_BREAK = re.compile(r"[.!?:;]|\n\s*\n")
_WINDOW = 120


def is_english(word: str, freq: WordFrequency = FREQUENCY) -> bool:
    """True for a word clearly more English than German ("the", "without"; not "Art" or "Film")."""
    english = freq.zipf(word, "en")
    return english >= ENGLISH_ZIPF and english - freq.zipf(word, "de") >= ENGLISH_MARGIN


def in_foreign_passage(text: str, offset: int, length: int, freq: WordFrequency = FREQUENCY) -> bool:
    """True when the word at ``offset`` is English and stands in a run of MIN_RUN English words."""
    start = max(0, offset - _WINDOW)
    words = list(_WORD.finditer(text, start, min(len(text), offset + length + _WINDOW)))
    here = next((i for i, w in enumerate(words) if w.start() < offset + length and offset < w.end()), None)
    if here is None or not is_english(words[here].group(), freq):
        return False
    run = 1
    for step in (-1, 1):
        i = here
        while 0 <= i + step < len(words):
            left, right = words[min(i, i + step)], words[max(i, i + step)]
            if _SENTENCE_BREAK.search(text, left.end(), right.start()) or not is_english(words[i + step].group(), freq):
                break
            run += 1
            i += step
    return run >= MIN_RUN


def foreign_passage_filter(match: Match, view: ProseView) -> bool:
    """Engine filter: drop LanguageTool spelling matches inside an English passage."""
    if match.source is not Source.LANGUAGETOOL or match.category != "TYPOS":
        return True
    return not in_foreign_passage(view.text, match.offset, match.length)
