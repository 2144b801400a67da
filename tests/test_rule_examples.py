"""Every rule of the default pack passes its own examples (one test per rule id),
and the example runner itself reports each kind of disagreement."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from linter.examples import run_all, run_examples
from linter.rulebook import default_rules_dir, load_rulebook

PACK = load_rulebook([default_rules_dir()])


@pytest.mark.parametrize("rule", PACK.rules, ids=[r.id for r in PACK.rules])
def test_pack_rule_passes_its_examples(rule):
    assert run_examples(rule) == []


def test_run_all_lists_every_rule():
    results = run_all(PACK)
    assert sorted(results) == sorted(r.id for r in PACK.rules)
    assert all(problems == [] for problems in results.values())


def _rule(tmp_path: Path, examples: str, extra: str = 'replacements: [","]\nfix: safe'):
    """A stray-space-before-comma rule with the given examples block."""
    body = textwrap.dedent(
        """\
        id: test.komma
        type: pattern
        message: "Kein Leerzeichen vor dem Komma."
        severity: warning
        pattern: '[ ]+,'
        """
    ) + extra + "\n" + textwrap.dedent(examples)
    path = tmp_path / "komma.yml"
    path.write_text(body, encoding="utf-8")
    return load_rulebook([path]).rules[0], path


def test_passing_examples_give_no_problems(tmp_path):
    rule, _ = _rule(tmp_path, """\
        examples:
          bad:
            - text: "a[[ ,]] b"
              fix: "a, b"
          good:
            - "a, b"
        """)
    assert run_examples(rule) == []


def test_wrong_span_is_reported_with_file_and_line(tmp_path):
    rule, path = _rule(tmp_path, """\
        examples:
          bad:
            - text: "a [[,]] b"
              fix: "a, b"
          good:
            - "a, b"
        """)
    assert run_examples(rule) == [
        f"{path}:10: examples.bad[1].text: expected the match at 'a [[,]] b', got 1: 'a[[ ,]] b'"
    ]


def test_no_match_and_good_example_firing_are_reported(tmp_path):
    rule, path = _rule(tmp_path, """\
        examples:
          bad:
            - text: "[[a]], b"
              fix: "a, b"
          good:
            - "a , b"
        """)
    assert run_examples(rule) == [
        f"{path}:10: examples.bad[1].text: expected one match at '[[a]], b', got none",
        f"{path}:13: examples.good[1]: expected no match, got 1: 'a[[ ,]] b'",
    ]


def test_two_matches_in_a_bad_example_are_reported(tmp_path):
    rule, path = _rule(tmp_path, """\
        examples:
          bad:
            - text: "a[[ ,]] b , c"
              fix: "a, b , c"
          good:
            - "a, b"
        """)
    assert run_examples(rule) == [
        f"{path}:10: examples.bad[1].text: expected one match at 'a[[ ,]] b , c', "
        "got 2: 'a[[ ,]] b , c'; 'a , b[[ ,]] c'"
    ]


def test_wrong_fix_text_is_reported(tmp_path):
    rule, path = _rule(tmp_path, """\
        examples:
          bad:
            - text: "a[[ ,]] b"
              fix: "a; b"
          good:
            - "a, b"
        """)
    assert run_examples(rule) == [
        f"{path}:10: examples.bad[1].text: applying the first replacement gives 'a, b', expected 'a; b'"
    ]


def test_missing_fix_is_reported_when_the_rule_suggests_one(tmp_path):
    rule, path = _rule(tmp_path, """\
        examples:
          bad:
            - "a[[ ,]] b"
          good:
            - "a, b"
        """)
    assert run_examples(rule) == [
        f"{path}:10: examples.bad[1]: the rule suggests ','; add 'fix:' with the corrected text"
    ]


def test_fix_without_replacement_is_reported(tmp_path):
    rule, path = _rule(tmp_path, """\
        examples:
          bad:
            - text: "a[[ ,]] b"
              fix: "a, b"
          good:
            - "a, b"
        """, extra="")
    assert run_examples(rule) == [
        f"{path}:9: examples.bad[1].text: the example has a 'fix:' but the rule suggests no replacement"
    ]


def test_fixed_text_that_still_matches_is_reported(tmp_path):
    # The replacement keeps one space, so the fixed text still has a space before the comma.
    rule, path = _rule(tmp_path, """\
        examples:
          bad:
            - text: "a[[  ,]] b"
              fix: "a , b"
          good:
            - "a, b"
        """, extra='replacements: [" ,"]')
    assert run_examples(rule) == [
        f"{path}:9: examples.bad[1].text: the fixed text 'a , b' still gives 1: 'a[[ ,]] b'"
    ]
