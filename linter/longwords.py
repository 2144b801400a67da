"""Words longer than any dictionary holds: the per-word analyses leave them alone.

The longest German word ever in official use,
"Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz" (a law of
Mecklenburg-Vorpommern, 1999-2013), has 63 letters; Duden's longest entries
have about 40. A longer run of letters is no word a dictionary, a frequency
list or a tagger could know: a key held down, a pasted hash, a garbled export.
Nothing useful can be said about it, and the per-word analyses cost the square
of its length or more (HanTa's morphological analysis took 4.9 s on 1,000
letters and 36 s on 3,000; an edit distance compares every letter with every
letter; the one-edit neighbours of a word are a set of ``30 * length`` strings
of its length). So such a word is not ranked in context, not weighed as a name
or a formation, and counts as unknown to the tagger when it stands beside
another word; LanguageTool's own verdict on it is kept as it is.
"""

from __future__ import annotations

import re

#: Letters in the longest German word in official use (see the module docstring).
LONGEST_WORD = 63

#: A run of word characters (with inner hyphens and apostrophes) longer than LONGEST_WORD.
_OVERLONG = re.compile(r"[\w'’-]{%d,}" % (LONGEST_WORD + 1))


def is_overlong(text: str) -> bool:
    """True when ``text`` holds a word (or hyphen chain) longer than any German dictionary holds."""
    return len(text) > LONGEST_WORD and _OVERLONG.search(text) is not None
