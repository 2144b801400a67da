"""``type: substitution``: whole words (or phrases) that should be written another way.

``swap`` maps each wrong form to the right one (or to a list of suggestions, best
first). Matching is case-aware: a key written in lower case also matches with a
capital first letter (sentence start) and the suggestion then gets the capital
too; ``ignorecase: true`` matches any casing and carries ALL CAPS over as well.
Words are German words: a key never matches inside a longer word, and by default
not as part of a hyphenated compound ("Email" stays quiet in "Email-Adresse");
``compounds: true`` lets it match there too.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar

import regex
from yaml.nodes import SequenceNode

from linter.rule_types import words
from linter.rule_types.base import Hit, Rule, search_all
from linter.rule_types.example_spec import CLOSE, OPEN
from linter.rule_types.spec import Section, expect_text, text_list


@dataclass(eq=False)
class SubstitutionRule(Rule):
    """Flags every wrong form in ``swap`` and suggests its right forms."""

    swap: dict[str, tuple[str, ...]] = None  # type: ignore[assignment]
    ignorecase: bool = False
    compounds: bool = False
    pattern: regex.Pattern = field(init=False, default=None)  # type: ignore[assignment]

    type: ClassVar[str] = "substitution"
    KEYS: ClassVar[frozenset[str]] = frozenset({"swap", "ignorecase", "compounds"})

    def __post_init__(self) -> None:
        self.pattern = build_pattern(list(self.swap), self.compounds)
        # Lower-cased keys find the entry for a match found case-insensitively.
        self._by_lower = {key.lower(): key for key in self.swap}

    def hits(self, text: str, deadline: float) -> Iterator[Hit]:
        """Each wrong form whose casing is accepted, with suggestions in the matching case."""
        for m in search_all(self.pattern, text, deadline):
            found = m.group()
            key = self._key_for(found)
            if key is not None:
                suggestions = tuple(carry_case(found, key, right) for right in self.swap[key])
                yield Hit(m.start(), m.end(), suggestions)

    def _key_for(self, found: str) -> str | None:
        """The swap key ``found`` stands for, or None when its casing does not qualify."""
        found = normalise_gaps(found)
        key = self._by_lower.get(found.lower())
        if key is None:
            return None
        if self.ignorecase or found == key:
            return key
        if key[0].islower() and found == key[0].upper() + key[1:]:
            return key  # sentence start
        return None

    @classmethod
    def from_spec(cls, common: dict[str, Any], section: Section) -> "SubstitutionRule | None":
        """Read ``swap`` (wrong -> right or [right, ...]) and the matching options."""
        swap = _read_swap(section)
        ignorecase = section.boolean("ignorecase", False)
        compounds = section.boolean("compounds", False)
        if swap is None or any(v is None for v in common.values()):
            return None
        return cls(**common, swap=swap, ignorecase=ignorecase, compounds=compounds)


def build_pattern(keys: list[str], compounds: bool) -> regex.Pattern:
    """One alternation of all keys, longest first so the longest phrase wins, with German word edges."""
    start, end = (words.START_OF_PART, words.END_OF_PART) if compounds else (words.START_OF_WORD, words.END_OF_WORD)
    # Casing is decided per match in Python (see _key_for), so search case-insensitively.
    alternatives = "|".join(_key_regex(k) for k in sorted(keys, key=len, reverse=True))
    return regex.compile(rf"{start}(?:{alternatives}){end}", regex.IGNORECASE)


def _key_regex(key: str) -> str:
    """A key as regex: literal text, each space matching any gap within a paragraph (line breaks too)."""
    return words.GAP.join(regex.escape(part) for part in key.split(" "))


def normalise_gaps(found: str) -> str:
    """Collapse the whitespace inside a matched phrase to single spaces, to look it up."""
    return " ".join(found.split())


def carry_case(found: str, key: str, right: str) -> str:
    """Give the suggestion the casing the writer used: ALL CAPS, or a capital first letter."""
    letters = [c for c in found if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters) and not key.isupper():
        return right.upper()
    if found[:1].isupper() and key[:1].islower():
        return right[:1].upper() + right[1:]
    return right


def _read_swap(section: Section) -> dict[str, tuple[str, ...]] | None:
    """The swap mapping; keys and suggestions are non-empty text, no key equal to its suggestion."""
    node = section.mapping("swap", required=True)
    if node is None:
        return None
    swap_section = Section(node, section.problems, "swap")
    if not swap_section.entries:
        section.problems.add(section.key_node("swap"), "swap", "needs at least one entry")
        return None
    result: dict[str, tuple[str, ...]] = {}
    seen_lower: dict[str, str] = {}
    for key, (key_node, value_node) in swap_section.entries.items():
        name = f"swap.{key}"
        rights = _read_rights(value_node, name, section)
        problem = _key_problem(key, rights, seen_lower)
        if problem:
            section.problems.add(key_node, name, problem)
        elif rights is not None:
            result[key] = rights
            seen_lower[key.lower()] = key
    return result if len(result) == len(swap_section.entries) else None


def _read_rights(node: Any, name: str, section: Section) -> tuple[str, ...] | None:
    """One suggestion (text) or several (a list of text, best first)."""
    if isinstance(node, SequenceNode):
        values = text_list(list(node.value), name, section.problems)
        if values == []:
            section.problems.add(node, name, "needs at least one suggestion")
            return None
        return tuple(values) if values is not None else None
    value = expect_text(node, name, section.problems)
    return (value,) if value is not None else None


def _key_problem(key: str, rights: tuple[str, ...] | None, seen_lower: dict[str, str]) -> str | None:
    """Why a swap key is unusable, or None."""
    if not key.strip() or key != key.strip():
        return "a wrong form must not be empty or start or end with a space"
    if OPEN in key or CLOSE in key:
        return f"a wrong form must not contain {OPEN} or {CLOSE}"
    if key.lower() in seen_lower:
        return f"same word as {seen_lower[key.lower()]!r} apart from case; keys are matched case-insensitively"
    if rights is not None and key in rights:
        return "the suggestion is the same as the wrong form"
    return None
