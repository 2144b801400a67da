"""The prose of Markdown (CommonMark, tables, footnotes, YAML front matter).

markdown-it-py parses; it tells which lines a block spans but not where an
inline token sits.  So each block's inline text is aligned with its source
lines (:func:`_align`), and the inline tokens are then located in that text in
order, re-running markdown-it's own link, image, code-span and autolink rules to
find where those constructs end.  Everything written to the prose is verified
against the source character by character (see ProseBuilder.copy).
"""

from __future__ import annotations

import re
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline
from markdown_it.rules_inline.autolink import autolink
from markdown_it.rules_inline.backticks import backtick
from markdown_it.rules_inline.image import image
from markdown_it.rules_inline.link import link
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from linter import yamlsafe
from linter.document import LineIndex
from linter.markup import frontmatter
from linter.markup.builder import Frame, ProseBuilder
from linter.markup.html import HtmlProse
from linter.markup.urls import CODE_PLACEHOLDER, find_addresses, placeholder_for

_NEWLINE = re.compile("\n")
_EMPHASIS = {"em_open", "em_close", "strong_open", "strong_close", "s_open", "s_close"}


@lru_cache(maxsize=1)
def parser() -> MarkdownIt:
    """The Markdown parser: CommonMark + tables + footnotes + front matter, entities kept apart."""
    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    md.use(front_matter_plugin).use(footnote_plugin, inline=False)
    # text_join would merge decoded entities and escapes into plain text and
    # lose the fact that they stand for longer source text.
    md.disable("text_join")
    return md


def markdown_prose(text: str, builder: ProseBuilder, warnings: list[str], copy_fields: tuple[str, ...],
                   attributes: tuple[str, ...]) -> None:
    """Extract the prose of a Markdown file into ``builder``."""
    _MarkdownReader(text, builder, warnings, copy_fields, attributes).run()


def normalize(text: str) -> Frame:
    """The text as markdown-it sees it (CR LF and CR become LF, NUL becomes U+FFFD), mapped to ``text``."""
    if "\r" not in text:
        return Frame(text.replace("\0", "\ufffd"))
    chars, offsets, i = [], [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\r":
            if text.startswith("\r\n", i):
                i += 1  # map the LF to the LF so that copying it stays exact
            ch = "\n"
        chars.append("\ufffd" if ch == "\0" else ch)
        offsets.append(i)
        i += 1
    return Frame("".join(chars), offsets)


class _MarkdownReader:
    def __init__(self, text: str, builder: ProseBuilder, warnings: list[str], copy_fields: tuple[str, ...],
                 attributes: tuple[str, ...]) -> None:
        self.builder, self.warnings, self.copy_fields = builder, warnings, copy_fields
        self.source_lines = LineIndex(text)
        self.norm = normalize(text)
        self.starts = [0] + [m.end() for m in _NEWLINE.finditer(self.norm.text)]
        self.env: dict = {}
        self.html = HtmlProse(builder, warnings, self.source_lines, attributes, check_structure=False)
        self.row_cursor = 0
        self.in_table = False

    def run(self) -> None:
        tokens = parser().parse(self.norm.text, self.env)
        self._check_front_matter_closed(tokens)
        for token in tokens:
            self._block(token)

    # -- blocks ---------------------------------------------------------------

    def _block(self, token: Token) -> None:
        kind = token.type
        if kind == "front_matter":
            self._front_matter(token)
        elif kind in ("table_open", "table_close"):
            self.in_table = kind == "table_open"
        elif kind == "tr_open" and token.map:
            self.row_cursor = self.starts[token.map[0]]
        elif kind == "inline" and token.map:
            self.builder.brk()
            frame = self._frame(token.content, token.map, table_cell=self.in_table)
            _InlineWalker(self, frame, token.content).walk(token.children or [], 0, self.builder)
            self._end_html(frame)
            self.builder.brk()
        elif kind == "html_block" and token.map:
            self.builder.brk()
            frame = self._frame(token.content, token.map)
            self.html.feed(frame)
            self._end_html(frame)
            self.builder.brk()
        elif kind in ("fence", "code_block", "hr"):
            self.builder.brk()
            if kind == "fence":
                self._check_fence_closed(token)

    def _end_html(self, frame: Frame) -> None:
        if self.html.skipping:
            self.html.finish(frame)

    def _frame(self, content: str, line_map: list[int], table_cell: bool = False) -> Frame:
        offsets = _align(content, self.norm.text, self.starts, line_map, self.row_cursor if table_cell else None)
        if table_cell:
            mapped = [o for o in offsets if o >= 0]
            if mapped:
                self.row_cursor = mapped[-1] + 1
        return Frame(content, [self.norm.source_offset(o) if o >= 0 else -1 for o in offsets])

    def warn_at(self, norm_offset: int, message: str) -> None:
        """Record a warning for the line holding ``norm_offset`` of the normalised text."""
        line = self.source_lines.line_col(max(self.norm.source_offset(norm_offset), 0))[0]
        self.warnings.append(f"line {line}: {message}")

    # -- front matter ---------------------------------------------------------

    def _front_matter(self, token: Token) -> None:
        first, last = token.map[0] + 1, token.map[1] - 1
        if last <= first:
            return
        base, stop = self.starts[first], self.starts[last]
        yaml_text = self.norm.text[base:stop]
        try:
            fields, refusals = frontmatter.copy_fields(yaml_text, self.copy_fields)
        except yamlsafe.YamlError as exc:
            self.warnings.append(f"line {exc.line + first}: front matter is not valid YAML "
                                 f"({exc.problem.removeprefix('not valid YAML: ')}); its fields are not checked")
            return
        except RecursionError:
            self.warnings.append(f"line {first + 1}: front matter is nested too deeply; its fields are not checked")
            return
        for refusal in refusals:
            key = f"{refusal.key}: " if refusal.key else ""
            self.warnings.append(f"line {refusal.line + first}: front matter: {key}{refusal.problem}; "
                                 "only its copy fields are checked, each once")
        frame = Frame(self.norm.text, self.norm.offsets, self.norm.base)
        for field in fields:
            if field.pieces is None:
                self.warnings.append(f"line {field.line + first + 1}: front matter field '{field.key}' cannot be "
                                     "mapped exactly to the source (unusual quoting or indentation); not checked")
                continue
            pieces = list(field.pieces)
            while pieces and not pieces[-1].text.strip():
                pieces.pop()  # a block scalar's final line break is not prose
            self.builder.brk()
            for piece in pieces:
                start, end = piece.start + base, piece.end + base
                if piece.text == yaml_text[piece.start:piece.end]:
                    self.builder.copy(frame, start, end)
                elif piece.text:
                    self.builder.replace(frame, piece.text, start, end)
            self.builder.brk()

    def _check_front_matter_closed(self, tokens: list[Token]) -> None:
        first_line = self.norm.text.split("\n", 1)[0]
        opened = first_line.rstrip() == "---" or first_line.rstrip() == "+++"
        if opened and not (tokens and tokens[0].type == "front_matter"):
            self.warnings.append("line 1: front matter opened with '---' is never closed with '---'; "
                                 "it is read as Markdown text")

    def _check_fence_closed(self, token: Token) -> None:
        last_line = self.norm.text[self.starts[token.map[1] - 1]:].split("\n", 1)[0].strip()
        marker = token.markup
        if token.map[1] - token.map[0] < 2 or not (last_line.startswith(marker) and not last_line.strip(marker[0])):
            self.warn_at(self.starts[token.map[0]], f"code block opened with {marker} is never closed; "
                         "the rest of the file is read as code and not checked")


class _InlineWalker:
    """Locates inline tokens in their block's text, in order, and writes their prose."""

    def __init__(self, reader: _MarkdownReader, frame: Frame, content: str) -> None:
        self.reader, self.frame, self.content = reader, frame, content
        self.state = StateInline(content, parser(), reader.env, [])
        self.swallow_space = False

    def walk(self, tokens: list[Token], pos: int, out: ProseBuilder) -> int:
        """Write ``tokens`` starting at content offset ``pos``; return the offset after them."""
        link_ends: list[int] = []
        in_autolink = False
        for token in tokens:
            if in_autolink:
                in_autolink = token.type != "link_close"
                continue
            found = self._locate(token, pos)
            if found is None:
                continue
            pos = self._token(token, found, pos, out, link_ends)
            in_autolink = token.type == "link_open" and token.markup == "autolink"
        return pos

    def _locate(self, token: Token, pos: int) -> int | None:
        needle = _needle(token)
        if needle is None:
            return pos
        found = self.content.find(needle, pos)
        if found < 0:
            offset = self.frame.source_offset(min(pos, len(self.content) - 1)) if self.content else 0
            line = self.reader.source_lines.line_col(max(offset, 0))[0]
            self.reader.warnings.append(f"line {line}: cannot locate Markdown {token.type} {needle!r} in the "
                                        "source; that part is not checked")
            return None
        return found

    def _token(self, token: Token, at: int, pos: int, out: ProseBuilder, link_ends: list[int]) -> int:
        kind, frame = token.type, self.frame
        if kind == "text":
            start = at
            if self.swallow_space:
                while start < at + len(token.content) and self.content[start] in " \t":
                    start += 1
            self.swallow_space = False
            if not self.reader.html.skipping:
                self._text(start, at + len(token.content), out)
            return at + len(token.content)
        self.swallow_space = False
        if kind == "text_special":
            end = at + len(token.markup)
            if not self.reader.html.skipping:
                if token.content == token.markup:
                    out.copy(frame, at, end)
                else:
                    out.replace(frame, token.content, at, end)
            return end
        if kind in ("softbreak", "hardbreak"):
            if not self.reader.html.skipping:
                out.copy(frame, at, at + 1)
            return at + 1
        if kind == "code_inline":
            end = self._rule_end(backtick, at)
            if not self.reader.html.skipping:
                out.placeholder(frame, CODE_PLACEHOLDER, at, end)
            return end
        if kind == "html_inline":
            return self._html_inline(token, at, out)
        if kind == "link_open":
            return self._link_open(token, at, out, link_ends)
        if kind == "link_close":
            return link_ends.pop() if link_ends else pos
        if kind == "image":
            end = self._rule_end(image, at)
            self.walk(token.children or [], at + 2, out.defer())
            # The alt text moves behind the block; don't leave a double space.
            self.swallow_space = at > 0 and self.content[at - 1] in " \t"
            return end
        if kind in _EMPHASIS:
            return at + len(token.markup)
        if kind == "footnote_ref":
            close = self.content.find("]", at)
            return close + 1 if close >= 0 else pos
        return pos

    def _text(self, start: int, end: int, out: ProseBuilder) -> None:
        pos = start
        for a_start, a_end, placeholder in find_addresses(self.content, start, end):
            out.copy(self.frame, pos, a_start)
            out.placeholder(self.frame, placeholder, a_start, a_end)
            pos = a_end
        out.copy(self.frame, pos, end)

    def _html_inline(self, token: Token, at: int, out: ProseBuilder) -> int:
        end = at + len(token.content)
        if token.content.startswith("<!--"):
            # A comment between two spaces would leave a double space behind.
            self.swallow_space = at > 0 and self.content[at - 1] in " \t"
            return end
        self.reader.html.feed(self.frame, at, end)
        return end

    def _link_open(self, token: Token, at: int, out: ProseBuilder, link_ends: list[int]) -> int:
        if token.markup == "autolink":
            end = self._rule_end(autolink, at)
            if not self.reader.html.skipping:
                out.placeholder(self.frame, placeholder_for(str(token.attrGet("href") or "")), at, end)
            return end
        link_ends.append(self._rule_end(link, at))
        return at + 1

    def _rule_end(self, rule, at: int) -> int:
        """Where the construct starting at ``at`` ends, by re-running markdown-it's rule silently."""
        state = self.state
        state.pos, state.posMax = at, len(self.content)
        try:
            ok = rule(state, True)
        except (IndexError, ValueError):
            ok = False
        return state.pos if ok and state.pos > at else at + 1


def _needle(token: Token) -> str | None:
    """The source text a token starts with, or None if it has no text of its own."""
    kind = token.type
    if kind == "text":
        return token.content or None
    if kind in ("text_special", "code_inline") or kind in _EMPHASIS:
        return token.markup or None
    if kind in ("softbreak", "hardbreak"):
        return "\n"
    if kind == "html_inline":
        return token.content
    if kind == "link_open":
        return "<" if token.markup == "autolink" else "["
    if kind == "link_close":
        return None
    if kind == "image":
        return "!["
    if kind == "footnote_ref":
        return "[^"
    return None


def _align(content: str, norm: str, starts: list[int], line_map: list[int], cursor: int | None) -> list[int]:
    """Offset in ``norm`` of each character of a block's inline ``content`` (-1 if not found).

    markdown-it builds ``content`` from the block's lines with container
    markers (``>``, list indentation) and outer spaces removed, and it may turn
    tabs into spaces or drop a table cell's backslash before ``|``.  Each
    content line is therefore located in its source line, and characters that
    cannot be placed are left unmapped rather than guessed.
    """
    offsets = [-1] * len(content)
    first, last = line_map
    index = 0
    for number, piece in enumerate(content.split("\n")):
        line = min(first + number, max(last - 1, first))
        line_start = starts[line] if line < len(starts) else len(norm)
        line_end = norm.find("\n", line_start)
        line_end = len(norm) if line_end < 0 else line_end
        if piece:
            lo = max(line_start, cursor) if cursor is not None and number == 0 else line_start
            _place(piece, index, norm, lo, line_end, offsets, prefer_end=cursor is None)
        index += len(piece)
        if index < len(content):
            if line_end < len(norm):
                offsets[index] = line_end
            index += 1
    return offsets


def _place(piece: str, index: int, norm: str, lo: int, hi: int, offsets: list[int], prefer_end: bool) -> None:
    line = norm[lo:hi]
    at = -1
    if prefer_end and line.endswith(piece):
        at = len(line) - len(piece)
    elif prefer_end and line.rstrip().endswith(piece):
        at = len(line.rstrip()) - len(piece)
    else:
        at = line.find(piece)
    if at >= 0:
        for j in range(len(piece)):
            offsets[index + j] = lo + at + j
        return
    # Greedy fallback: place characters in order; anything not found stays unmapped.
    pos = 0
    for j, ch in enumerate(piece):
        found = line.find(ch, pos)
        if found < 0:
            continue
        offsets[index + j] = lo + found
        pos = found + 1
