"""Paragraphs and sentences of a prose text, as exact spans of it, for the rules that count them.

The prose view keeps blocks apart with a blank line (headings, paragraphs, list
items, table cells are each one block), so a **paragraph** here is a stretch of
prose between blank lines; in plain text a line that starts with a list marker
(``-``, ``*``, ``•``) also starts a new unit. Headlines and list items are thus
units of their own and never the start of the next sentence.

**Sentences** come from SoMaJo (Proisl & Uhrig 2016), the tokenizer and sentence
splitter written for German (see docs/rules.md for why it was chosen over pysbd
and syntok), run on each paragraph with character offsets, so a sentence is the
span from its first token to its last, final punctuation and closing quote
included. One fix on top: SoMaJo reads "2:1. Die Fans" as an ordinal ("am 1.
Mai"); a number and full stop followed by an article or pronoun that can only
start a sentence ends the sentence.

Results are cached per text: every rule of a run asks about the same prose. The
splitter runs only on the paragraphs a rule asks about.
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass

import regex

# A blank line (possibly with spaces) between blocks.
_BLANK = regex.compile(r"\n[^\S\n]*\n\s*")
# A plain-text list item at a line start: a bullet and a space.
_LIST_ITEM = regex.compile(r"(?<=\n)[^\S\n]*[-*•–][^\S\n]+(?=\S)")
# "… 2:1. Die Fans" — words that start a clause and never follow an ordinal.
_ORDINAL_MISREAD = regex.compile(
    r"(?<=\d\.)\s+(?=(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einen|Einem|Einer|Er|Sie|Es|Wir|Ich|Ihr|Man"
    r"|Dies|Diese|Dieser|Dieses|Damit|Dann|Danach|Dabei|Doch|Aber|Auch|Zudem|Außerdem|Nun|So)\b)"
)

_LOCK = threading.Lock()


@dataclass(frozen=True)
class Span:
    """A stretch ``text[start:end]`` of the prose."""

    start: int
    end: int


@functools.lru_cache(maxsize=8)
def paragraph_spans(text: str) -> tuple[Span, ...]:
    """Every paragraph (block, headline, list item) of ``text``, trimmed of surrounding whitespace."""
    cuts = [0]
    for m in _BLANK.finditer(text):
        cuts += [m.start(), m.end()]
    for m in _LIST_ITEM.finditer(text):
        cuts += [m.start(), m.start()]  # the marker stays with its item
    cuts.append(len(text))
    cuts.sort()
    spans = []
    for start, end in zip(cuts[::2], cuts[1::2]):
        span = _trim(text, start, end)
        if span is not None:
            spans.append(span)
    return tuple(spans)


def _trim(text: str, start: int, end: int) -> Span | None:
    """``text[start:end]`` without leading and trailing whitespace; None when nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


def sentences(text: str) -> list[Span]:
    """Every sentence of ``text``, in order."""
    return [s for p in paragraph_spans(text) for s in paragraph_sentences(text, p)]


@functools.lru_cache(maxsize=4096)
def paragraph_sentences(text: str, paragraph: Span) -> tuple[Span, ...]:
    """The sentences of one paragraph, as spans of the whole text (cached: rules share them)."""
    piece = text[paragraph.start:paragraph.end]
    with _LOCK:  # one tokenizer object, shared; it keeps state while it runs
        tokenized = list(_tokenizer().tokenize_text([piece]))
    spans = []
    for tokens in tokenized:
        start, end = tokens[0].character_offset[0], tokens[-1].character_offset[1]
        spans.extend(_unmerge(piece, start, end))
    return tuple(Span(paragraph.start + s, paragraph.start + e) for s, e in spans)


def _unmerge(piece: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a sentence where SoMaJo took a number's closing full stop for an ordinal."""
    spans, pos = [], start
    for m in _ORDINAL_MISREAD.finditer(piece, start, end):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, end))
    return spans


@functools.lru_cache(maxsize=1)
def _tokenizer():
    """SoMaJo's German model, built on first use (about a second; only rules that count sentences need it)."""
    from somajo import SoMaJo

    return SoMaJo("de_CMC", split_camel_case=False, split_sentences=True, character_offsets=True)
