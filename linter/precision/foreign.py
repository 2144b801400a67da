"""Foreign-language passages: English, French, Spanish and Italian quotes, titles and tweets in German copy.

News copy quotes other languages often (a film title such as „Love and Other Drugs“,
„Je suis Charlie“, a tweet after a colon, a song line). LanguageTool's German speller
flags every word of such a passage, which tells the copy desk nothing. A spelling match
is dropped when it stands in a foreign passage, found two ways:

* **by a language identifier** (:mod:`linter.precision.language_id`): the passage is the
  innermost quotation or parenthesis around the match, or else its clause (up to
  ``.!?;:``, a dash or a line break, without the quotations in it). A passage of at least
  :data:`MIN_WORDS` words whose everyday German words do not outnumber the others (a cheap
  look at the frequency list, :func:`is_plainly_german`, so the identifier is loaded only
  when a passage may be foreign) and that lingua gives less than :data:`GERMAN_MAX` of
  being German is foreign.
* **by English words in a row**, for a phrase inside a German clause that no quotation
  marks set off ("Kaffee to go", "zu sehr state of the art"): the word is clearly English
  (far more common in English than in German, by wordfreq), or common in English and German
  alike ("art", "Export"), and stands in a run of such words within one sentence with at least
  :data:`MIN_RUN` clearly English ones.

A single foreign-looking word in a German sentence ("Das night so schlimm" for "nicht",
"have" for "habe") is a slip and stays flagged, and so is a typo in a German sentence
beside a quotation: the passage around it is German.
"""

from __future__ import annotations

import functools
import re

from linter.findings import Match, Source
from linter.precision.frequency import FREQUENCY, WordFrequency
from linter.precision.language_id import german_confidence
from linter.prose import ProseView

#: A passage is foreign from this many English words in a row: two already make a phrase
#: ("to go", "on alert"); a slip that lands on an English word rarely has one beside it.
MIN_RUN = 2
#: An English word is at least this common in English (Zipf: once per million words) ...
ENGLISH_ZIPF = 3.0
#: ... and this many powers of ten more common there than in German.
ENGLISH_MARGIN = 1.0

#: A passage the identifier judges has at least this many words: one word alone is checked.
MIN_WORDS = 2
#: lingua's confidence that a passage is German below which it is foreign. Low, because a
#: German clause of names ("Manchester United verlor gegen Real Madrid") gets 0.2 to 0.5 and
#: would lose its slips, while quotes in the other languages mostly get below 0.1 (chosen on
#: the sentences of benchmarks/language_id.py: 0.5 judged 9 of 112 German sentences foreign, 0.2
#: two, 0.1 one but missed "La dolce vita").
GERMAN_MAX = 0.2
#: A word counts as everyday German when it is this common in German (once per million words) ...
GERMAN_ZIPF = 3.0
#: ... and this many powers of ten more common there than in English ("das", not "in" or "la").
GERMAN_MARGIN = 0.5

_WORD = re.compile(r"[^\W\d_][\w'’]*")
_SENTENCE_BREAK = re.compile(r"[.!?:;]|\n\s*\n")
#: What ends an English run: a sentence break, or a quotation mark or bracket (a passage of its own).
_RUN_BREAK = re.compile(r"[.!?:;„“”»«‚‘›‹()\"]|\n\s*\n")
_WINDOW = 120
#: Quotation marks and brackets that set off a passage: opening mark -> closing mark.
#: The English single quotes are left out: ’ is the apostrophe in "can’t".
_PAIRS = {"„": "“", "“": "”", "»": "«", "«": "»", "‚": "‘", "›": "‹", "‹": "›", "(": ")", '"': '"'}
#: Where a clause ends: sentence punctuation, a colon or semicolon, a dash between spaces, a line break.
_CLAUSE_BREAK = re.compile(r"[.!?;:]+[“”«»\"‘)]?(?=\s|$)|\s[–—-]\s|\n")
#: A quotation inside a clause: its own passage, so the clause is judged without it.
_QUOTATION = re.compile(r"„[^“\n]*“|“[^”\n]*”|»[^«\n]*«|«[^»\n]*»|\"[^\"\n]*\"|\([^)\n]*\)")
#: How far from a match a passage may reach: a paragraph, not the whole article.
_REACH = 400


def is_english(word: str, freq: WordFrequency = FREQUENCY) -> bool:
    """True for a word clearly more English than German ("the", "without"; not "Art" or "Film")."""
    english = freq.zipf(word, "en")
    return english >= ENGLISH_ZIPF and english - freq.zipf(word, "de") >= ENGLISH_MARGIN


def is_everyday_german(word: str, freq: WordFrequency = FREQUENCY) -> bool:
    """True for a common word clearly more German than English ("das", "schlimm"; not "in", "la")."""
    german = freq.zipf(word, "de")
    return german >= GERMAN_ZIPF and german - freq.zipf(word, "en") >= GERMAN_MARGIN


def in_english_run(text: str, offset: int, length: int, freq: WordFrequency = FREQUENCY) -> bool:
    """True when the word at ``offset`` stands in a run of English words with MIN_RUN clearly
    English ones among them.

    The run is words common in English (:func:`is_common_in_english`) in a row within one
    sentence, and no quotation mark or bracket between them (a quotation is a passage of its
    own), so a word both languages write ("art" in "state of the art", "Export" in "Import and
    Export Corporation") links and joins a run of clearly English words (:func:`is_english`),
    but such words alone make no run ("die App hot" is German) and an everyday German word
    joins none ("Kaffee to go am Bahnhof").
    """
    start = max(0, offset - _WINDOW)
    words = list(_WORD.finditer(text, start, min(len(text), offset + length + _WINDOW)))
    here = next((i for i, w in enumerate(words) if w.start() < offset + length and offset < w.end()), None)
    if here is None or not _may_join_a_run(words[here].group(), freq):
        return False
    clear = int(is_english(words[here].group(), freq))
    for step in (-1, 1):
        i = here
        while 0 <= i + step < len(words):
            left, right = words[min(i, i + step)], words[max(i, i + step)]
            word = words[i + step].group()
            if _RUN_BREAK.search(text, left.end(), right.start()) or not _may_join_a_run(word, freq):
                break
            clear += is_english(word, freq)
            i += step
    return clear >= MIN_RUN


def is_common_in_english(word: str, freq: WordFrequency = FREQUENCY) -> bool:
    """True for a word at least :data:`ENGLISH_ZIPF` common in English, whatever German makes of it."""
    return freq.zipf(word, "en") >= ENGLISH_ZIPF


def _may_join_a_run(word: str, freq: WordFrequency) -> bool:
    """True for a word an English run may hold: common in English and no everyday German word."""
    return is_common_in_english(word, freq) and not is_everyday_german(word, freq)


def passage_around(text: str, offset: int, length: int) -> tuple[int, int]:
    """The passage a match stands in, as (start, end): the innermost quotation or parenthesis
    around it within its paragraph, else its clause."""
    para_start, para_end = _paragraph(text, offset, offset + length)
    best: tuple[int, int] | None = None
    for opening, closing in _PAIRS.items():
        span = _enclosing(text, opening, closing, para_start, offset, offset + length, para_end)
        if span and (best is None or span[0] > best[0]):
            best = span
    if best:
        return best
    start = para_start
    for brk in _CLAUSE_BREAK.finditer(text, para_start, offset):
        start = brk.end()
    brk = _CLAUSE_BREAK.search(text, offset + length, para_end)
    return start, brk.start() if brk else para_end


def clause_without_quotations(text: str, offset: int, length: int) -> str:
    """The passage around a match; when that is a clause, without the quotations in it, which
    are passages of their own (a German clause that quotes an English line is German)."""
    start, end = passage_around(text, offset, length)
    if start > 0 and text[start - 1] in _PAIRS:
        return text[start:end]
    return _QUOTATION.sub(" ", text[start:end])


def is_foreign_passage(passage: str, freq: WordFrequency = FREQUENCY) -> bool:
    """True when a passage of MIN_WORDS or more words is not German: not mostly everyday
    German words, and lingua gives it less than GERMAN_MAX of being German."""
    return _is_foreign(passage.strip(), freq)


def is_plainly_german(words: list[str], freq: WordFrequency = FREQUENCY) -> bool:
    """True when a passage's everyday German words outnumber its other words, names aside.

    A capitalised word after the first that is not everyday German and is rare in English
    (Zipf < 3), or an abbreviation in capitals, is taken for a name and counts neither way:
    German clauses in the news are full of them ("so Lankow gegenüber der AFP"), and so are
    titles in any language. This cheap look settles most clauses, so lingua is loaded only
    for a passage that may be foreign.
    """
    german = foreign = 0
    for i, word in enumerate(words):
        if is_everyday_german(word, freq):
            german += 1
        elif not (i and word[0].isupper() and (word.isupper() or freq.zipf(word, "en") < ENGLISH_ZIPF)):
            foreign += 1
    return german > foreign


@functools.lru_cache(maxsize=4096)
def _is_foreign(passage: str, freq: WordFrequency) -> bool:
    words = _WORD.findall(passage)
    if len(words) < MIN_WORDS or is_plainly_german(words, freq):
        return False
    return german_confidence(passage) < GERMAN_MAX


def in_foreign_passage(text: str, offset: int, length: int, freq: WordFrequency = FREQUENCY) -> bool:
    """True when the word at ``offset`` stands in a foreign passage or an English run."""
    passage = clause_without_quotations(text, offset, length)
    return is_foreign_passage(passage, freq) or in_english_run(text, offset, length, freq)


class ForeignPassageFilter:
    """Engine filter: drop LanguageTool spelling matches inside a foreign-language passage."""

    def __init__(self, freq: WordFrequency = FREQUENCY) -> None:
        self.freq = freq

    def __call__(self, match: Match, view: ProseView) -> bool:
        if match.source is not Source.LANGUAGETOOL or match.category != "TYPOS":
            return True
        return not in_foreign_passage(view.text, match.offset, match.length, self.freq)


#: The filter with wordfreq's lists, as the engine uses it.
foreign_passage_filter = ForeignPassageFilter()


def _paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph (between blank lines) around ``start:end``, cut to _REACH either side."""
    low, high = max(0, start - _REACH), min(len(text), end + _REACH)
    before = text.rfind("\n\n", low, start)
    after = text.find("\n\n", end, high)
    return (before + 2 if before >= 0 else low), (after if after >= 0 else high)


def _enclosing(text: str, opening: str, closing: str, low: int, start: int, end: int,
               high: int) -> tuple[int, int] | None:
    """The span inside the nearest ``opening`` before ``start`` that ``closing`` closes after
    ``end``, when nothing closes it in between; None otherwise."""
    if opening == closing:
        if text.count(opening, low, start) % 2 == 0:
            return None
        at = text.rfind(opening, low, start)
    else:
        at = text.rfind(opening, low, start)
        if at < 0 or text.find(closing, at + 1, start) >= 0:
            return None
    if at < 0 or text.find(closing, start, end) >= 0:
        return None
    close = text.find(closing, end, high)
    return (at + 1, close) if close >= 0 else None
