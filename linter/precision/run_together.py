"""Fixed phrases run together into one word: "vorallem" for "vor allem", "aufjedenfall" for "auf jeden Fall".

A word the speller mends only by putting spaces in is either a compound its dictionary lacks
("Benchmarkrunde" -> "Benchmark runde", "zurückverfrachtet" -> "zurück verfrachtet": a
formation, :mod:`linter.precision.formations`) or a phrase written as one word by mistake. How
often the phrase is written tells the two apart: a fixed phrase is made of everyday words and is
common itself ("vor allem", "gar nicht", "nach wie vor", "auf jeden Fall": Zipf 5 and more in
wordfreq's estimate for a phrase), while the parts of a new formation make a rare phrase ("Benchmark
runde", "zurück verfrachtet": under 3). The frequency list is no help for the run-together word
itself: it counts what people write, and lists the commonest of these misspellings as words.
"""

from __future__ import annotations

from linter.precision.frequency import FREQUENCY, WordFrequency

#: A phrase written at least this often (Zipf; ten times in a million words) is a fixed phrase.
FIXED_PHRASE_ZIPF = 4.0


def runs_a_phrase_together(flagged: str, suggestion: str, freq: WordFrequency = FREQUENCY) -> bool:
    """True when ``suggestion`` is ``flagged`` with spaces put in, case aside, and a phrase written
    at least :data:`FIXED_PHRASE_ZIPF` often ("vorallem" -> "vor allem"; not "Benchmark runde")."""
    words = suggestion.split()
    if len(words) < 2 or any(c.isspace() for c in flagged) or "".join(words).lower() != flagged.lower():
        return False
    return freq.phrase_zipf(suggestion) >= FIXED_PHRASE_ZIPF
