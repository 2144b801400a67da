"""Turning Markdown and HTML articles into prose with exact source positions.

``prose_view(text, fmt)`` returns the prose a reader sees plus warnings about
malformed markup; ``ProseView.to_source`` maps any prose span back to the
source.  See docs/markup.md for what is checked and why.
"""

from __future__ import annotations

import re

from linter.markup.builder import ProseBuilder
from linter.markup.formats import FORMATS, detect_format
from linter.markup.plaintext import text_prose
from linter.prose import ProseView

__all__ = ["DEFAULT_COPY_FIELDS", "DEFAULT_HTML_ATTRIBUTES", "FORMATS", "detect_format", "prose_view"]

DEFAULT_COPY_FIELDS = ("title", "subtitle", "teaser", "description", "summary")
DEFAULT_HTML_ATTRIBUTES = ("alt", "title")

_LINE = re.compile(r"^line (\d+):")


def prose_view(text: str, fmt: str, *, copy_fields: tuple[str, ...] = DEFAULT_COPY_FIELDS,
               html_attributes: tuple[str, ...] = DEFAULT_HTML_ATTRIBUTES) -> tuple[ProseView, list[str]]:
    """Return the prose view of ``text`` in format ``fmt`` and warnings about malformed input.

    Never raises on malformed input: whatever can be read is returned, and each
    problem is described in a warning starting with ``line N:``.
    """
    warnings: list[str] = []
    if fmt == "text":
        view = text_prose(text, warnings)
    elif fmt in ("markdown", "html"):
        # imported here: markdown-it takes a tenth of a second to import, which plain text never needs
        from linter.markup.html import html_prose
        from linter.markup.markdown import markdown_prose

        builder = ProseBuilder(text)
        if fmt == "markdown":
            markdown_prose(text, builder, warnings, copy_fields, html_attributes)
        else:
            html_prose(text, builder, warnings, html_attributes)
        view = builder.build()
    else:
        raise ValueError(f"unknown format {fmt!r}; expected one of {FORMATS}")
    return view, _ordered(warnings)


def _ordered(warnings: list[str]) -> list[str]:
    """Warnings by line number, duplicates removed."""
    unique = list(dict.fromkeys(warnings))
    return sorted(unique, key=lambda w: int(m.group(1)) if (m := _LINE.match(w)) else 0)
