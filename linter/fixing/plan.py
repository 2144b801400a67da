"""From findings to a set of edits that can be applied together.

Two checks decide whether a wanted fix becomes an edit:

* **Verbatim source.** Findings are in source coordinates, but the rules saw the
  prose view. A fix is applied only when the source text under its span is
  exactly the prose text the rule matched (the span lies in copied prose, one
  to one). A span over an entity (``&quot;``), a tag (``"<i>Hallo</i>"``) or a
  folded line would otherwise lose markup, so such a fix is left to a person.
* **No overlap.** Overlapping fixes are resolved deterministically: the earlier
  start wins, then the house rule, then the longer span, then the rule id. The
  loser stays a finding; the runner re-checks after applying, so it is picked up
  in the next round if it still applies.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from linter.findings import Finding, Source
from linter.prose import ProseView


@dataclass(frozen=True)
class Edit:
    """Replace ``length`` code points at ``offset`` by ``replacement`` (the finding it fixes)."""

    offset: int
    length: int
    replacement: str
    finding: Finding

    @property
    def end(self) -> int:
        """Offset one past the replaced span."""
        return self.offset + self.length


@dataclass
class Plan:
    """The edits to apply, and the findings left for a person."""

    edits: list[Edit] = field(default_factory=list)
    remaining: list[Finding] = field(default_factory=list)


def plan_fixes(findings: list[Finding], text: str, view: ProseView,
               wanted: Callable[[Finding], bool], newline: str = "\n") -> Plan:
    """Choose the non-overlapping edits for the wanted findings; everything else remains."""
    plan = Plan()
    candidates: list[Edit] = []
    for finding in findings:
        edit = _edit_for(finding, text, view, newline) if wanted(finding) else None
        if edit is None:
            plan.remaining.append(finding)
        else:
            candidates.append(edit)
    # Two edits clash when they touch the same code points, or one inserts at the start of or
    # inside the other (the order would be ambiguous). In priority order the offsets only grow,
    # so an edit can only clash with the kept edit reaching farthest, or with an insertion kept
    # at its own offset: one sweep instead of comparing every pair.
    reach, insertion_at = -1, -1
    for edit in sorted(candidates, key=_priority):
        if edit.offset < reach or edit.offset == insertion_at:
            plan.remaining.append(edit.finding)
            continue
        plan.edits.append(edit)
        if edit.length:
            reach = max(reach, edit.end)
        else:
            insertion_at = edit.offset
    plan.remaining.sort(key=Finding.sort_key)
    return plan


def apply_edits(text: str, edits: list[Edit]) -> str:
    """``text`` with every edit applied; the edits must not overlap."""
    pieces: list[str] = []
    pos = 0
    for edit in sorted(edits, key=lambda e: (e.offset, e.length)):
        pieces.append(text[pos:edit.offset])
        pieces.append(edit.replacement)
        pos = edit.end
    pieces.append(text[pos:])
    return "".join(pieces)


def prose_text_at(view: ProseView, start: int, end: int) -> str | None:
    """The prose text that the source span ``start:end`` stands for, if it maps one to one; else None."""
    if view.identity:
        return view.text[start:end]
    if start == end:
        return "" if view.copy_at_source(start, end_inclusive=True) else None
    pieces: list[str] = []
    pos, prose_pos = start, None
    while pos < end:
        seg = view.copy_at_source(pos)
        if seg is None:
            return None
        here = seg.prose_start + (pos - seg.source_start)
        if prose_pos is not None and here != prose_pos:
            return None  # something (a separator) sits between the pieces in the prose
        take = min(end, seg.source_end) - pos
        pieces.append(view.text[here:here + take])
        pos, prose_pos = pos + take, here + take
    return "".join(pieces)


def _edit_for(finding: Finding, text: str, view: ProseView, newline: str) -> Edit | None:
    """The edit for one wanted finding, or None when its source is not what the rule saw."""
    start, end = finding.offset, finding.end_offset
    source = text[start:end]
    if prose_text_at(view, start, end) != source:
        return None
    replacement = _with_newline(finding.replacements[0], newline)
    if replacement == source:
        return None  # a no-op "fix" would be counted forever
    return Edit(start, finding.length, replacement, finding)


def _with_newline(replacement: str, newline: str) -> str:
    """Write line breaks in a replacement the way the file does, so CRLF files stay CRLF."""
    if newline == "\r\n" and "\n" in replacement:
        return replacement.replace("\r\n", "\n").replace("\n", "\r\n")
    return replacement


def _priority(edit: Edit) -> tuple:
    """Earlier start first, then house rules, then longer spans, then rule id: a stable order."""
    house_first = 0 if edit.finding.source is Source.HOUSE else 1
    return (edit.offset, house_first, -edit.length, edit.finding.rule)
