"""``type: agreement`` and ``type: infinitive``: grammar checks that read LanguageTool's dictionary.

Neither has keys of its own: what they check is in :mod:`linter.morphology`, with the readings
of LanguageTool's German dictionary (:mod:`linter.morphology.lexicon`); a rule that cannot
read it is skipped with a warning (:class:`~linter.rule_types.base.RuleUnavailable`).

* ``agreement`` (:mod:`linter.morphology.agreement`): subject and finite verb disagree in number
  at a sentence's opening. The message may name ``{subject}`` (the noun phrase) and ``{number}``
  ("Singular" or "Plural"); ``{replacement}`` is the verb in the subject's number.
* ``infinitive`` (:mod:`linter.morphology.infinitive`): a modal verb or "werden" whose clause ends
  in a finite form. The message may name ``{modal}``; ``{replacement}`` is the infinitive.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

from linter.morphology.agreement import disagreements
from linter.morphology.infinitive import missing_infinitives
from linter.morphology.lexicon import Lexicon, LexiconUnavailable, german_lexicon
from linter.rule_types.base import Hit, Rule, RuleUnavailable, remaining
from linter.rule_types.spec import Section


@dataclass(eq=False)
class LexiconRule(Rule):
    """A rule whose check reads the dictionary: it says where it fires (:meth:`find`), this class
    opens the dictionary and keeps to the time limit."""

    KEYS: ClassVar[frozenset[str]] = frozenset()

    def hits(self, text: str, deadline: float) -> Iterator[Hit]:
        """Each place :meth:`find` reports, within the time limit."""
        try:
            lexicon = german_lexicon()
        except LexiconUnavailable as exc:
            raise RuleUnavailable(self, str(exc)) from None
        for hit in self.find(text, lexicon):
            remaining(deadline)
            yield hit

    def find(self, text: str, lexicon: Lexicon) -> Iterator[Hit]:
        """Where the rule fires in ``text``."""
        raise NotImplementedError

    @classmethod
    def from_spec(cls, common: dict[str, Any], section: Section) -> "LexiconRule | None":
        """No keys beyond the common ones."""
        if any(v is None for v in common.values()):
            return None
        return cls(**common)


@dataclass(eq=False)
class AgreementRule(LexiconRule):
    """Flags the finite verb after a sentence-opening subject of the other number."""

    type: ClassVar[str] = "agreement"
    PLACEHOLDERS: ClassVar[frozenset[str]] = frozenset({"subject", "number"})

    def find(self, text: str, lexicon: Lexicon) -> Iterator[Hit]:
        """Each disagreeing verb, with the verb in the subject's number as the suggestion."""
        for found in disagreements(text, lexicon):
            yield Hit(found.start, found.end, found.replacements, {"subject": found.subject, "number": found.number})


@dataclass(eq=False)
class InfinitiveRule(LexiconRule):
    """Flags a finite verb form ending the clause of a modal verb, which wants the infinitive."""

    type: ClassVar[str] = "infinitive"
    PLACEHOLDERS: ClassVar[frozenset[str]] = frozenset({"modal"})

    def find(self, text: str, lexicon: Lexicon) -> Iterator[Hit]:
        """Each such form, with its infinitive as the suggestion."""
        for found in missing_infinitives(text, lexicon):
            yield Hit(found.start, found.end, found.replacements, {"modal": found.modal})
