"""``type: readability``: a paragraph (or the whole story) scores outside the house's range.

``formula`` is ``amstad`` (reading ease, higher is easier) or
``wiener-sachtextformel`` (a school grade, higher is harder), see
:mod:`linter.readability`; ``scope`` is ``paragraph`` or ``document``; ``min``
and/or ``max`` bound the score. A paragraph out of range is flagged whole; in
``document`` scope the whole prose is. Units of fewer than ``min_words`` words
(default 30) are not scored: on a headline or a one-line item the formulas say
nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

from linter import readability, sentences
from linter.rule_types.base import Hit, Rule, remaining
from linter.rule_types.limits import (
    _UNSET, check_limit_placeholders, format_number, read_choice, read_limits, read_number, whole,
)
from linter.rule_types.spec import Section

SCOPES = ("paragraph", "document")
DEFAULT_MIN_WORDS = 30


@dataclass(eq=False)
class ReadabilityRule(Rule):
    """Flags each unit of ``scope`` whose ``formula`` score is below ``min`` or above ``max``."""

    formula: str = "amstad"
    scope: str = "paragraph"
    min: float | None = None
    max: float | None = None
    min_words: int = DEFAULT_MIN_WORDS

    type: ClassVar[str] = "readability"
    KEYS: ClassVar[frozenset[str]] = frozenset({"formula", "scope", "min", "max", "min_words"})
    PLACEHOLDERS: ClassVar[frozenset[str]] = frozenset({"score", "min", "max"})
    CAN_SUGGEST: ClassVar[bool] = False

    def prepare(self, text: str, deadline: float) -> None:
        """Split and count (syllables too) every paragraph long enough to be scored."""
        for paragraph in self._paragraphs(text):
            readability.paragraph_counts(text, paragraph)

    def _paragraphs(self, text: str) -> list[sentences.Span]:
        spans = sentences.paragraph_spans(text)
        if self.scope == "document":
            return list(spans)
        return [p for p in spans if len(readability.WORD.findall(text, p.start, p.end)) >= self.min_words]

    def hits(self, text: str, deadline: float) -> Iterator[Hit]:
        """Each paragraph (or the document) out of range; ``{score}`` is its score."""
        units = []
        for paragraph in self._paragraphs(text):
            remaining(deadline)
            units.append((paragraph, readability.paragraph_counts(text, paragraph)))
        if self.scope == "document":
            total = sum((c for _, c in units), readability.Counts())
            units = [(sentences.Span(*whole(text)), total)] if total.words >= self.min_words else []
        for span, counts in units:
            value = readability.score(self.formula, counts)
            if value is None:
                continue
            if (self.min is not None and value < self.min) or (self.max is not None and value > self.max):
                fields = {"score": format_number(round(value, 1)), "min": format_number(self.min),
                          "max": format_number(self.max)}
                yield Hit(span.start, span.end, (), fields)

    @classmethod
    def from_spec(cls, common: dict[str, Any], section: Section) -> "ReadabilityRule | None":
        """Read ``formula``, ``scope``, the limits and ``min_words``."""
        formula = read_choice(section, "formula", readability.FORMULAS)
        scope = read_choice(section, "scope", SCOPES)
        limits = read_limits(section, integer=False)
        min_words = read_number(section, "min_words", integer=True)
        if limits is None or not check_limit_placeholders(section, common.get("message"), dict(zip(("min", "max"), limits))):
            return None
        if min_words is _UNSET or formula is None or scope is None or any(v is None for v in common.values()):
            return None
        return cls(**common, formula=formula, scope=scope, min=limits[0], max=limits[1],
                   min_words=DEFAULT_MIN_WORDS if min_words is None else min_words)
