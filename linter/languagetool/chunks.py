"""Splitting long texts into pieces LanguageTool accepts, without moving positions.

LanguageTool's server refuses texts over its ``maxTextLength`` and slows down on
very long ones, so a long article is checked in pieces. Pieces end at paragraph
breaks where possible (so no sentence is cut), else at sentence ends, else at a
space; each piece carries its start offset so findings map back exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Characters per request; far below the server limit, small enough to stay fast.
DEFAULT_CHUNK_SIZE = 20_000

_BREAKS = (
    re.compile(r"\n[ \t]*\n"),  # paragraph
    re.compile(r"[.!?…][\"“”»«']?\s"),  # sentence end
    re.compile(r"\s"),  # any space
)


@dataclass(frozen=True)
class Chunk:
    """A piece of a longer text and where it starts in it (code points)."""

    start: int
    text: str


def split_text(text: str, limit: int = DEFAULT_CHUNK_SIZE) -> list[Chunk]:
    """Cut ``text`` into chunks of at most ``limit`` code points at the best natural break."""
    chunks: list[Chunk] = []
    start = 0
    while len(text) - start > limit:
        end = _best_break(text, start, start + limit)
        chunks.append(Chunk(start, text[start:end]))
        start = end
    if start < len(text) or not chunks:
        chunks.append(Chunk(start, text[start:]))
    return chunks


def _best_break(text: str, start: int, hard_end: int) -> int:
    """The latest natural break in ``text[start:hard_end]``; ``hard_end`` if there is none."""
    window = text[start:hard_end]
    for pattern in _BREAKS:
        ends = [m.end() for m in pattern.finditer(window)]
        # A break in the first half would make tiny chunks; prefer the next kind of break.
        good = [e for e in ends if e > len(window) // 2]
        if good:
            return start + good[-1]
    return hard_end
