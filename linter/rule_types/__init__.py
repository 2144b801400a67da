"""The rule types a YAML rule can name in ``type:``, registered in one explicit list.

Adding a type: write a module with a :class:`~linter.rule_types.base.Rule`
subclass (its ``type``, ``KEYS``, ``hits`` and ``from_spec``) and add it here.
"""

from __future__ import annotations

from linter.rule_types.agreement import AgreementRule, InfinitiveRule
from linter.rule_types.base import DEFAULT_TIMEOUT, Hit, Rule, RuleFailure, RuleTimeout, RuleUnavailable
from linter.rule_types.conditional import ConditionalRule
from linter.rule_types.consistency import ConsistencyRule
from linter.rule_types.name_variants import NameVariantsRule
from linter.rule_types.occurrence import OccurrenceRule
from linter.rule_types.pattern import PatternRule
from linter.rule_types.readability import ReadabilityRule
from linter.rule_types.repetition import RepetitionRule
from linter.rule_types.substitution import SubstitutionRule

RULE_TYPES: dict[str, type[Rule]] = {
    cls.type: cls for cls in (
        PatternRule, SubstitutionRule, RepetitionRule, OccurrenceRule, ConsistencyRule, ConditionalRule,
        ReadabilityRule, NameVariantsRule, AgreementRule, InfinitiveRule,
    )
}


def rule_type(name: str) -> type[Rule] | None:
    """The Rule class for a ``type:`` value, or None when there is no such type."""
    return RULE_TYPES.get(name)


__all__ = ["DEFAULT_TIMEOUT", "Hit", "RULE_TYPES", "Rule", "RuleFailure", "RuleTimeout", "RuleUnavailable", "rule_type"]
