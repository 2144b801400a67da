"""``type: occurrence``: too many (or too few) tokens in a sentence, a paragraph or the document.

Vale's occurrence check with German units: ``scope`` is ``sentence``, ``paragraph``
or ``document``; ``token`` a regular expression (default: words, numbers included,
"3,5" and "E-Mail" one each); ``max`` and/or ``min`` the limits. A sentence or
paragraph that breaks a limit is flagged whole, its final punctuation included.
In ``document`` scope ``max`` flags the first token past the limit, and ``min``
flags the whole prose (there is no one place where the missing tokens belong).
Sentences and paragraphs come from :mod:`linter.sentences`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

import regex

from linter import sentences
from linter.rule_types import words
from linter.rule_types.base import Hit, Rule, remaining
from linter.rule_types.limits import check_limit_placeholders, format_number, read_choice, read_limits, whole
from linter.rule_types.pattern import compile_pattern
from linter.rule_types.spec import Section

SCOPES = ("sentence", "paragraph", "document")
DEFAULT_TOKEN = regex.compile(words.TOKEN)


@dataclass(eq=False)
class OccurrenceRule(Rule):
    """Flags each unit of ``scope`` whose count of ``token`` is above ``max`` or below ``min``."""

    scope: str = "sentence"
    token: regex.Pattern = DEFAULT_TOKEN
    max: int | None = None
    min: int | None = None

    type: ClassVar[str] = "occurrence"
    KEYS: ClassVar[frozenset[str]] = frozenset({"scope", "token", "max", "min"})
    PLACEHOLDERS: ClassVar[frozenset[str]] = frozenset({"count", "max", "min"})
    CAN_SUGGEST: ClassVar[bool] = False

    def prepare(self, text: str, deadline: float) -> None:
        """Split the sentences of the paragraphs that :meth:`hits` will look into."""
        if self.scope == "sentence":
            for paragraph in self._to_split(text, deadline):  # counted first, then split
                sentences.paragraph_sentences(text, paragraph)

    def _to_split(self, text: str, deadline: float) -> list[sentences.Span]:
        """The paragraphs whose sentences may break a limit (with only a max: those above it)."""
        spans = sentences.paragraph_spans(text)
        if self.min is not None:
            return list(spans)
        return [p for p in spans if self._count(text, p.start, p.end, deadline) > self.max]

    def hits(self, text: str, deadline: float) -> Iterator[Hit]:
        """Each unit over or under the limits; ``{count}`` is its number of tokens."""
        if self.scope == "document":
            yield from self._document(text, deadline)
            return
        if self.scope == "paragraph":
            for paragraph in sentences.paragraph_spans(text):
                count = self._count(text, paragraph.start, paragraph.end, deadline)
                if self._breaks(count):
                    yield self._hit(paragraph.start, paragraph.end, count)
            return
        for paragraph in self._to_split(text, deadline):  # a paragraph within max holds no sentence above it
            for sentence in sentences.paragraph_sentences(text, paragraph):
                count = self._count(text, sentence.start, sentence.end, deadline)
                if self._breaks(count):
                    yield self._hit(sentence.start, sentence.end, count)

    def _document(self, text: str, deadline: float) -> Iterator[Hit]:
        """The token past ``max``, or the whole prose when there are fewer than ``min``."""
        count, past = 0, None
        for m in self.token.finditer(text, timeout=remaining(deadline)):
            if m.end() == m.start():
                continue
            count += 1
            if self.max is not None and count == self.max + 1:
                past = m
        if past is not None:
            yield self._hit(past.start(), past.end(), count)
        elif self.min is not None and count < self.min:
            yield self._hit(*whole(text), count)

    def _count(self, text: str, start: int, end: int, deadline: float) -> int:
        """Non-empty tokens in ``text[start:end]``."""
        return sum(1 for m in self.token.finditer(text, start, end, timeout=remaining(deadline)) if m.end() > m.start())

    def _breaks(self, count: int) -> bool:
        return (self.max is not None and count > self.max) or (self.min is not None and count < self.min)

    def _hit(self, start: int, end: int, count: int) -> Hit:
        fields = {"count": str(count), "max": format_number(self.max), "min": format_number(self.min)}
        return Hit(start, end, (), fields)

    @classmethod
    def from_spec(cls, common: dict[str, Any], section: Section) -> "OccurrenceRule | None":
        """Read ``scope``, ``token``, ``max`` and ``min``."""
        scope = read_choice(section, "scope", SCOPES)
        token = read_token(section)
        limits = read_limits(section, integer=True)
        if limits is None or not check_limit_placeholders(section, common.get("message"), dict(zip(("min", "max"), limits))):
            return None
        if scope is None or token is None or any(v is None for v in common.values()):
            return None
        return cls(**common, scope=scope, token=token, min=limits[0], max=limits[1])


def read_token(section: Section) -> regex.Pattern | None:
    """The ``token`` pattern (default: words); it must compile and must not match empty text."""
    source = section.text("token")
    if source is None:
        return None if section.has("token") else DEFAULT_TOKEN
    return compile_pattern(source, 0, section, "token")
