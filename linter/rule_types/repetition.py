"""``type: repetition``: the same word twice in a row ("die die"), a classic slip at line ends.

Two words count as doubled when they are equal ignoring case and only whitespace
lies between them, at most one line break (a blank line ends the paragraph, a
full stop or comma ends the pair). Numbers and one-letter words are left alone,
hyphenated compounds are one word ("Baden-Baden"). The flagged span is the gap
plus the second word, and the suggestion deletes it, so "Die die Kinder" becomes
"Die Kinder" with the capital kept.

German doubles some words on purpose ("Frauen, die die Kinder betreuen", "ob sie
sie kennt"); ``exceptions`` lists such words, optionally only in a context.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

import regex
from yaml.nodes import MappingNode

from linter.rule_types import words
from linter.rule_types.base import Hit, Rule, remaining, search_all
from linter.rule_types.spec import Section, kind_of, text_list

# The first word, then (without consuming it, so "die die die" gives two hits) the
# gap and the same word again as a whole word.
DOUBLE = regex.compile(
    rf"{words.START_OF_WORD}(?P<word>{words.WORD})(?=(?P<gap>{words.GAP})(?P<again>(?P=word)){words.END_OF_WORD})",
    regex.IGNORECASE,
)

LOOK_BACK = 300  # characters a preceded_by pattern can see before the pair


@dataclass(frozen=True)
class Exception_:
    """Doubling of ``words`` is fine when the text before/after the pair matches the given patterns."""

    words: frozenset[str]
    preceded_by: regex.Pattern | None = None  # must match right up to the first word
    followed_by: regex.Pattern | None = None  # must match right after the second word

    def allows(self, text: str, m: regex.Match, deadline: float) -> bool:
        """True when this exception covers the double found by ``m``."""
        if m.group("word").lower() not in self.words:
            return False
        if self.preceded_by is not None:
            # A bounded look back keeps each check cheap on long texts.
            start = max(0, m.start() - LOOK_BACK)
            if not self.preceded_by.search(text, start, m.start(), timeout=remaining(deadline)):
                return False
        if self.followed_by is not None:
            if not self.followed_by.match(text, m.end("again"), timeout=remaining(deadline)):
                return False
        return True


@dataclass(eq=False)
class RepetitionRule(Rule):
    """Flags a word repeated right after itself; suggests deleting the repetition."""

    exceptions: tuple[Exception_, ...] = ()

    type: ClassVar[str] = "repetition"
    KEYS: ClassVar[frozenset[str]] = frozenset({"exceptions"})
    PLACEHOLDERS: ClassVar[frozenset[str]] = frozenset({"word"})

    def hits(self, text: str, deadline: float) -> Iterator[Hit]:
        """Each doubled word not covered by an exception; ``{word}`` is the word as first written."""
        for m in search_all(DOUBLE, text, deadline):
            word = m.group("word")
            # One-letter words double in enumerations and initials ("Gruppe A A-Jugend").
            if len(word) < 2 or any(e.allows(text, m, deadline) for e in self.exceptions):
                continue
            yield Hit(m.start("gap"), m.end("again"), ("",), {"word": word})

    @classmethod
    def from_spec(cls, common: dict[str, Any], section: Section) -> "RepetitionRule | None":
        """Read the optional ``exceptions`` list."""
        nodes = section.sequence("exceptions")
        if section.has("exceptions") and nodes is None:
            return None
        exceptions = [_read_exception(n, i, section) for i, n in enumerate(nodes or [], 1)]
        if any(e is None for e in exceptions) or any(v is None for v in common.values()):
            return None
        return cls(**common, exceptions=tuple(exceptions))  # type: ignore[arg-type]


def _read_exception(node: Any, index: int, section: Section) -> Exception_ | None:
    """One exception: ``words`` (required) and optional ``preceded_by`` / ``followed_by`` patterns."""
    key = f"exceptions[{index}]"
    if not isinstance(node, MappingNode):
        section.problems.add(node, key, f"expected a mapping with words (and preceded_by/followed_by), got {kind_of(node)}")
        return None
    item = Section(node, section.problems, key)
    item.check_keys({"words", "preceded_by", "followed_by"})
    nodes = item.sequence("words", required=True)
    values = text_list(nodes, item.key("words"), section.problems) if nodes is not None else None
    if nodes == []:
        section.problems.add(item.key_node("words"), item.key("words"), "needs at least one word")
        values = None
    before = _context(item, "preceded_by", r"(?:{})\Z")
    after = _context(item, "followed_by", r"(?:{})")
    if values is None or before is False or after is False:
        return None
    return Exception_(frozenset(v.lower() for v in values), before or None, after or None)


def _context(item: Section, name: str, wrap: str) -> regex.Pattern | None | bool:
    """Compile a context pattern; None when absent, False when invalid (already reported)."""
    source = item.text(name)
    if source is None:
        return False if item.has(name) else None
    try:
        return regex.compile(wrap.format(source))
    except regex.error as exc:
        item.problems.add(item.key_node(name), item.key(name), f"invalid regular expression: {exc}")
        return False
