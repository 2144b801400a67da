"""The rule pack's own examples, run through the real fixer.

linter/examples.py already checks that applying a rule's first replacement to a
bad example gives its ``fix:`` text and that the rule is then quiet. This test
checks the same through ``newslint fix``'s pipeline (safety level, planning,
rounds), one rule at a time so other rules cannot interfere.
"""

from __future__ import annotations

import pytest

from linter.document import Document
from linter.engine import Engine
from linter.examples import run_all
from linter.findings import FixSafety
from linter.fixing import fix_document
from linter.rulebook import default_rules_dir, load_rulebook

PACK = load_rulebook([default_rules_dir()])
FIXABLE = [rule for rule in PACK.rules if rule.fix is not FixSafety.NONE]


def test_pack_examples_pass():
    assert {rule: problems for rule, problems in run_all(PACK).items() if problems} == {}


def test_pack_has_safe_and_unsafe_rules():
    assert {rule.fix for rule in FIXABLE} == {FixSafety.SAFE, FixSafety.UNSAFE}


@pytest.mark.parametrize("rule", FIXABLE, ids=lambda r: r.id)
def test_fixer_turns_bad_examples_into_their_fix(rule):
    engine = Engine(house=load_rulebook([rule.path]))
    for bad in rule.examples.bad:
        document = Document(path="example.txt", text=bad.text)
        default = fix_document(engine, document, "de-DE", "text")
        forced = fix_document(engine, document, "de-DE", "text", unsafe=True)
        assert forced.fixed == bad.fix and forced.applied == len(bad.spans) and forced.remaining == 0
        assert default.fixed == (bad.fix if rule.fix is FixSafety.SAFE else bad.text)
    for good in rule.examples.good:
        assert fix_document(engine, Document(path="example.txt", text=good.text), "de-DE", "text",
                            unsafe=True).fixed == good.text
