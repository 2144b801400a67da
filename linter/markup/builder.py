"""Assembling a ProseView piece by piece while keeping every source position.

Extractors read a :class:`Frame` (a string plus where each of its characters
sits in the source file) and tell a :class:`ProseBuilder` what the reader sees:
copied characters, replacements (entities, placeholders), collapsible
whitespace and block boundaries.  The builder turns that into the segment list
of :class:`linter.prose.ProseView`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from linter.markup.urls import PLACEHOLDER_ALTERNATIVES
from linter.prose import ProseView, Segment

PARAGRAPH = "\n\n"
_LAST_WORD = re.compile(r"(\w+)\s*$")
#: The first word after a position, past spaces and tags.
_NEXT_WORD = re.compile(r"(?:\s|<[^>]*>)*(\w+)")
LINE = "\n"

# Whitespace that HTML collapses into one space; NBSP is deliberately not in it.
HTML_SPACE = " \t\n\r\f"


@dataclass
class Frame:
    """A string being read and the source offset of each of its characters.

    ``offsets`` is None when the string is a slice of the source itself starting
    at ``base``; otherwise it holds one source offset per character (-1 when a
    character has no source, e.g. a space the Markdown parser made from a tab).
    """

    text: str
    offsets: list[int] | None = None
    base: int = 0

    def source_offset(self, index: int) -> int:
        """Source offset of character ``index`` (-1 if it has none)."""
        if self.offsets is None:
            return self.base + index
        if 0 <= index < len(self.offsets):
            return self.offsets[index]
        return -1

    def source_span(self, start: int, end: int) -> tuple[int, int] | None:
        """Source span from character ``start`` to just past ``end - 1``, if both are known."""
        if end <= start:
            return None
        first, last = self.source_offset(start), self.source_offset(end - 1)
        if first < 0 or last < first:
            return None
        return first, last + 1


class ProseBuilder:
    """Collects prose and its segments; block separators and spaces are emitted lazily.

    Separators are only written between two pieces of prose, so the view never
    starts or ends with one, and two boundaries in a row give one separator.
    """

    def __init__(self, source: str) -> None:
        self.source = source
        self._chunks: list[str] = []
        self._segments: list[Segment] = []
        self._length = 0
        self._pending_break = ""
        self._pending_space: tuple[int, int] | None = None
        self._deferred: list[ProseBuilder] = []
        self._placeholders: list[tuple[int, int]] = []

    # -- what extractors call -------------------------------------------------

    def copy(self, frame: Frame, start: int, end: int) -> None:
        """Copy ``frame.text[start:end]`` into the prose, mapping char by char."""
        run_start = None
        for i in range(start, end):
            off = frame.source_offset(i)
            exact = 0 <= off < len(self.source) and self.source[off] == frame.text[i]
            if exact and run_start is not None and off == frame.source_offset(i - 1) + 1:
                continue
            if run_start is not None:
                self._copy_run(frame, run_start, i)
                run_start = None
            if exact:
                run_start = i
            else:
                self._unmapped_char(frame, i)
        if run_start is not None:
            self._copy_run(frame, run_start, end)

    def replace(self, frame: Frame, text: str, start: int, end: int) -> None:
        """Write ``text`` standing for the whole of ``frame.text[start:end]`` (entity, placeholder)."""
        span = frame.source_span(start, end)
        if span is None:
            span = self._nearest_point(frame, start)
        self.replace_source(text, *span)

    def replace_source(self, text: str, src_start: int, src_end: int) -> None:
        """Write ``text`` standing for the source span ``[src_start, src_end)``."""
        if not text:
            return
        if len(text) == src_end - src_start:
            if self.source[src_start:src_end] == text:
                self._emit(text, src_start, src_end)
                return
            # Equal lengths would read as a one-to-one copy; split so that the
            # first part still stands for the whole span and the rest for none.
            if len(text) > 1:
                self._emit(text[:-1], src_start, src_end)
                self._emit(text[-1], src_end, src_end, glue=True)
                return
            self._emit(text, src_start, src_end + 1 if src_end < len(self.source) else src_end)
            return
        self._emit(text, src_start, src_end)

    def placeholder(self, frame: Frame, word: str, start: int, end: int) -> None:
        """Write the placeholder ``word`` standing for ``frame.text[start:end]`` (code, a URL, an address).

        Its prose span is recorded in the view, so that no finding is about the stand-in.
        When the word next to it is the placeholder itself ("im Code `berechne()`"), an
        alternative stands in instead: "Code Code" would be a doubled word of its own.
        """
        neighbours = {self._word_before(), _word_after(frame.text, end)}
        chosen = next((w for w in (word, *PLACEHOLDER_ALTERNATIVES.get(word, ())) if w.lower() not in neighbours), word)
        self._flush_pending()
        begin = self._length
        self.replace(frame, chosen, start, end)
        if self._length > begin:
            self._placeholders.append((begin, self._length))

    def _word_before(self) -> str:
        """The last word written (lower case), if only spaces follow it; "" otherwise."""
        tail = "".join(self._chunks[-4:])[-80:]
        found = _LAST_WORD.search(tail)
        return found.group(1).lower() if found else ""

    def flow(self, frame: Frame, start: int, end: int) -> None:
        """Copy text whose whitespace runs collapse as in HTML (one space, none at block edges)."""
        i = start
        text = frame.text
        while i < end:
            j = i
            if text[i] in HTML_SPACE:
                while j < end and text[j] in HTML_SPACE:
                    j += 1
                span = frame.source_span(i, j) or self._nearest_point(frame, i)
                self.space(*span)
            else:
                while j < end and text[j] not in HTML_SPACE:
                    j += 1
                self.copy(frame, i, j)
            i = j

    def space(self, src_start: int, src_end: int) -> None:
        """Note collapsible whitespace; it is written only if more inline prose follows."""
        if self._length == 0 or self._pending_break or self._pending_space is not None:
            return
        if self._chunks and self._chunks[-1][-1:].isspace():
            return
        self._pending_space = (src_start, src_end)

    def brk(self, separator: str = PARAGRAPH) -> None:
        """Mark a block boundary; deferred blocks (alt texts, titles) follow it."""
        self._pending_space = None
        if self._length and len(separator) > len(self._pending_break):
            self._pending_break = separator
        if separator != PARAGRAPH:
            return
        deferred, self._deferred = self._deferred, []
        for child in deferred:
            self._append_block(child.build())

    def defer(self) -> "ProseBuilder":
        """A builder for a block that is written after the current block ends."""
        child = ProseBuilder(self.source)
        self._deferred.append(child)
        return child

    @property
    def at_block_start(self) -> bool:
        """True when nothing has been written in the current block yet."""
        return self._length == 0 or bool(self._pending_break)

    def build(self) -> ProseView:
        """Finish and return the prose view."""
        self.brk()
        return ProseView(text="".join(self._chunks), segments=list(self._segments),
                         placeholders=list(self._placeholders))

    # -- internals ------------------------------------------------------------

    def _copy_run(self, frame: Frame, start: int, end: int) -> None:
        src = frame.source_offset(start)
        self._emit(frame.text[start:end], src, src + end - start)

    def _unmapped_char(self, frame: Frame, index: int) -> None:
        off = frame.source_offset(index)
        if 0 <= off < len(self.source):
            self.replace_source(frame.text[index], off, off + 1)
        else:
            self._emit(frame.text[index], *self._nearest_point(frame, index))

    def _nearest_point(self, frame: Frame, index: int) -> tuple[int, int]:
        """An empty source span near ``index`` for prose that has no source of its own."""
        for i in range(index, -1, -1):
            off = frame.source_offset(i)
            if off >= 0:
                off = min(off, len(self.source))
                return off, off
        off = self._segments[-1].source_end if self._segments else 0
        return off, off

    def _append_block(self, view: ProseView) -> None:
        if not view.text:
            return
        if self._length:
            self._pending_break = PARAGRAPH
        self._flush_pending()
        base = self._length
        for seg in view.segments:
            self._emit(view.text[seg.prose_start:seg.prose_end], seg.source_start, seg.source_end)
        self._placeholders.extend((base + start, base + end) for start, end in view.placeholders)
        self._pending_break = PARAGRAPH

    def _emit(self, text: str, src_start: int, src_end: int, glue: bool = False) -> None:
        if not text:
            return
        if not glue:
            self._flush_pending()
        seg = Segment(self._length, self._length + len(text), src_start, src_end)
        last = self._segments[-1] if self._segments else None
        if (last is not None and seg.is_copy and last.is_copy and last.prose_end == seg.prose_start
                and last.source_end == seg.source_start):
            seg = Segment(last.prose_start, seg.prose_end, last.source_start, seg.source_end)
            self._segments[-1] = seg
        else:
            self._segments.append(seg)
        self._chunks.append(text)
        self._length += len(text)

    def _flush_pending(self) -> None:
        if self._pending_break:
            point = self._segments[-1].source_end if self._segments else 0
            sep, self._pending_break = self._pending_break, ""
            self._pending_space = None
            self._emit(sep, point, point, glue=True)
        elif self._pending_space is not None:
            start, end = self._pending_space
            self._pending_space = None
            if end - start == 1:
                self._emit(self.source[start], start, end, glue=True)
            else:
                self._emit(" ", start, end, glue=True)


def _word_after(text: str, pos: int) -> str:
    """The first word of ``text`` after ``pos`` (lower case), past spaces and tags; "" if none."""
    found = _NEXT_WORD.match(text, pos)
    return found.group(1).lower() if found else ""
