"""``type: substitution``: whole words (or phrases) that should be written another way.

``swap`` maps each wrong form to the right one (or to a list of suggestions, best
first). Matching is case-aware: a key written in lower case also matches with a
capital first letter (sentence start) and the suggestion then gets the capital
too; ``ignorecase: true`` matches any casing and carries ALL CAPS over as well.
Words are German words: a key never matches inside a longer word, and by default
not as part of a hyphenated compound ("Email" stays quiet in "Email-Adresse");
``compounds: true`` lets it match there too. ``swap_file`` takes more entries from
an editors' TSV/CSV list (:mod:`linter.rule_types.wordlist`); all entries are found
in one pass (:mod:`linter.rule_types.lexicon`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar

from yaml.nodes import SequenceNode

from linter.rule_types.base import Hit, Rule, remaining
from linter.rule_types.example_spec import CLOSE, OPEN
from linter.rule_types.lexicon import Lexicon
from linter.rule_types.spec import Section, expect_text, text_list
from linter.rule_types.wordlist import read_entries


@dataclass(eq=False)
class SubstitutionRule(Rule):
    """Flags every wrong form in ``swap`` and suggests its right forms."""

    swap: dict[str, tuple[str, ...]] = None  # type: ignore[assignment]
    ignorecase: bool = False
    compounds: bool = False
    notes: dict[str, str] = field(default_factory=dict)  # wrong form -> the list's note on it
    lexicon: Lexicon = field(init=False, default=None)  # type: ignore[assignment]

    type: ClassVar[str] = "substitution"
    KEYS: ClassVar[frozenset[str]] = frozenset({"swap", "swap_file", "ignorecase", "compounds"})
    PLACEHOLDERS: ClassVar[frozenset[str]] = frozenset({"note"})

    def __post_init__(self) -> None:
        self.lexicon = Lexicon(list(self.swap), self.ignorecase, self.compounds)

    def hits(self, text: str, deadline: float) -> Iterator[Hit]:
        """Each wrong form whose casing is accepted, with suggestions in the matching case."""
        remaining(deadline)
        for found in self.lexicon.find(text):
            written = text[found.start:found.end]
            suggestions = tuple(carry_case(written, found.key, right) for right in self.swap[found.key])
            yield Hit(found.start, found.end, suggestions, {"note": self.notes.get(found.key, "")})

    @classmethod
    def from_spec(cls, common: dict[str, Any], section: Section) -> "SubstitutionRule | None":
        """Read ``swap`` (wrong -> right or [right, ...]) and/or ``swap_file``, and the matching options."""
        entries = read_entries(section, "swap", read_swap, common["path"].parent, two_way=False)
        ignorecase = section.boolean("ignorecase", False)
        compounds = section.boolean("compounds", False)
        if entries is None or any(v is None for v in common.values()):
            return None
        swap, listed = entries
        rights = {**swap, **{e.left: (e.right,) for e in listed}}
        notes = {e.left: e.note for e in listed if e.note}
        return cls(**common, swap=rights, ignorecase=ignorecase, compounds=compounds, notes=notes)


def carry_case(found: str, key: str, right: str) -> str:
    """Give the suggestion the casing the writer used: ALL CAPS, or a capital first letter."""
    letters = [c for c in found if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters) and not key.isupper():
        return right.upper()
    if found[:1].isupper() and key[:1].islower():
        return right[:1].upper() + right[1:]
    return right


def read_swap(section: Section) -> dict[str, tuple[str, ...]] | None:
    """The swap mapping; keys and suggestions are non-empty text, no key equal to its suggestion.

    Also read by ``type: pattern``, whose ``swap`` maps a whole match to its suggestions."""
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
