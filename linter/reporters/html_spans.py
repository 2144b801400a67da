"""Cutting a text into properly nested highlights, however the spans overlap.

HTML elements must nest, findings need not: "Er sagte" and "sagte Hallo"
cross. :func:`layout` turns spans into a flat stream of tokens (text slices,
opening and closing tags) that nests by construction: a span contained in
another is opened inside it; a span that crosses the end of an enclosing one
is closed there and re-opened right after, so it becomes two fragments of the
same finding. Only crossing spans are split, so nested and disjoint findings
keep one element each.

The stream is built with one sort and one pass over the span boundaries; its
size and cost grow with the number of spans times how many overlap at one
place (a handful in real copy), not with the text. Each character of the text
belongs to exactly one text token, so the renderer slices and escapes it once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Union


@dataclass(frozen=True)
class Text:
    """The characters ``start:end`` of the text, outside or inside open highlights."""

    start: int
    end: int


@dataclass(frozen=True)
class Open:
    """Start a highlight fragment of span ``index``; ``first`` marks its first fragment."""

    index: int
    first: bool


@dataclass(frozen=True)
class Close:
    """End a highlight fragment of span ``index``; ``last`` marks the end of the whole span."""

    index: int
    last: bool


@dataclass(frozen=True)
class Point:
    """An empty span (an insertion point) of span ``index`` at this place."""

    index: int


Token = Union[Text, Open, Close, Point]


def layout(length: int, spans: list[tuple[int, int]]) -> list[Token]:
    """Return the token stream for a text of ``length`` code points with ``spans`` highlighted.

    ``spans`` are ``(start, end)`` pairs (end exclusive), indexed by their
    position in the list; ends outside the text are clamped to it. At one
    position, spans ending there close first, then insertion points are placed,
    then spans starting there open, the longer one outside the shorter one
    (equal spans nest in list order).
    """
    clamped = [_clamp(start, end, length) for start, end in spans]
    return list(_tokens(length, clamped))


def _clamp(start: int, end: int, length: int) -> tuple[int, int]:
    start = min(max(start, 0), length)
    return start, min(max(end, start), length)


def _tokens(length: int, spans: list[tuple[int, int]]) -> Iterator[Token]:
    # Openings sorted by start, longer first, so an enclosing span is opened before what it contains.
    opening = sorted((i for i, (s, e) in enumerate(spans) if e > s), key=lambda i: (spans[i][0], -spans[i][1], i))
    points = sorted((i for i, (s, e) in enumerate(spans) if e == s), key=lambda i: (spans[i][0], i))
    # Every position where something happens, in order; text runs between them.
    stops = sorted({p for s, e in spans for p in (s, e)} | {length})
    stack: list[int] = []  # open span indexes, innermost last
    next_open = next_point = 0
    cursor = 0
    for stop in stops:
        if stop > cursor:
            yield Text(cursor, stop)
            cursor = stop
        yield from _close_ending(stack, spans, stop)
        while next_point < len(points) and spans[points[next_point]][0] == stop:
            yield Point(points[next_point])
            next_point += 1
        while next_open < len(opening) and spans[opening[next_open]][0] == stop:
            index = opening[next_open]
            stack.append(index)
            yield Open(index, first=True)
            next_open += 1


def _close_ending(stack: list[int], spans: list[tuple[int, int]], stop: int) -> Iterator[Token]:
    """Close every open span that ends at ``stop``, splitting the crossing spans opened inside them."""
    # The outermost span that ends here: everything opened inside it is closed
    # first; those that go on past ``stop`` are re-opened afterwards, in order.
    depth = next((d for d, i in enumerate(stack) if spans[i][1] == stop), None)
    if depth is None:
        return
    inner = stack[depth + 1:]
    for index in reversed(inner):
        yield Close(index, last=spans[index][1] == stop)
    yield Close(stack[depth], last=True)
    del stack[depth:]
    for index in inner:
        if spans[index][1] != stop:
            stack.append(index)
            yield Open(index, first=False)
