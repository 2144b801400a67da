"""``type: name-variants``: one name, two spellings in one story ("Selenskyj" four times, "Selenski" once).

No list is needed: the story itself shows how it spells a name. A capitalised
word written once is flagged when another capitalised word, written at least
``min_count`` times, is one or two edits away (``max_distance``; at most one edit
per four letters, so short names need a closer match), starts with the same
two letters and is no inflection of it ("Selenskyjs" is the genitive, not a variant).

What tells a variant from a second person or place:

- **both spellings repeated**: two people ("Scholz" and "Schulz" each written
  several times); only a form written once can be a slip;
- **the same first name or role before both** ("Wolodymyr Selenskyj" ...
  "Wolodymyr Selenski"): the same person, flagged even when both spellings are
  real names;
- **different first names before them** ("Olaf Scholz", "Martin Schulz"): two people;
- **both spellings established** in wordfreq's list (Zipf 2 or more: "Maier" and
  "Meier", "Kiel" and "Kiew"): two names, unless the context above says otherwise;
- **a spelling nobody writes** (Zipf below 1.5: "Merkell", "Puttin") beside one
  the story repeats is a slip, whatever the frequent word is;
- otherwise the frequent form must look like a name (rarer than common
  vocabulary, Zipf below 3, or introduced as a name by a first name or role
  noun), so ordinary words ("Hause", "Häuser") stay out.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar

import regex

from linter.languagetool.suggestions import edit_distance
from linter.precision.frequency import COMMON_ZIPF, zipf
from linter.precision.names import context_evidence, first_names, is_role_noun
from linter.rule_types.base import Hit, Rule, remaining
from linter.rule_types.limits import _UNSET, read_number
from linter.rule_types.spec import Section

# A capitalised word of letters, not inside a longer word; hyphen compounds give their parts.
_CAPITALISED = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{Ll}\p{M}]+(?![\p{L}\p{M}])")
_GENITIVE = ("s", "'", "\u2019")
ESTABLISHED_ZIPF = 2.0  # written about once per ten million words: a spelling people use
UNWRITTEN_ZIPF = 1.5  # rarer than this, a spelling is practically never written on purpose


@dataclass
class _Form:
    """One spelling as the story uses it: where, and which word came right before each time."""

    occurrences: list[tuple[int, int]] = field(default_factory=list)
    before: set[str] = field(default_factory=set)


@dataclass(eq=False)
class NameVariantsRule(Rule):
    """Flags the one-off spelling of a name the story otherwise writes another way."""

    max_distance: int = 2
    min_count: int = 2
    min_length: int = 5

    type: ClassVar[str] = "name-variants"
    KEYS: ClassVar[frozenset[str]] = frozenset({"max_distance", "min_count", "min_length"})
    PLACEHOLDERS: ClassVar[frozenset[str]] = frozenset({"other", "count"})

    def prepare(self, text: str, deadline: float) -> None:
        """Load the frequency list and first names (once per process), find the names the story introduces."""
        zipf("Name")
        first_names()
        context_evidence(text)

    def hits(self, text: str, deadline: float) -> Iterator[Hit]:
        """Each one-off spelling with a frequent near-twin, suggesting the twin."""
        forms = self._forms(text)
        frequent = {w: f for w, f in forms.items() if len(f.occurrences) >= self.min_count}
        if not frequent:
            return
        evidence = context_evidence(text)
        # Variants share their first two letters ("Selenskyj"/"Selenski"; "Maier"/"Meier"
        # differ there and are two names anyway); bucketing keeps the comparisons few.
        by_start: dict[str, list[str]] = {}
        for word in frequent:
            by_start.setdefault(word[:2], []).append(word)
        for word, form in forms.items():
            remaining(deadline)
            if len(form.occurrences) != 1 or len(word) < self.min_length:
                continue
            other = self._twin(word, by_start.get(word[:2], ()))
            if other is not None and self._same_name(word, form, other, frequent[other], evidence):
                start, end = form.occurrences[0]
                ending = text[start + len(word):end]
                fields = {"other": other, "count": str(len(frequent[other].occurrences))}
                yield Hit(start, end, (other + ending,), fields)

    def _forms(self, text: str) -> dict[str, _Form]:
        """Every capitalised spelling, genitive forms counted with their base ("Selenskyjs" as "Selenskyj")."""
        found = [(m.group(), m.start(), m.end()) for m in _CAPITALISED.finditer(text)]
        words = {w for w, _, _ in found}
        forms: dict[str, _Form] = {}
        previous = None
        for word, start, end in found:
            base = word
            if word.endswith(_GENITIVE) and word[:-1] in words:
                base = word[:-1]
            form = forms.setdefault(base, _Form())
            form.occurrences.append((start, end))
            # The first name or role right before, when only a space separates them.
            if previous is not None and text[previous[1]:start].strip() == "" and _introduces(previous[0]):
                form.before.add(previous[0])
            previous = (word, end)
        return forms

    def _twin(self, word: str, candidates) -> str | None:
        """The closest frequent spelling within the edit limit, or None."""
        best = None
        for other in candidates:
            limit = min(self.max_distance, len(other) // 4)
            if abs(len(other) - len(word)) > limit or _inflected(word, other):
                continue
            distance = edit_distance(word, other)
            if 0 < distance <= limit and (best is None or distance < best[0]):
                best = (distance, other)
        return best[1] if best else None

    @staticmethod
    def _same_name(word: str, form: _Form, other: str, other_form: _Form, evidence: frozenset[str]) -> bool:
        """Whether the one-off ``word`` is ``other`` misspelt, or a second name (see the module docstring)."""
        if form.before & other_form.before:
            return True  # the same first name or role before both
        given = first_names()
        if any(w in given for w in other_form.before) and any(w in given for w in form.before):
            return False  # different first names: two people
        if zipf(word) >= ESTABLISHED_ZIPF and zipf(other) >= ESTABLISHED_ZIPF:
            return False  # two spellings people write: two names
        if zipf(word) < UNWRITTEN_ZIPF:
            return True  # a spelling nobody writes beside one the story repeats: a slip
        return other in evidence or zipf(other) < COMMON_ZIPF or any(w in given for w in other_form.before)

    @classmethod
    def from_spec(cls, common: dict[str, Any], section: Section) -> "NameVariantsRule | None":
        """Read the optional thresholds."""
        values = {}
        for name, low, high, default in (("max_distance", 1, 3, 2), ("min_count", 2, 100, 2), ("min_length", 3, 20, 5)):
            value = read_number(section, name, integer=True)
            if value is _UNSET:
                return None
            if value is not None and not low <= value <= high:
                section.problems.add(section.key_node(name), name, f"must be between {low} and {high}, got {value}")
                return None
            values[name] = default if value is None else value
        if any(v is None for v in common.values()):
            return None
        return cls(**common, **values)


def _introduces(word: str) -> bool:
    """True for a first name or a role noun: the words that say whose name follows."""
    return word in first_names() or is_role_noun(word)


def _inflected(a: str, b: str) -> bool:
    """True when one spelling is the other with a German case ending (Bundestag, Bundestags, Bundestages)."""
    short, long = sorted((a, b), key=len)
    return long.startswith(short) and long[len(short):] in ("s", "es", "n", "en", "e", "ns")
