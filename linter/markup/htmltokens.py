"""A lenient HTML tokenizer that keeps the source span of every token.

HTML parsers (lexbor, html5lib, html.parser) build trees or events but do not
say where a text node, an entity or an attribute value sits in the file.  This
tokenizer follows the HTML5 tokenizer closely enough for prose extraction
(tags, attributes, comments, doctype, raw-text elements such as ``<script>``)
and records spans; tree building is left to :mod:`linter.markup.html`.
It never raises: malformed markup becomes text or is skipped, with a warning.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

# Elements whose content is not markup: it runs to the matching end tag.
RAW_TEXT = frozenset({"script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "textarea", "title"})

_SPACE = " \t\n\r\f"
_NAME_END = re.compile(r"[\s/>]")
_ATTR_NAME_END = re.compile(r"[\s/>=]")
_UNQUOTED_END = re.compile(r"[\s>]")

Warn = Callable[[int, str], None]


@dataclass(frozen=True)
class Attribute:
    """An attribute; the value span excludes the quotes (empty for a bare attribute)."""

    name: str
    value_start: int
    value_end: int


@dataclass(frozen=True)
class Token:
    """One token: kind is text, start, end, comment, other (doctype, PI) or raw (script body)."""

    kind: str
    start: int
    end: int
    name: str = ""
    attributes: tuple[Attribute, ...] = field(default=())
    self_closing: bool = False


def tokenize(text: str, start: int = 0, end: int | None = None, warn: Warn | None = None) -> list[Token]:
    """Split ``text[start:end]`` into tokens; ``warn(offset, message)`` reports malformed markup."""
    return _Tokenizer(text, start, len(text) if end is None else end, warn or (lambda _o, _m: None)).run()


class _Tokenizer:
    def __init__(self, text: str, start: int, end: int, warn: Warn) -> None:
        self.text, self.pos, self.end, self.warn = text, start, end, warn
        self.tokens: list[Token] = []

    def run(self) -> list[Token]:
        while self.pos < self.end:
            lt = self.text.find("<", self.pos, self.end)
            if lt < 0:
                self._text(self.pos, self.end)
                break
            self._text(self.pos, lt)
            token = self._markup(lt)
            if token is None:
                self.warn(lt, "stray '<' read as text (write &lt; if it is meant as text)")
                self._text(lt, lt + 1)
                self.pos = lt + 1
                continue
            self.tokens.append(token)
            self.pos = token.end
            if token.kind == "start" and token.name in RAW_TEXT and not token.self_closing:
                self._raw_text(token)
        return self.tokens

    def _text(self, start: int, end: int) -> None:
        if end <= start:
            return
        last = self.tokens[-1] if self.tokens else None
        if last is not None and last.kind == "text" and last.end == start:
            self.tokens[-1] = Token("text", last.start, end)
        else:
            self.tokens.append(Token("text", start, end))

    def _raw_text(self, opener: Token) -> None:
        closer = re.compile(rf"</{re.escape(opener.name)}[\s/>]", re.IGNORECASE)
        match = closer.search(self.text, self.pos, self.end)
        stop = match.start() if match else self.end
        if match is None:
            self.warn(opener.start, f"<{opener.name}> is never closed; the rest of the text is skipped")
        if stop > self.pos:
            self.tokens.append(Token("raw", self.pos, stop, opener.name))
        self.pos = stop

    def _markup(self, lt: int) -> Token | None:
        text, end = self.text, self.end
        nxt = text[lt + 1:lt + 2]
        if text.startswith("<!--", lt):
            return self._comment(lt)
        if nxt in ("!", "?"):
            return self._until_gt(lt, "other", "declaration")
        if nxt == "/":
            after = text[lt + 2:lt + 3]
            if after.isascii() and after.isalpha():
                return self._tag(lt, lt + 2, "end")
            if after == ">":
                return Token("other", lt, lt + 3)
            if lt + 2 >= end:
                return None
            return self._until_gt(lt, "other", "end tag")
        if nxt.isascii() and nxt.isalpha():
            return self._tag(lt, lt + 1, "start")
        return None

    def _comment(self, lt: int) -> Token:
        body = lt + 4
        for empty in ("<!-->", "<!--->"):
            if self.text.startswith(empty, lt):
                return Token("comment", lt, lt + len(empty))
        close = self.text.find("-->", body, self.end)
        if close < 0:
            bang = self.text.find("--!>", body, self.end)
            if bang >= 0:
                return Token("comment", lt, bang + 4)
            self.warn(lt, "comment '<!--' is never closed with '-->'; the rest of the text is skipped")
            return Token("comment", lt, self.end)
        return Token("comment", lt, close + 3)

    def _until_gt(self, lt: int, kind: str, what: str) -> Token:
        gt = self.text.find(">", lt + 1, self.end)
        if gt < 0:
            self.warn(lt, f"{what} starting here is never closed with '>'; the rest of the text is skipped")
            return Token(kind, lt, self.end)
        return Token(kind, lt, gt + 1)

    def _tag(self, lt: int, name_start: int, kind: str) -> Token:
        text, end = self.text, self.end
        match = _NAME_END.search(text, name_start, end)
        name_end = match.start() if match else end
        name = text[name_start:name_end].lower()
        pos, attributes, self_closing = name_end, [], False
        while True:
            while pos < end and text[pos] in _SPACE:
                pos += 1
            if pos >= end:
                self.warn(lt, f"tag <{'/' if kind == 'end' else ''}{name} is never closed with '>'; "
                          "the rest of the text is skipped")
                return Token("other", lt, end)
            if text[pos] == ">":
                pos += 1
                break
            if text.startswith("/>", pos):
                self_closing, pos = True, pos + 2
                break
            if text[pos] == "/":
                pos += 1
                continue
            attribute, pos = self._attribute(pos)
            if attribute is None:
                self.warn(lt, f"attribute value in <{name}> is never closed; the rest of the text is skipped")
                return Token("other", lt, end)
            attributes.append(attribute)
        if kind == "end":
            return Token("end", lt, pos, name)
        return Token("start", lt, pos, name, tuple(attributes), self_closing)

    def _attribute(self, pos: int) -> tuple[Attribute | None, int]:
        text, end = self.text, self.end
        match = _ATTR_NAME_END.search(text, pos + 1, end)
        name_end = match.start() if match else end
        name = text[pos:name_end].lower()
        pos = name_end
        while pos < end and text[pos] in _SPACE:
            pos += 1
        if pos >= end or text[pos] != "=":
            return Attribute(name, pos, pos), pos
        pos += 1
        while pos < end and text[pos] in _SPACE:
            pos += 1
        if pos < end and text[pos] in "\"'":
            close = text.find(text[pos], pos + 1, end)
            if close < 0:
                return None, end
            return Attribute(name, pos + 1, close), close + 1
        match = _UNQUOTED_END.search(text, pos, end)
        value_end = match.start() if match else end
        return Attribute(name, pos, value_end), value_end
