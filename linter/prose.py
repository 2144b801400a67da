"""The prose view of a document: the text a reader sees, mapped back to the source.

Plain text is its own prose view. Markup (Markdown, HTML) is turned into prose
by :mod:`linter.markup`, which records for every stretch of prose where it came
from: copied characters map one to one, a decoded entity maps to the whole
entity, and inserted block separators map to an empty span between blocks.
Checkers see only ``ProseView.text``; the engine maps their spans back with
:meth:`ProseView.to_source`.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Segment:
    """A stretch of prose and the source span it stands for.

    When ``prose_end - prose_start == source_end - source_start`` the characters
    correspond one to one (copied text); otherwise the whole prose stretch stands
    for the whole source span (an entity, or an inserted separator with an empty
    source span).
    """

    prose_start: int
    prose_end: int
    source_start: int
    source_end: int

    @property
    def is_copy(self) -> bool:
        """True when prose and source characters correspond one to one."""
        return self.prose_end - self.prose_start == self.source_end - self.source_start


@dataclass
class ProseView:
    """Prose text plus the map from prose offsets to source offsets."""

    text: str
    segments: list[Segment] = field(default_factory=list)
    identity: bool = False
    #: Prose spans of placeholders ("Code", "Link", "Mail" standing for code, URLs, addresses), in order.
    placeholders: list[tuple[int, int]] = field(default_factory=list)

    @classmethod
    def plain(cls, text: str) -> "ProseView":
        """The prose view of plain text: the text itself, offsets unchanged."""
        return cls(text=text, identity=True)

    def involves_placeholder(self, offset: int, length: int) -> bool:
        """True when the prose span includes part of a placeholder, starts or ends inside one, or
        is one: a finding there is about the stand-in, not the copy. A span holding a placeholder
        with copy on both sides of it (a quotation around code) is about that copy."""
        end = offset + length
        index = bisect.bisect_left(self.placeholders, (offset, offset)) - 1
        for start, stop in self.placeholders[max(index, 0):]:
            if start >= max(end, offset + 1):
                break
            overlaps = start < end and offset < stop if length else start <= offset < stop
            if overlaps and not (offset < start and stop < end):
                return True
        return False

    def to_source(self, offset: int, length: int) -> tuple[int, int]:
        """Map a prose span to the source span that covers it, as (offset, length)."""
        if self.identity:
            return offset, length
        start = self._source_start(offset)
        end = self._source_end(offset + length) if length else start
        return start, max(0, end - start)

    def _segment_at(self, prose_offset: int) -> Segment | None:
        """The segment holding the prose character at ``prose_offset``, if any."""
        index = bisect.bisect_right(self._starts(), prose_offset) - 1
        if index >= 0 and prose_offset < self.segments[index].prose_end:
            return self.segments[index]
        return None

    def copy_at_source(self, source_offset: int, end_inclusive: bool = False) -> Segment | None:
        """The copied segment holding the source character at ``source_offset`` (with
        ``end_inclusive``, also one ending right there), or None; a bisection, not a scan."""
        copies, starts = self._copies()
        index = bisect.bisect_right(starts, source_offset) - 1
        if index < 0:
            return None
        seg = copies[index]
        inside = source_offset <= seg.source_end if end_inclusive else source_offset < seg.source_end
        return seg if inside else None

    def _copies(self) -> tuple[list[Segment], list[int]]:
        """Copied segments in source order and their source starts (built once).

        Copied segments stand for distinct source characters, so in source order
        the one holding an offset is the last starting at or before it.
        """
        cached = self.__dict__.get("_copy_index")
        if cached is None or cached[2] != len(self.segments):
            copies = sorted((s for s in self.segments if s.is_copy and s.source_end > s.source_start),
                            key=lambda s: s.source_start)
            cached = (copies, [s.source_start for s in copies], len(self.segments))
            self.__dict__["_copy_index"] = cached
        return cached[0], cached[1]

    def _starts(self) -> list[int]:
        cached = self.__dict__.get("_start_list")
        if cached is None or len(cached) != len(self.segments):
            cached = [s.prose_start for s in self.segments]
            self.__dict__["_start_list"] = cached
        return cached

    def _source_start(self, prose_offset: int) -> int:
        """Source offset where the prose character at ``prose_offset`` begins."""
        seg = self._segment_at(prose_offset)
        if seg is None:
            return self.segments[-1].source_end if self.segments else prose_offset
        if seg.is_copy:
            return seg.source_start + (prose_offset - seg.prose_start)
        return seg.source_start

    def _source_end(self, prose_end: int) -> int:
        """Source offset just past the prose character before ``prose_end``."""
        seg = self._segment_at(prose_end - 1)
        if seg is None:
            return self.segments[-1].source_end if self.segments else prose_end
        if seg.is_copy:
            return seg.source_start + (prose_end - seg.prose_start)
        return seg.source_end
