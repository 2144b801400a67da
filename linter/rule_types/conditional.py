"""``type: conditional``: what one pattern finds must be found by another somewhere in the story.

Vale's conditional check: every key (group 1) that ``first`` finds must also be
found (as group 1) by ``second`` somewhere in the document, before or after.
The typical use: an abbreviation is spelled out once, "Organisation für das
Verbot chemischer Waffen (OPCW)", before "die OPCW" may stand alone.
``exceptions`` lists keys that need no second match ("USA", "EU"). Each
occurrence of a key that ``second`` never finds is flagged: the span of its
group 1.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

import regex

from linter.rule_types.base import Hit, Rule, search_all
from linter.rule_types.pattern import compile_pattern
from linter.rule_types.spec import Section, text_list


@dataclass(eq=False)
class ConditionalRule(Rule):
    """Flags each key found by ``first`` that ``second`` finds nowhere in the text."""

    first: regex.Pattern = None  # type: ignore[assignment]
    second: regex.Pattern = None  # type: ignore[assignment]
    exceptions: frozenset[str] = frozenset()

    type: ClassVar[str] = "conditional"
    KEYS: ClassVar[frozenset[str]] = frozenset({"first", "second", "exceptions"})
    CAN_SUGGEST: ClassVar[bool] = False

    def hits(self, text: str, deadline: float) -> Iterator[Hit]:
        """The group-1 span of every ``first`` match whose key has no ``second`` match."""
        known = {m.group(1) for m in search_all(self.second, text, deadline) if m.group(1)}
        for m in search_all(self.first, text, deadline):
            key = m.group(1)
            if key and key not in known and key not in self.exceptions:
                yield Hit(m.start(1), m.end(1))

    @classmethod
    def from_spec(cls, common: dict[str, Any], section: Section) -> "ConditionalRule | None":
        """Compile ``first`` and ``second`` (each with a group 1) and read ``exceptions``."""
        first = _keyed_pattern(section, "first")
        second = _keyed_pattern(section, "second")
        exceptions = _read_exceptions(section)
        if first is None or second is None or exceptions is None or any(v is None for v in common.values()):
            return None
        return cls(**common, first=first, second=second, exceptions=exceptions)


def _keyed_pattern(section: Section, key: str) -> regex.Pattern | None:
    """A required pattern whose group 1 captures the key."""
    source = section.text(key, required=True)
    compiled = compile_pattern(source, 0, section, key) if source is not None else None
    if compiled is not None and compiled.groups < 1:
        section.problems.add(section.key_node(key), key, "needs a group (...): group 1 is the key the two patterns share")
        return None
    return compiled


def _read_exceptions(section: Section) -> frozenset[str] | None:
    """Keys that need no second match; empty when absent."""
    nodes = section.sequence("exceptions")
    if nodes is None:
        return None if section.has("exceptions") else frozenset()
    values = text_list(nodes, "exceptions", section.problems)
    return frozenset(values) if values is not None else None
