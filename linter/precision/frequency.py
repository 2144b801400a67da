"""How common a word is in written German, from wordfreq's frequency list.

LanguageTool's dictionary decides whether a word is *known*; it cannot say how
*common* an unknown word is. That is what tells a name from a slip: "Strache",
"Kickl" or "Pjöngjang" are missing from the dictionary but written thousands of
times a year, while "Duchschnittsgeschwindigkeit" has never been written on
purpose. wordfreq (Robyn Speer's frequency lists, built from Wikipedia, news,
books, subtitles and the web) gives each word its Zipf frequency: the base-10
logarithm of its occurrences per billion words, so 3.0 is once per million words
and 0.0 means "not in the list" (rarer than about once per ten million words).

The list is loaded on the first lookup (about 0.5 s and 90 MB; the English list, for
foreign passages, another 0.1 s and 20 MB), so a run that
flags no unknown word never pays for it. wordfreq folds case, so "Aspekte" and
"aspekte" have one frequency.
"""

from __future__ import annotations

import functools

from linter.precision import enabled

#: A Zipf frequency at or above this is ordinary vocabulary: once per million words.
COMMON_ZIPF = 3.0


@functools.lru_cache(maxsize=65536)
def zipf(word: str, language: str = "de") -> float:
    """The Zipf frequency of one word in German, or in ``language`` (0.0 when unlisted or switched off).

    Several words ("Tathergang sin") get 0.0: wordfreq would average their parts,
    which says nothing about the phrase as a spelling.
    """
    if not word or any(c.isspace() for c in word) or not enabled("frequency"):
        return 0.0
    from wordfreq import zipf_frequency  # deferred: loading the list costs time and memory

    return zipf_frequency(word, language)


def is_attested(word: str) -> bool:
    """True when the word is in the frequency list at all: people write it, so it is not a one-off slip."""
    return zipf(word) > 0.0


def is_common(word: str) -> bool:
    """True for a word written at least once per million words: ordinary vocabulary, not a slip."""
    return zipf(word) >= COMMON_ZIPF
