"""Readability formulas for German: Amstad's reading ease and the first Wiener Sachtextformel.

Both read the same counts of a text: sentences, words, syllables per word, letters
per word.

- **Amstad** (Toni Amstad, *Wie verständlich sind unsere Zeitungen?*, Zürich 1978):
  Flesch's reading ease fitted to German, ``180 - ASL - 58.5 * ASW``, where ASL is
  the average sentence length in words and ASW the average number of syllables per
  word. 0 to 100 in practice; higher is easier (news copy: about 50 to 70).
- **Wiener Sachtextformel 1** (Richard Bamberger and Erich Vanecek, *Lesen -
  Verstehen - Lernen - Schreiben*, Wien 1984):
  ``0.1935 * MS + 0.1672 * SL + 0.1297 * IW - 0.0327 * ES - 0.875``, where MS is
  the percentage of words with three or more syllables, SL the average sentence
  length in words, IW the percentage of words with more than six letters and ES
  the percentage of one-syllable words. A school grade from 4 (easy) to 15 (hard).

**Words** are runs of letters (hyphenated and apostrophed forms count as one word,
"E-Mail", "geht's"); numbers are not words here, as they have no syllables to
count. **Syllables** come from pyphen's German hyphenation dictionary (LibreOffice's
``hyph_de_DE``), never from counting vowels: a word has one syllable more than it
has hyphenation points. pyphen is asked for every point (minimum one letter
either side, so "Ofen" gives O-fen), and a piece without a vowel letter, which such
points sometimes leave ("A-ben-d", "schreib-t"), is merged into its neighbour. The
approximation is right for monosyllables ("Haus", "Strumpf", "Knie" are one) and
compounds ("Re-gie-rungs-er-klä-rung"); it misses hiatus the dictionary does not
split ("Seen" is counted as one).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*(?:[-\u2010\u2011'\u2019]\p{L}[\p{L}\p{M}]*)*")
_VOWEL = regex.compile(r"[aeiouyäöüáàâéèêíìîóòôúùûæœø]", regex.IGNORECASE)
_PART = regex.compile(r"[-\u2010\u2011'\u2019]")

FORMULAS = ("amstad", "wiener-sachtextformel")


@dataclass(frozen=True)
class Counts:
    """What the formulas read from a text."""

    sentences: int = 0
    words: int = 0
    syllables: int = 0
    polysyllables: int = 0  # words of three or more syllables
    monosyllables: int = 0
    long_words: int = 0  # words of more than six letters

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(*(a + b for a, b in zip(self.astuple(), other.astuple())))

    def astuple(self) -> tuple[int, ...]:
        return (self.sentences, self.words, self.syllables, self.polysyllables, self.monosyllables, self.long_words)


@functools.lru_cache(maxsize=4096)
def paragraph_counts(text: str, paragraph) -> Counts:
    """The counts of one paragraph (a :class:`linter.sentences.Span`), cached: rules share them."""
    from linter.sentences import paragraph_sentences

    return count(text, paragraph_sentences(text, paragraph))


def count(text: str, sentence_spans) -> Counts:
    """The counts of the sentences ``sentence_spans`` (spans of ``text``)."""
    total = Counts()
    for span in sentence_spans:
        words = WORD.findall(text, span.start, span.end)
        if not words:
            continue
        per_word = [syllables(w) for w in words]
        total += Counts(
            sentences=1,
            words=len(words),
            syllables=sum(per_word),
            polysyllables=sum(1 for n in per_word if n >= 3),
            monosyllables=sum(1 for n in per_word if n == 1),
            long_words=sum(1 for w in words if sum(c.isalpha() for c in w) > 6),
        )
    return total


def amstad(c: Counts) -> float:
    """Amstad's reading ease: 180 - ASL - 58.5 * ASW."""
    return 180 - c.words / c.sentences - 58.5 * c.syllables / c.words


def wiener_sachtextformel(c: Counts) -> float:
    """The first Wiener Sachtextformel: 0.1935 MS + 0.1672 SL + 0.1297 IW - 0.0327 ES - 0.875."""
    ms = 100 * c.polysyllables / c.words
    sl = c.words / c.sentences
    iw = 100 * c.long_words / c.words
    es = 100 * c.monosyllables / c.words
    return 0.1935 * ms + 0.1672 * sl + 0.1297 * iw - 0.0327 * es - 0.875


SCORE = {"amstad": amstad, "wiener-sachtextformel": wiener_sachtextformel}


def score(formula: str, c: Counts) -> float | None:
    """The formula's score, or None for a text without words."""
    if not c.words or not c.sentences:
        return None
    return SCORE[formula](c)


@functools.lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    """Syllables of one word from German hyphenation points (parts of a compound each counted)."""
    return max(1, sum(_part_syllables(part) for part in _PART.split(word) if part))


def _part_syllables(part: str) -> int:
    """Vowel-bearing pieces between hyphenation points (0 for "s" in "geht's")."""
    pieces = _hyphenator().inserted(part, hyphen="\x00").split("\x00")
    return sum(1 for piece in pieces if _VOWEL.search(piece))


@functools.lru_cache(maxsize=1)
def _hyphenator():
    """pyphen's German dictionary, asked for every point (see the module docstring)."""
    import pyphen

    return pyphen.Pyphen(lang="de_DE", left=1, right=1)
