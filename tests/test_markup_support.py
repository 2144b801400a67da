"""Shared checks for the markup tests (imported, not collected: no test functions here)."""

from __future__ import annotations

import re
from pathlib import Path

from linter.prose import ProseView

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "markup"


def read_fixture(name: str) -> str:
    """A markup fixture as text."""
    return (FIXTURES / name).read_text(encoding="utf-8")


def assert_exact(view: ProseView, source: str) -> None:
    """Every copied prose character maps to the same source character; every span stays inside."""
    if view.identity:
        assert view.text == source
        return
    for seg in view.segments:
        assert 0 <= seg.source_start <= seg.source_end <= len(source), seg
        assert seg.prose_end > seg.prose_start, seg
    covered = 0
    for seg in view.segments:
        assert seg.prose_start == covered, f"gap or overlap in prose at {covered}: {seg}"
        covered = seg.prose_end
    assert covered == len(view.text)
    copies = sorted((s for s in view.segments if s.is_copy), key=lambda s: s.source_start)
    for before, after in zip(copies, copies[1:]):  # each source character is copied at most once
        assert before.source_end <= after.source_start, (before, after)
    for i, ch in enumerate(view.text):
        start, length = view.to_source(i, 1)
        assert 0 <= start and start + length <= len(source)
        seg = view._segment_at(i)
        if seg is not None and seg.is_copy:
            assert source[start:start + length] == ch, (i, ch, source[start:start + length])


def blocks(text: str) -> list[str]:
    """Prose split at blank lines, each block with whitespace (incl. NBSP) normalised."""
    parts = (re.sub(r"\s+", " ", part).strip() for part in re.split(r"\n\s*\n", text))
    return [p for p in parts if p]
