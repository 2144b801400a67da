"""One-key slips in long compounds: one part is a word, the other is one slip from a word.

LanguageTool's speller often has no suggestion for a long compound with a slip
in it ("Festnhamewelle", "raumfartbegeisterten"): its dictionary lacks the
compound, so it cannot mend it as a whole. Without a close suggestion the
severity calibration would take the word for a name or a new formation and
report it as info, which no commit check sees. But German compounds are made
of words, and the frequency list knows the parts: when the word splits into a
part people write and a part that nobody writes but that is one slip (a letter
dropped, added, changed, or two swapped) from a common word, the word is a
slip, and the mended compound is the suggestion ("Festnahmewelle"). A valid
new formation splits into parts that are all words ("Sensorenphalanx"), and a
name compound has an unknown part that is no slip of a common word, so neither
is touched.
"""

from __future__ import annotations

import dataclasses

from linter.findings import Match
from linter.languagetool.spelling import is_unknown_word
from linter.languagetool.suggestions import slip_cost
from linter.longwords import is_overlong
from linter.precision.formations import CLOSE_SLIPS
from linter.precision.frequency import FREQUENCY, WordFrequency, one_edit
from linter.prose import ProseView

#: Shorter words are no compounds worth splitting: "Unte" is one slip from many words.
MIN_LETTERS = 10
#: The part that stays as written has at least this many letters and is written (Zipf above 0) ...
INTACT_MIN_LETTERS = 4
#: ... and the mended part at least this many, and is common once mended (once per million words).
MENDED_MIN_LETTERS = 3
MENDED_MIN_ZIPF = 3.0
#: Linking elements (Fugenelemente) a first part may end in: "Kommunikation-s-", "Sonne-n-".
LINKS = ("", "s", "es", "n", "en", "e", "er")


def is_part(text: str, freq: WordFrequency, *, first: bool) -> bool:
    """True when ``text`` is a written word, or (as the first part) a word and a linking element."""
    if freq.is_attested(text):
        return True
    return first and any(link and text.endswith(link) and len(text) - len(link) >= INTACT_MIN_LETTERS
                         and freq.is_attested(text[:-len(link)]) for link in LINKS)


def mend_compound(word: str, freq: WordFrequency = FREQUENCY) -> str | None:
    """The compound with one slip mended in one of its two parts, or None when no split explains it.

    A word that splits into two written parts anywhere ("durchsetzungs|kräftige",
    "Wörthersee|stadion") is a formation, not a slip: None. Of several mendings, the one
    whose mended part is the most common word wins (ties: the earlier split)."""
    if len(word) < MIN_LETTERS or not word.isalpha() or is_overlong(word):
        return None
    lower = word.lower()
    damaged_splits = []
    for split in range(MENDED_MIN_LETTERS, len(lower) - MENDED_MIN_LETTERS + 1):
        head, tail = lower[:split], lower[split:]
        head_ok = len(head) >= INTACT_MIN_LETTERS and is_part(head, freq, first=True)
        tail_ok = len(tail) >= INTACT_MIN_LETTERS and is_part(tail, freq, first=False)
        if head_ok and tail_ok:
            return None
        if head_ok:
            damaged_splits.append((head, tail, True))
        elif tail_ok and len(head) >= MENDED_MIN_LETTERS:
            damaged_splits.append((tail, head, False))
    candidates = {(mended, intact, head_intact) for intact, damaged, head_intact in damaged_splits
                  for mended in one_edit(damaged) if len(mended) >= MENDED_MIN_LETTERS}
    linked = {mended[:-len(link)] for mended, _, head_intact in candidates if not head_intact
              for link in LINKS if link and mended.endswith(link)}  # a first part may carry its link
    common = freq.common_among({mended for mended, _, _ in candidates} | linked, MENDED_MIN_ZIPF)

    def word_of(mended: str, head_intact: bool) -> str | None:
        if mended in common:
            return mended
        stems = [] if head_intact else [mended[:-len(link)] for link in LINKS if link and mended.endswith(link)]
        return next((stem for stem in stems if stem in common), None)

    ranked = sorted((-freq.zipf(base), intact + mended if head_intact else mended + intact)
                    for mended, intact, head_intact in candidates
                    if (base := word_of(mended, head_intact)) is not None)
    if not ranked:
        return None
    mended = ranked[0][1]
    return mended[:1].upper() + mended[1:] if word[:1].isupper() else mended


class CompoundSlipSuggestion:
    """Engine adjuster: a long unknown word LanguageTool cannot mend closely gets the mended compound first.

    It runs before the severity calibration, which then sees a suggestion one slip away and
    keeps the match at its severity."""

    def __init__(self, freq: WordFrequency = FREQUENCY) -> None:
        self.freq = freq

    def __call__(self, match: Match, view: ProseView) -> Match:
        if not is_unknown_word(match):
            return match
        flagged = view.text[match.offset:match.offset + match.length]
        if any(slip_cost(flagged, s) <= CLOSE_SLIPS for s in match.replacements):
            return match  # LanguageTool has a close correction already
        mended = mend_compound(flagged, self.freq)
        if mended is None or mended in match.replacements:
            return match
        return dataclasses.replace(match, replacements=(mended, *match.replacements))
