"""``type: consistency``: one story, one spelling: "Kiew" and "Kyjiw" are not both used.

``either`` maps each spelling to its alternative (``Kiew: Kyjiw``), ``either_file``
takes more pairs from an editors' TSV/CSV list. When a document uses both
spellings of a pair, the one used less often is flagged, every occurrence of it
(on a tie the one that appears later), and the other is suggested. Inflected
forms count as the same spelling: an alternative followed by a German case
ending ``-s``, ``-es``, ``-n``, ``-en``, ``-ns`` or an apostrophe (genitive
"Kiews", "Paris'") is the same word; the flagged span includes the ending and
the suggestion carries it over ("Kiews" -> "Kyjiws"). Derived words ("Kiewer")
are other words and are not counted.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar

from linter.rule_types.base import Hit, Rule, remaining
from linter.rule_types.example_spec import CLOSE, OPEN
from linter.rule_types.lexicon import Found, Lexicon, fold_key
from linter.rule_types.spec import Section, expect_text
from linter.rule_types.substitution import carry_case
from linter.rule_types.wordlist import Entry, read_entries

ENDINGS = ("es", "en", "ns", "s", "n", "'", "\u2019")  # longest first


@dataclass(eq=False)
class ConsistencyRule(Rule):
    """Flags the rarer spelling of each pair that a document uses both ways."""

    pairs: tuple[Entry, ...] = ()
    ignorecase: bool = False
    inflections: bool = True
    lexicon: Lexicon = field(init=False, default=None)  # type: ignore[assignment]

    type: ClassVar[str] = "consistency"
    KEYS: ClassVar[frozenset[str]] = frozenset({"either", "either_file", "ignorecase", "inflections"})
    PLACEHOLDERS: ClassVar[frozenset[str]] = frozenset({"other", "note"})

    def __post_init__(self) -> None:
        # Each spelling -> (pair index, side 0 or 1).
        self._side = {}
        for i, pair in enumerate(self.pairs):
            self._side[pair.left] = (i, 0)
            self._side[pair.right] = (i, 1)
        self.lexicon = Lexicon(list(self._side), self.ignorecase)

    def hits(self, text: str, deadline: float) -> Iterator[Hit]:
        """Every occurrence of the rarer spelling of each pair the text uses both ways."""
        uses: dict[int, tuple[list[Found], list[Found]]] = {}
        for found in self.lexicon.find(text, self._end):
            index, side = self._side[found.key]
            uses.setdefault(index, ([], []))[side].append(found)
        remaining(deadline)
        for index, (left, right) in uses.items():
            if not left or not right:
                continue
            pair = self.pairs[index]
            # The rarer one; on a tie the one that came in later.
            flag_right = len(right) < len(left) or (len(right) == len(left) and right[0].start > left[0].start)
            flagged, other = (right, pair.left) if flag_right else (left, pair.right)
            for found in flagged:
                yield self._hit(text, found, other, pair.note)

    def _hit(self, text: str, found: Found, other: str, note: str) -> Hit:
        """A hit on one occurrence, suggesting the other spelling with the same ending."""
        written = text[found.start:found.end]
        ending = next((e for e in ENDINGS if written.endswith(e) and fold_key(written[:-len(e)]) == fold_key(found.key)), "")
        stem = written[:len(written) - len(ending)]
        suggestion = carry_case(stem, found.key, other) + ending
        return Hit(found.start, found.end, (suggestion,), {"other": other, "note": note})

    def _end(self, text: str, start: int, end: int, key: str) -> int | None:
        """Where the word ends: after an inflection ending when one follows, else at ``end``."""
        if self.inflections and key[-1:].isalpha():
            for ending in ENDINGS:
                if text.startswith(ending, end) and self.lexicon.ends_word(text, end + len(ending)):
                    return end + len(ending)
        return end if self.lexicon.ends_word(text, end) else None

    @classmethod
    def from_spec(cls, common: dict[str, Any], section: Section) -> "ConsistencyRule | None":
        """Read ``either`` and/or ``either_file`` and the matching options."""
        entries = read_entries(section, "either", _read_either, common["path"].parent, two_way=True)
        ignorecase = section.boolean("ignorecase", False)
        inflections = section.boolean("inflections", True)
        if entries is None or any(v is None for v in common.values()):
            return None
        either, listed = entries
        pairs = [Entry(a, b, "", str(common["path"]), section.line("either")) for a, b in either.items()] + listed
        return cls(**common, pairs=tuple(pairs), ignorecase=ignorecase, inflections=inflections)


def _read_either(section: Section) -> dict[str, str] | None:
    """The ``either`` mapping: spelling -> alternative, no spelling in two pairs."""
    node = section.mapping("either", required=True)
    if node is None:
        return None
    pairs = Section(node, section.problems, "either")
    if not pairs.entries:
        section.problems.add(section.key_node("either"), "either", "needs at least one pair")
        return None
    result: dict[str, str] = {}
    seen: dict[str, str] = {}
    for key, (key_node, value_node) in pairs.entries.items():
        name = f"either.{key}"
        other = expect_text(value_node, name, section.problems)
        problem = None
        if other is None:
            continue
        for form in (key, other):
            if not form.strip() or form != form.strip():
                problem = "a spelling must not be empty or start or end with a space"
            elif OPEN in form or CLOSE in form:
                problem = f"a spelling must not contain {OPEN} or {CLOSE}"
            elif form.lower() in seen:
                problem = f"{form!r} is already in the pair of {seen[form.lower()]!r}; each spelling belongs to one pair"
            if problem:
                break
        if problem is None and key == other:
            problem = "both spellings are the same"
        if problem:
            section.problems.add(key_node, name, problem)
            continue
        seen[key.lower()] = seen[other.lower()] = key
        result[key] = other
    return result if len(result) == len(pairs.entries) else None
