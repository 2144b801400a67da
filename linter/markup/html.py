"""The prose of HTML: text of the body plus chosen attributes, with exact positions.

Positions come from :mod:`linter.markup.htmltokens`; this module decides what is
copy.  It is also used by the Markdown extractor for raw HTML inside Markdown.
"""

from __future__ import annotations

import re

from linter.document import LineIndex
from linter.markup.builder import LINE, PARAGRAPH, Frame, ProseBuilder
from linter.markup.entities import iter_references
from linter.markup.htmltokens import Token, tokenize
from linter.markup.urls import CODE_PLACEHOLDER, find_addresses

# Content that is not copy.  <title> sits in <head> and repeats the headline plus
# the site name; <textarea>, <select>, <button> are form widgets.
SKIPPED = frozenset({
    "script", "style", "pre", "code", "kbd", "samp", "noscript", "template", "svg", "math", "head",
    "title", "textarea", "select", "button", "iframe", "object", "canvas", "audio", "video",
    "noembed", "noframes", "xmp",
})
# Skipped elements that sit inside a sentence: a placeholder keeps the sentence whole.
INLINE_SKIPPED = {"code": CODE_PLACEHOLDER, "kbd": CODE_PLACEHOLDER, "samp": CODE_PLACEHOLDER}

BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
    "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol",
    "p", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "pre",
    "option", "video", "audio", "iframe", "object", "canvas",
})
VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
})
# Elements whose end tag HTML lets the author leave out; not closing them is fine.
OPTIONAL_END = frozenset({
    "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup",
    "colgroup", "caption", "rt", "rp", "html", "head", "body",
})
_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)


class HtmlProse:
    """Feeds HTML tokens into a ProseBuilder, tracking skipped elements and structure."""

    def __init__(self, builder: ProseBuilder, warnings: list[str], line_index: LineIndex,
                 attributes: tuple[str, ...] = ("alt", "title"), check_structure: bool = True) -> None:
        self.builder = builder
        self.warnings = warnings
        self.lines = line_index
        self.attributes = frozenset(a.lower() for a in attributes)
        self.check_structure = check_structure
        self.in_body = True
        self._skip: list[tuple[str, int]] = []  # (element, source start) of skipped elements
        self._open: list[tuple[str, int]] = []  # open elements, for structure warnings

    # -- entry points ---------------------------------------------------------

    def feed(self, frame: Frame, start: int = 0, end: int | None = None) -> None:
        """Tokenize ``frame.text[start:end]`` and feed every token."""
        end = len(frame.text) if end is None else end
        for token in tokenize(frame.text, start, end, lambda off, msg: self.warn(frame, off, msg)):
            self.feed_token(frame, token)

    @property
    def skipping(self) -> bool:
        """True inside an element whose content is not copy."""
        return bool(self._skip)

    def finish(self, frame: Frame | None = None) -> None:
        """End of input: report elements left open."""
        for name, offset in self._skip:
            if frame is not None:
                self.warn(frame, offset, f"<{name}> is never closed; the text after it is not checked")
        self._skip.clear()
        if self.check_structure and frame is not None:
            for name, offset in self._open:
                if name not in OPTIONAL_END:
                    self.warn(frame, offset, f"<{name}> is never closed")
        self._open.clear()

    def warn(self, frame: Frame, offset: int, message: str) -> None:
        """Record a warning with the source line of ``frame.text[offset]``."""
        source_offset = frame.source_offset(min(offset, len(frame.text) - 1)) if frame.text else 0
        line = self.lines.line_col(max(source_offset, 0))[0]
        self.warnings.append(f"line {line}: {message}")

    # -- tokens ---------------------------------------------------------------

    def feed_token(self, frame: Frame, token: Token) -> None:
        """Handle one token."""
        if token.kind == "text":
            if self.in_body and not self._skip:
                self.text(frame, token.start, token.end)
        elif token.kind == "start":
            self._start(frame, token)
        elif token.kind == "end":
            self._end(frame, token)

    def text(self, frame: Frame, start: int, end: int, in_attribute: bool = False,
             builder: ProseBuilder | None = None) -> None:
        """Write HTML text: addresses become placeholders, entities are decoded, spaces collapse."""
        out = builder or self.builder
        pos = start
        for a_start, a_end, placeholder in find_addresses(frame.text, start, end):
            self._decoded(frame, pos, a_start, in_attribute, out)
            out.placeholder(frame, placeholder, a_start, a_end)
            pos = a_end
        self._decoded(frame, pos, end, in_attribute, out)

    def _decoded(self, frame: Frame, start: int, end: int, in_attribute: bool, out: ProseBuilder) -> None:
        for r_start, r_end, chars in iter_references(frame.text, start, end, in_attribute):
            if chars is None:
                out.flow(frame, r_start, r_end)
            else:
                out.replace(frame, chars, r_start, r_end)

    def _start(self, frame: Frame, token: Token) -> None:
        name = token.name
        if name == "meta":
            self._check_charset(frame, token)
        if self._skip:
            if name == self._skip[-1][0] and not token.self_closing and name not in VOID:
                self._skip.append((name, token.start))
            elif name in BLOCKS and self._skip[-1][0] in INLINE_SKIPPED:
                self._close_inline_skip(frame, token.start, unclosed=True)
            else:
                return
        if name == "body":
            self.in_body = True
        if not self.in_body:
            return
        if name == "br":
            self.builder.brk(LINE)
        elif name in BLOCKS:
            self.builder.brk(PARAGRAPH)
        self._attributes(frame, token)
        if name in VOID or token.self_closing:
            return
        if name in SKIPPED:
            self._skip.append((name, token.start))
        elif self.check_structure:
            self._open.append((name, token.start))

    def _end(self, frame: Frame, token: Token) -> None:
        name = token.name
        if self._skip:
            top = self._skip[-1][0]
            if name == top:
                outer_start = self._skip[0][1]
                self._skip.pop()
                if not self._skip and top in INLINE_SKIPPED:
                    self.builder.placeholder(frame, INLINE_SKIPPED[top], outer_start, token.end)
                if not self._skip and top in BLOCKS:
                    self.builder.brk(PARAGRAPH)
                return
            if name in BLOCKS and top in INLINE_SKIPPED:
                self._close_inline_skip(frame, token.start, unclosed=True)
            else:
                return
        if name == "body":
            self.builder.brk(PARAGRAPH)
            self.in_body = False
            return
        if not self.in_body:
            return
        if name in BLOCKS or name == "br":
            self.builder.brk(LINE if name == "br" else PARAGRAPH)
        if self.check_structure:
            self._close(frame, token)

    def _close(self, frame: Frame, token: Token) -> None:
        for i in range(len(self._open) - 1, -1, -1):
            if self._open[i][0] == token.name:
                for name, offset in self._open[i + 1:]:
                    if name not in OPTIONAL_END:
                        self.warn(frame, offset, f"<{name}> is not closed before </{token.name}>")
                del self._open[i:]
                return
        if token.name not in VOID and token.name not in OPTIONAL_END:
            self.warn(frame, token.start, f"</{token.name}> closes no open element")

    def _close_inline_skip(self, frame: Frame, offset: int, unclosed: bool) -> None:
        name, start = self._skip[0]
        if unclosed:
            self.warn(frame, start, f"<{name}> is not closed before the block ends")
        self._skip.clear()
        self.builder.placeholder(frame, INLINE_SKIPPED[name], start, offset)

    def _attributes(self, frame: Frame, token: Token) -> None:
        for attribute in token.attributes:
            if attribute.name in self.attributes and attribute.value_end > attribute.value_start:
                child = self.builder.defer()
                self.text(frame, attribute.value_start, attribute.value_end, in_attribute=True, builder=child)

    def _check_charset(self, frame: Frame, token: Token) -> None:
        for attribute in token.attributes:
            if attribute.name not in ("charset", "content"):
                continue
            value = frame.text[attribute.value_start:attribute.value_end]
            if attribute.name == "content":
                match = _CHARSET.search(value)
                value = match.group(1) if match else ""
            if value and value.strip().lower() not in ("utf-8", "utf8"):
                self.warn(frame, token.start, f"the page declares charset {value.strip()!r}, but newslint reads "
                          "files as UTF-8; convert the file to UTF-8 and declare <meta charset=\"utf-8\">")


def html_prose(text: str, builder: ProseBuilder, warnings: list[str], attributes: tuple[str, ...]) -> None:
    """Extract the prose of a whole HTML file (a page or a CMS fragment) into ``builder``."""
    frame = Frame(text)
    lines = LineIndex(text)
    tokens = tokenize(text, warn=lambda off, msg: warnings.append(f"line {lines.line_col(off)[0]}: {msg}"))
    extractor = HtmlProse(builder, warnings, lines, attributes)
    # A page is checked from <body> on; a fragment (no <body>) is checked everywhere.
    extractor.in_body = not any(t.kind == "start" and t.name == "body" for t in tokens)
    for token in tokens:
        extractor.feed_token(frame, token)
    extractor.finish(frame)
