"""Inline suppressions written in the copy itself.

Directives are HTML comments, which work in .txt, .md and .html files alike::

    <!-- newslint-disable RULE[, RULE ...] -->   off from here (bare: all rules)
    <!-- newslint-enable [RULE, ...] -->         on again (bare: everything disabled so far)
    <!-- newslint-disable-next-line [RULE, ...] -->  off for the next line only

Rule ids match by dotted prefix, like ``disable`` in the configuration:
``typografie`` covers ``typografie.anfuehrungszeichen``. Positions are source
offsets, so suppressions work the same on every input format.
"""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass, field

from linter.document import Document
from linter.findings import Finding, FixSafety, Severity, Source

_DIRECTIVE = re.compile(
    r"<!--\s*newslint-(?P<kind>disable-next-line|disable|enable)\b(?P<rules>[^>]*?)\s*-->"
)

UNUSED_RULE = "newslint.unbenutzte-unterdrueckung"


@dataclass
class Directive:
    """One suppression comment and the source range it covers."""

    kind: str  # "disable", "enable" or "disable-next-line"
    rules: tuple[str, ...]  # empty: all rules
    offset: int
    length: int
    start: int = 0  # covered source range [start, end)
    end: int = 0
    used: bool = False

    def covers(self, finding: Finding) -> bool:
        """True when ``finding`` lies in this directive's range and its rule matches."""
        return self.start <= finding.offset < self.end and rule_matches(finding.rule, self.rules)


def rule_matches(rule_id: str, patterns: tuple[str, ...]) -> bool:
    """True when ``rule_id`` equals or lies below one of the dotted ``patterns`` (none: all)."""
    if not patterns:
        return True
    return any(rule_id == p or rule_id.startswith(p + ".") for p in patterns)


def parse_directives(document: Document) -> list[Directive]:
    """Find every suppression comment and work out the source range each one covers."""
    text = document.text
    index = document.positions
    directives: list[Directive] = []
    open_blocks: list[Directive] = []
    for m in _DIRECTIVE.finditer(text):
        rules = tuple(r for r in re.split(r"[\s,]+", m.group("rules").strip()) if r)
        directive = Directive(m.group("kind"), rules, m.start(), m.end() - m.start())
        if directive.kind == "disable-next-line":
            line, _ = index.line_col(m.end())
            if line < index.line_count:
                directive.start = index.offset(line + 1, 1)
                directive.end = directive.start + len(index.line_text(line + 1))
            directives.append(directive)
        elif directive.kind == "disable":
            directive.start, directive.end = m.end(), len(text)
            open_blocks.append(directive)
            directives.append(directive)
        else:
            _close_blocks(open_blocks, rules, m.start())
    return directives


def _close_blocks(open_blocks: list[Directive], rules: tuple[str, ...], at: int) -> None:
    """End the open ``disable`` blocks that an ``enable`` names (bare enable: all of them)."""
    for block in list(open_blocks):
        if not rules or set(block.rules) & set(rules):
            block.end = at
            open_blocks.remove(block)


def apply_suppressions(findings: list[Finding], directives: list[Directive]) -> list[Finding]:
    """Drop the findings a directive covers, marking those directives as used.

    A sweep in source order: each finding is compared only with the directives
    whose range is open at its offset, not with every directive of the file.
    """
    covered = [False] * len(findings)
    pending = sorted(directives, key=lambda d: d.start)
    open_ranges: list[tuple[int, int, Directive]] = []  # a heap by range end
    next_directive = 0
    for i in sorted(range(len(findings)), key=lambda i: findings[i].offset):
        finding = findings[i]
        while next_directive < len(pending) and pending[next_directive].start <= finding.offset:
            directive = pending[next_directive]
            heapq.heappush(open_ranges, (directive.end, next_directive, directive))
            next_directive += 1
        while open_ranges and open_ranges[0][0] <= finding.offset:
            heapq.heappop(open_ranges)
        for _, _, directive in open_ranges:
            if directive.covers(finding):
                directive.used = True
                covered[i] = True
    return [f for f, hidden in zip(findings, covered) if not hidden]


def unused_directive_findings(document: Document, directives: list[Directive]) -> list[Finding]:
    """Findings for ``--report-unused-disables``: one per directive that suppressed nothing."""
    findings = []
    for d in directives:
        if d.used:
            continue
        line, column = document.positions.line_col(d.offset)
        end_line, end_column = document.positions.line_col(d.offset + d.length)
        what = ", ".join(d.rules) if d.rules else "alle Regeln"
        findings.append(Finding(
            path=document.path, line=line, column=column, end_line=end_line, end_column=end_column,
            offset=d.offset, length=d.length, rule=UNUSED_RULE, source=Source.HOUSE,
            category="newslint", severity=Severity.WARNING,
            message=f"Diese Unterdrückung ({what}) hat nichts unterdrückt und kann entfernt werden.",
            text=document.text[d.offset:d.offset + d.length], replacements=(), fix=FixSafety.NONE,
        ))
    return findings
