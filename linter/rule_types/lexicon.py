"""Finding the words and phrases of a list in prose, in one pass however long the list is.

Substitution and consistency rules can hold an editors' list of ten thousand
entries. One regular expression per entry, or one alternation of all of them,
costs seconds to compile and tens of milliseconds per article; an Aho–Corasick
automaton (pyahocorasick) over the lower-cased entries is built in a fraction of
that and scans an article in well under a millisecond (benchmarks/wordlist.py).

The text is scanned in a *folded* copy: lower case, and every whitespace run
inside a paragraph (spaces, tabs, at most one line break) as one space, so a
phrase "zum Teil" also finds "zum\\nTeil" but never crosses a blank line. Each
hit is mapped back to the prose and kept only when it stands at German word
edges (see :mod:`linter.rule_types.words`) and its casing fits its entry
(:meth:`Lexicon.key_for`). Overlapping hits resolve leftmost, then longest.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass

import ahocorasick
import regex

from linter.rule_types import words

_RUN = regex.compile(r"\s+")
_EDGES = {
    False: (regex.compile(words.START_OF_WORD), regex.compile(words.END_OF_WORD)),
    True: (regex.compile(words.START_OF_PART), regex.compile(words.END_OF_PART)),
}


@dataclass(frozen=True)
class Found:
    """One entry found in the prose: ``text[start:end]`` stands for ``key``."""

    start: int
    end: int
    key: str


class Lexicon:
    """The entries of one rule, matched case-aware at word edges (``compounds``: also as compound parts)."""

    def __init__(self, keys: list[str], ignorecase: bool = False, compounds: bool = False) -> None:
        self.ignorecase = ignorecase
        self._start, self._end = _EDGES[compounds]
        self._by_lower: dict[str, str] = {}
        automaton = ahocorasick.Automaton()
        for key in keys:
            folded = fold_key(key)
            self._by_lower[folded] = key
            automaton.add_word(folded, folded)
        automaton.make_automaton()
        self._automaton = automaton

    def find(self, text: str, end_ok=None) -> Iterator[Found]:
        """Every entry in ``text``, leftmost-longest, not overlapping.

        ``end_ok(text, start, end, key)`` may move a hit's end (an inflection
        ending) and returns the new end, or None to refuse the hit; by default
        the hit must end at a word edge.
        """
        if not self._by_lower:
            return
        folded, origin = fold_text(text)
        candidates = []
        for last, folded_key in self._automaton.iter(folded):
            first = last + 1 - len(folded_key)
            start, end = origin[first], origin[last] + 1
            key = self.key_for(text[start:end], folded_key)
            if key is None or not self._start.match(text, start):
                continue
            end = end_ok(text, start, end, key) if end_ok else (end if self._end.match(text, end) else None)
            if end is not None:
                candidates.append(Found(start, end, key))
        pos = 0
        for found in sorted(candidates, key=lambda f: (f.start, -f.end)):
            if found.start >= pos:
                yield found
                pos = found.end

    def ends_word(self, text: str, end: int) -> bool:
        """True when a hit may end at ``end``: a word edge (or compound edge) follows."""
        return bool(self._end.match(text, end))

    def key_for(self, found: str, folded_key: str) -> str | None:
        """The entry ``found`` stands for, or None when its casing does not qualify.

        As written; a lower-case entry also with a capital first letter (sentence
        start); with ``ignorecase`` in any casing.
        """
        key = self._by_lower[folded_key]
        found = " ".join(found.split())
        if self.ignorecase or found == key:
            return key
        if key[0].islower() and found == key[0].upper() + key[1:]:
            return key
        return None


def fold_key(key: str) -> str:
    """An entry as the automaton holds it: lower case, single spaces."""
    lowered = key.lower()
    if len(lowered) != len(key):
        lowered = _lower(key)
    return " ".join(lowered.split()) if " " in lowered or not lowered.isalpha() else lowered


@functools.lru_cache(maxsize=4)
def fold_text(text: str) -> tuple[str, tuple[int, ...]]:
    """The folded text and, for each of its characters, the prose offset it comes from.

    A whitespace run with at most one line break becomes one space; a run with a
    blank line becomes a line break, which no entry contains. Kept for the last
    few texts: every lexicon rule of the pack folds the same prose.
    """
    pieces: list[str] = []
    origin: list[int] = []
    pos = 0
    lowered = _lower(text)
    for m in _RUN.finditer(text):
        pieces.append(lowered[pos:m.start()])
        origin.extend(range(pos, m.start()))
        run = m.group()
        pieces.append("\n" if run.count("\n") > 1 else " ")
        origin.append(m.start())
        pos = m.end()
    pieces.append(lowered[pos:])
    origin.extend(range(pos, len(text)))
    origin.append(len(text))  # the end of the last character
    return "".join(pieces), tuple(origin)


def _lower(text: str) -> str:
    """Lower case with the length kept (a few letters, like "İ", grow when lowered; they stay)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
