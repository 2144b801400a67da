"""The prose of plain text: the text itself without HTML comments.

Comments (``<!-- newslint-disable ... -->`` and any other) are not copy.  A
comment alone on its line(s) is dropped with its line, so the lines around it
meet as they would without it.  An inline comment is dropped; when it stood
between two spaces, the spaces after it go too, so no double space appears.
A comment touching text on both sides (``falsch<!-- x -->.``) simply vanishes,
as it would in HTML, so no stray space is created before punctuation.
"""

from __future__ import annotations

import re

from linter.document import LineIndex
from linter.markup.builder import Frame, ProseBuilder
from linter.prose import ProseView

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def text_prose(text: str, warnings: list[str]) -> ProseView:
    """The prose view of plain text (the identity view when there is no comment)."""
    _warn_unclosed(text, warnings)
    comments = list(_COMMENT.finditer(text))
    if not comments:
        return ProseView.plain(text)
    builder, frame, pos = ProseBuilder(text), Frame(text), 0
    for match in comments:
        start, end = match.span()
        if start < pos:
            continue
        # Only blanks around the comment on its line(s)? Looking at the blanks alone, not at
        # the whole line, keeps a long line with many comments linear.
        line_start, line_end = _blanks_before(text, start), _blanks_after(text, end)
        if (line_start == 0 or text[line_start - 1] == "\n") and (line_end == len(text) or text[line_end] == "\n"):
            builder.copy(frame, pos, line_start)
            pos = min(line_end + 1, len(text))
            continue
        builder.copy(frame, pos, start)
        pos = end
        if start > 0 and text[start - 1] in " \t":
            while pos < len(text) and text[pos] in " \t":
                pos += 1
    builder.copy(frame, pos, len(text))
    view = builder.build()
    return view


def _blanks_before(text: str, pos: int) -> int:
    """Where the run of blanks (whitespace other than a line break) ending at ``pos`` starts."""
    while pos > 0 and text[pos - 1] != "\n" and text[pos - 1].isspace():
        pos -= 1
    return pos


def _blanks_after(text: str, pos: int) -> int:
    """Where the run of blanks starting at ``pos`` ends."""
    while pos < len(text) and text[pos] != "\n" and text[pos].isspace():
        pos += 1
    return pos


def _warn_unclosed(text: str, warnings: list[str]) -> None:
    last_close = text.rfind("-->")
    opening = text.find("<!--", last_close + 3 if last_close >= 0 else 0)
    if opening >= 0:
        line = LineIndex(text).line_col(opening)[0]
        warnings.append(f"line {line}: comment '<!--' is never closed with '-->'; it is checked as text")
