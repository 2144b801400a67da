"""How common a word is in written German, from wordfreq's frequency list.

LanguageTool's dictionary decides whether a word is *known*; it cannot say how
*common* an unknown word is. That is what tells a name from a slip: "Strache",
"Kickl" or "Pjöngjang" are missing from the dictionary but written thousands of
times a year, while "Duchschnittsgeschwindigkeit" has never been written on
purpose. wordfreq (Robyn Speer's frequency lists, built from Wikipedia, news,
books, subtitles and the web) gives each word its Zipf frequency: the base-10
logarithm of its occurrences per billion words, so 3.0 is once per million words
and 0.0 means "not in the list" (rarer than about once per ten million words).

Loading the list into memory costs about 1 s and 90 MB (the English list, for
foreign passages, another 0.3 s and 40 MB), so lookups go to a compact copy in
newslint's cache instead (:mod:`linter.precision.datacache`, built on first use),
which reads only the words asked about. The copy answers words of Latin letters,
alone or joined by spaces and hyphens, with wordfreq's own arithmetic (tested
against wordfreq); anything else (digits, apostrophes, other scripts), or a
cache that cannot be written, is asked of wordfreq itself. wordfreq folds case,
so "Aspekte" and "aspekte" have one frequency.

The means that use frequencies take a :class:`WordFrequency` when they are built:
:data:`FREQUENCY` reads the list, :data:`NO_FREQUENCY` knows no word (a measurement
switches the means off with it, see :func:`linter.precision.precision_means`).
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from linter.longwords import LONGEST_WORD
from linter.precision.datacache import Table, open_table

#: A Zipf frequency at or above this is ordinary vocabulary: once per million words.
COMMON_ZIPF = 3.0


@functools.lru_cache(maxsize=65536)
def zipf(word: str, language: str = "de") -> float:
    """The Zipf frequency of one word in German, or in ``language`` (0.0 when unlisted or switched off).

    Several words ("Tathergang sin") get 0.0: wordfreq would average their parts,
    which says nothing about the phrase as a spelling.
    """
    if not word or any(c.isspace() for c in word):
        return 0.0
    return _zipf_frequency(word, language)


def is_attested(word: str) -> bool:
    """True when the word is in the frequency list at all: people write it, so it is not a one-off slip."""
    return zipf(word) > 0.0


def is_common(word: str) -> bool:
    """True for a word written at least once per million words: ordinary vocabulary, not a slip."""
    return zipf(word) >= COMMON_ZIPF


def common_among(words: Iterable[str], min_zipf: float = COMMON_ZIPF) -> set[str]:
    """Those of ``words`` (lower-case single words) written at least ``min_zipf`` often, in one lookup.

    A Zipf value z is the list's bucket 100 * (9 - z), so "at least z" is "bucket at most that"."""
    words = {w for w in words if w and _PLAIN.fullmatch(w) and not any(c in w for c in " -")}
    table = frequency_table("de")
    if table is None:
        return {w for w in words if zipf(w) >= min_zipf}
    return set(table.keys_among(sorted(words), round(100 * (9 - min_zipf))))


def phrase_zipf(text: str) -> float:
    """The Zipf frequency of a word, or of a phrase ("war den") as wordfreq combines its words' frequencies."""
    if not any(c.isspace() for c in text.strip()):
        return zipf(text.strip())  # one word: the cached lookup
    return _zipf_frequency(text, "de")


#: Text wordfreq's tokenizer splits only at spaces and hyphens, into words it reads unchanged
#: but for case folding: Latin letters (NFC by construction), no digits, no apostrophes.
_PLAIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+(?:[-\s]+[A-Za-zÀ-ÖØ-öø-ÿ]+)*")
_PLAIN_SEPARATOR = re.compile(r"[-\s]+")
#: wordfreq's floor for zipf_frequency(..., minimum=0.0): zipf_to_freq(0.0).
_FREQUENCY_FLOOR = 10**0.0 / 1e9


def _zipf_frequency(text: str, language: str) -> float:
    """wordfreq.zipf_frequency(text, language), answered from the cached copy of the list when it can be."""
    table = frequency_table(language)
    if table is None or not _PLAIN.fullmatch(text):
        from wordfreq import zipf_frequency  # deferred: importing it and loading the list cost 1-2 s

        return zipf_frequency(text, language)
    # wordfreq's _word_frequency and zipf_frequency, step by step, for tokens that need no normalising
    one_over_result = 0.0
    for token in _PLAIN_SEPARATOR.split(text.strip()):
        bucket = table.value(token.casefold())
        if bucket is None:
            return 0.0  # any word missing: wordfreq's minimum, which is Zipf 0.0
        one_over_result += 1.0 / 10 ** (-bucket / 100)  # cB_to_freq(-bucket)
    unrounded = max(1.0 / one_over_result, _FREQUENCY_FLOOR)
    leading_zeroes = math.floor(-math.log(unrounded, 10))
    return round(math.log(round(unrounded, leading_zeroes + 3), 10) + 9, 2)


@functools.lru_cache(maxsize=4)
def frequency_table(language: str) -> Table | None:
    """The cached copy of wordfreq's list for ``language``: word -> centibel bucket (None: use wordfreq)."""
    return open_table("wordfreq", f"frequency-{language}", lambda: _frequency_rows(language))


def _frequency_rows(language: str):
    """wordfreq's list for ``language`` as (word, bucket) rows, in the list's order."""
    from wordfreq import get_frequency_list

    for index, bucket in enumerate(get_frequency_list(language, "best")):
        for word in bucket:
            yield word, index


#: A word written at least this often (10 per million words) is common enough to suggest
#: as a correction even when LanguageTool's speller does not.
SUGGESTIBLE_ZIPF = 4.0
#: Letters a one-edit neighbour may gain: German lower case without "ß", which Swiss copy never
#: uses (LanguageTool's own suggestions bring "ß" where the variant has it).
_LETTERS = "abcdefghijklmnopqrstuvwxyzäöü"


@functools.lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Every word in the German list at SUGGESTIBLE_ZIPF or above (about 7,000, lower case)."""
    # The list comes in buckets of one centibel, most common first: bucket i holds the words
    # at frequency 10 ** (-i / 100), and Zipf is log10 of occurrences per billion words.
    last = round(100 * (9 - SUGGESTIBLE_ZIPF))
    table = frequency_table("de")
    if table is not None:
        return frozenset(table.keys_up_to(last))
    from wordfreq import get_frequency_list

    # the same arguments as wordfreq's own lookups, so its cached copy of the list is reused
    return frozenset(word for bucket in get_frequency_list("de", "best")[:last + 1] for word in bucket)


def common_neighbours(word: str) -> list[str]:
    """Common German words one edit (a letter dropped, added, changed, or two swapped) from ``word``.

    The result keeps the word's capital initial, if it has one. Words shorter than
    three letters, or with anything but letters, have none: too many words are one
    edit from "es". A word longer than any dictionary holds has none either (and its
    one-edit strings would fill memory: ``30 * length`` strings of its length).
    """
    if not 3 <= len(word) <= LONGEST_WORD or not word.isalpha():
        return []
    lower = word.lower()
    common = _common_words()
    found = sorted(e for e in one_edit(lower) if e in common and e != lower)
    if word[:1].isupper():
        found = [e[:1].upper() + e[1:] for e in found]
    return found


def one_edit(word: str) -> set[str]:
    """Every string one deletion, adjacent swap, substitution or insertion from ``word``."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = set()
    for head, tail in splits:
        if tail:
            edits.add(head + tail[1:])
            edits.update(head + letter + tail[1:] for letter in _LETTERS)
        if len(tail) > 1:
            edits.add(head + tail[1] + tail[0] + tail[2:])
        edits.update(head + letter + tail for letter in _LETTERS)
    return edits


@dataclass(frozen=True)
class WordFrequency:
    """The frequency lookups a means is built with; ``known=False`` knows no word (the means switched off)."""

    known: bool = True

    def zipf(self, word: str, language: str = "de") -> float:
        """:func:`zipf`, or 0.0 when switched off."""
        return zipf(word, language) if self.known else 0.0

    def is_attested(self, word: str) -> bool:
        """:func:`is_attested`, or False when switched off."""
        return self.known and is_attested(word)

    def is_common(self, word: str) -> bool:
        """:func:`is_common`, or False when switched off."""
        return self.known and is_common(word)

    def phrase_zipf(self, text: str) -> float:
        """:func:`phrase_zipf`, or 0.0 when switched off."""
        return phrase_zipf(text) if self.known else 0.0

    def common_among(self, words: Iterable[str], min_zipf: float = COMMON_ZIPF) -> set[str]:
        """:func:`common_among`, or none when switched off."""
        return common_among(words, min_zipf) if self.known else set()

    def common_neighbours(self, word: str) -> list[str]:
        """:func:`common_neighbours`, or none when switched off."""
        return common_neighbours(word) if self.known else []


#: The lookups with wordfreq's list, and without any (for measuring the means' worth).
FREQUENCY = WordFrequency()
NO_FREQUENCY = WordFrequency(known=False)
