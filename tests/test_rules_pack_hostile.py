"""Every pack rule on long, repetitive text made of its own examples: it must finish, never give up.

A pattern with nested or unbounded repetition can backtrack for seconds on a long paragraph of
the very words it looks for (a lookahead that scans "any number of words" after each "würde"
of a page with hundreds of them). The engine stops such a rule after its timeout and reports
it, so a real run cannot hang; this test makes sure no shipped rule ever gets there. It is a
guard, not a speed measurement (speed is measured in benchmarks/style.py): the timeout is the
engine's own, generous for a healthy rule by orders of magnitude.
"""

from __future__ import annotations

import re

import pytest

from linter.rule_types import RuleTimeout
from linter.rulebook import TIMEOUT_CHARS, default_rules_dir, load_rulebook

PACK = load_rulebook([default_rules_dir()])
#: The engine's own limit per rule and text (Rulebook's default, stretched for long texts as the engine does).
TIMEOUT = PACK.timeout
#: How often each example is repeated: a page of a few hundred lines.
REPEATS = 300


def hostile_texts(rule) -> list[str]:
    """Texts built from the rule's examples: each repeated as one long paragraph, with and
    without its punctuation (so nothing ends the clause a lookahead waits for)."""
    examples = [bad.text for bad in rule.examples.bad] + [good.text for good in rule.examples.good]
    texts = []
    for example in examples:
        texts.append(" ".join([example] * REPEATS))
        texts.append(" ".join([re.sub(r"[.,;:!?]", "", example)] * REPEATS))
    return texts


@pytest.mark.parametrize("rule", [r for r in PACK.rules if r.examples.bad or r.examples.good],
                         ids=lambda r: r.id)
def test_rule_finishes_on_long_repetitive_text(rule):
    for text in hostile_texts(rule):
        try:
            rule.check(text, timeout=TIMEOUT * max(1.0, len(text) / TIMEOUT_CHARS))
        except RuleTimeout as exc:  # the message names the rule's file, line and id
            pytest.fail(f"{exc} ({len(text)} characters of its own examples, repeated)")
