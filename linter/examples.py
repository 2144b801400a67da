"""Run a rule's own examples, the way LanguageTool tests its rules.

A bad example must give exactly one match, at the marked span; with a ``fix``,
the first replacement applied must give that text, and the fixed text must then
be quiet. A good example must give no match. Problems are collected, not raised,
so one run shows every broken rule; each reads ``file:line: key: problem``.
"""

from __future__ import annotations

from linter.findings import Match
from linter.rule_types import Rule, RuleTimeout
from linter.rule_types.example_spec import BadExample, GoodExample


def run_examples(rule: Rule) -> list[str]:
    """Every way the rule disagrees with its own examples; empty when all examples pass."""
    problems: list[str] = []
    for bad in rule.examples.bad:
        problems.extend(_where(rule, bad.line, bad.key, p) for p in check_bad(rule, bad))
    for good in rule.examples.good:
        problems.extend(_where(rule, good.line, good.key, p) for p in check_good(rule, good))
    return problems


def run_all(rulebook) -> dict[str, list[str]]:
    """Run the examples of every rule in a Rulebook: rule id -> problems (empty list when it passes)."""
    return {rule.id: run_examples(rule) for rule in rulebook.rules}


def check_bad(rule: Rule, example: BadExample) -> list[str]:
    """Problems with one bad example (without the file:line prefix)."""
    matches = _matches(rule, example.text)
    if isinstance(matches, str):
        return [matches]
    if len(matches) != 1:
        return [f"expected one match at {example.marked!r}, got {_describe(example.text, matches)}"]
    match = matches[0]
    if (match.offset, match.offset + match.length) != (example.start, example.end):
        return [f"expected the match at {example.marked!r}, got {_describe(example.text, matches)}"]
    return check_fix(rule, example, match)


def check_fix(rule: Rule, example: BadExample, match: Match) -> list[str]:
    """The first replacement must turn the example into ``fix``, and the fixed text must be quiet."""
    if example.fix is None:
        if match.replacements:
            return [f"the rule suggests {match.replacements[0]!r}; add 'fix:' with the corrected text"]
        return []
    if not match.replacements:
        return ["the example has a 'fix:' but the rule suggests no replacement"]
    fixed = example.text[:match.offset] + match.replacements[0] + example.text[match.offset + match.length:]
    if fixed != example.fix:
        return [f"applying the first replacement gives {fixed!r}, expected {example.fix!r}"]
    after = _matches(rule, fixed)
    if isinstance(after, str):
        return [after]
    if after:
        return [f"the fixed text {fixed!r} still gives {_describe(fixed, after)}"]
    return []


def check_good(rule: Rule, example: GoodExample) -> list[str]:
    """Problems with one good example (without the file:line prefix)."""
    matches = _matches(rule, example.text)
    if isinstance(matches, str):
        return [matches]
    if matches:
        return [f"expected no match, got {_describe(example.text, matches)}"]
    return []


def _matches(rule: Rule, text: str) -> list[Match] | str:
    """The rule's matches, or a problem text when it runs out of time."""
    try:
        return rule.check(text)
    except RuleTimeout as exc:
        return f"timed out after {exc.seconds:g} s"


def _describe(text: str, matches: list[Match]) -> str:
    """Matches shown with their spans marked, for a reader comparing them with the example."""
    if not matches:
        return "none"
    shown = [f"{text[:m.offset]}[[{text[m.offset:m.offset + m.length]}]]{text[m.offset + m.length:]}" for m in matches]
    return f"{len(matches)}: " + "; ".join(repr(s) for s in shown)


def _where(rule: Rule, line: int, key: str, problem: str) -> str:
    """Prefix a problem with the example's place in its rule file."""
    return f"{rule.path}:{line}: {key}: {problem}"
