"""``type: agreement``: subject and finite verb disagree in number at a sentence's opening.

The rule has no keys of its own: what it checks is :mod:`linter.morphology.agreement`, with
the readings of LanguageTool's German dictionary (:mod:`linter.morphology.lexicon`). The
message may name ``{subject}`` (the noun phrase) and ``{number}`` ("Singular" or "Plural");
``{replacement}`` is the verb in the subject's number.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

from linter.morphology.agreement import disagreements
from linter.morphology.lexicon import LexiconUnavailable, german_lexicon
from linter.rule_types.base import Hit, Rule, RuleUnavailable, remaining
from linter.rule_types.spec import Section


@dataclass(eq=False)
class AgreementRule(Rule):
    """Flags the finite verb after a sentence-opening subject of the other number."""

    type: ClassVar[str] = "agreement"
    KEYS: ClassVar[frozenset[str]] = frozenset()
    PLACEHOLDERS: ClassVar[frozenset[str]] = frozenset({"subject", "number"})

    def hits(self, text: str, deadline: float) -> Iterator[Hit]:
        """Each disagreeing verb, with the verb in the subject's number as the suggestion."""
        try:
            lexicon = german_lexicon()
        except LexiconUnavailable as exc:
            raise RuleUnavailable(self, str(exc)) from None
        for found in disagreements(text, lexicon):
            remaining(deadline)
            yield Hit(found.start, found.end, found.replacements,
                      {"subject": found.subject, "number": found.number})

    @classmethod
    def from_spec(cls, common: dict[str, Any], section: Section) -> "AgreementRule | None":
        """No keys beyond the common ones."""
        if any(v is None for v in common.values()):
            return None
        return cls(**common)
