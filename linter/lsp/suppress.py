"""Where and how to write ``newslint-disable-next-line RULE`` above a finding.

The directive is an HTML comment in every format (see :mod:`linter.suppressions`);
what differs is where it may stand without changing the document:

* a line of its own above the finding's line, indented like that line (in
  Markdown with the line's ``>`` quote markers, so it stays in the quote);
* in Markdown, inside a paragraph, at the end of the line before instead: a
  comment line would end the paragraph there (an HTML block interrupts one);
* in YAML front matter, as a YAML comment (``# <!-- ... -->``), which keeps
  the YAML valid and is still read as the directive;
* when the line above already holds a ``disable-next-line`` directive with
  rules, the rule is added to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from linter.document import Document
from linter.lsp.positions import PositionMap
from linter.markup.markdown import parser as markdown_parser
from linter.suppressions import parse_directives, rule_matches

_FRONT_MATTER_FENCE = re.compile(r"---[ \t]*")
_HARD_BREAK = re.compile(r"(?: {2,}|\\)$")


@dataclass(frozen=True)
class Insertion:
    """Text to insert at a code-point offset of the document."""

    offset: int
    text: str


def directive(rule: str) -> str:
    """The comment that switches ``rule`` off for the next line."""
    return f"<!-- newslint-disable-next-line {rule} -->"


def suppression(text: str, fmt: str, offset: int, rule: str) -> Insertion | None:
    """The insertion that suppresses ``rule`` for the finding at ``offset``; None when it is suppressed already."""
    positions = PositionMap(text)
    line = positions.line_of(offset)
    extended = _extend_existing(text, positions.line_start(line), rule)
    if extended is not None:
        return extended if extended.text else None
    newline = "\r\n" if "\r\n" in text else "\r" if "\r" in text and "\n" not in text else "\n"
    content = positions.line_content(line)
    if fmt == "markdown":
        if _in_front_matter(positions, line):
            indent = re.match(r"[ \t]*", content).group()
            return Insertion(positions.line_start(line), f"{indent}# {directive(rule)}{newline}")
        if line > 0 and _continues_paragraph(positions, line):
            return _at_end_of(positions, line - 1, rule)
        prefix = re.match(r"[ \t]*(?:>[ \t]?)*", content).group()
    else:
        prefix = re.match(r"[ \t]*", content).group()
    return Insertion(positions.line_start(line), f"{prefix}{directive(rule)}{newline}")


def _extend_existing(text: str, line_start: int, rule: str) -> Insertion | None:
    """Add ``rule`` to a directive that already covers the line (empty insertion: it covers the rule)."""
    for found in parse_directives(Document(path="", text=text)):
        if found.kind != "disable-next-line" or found.start != line_start:
            continue
        if rule_matches(rule, found.rules):
            return Insertion(found.offset, "")
        comment = text[found.offset:found.offset + found.length]
        end = comment.rindex("-->")
        end = len(comment[:end].rstrip())
        return Insertion(found.offset + end, f", {rule}")
    return None


def _in_front_matter(positions: PositionMap, line: int) -> bool:
    """Whether ``line`` lies between the ``---`` fences of YAML front matter."""
    if line == 0 or not _FRONT_MATTER_FENCE.fullmatch(positions.line_content(0)):
        return False
    for closing in range(1, positions.line_count):
        if _FRONT_MATTER_FENCE.fullmatch(positions.line_content(closing)) or \
                positions.line_content(closing).rstrip() == "...":
            return line < closing
    return False


def _continues_paragraph(positions: PositionMap, line: int) -> bool:
    """Whether ``line`` is a second or later line of a Markdown paragraph."""
    normalized = "\n".join(positions.line_content(i) for i in range(positions.line_count))
    for token in markdown_parser().parse(normalized):
        if token.type == "paragraph_open" and token.map and token.map[0] < line < token.map[1]:
            return True
    return False


def _at_end_of(positions: PositionMap, line: int, rule: str) -> Insertion:
    """The directive at the end of ``line``, before a hard line break (two spaces, a backslash)."""
    content = positions.line_content(line)
    hard_break = _HARD_BREAK.search(content)
    at = hard_break.start() if hard_break else len(content)
    space = "" if at and content[at - 1] in " \t" else " "
    return Insertion(positions.line_start(line) + at, f"{space}{directive(rule)}")
