"""Dialect in quoted speech: LanguageTool's findings in a quotation that reads as dialect are info.

News copy quotes people as they speak: "„Des is ned so schlimm“, sagte er",
"„I hob's eh gwusst“", "„Das isch doch nöd wahr“". LanguageTool's German speller
flags every dialect word of such a quote, and its grammar rules misread it
("des Spiel"); none of that is a slip the copy desk should mend. A finding inside
a quotation is reported as info when the quotation reads as dialect:

* its words include dialect forms: a listed function word
  (``linter/precision/data/dialect-words.txt``: "ned", "is", "hob", "isch",
  "nöd", "dat"), a participle with the "ge-" cut to "g" ("gsogt", "gwusst"), a
  diminutive in "-erl" or "-dl" ("Mäderl", "Radl"), a plural in "-ln" after a
  consonant ("Knödln"), a clitic "z'" ("z'spät") or one of those with "'s";
  words the frequency list does not know count as unknown words;
* the quote itself has at least one dialect form, and dialect forms and unknown
  words make up :data:`MIN_SHARE` of its words; the quotations of the paragraph
  together have :data:`MIN_MARKED` of them (a short quote "„Mir san mir“" is
  read with the one after it);
* the other words are not English (that is a foreign passage, not dialect).

A single typo in a quote in Standard German ("„Wir haben das jeoch nicht
gewusst“") has no dialect form beside it and keeps its severity.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re

from linter.findings import Match, Severity, Source
from linter.precision.frequency import FREQUENCY, WordFrequency
from linter.precision.wordlists import data_list
from linter.prose import ProseView

#: LanguageTool's categories that dialect sets off: spelling, grammar, case.
DIALECT_CATEGORIES = frozenset({"TYPOS", "MULTITOKEN_SPELLING", "GRAMMAR", "CASING"})
#: Dialect forms and unknown words make up at least this share of the quote's words ...
MIN_SHARE = 0.25
#: ... and the paragraph's quotations have at least this many of them.
MIN_MARKED = 2
#: How far a paragraph is read around a finding, each way.
WINDOW = 600
#: A word is English when it is this common there (Zipf) and this much more common than in German.
ENGLISH_ZIPF = 3.0
ENGLISH_MARGIN = 1.0

#: German message for a finding inside a dialect quotation.
DIALECT_MESSAGE = "Vermutlich Mundart in einem Zitat: bitte nur prüfen, ob es so gemeint ist."

#: Quotation marks: each opener with the marks that close it.
QUOTES = {"„": "“”", "»": "«", "«": "»", "‚": "‘", "‹": "›", "›": "‹", "“": "”", '"': '"'}
_WORD = re.compile(r"[^\W\d_](?:[\w]|['’](?=\w))*")
#: Dialect word shapes: "gsogt"/"gwusst" (ge- cut to g-), "Mäderl", "Radl", "Knödln", "z'spät".
_SHAPES = (
    re.compile(r"g[bdfhjkmpswz][a-zäöüß]{2,}[tn]"),
    re.compile(r"[a-zäöüß]{3,}erl"),
    re.compile(r"[a-zäöüß]{2,}dl"),
    re.compile(r"[a-zäöüß]{2,}[bdgkmnpstz]ln"),
    re.compile(r"z['’][a-zäöüß]+"),
)


@functools.lru_cache(maxsize=1)
def dialect_words() -> dict[str, str]:
    """The listed dialect forms with the Standard German word each stands for."""
    pairs = {}
    for entry in data_list("dialect-words"):
        dialect, standard = entry.split(None, 1)
        pairs[dialect] = standard
    return pairs


def is_dialect_form(word: str) -> bool:
    """True for a listed dialect word or a word of a dialect shape, with or without "'s" ("hob's")."""
    lower = word.lower()
    stem = re.sub(r"['’]s$", "", lower)
    return stem in dialect_words() or any(shape.fullmatch(stem) for shape in _SHAPES)


def quotations(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The spans inside closed quotation marks in ``text[start:end]``, outermost only, each within a line.

    German „…“ and »…«, Swiss «…», single ‚…‘, English “…” and straight "…".
    An unclosed quotation is no span: without its end, what it holds is unknown.
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    opener, opened = None, 0
    for i in range(start, end):
        char = text[i]
        if char == "\n":
            opener = None
        elif opener is not None and char in QUOTES[opener]:
            spans.append((opened, i))
            opener = None
        elif opener is None and char in QUOTES and not _apostrophe(text, i):
            opener, opened = char, i + 1
    return spans


def _apostrophe(text: str, i: int) -> bool:
    """True for a closing single mark used as an apostrophe ("hob‘s")."""
    return text[i] in "‘›" and 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()


def _words(text: str, span: tuple[int, int]) -> list[str]:
    return _WORD.findall(text, span[0], span[1])


def _is_english(word: str, freq: WordFrequency) -> bool:
    english = freq.zipf(word, "en")
    return english >= ENGLISH_ZIPF and english - freq.zipf(word, "de") >= ENGLISH_MARGIN


def _marked(word: str, freq: WordFrequency) -> bool:
    """A dialect form, or a word the frequency list does not know (when it is on)."""
    return is_dialect_form(word) or (freq.known and not freq.is_attested(word))


@functools.lru_cache(maxsize=4)
def _all_quotations(text: str) -> tuple[tuple[int, int], ...]:
    """Every quotation of ``text``, found once per text (a file's findings all ask)."""
    return tuple(quotations(text))


def reads_as_dialect(text: str, offset: int, length: int, freq: WordFrequency = FREQUENCY) -> bool:
    """True when ``text[offset:offset + length]`` lies in a quotation that reads as dialect (module docstring)."""
    low, high = _paragraph(text, offset, offset + length)
    every = _all_quotations(text)
    first = bisect.bisect_left(every, (low, low))
    spans = [s for s in every[first:bisect.bisect_right(every, (high, high))] if s[1] <= high]
    own = next((s for s in spans if s[0] <= offset and offset + length <= s[1]), None)
    if own is None:
        return False
    words = _words(text, own)
    if not words or not any(is_dialect_form(w) for w in words):
        return False
    if sum(_marked(w, freq) for w in words) < MIN_SHARE * len(words):
        return False
    near = [w for s in spans for w in _words(text, s)]
    marked = [w for w in near if _marked(w, freq)]
    english = [w for w in near if not is_dialect_form(w) and _is_english(w, freq)]
    return len(marked) >= MIN_MARKED and len(english) * 3 < len(near)


def _paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph (up to :data:`WINDOW` each way) around ``text[start:end]``."""
    low = text.rfind("\n", max(0, start - WINDOW), start) + 1
    high = text.find("\n", end, min(len(text), end + WINDOW))
    return (max(low, start - WINDOW, 0), high if high != -1 else min(len(text), end + WINDOW))


class DialectQuoteSeverity:
    """Engine adjuster: LanguageTool's spelling, grammar and case findings in a dialect quotation are info."""

    def __init__(self, freq: WordFrequency = FREQUENCY) -> None:
        self.freq = freq

    def __call__(self, match: Match, view: ProseView) -> Match:
        if match.source is not Source.LANGUAGETOOL or match.category not in DIALECT_CATEGORIES:
            return match
        if match.severity <= Severity.INFO or not reads_as_dialect(view.text, match.offset, match.length, self.freq):
            return match
        return dataclasses.replace(match, severity=Severity.INFO, message=DIALECT_MESSAGE)
