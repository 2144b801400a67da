"""Run a rule's own examples, the way LanguageTool tests its rules.

A bad example must give exactly the matches it marks (usually one), at the marked
spans; with a ``fix``, the first replacement of each match applied must give that
text, and the fixed text must then be quiet. A good example must give no match. Problems are collected, not raised,
so one run shows every broken rule; each reads ``file:line: key: problem``.
"""

from __future__ import annotations

from linter.findings import Match
from linter.rule_types import Rule, RuleFailure, RuleTimeout
from linter.rule_types.example_spec import BadExample, GoodExample, mark


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
    wanted = len(example.spans)
    if len(matches) != wanted:
        expected = "one match" if wanted == 1 else f"{wanted} matches"
        return [f"expected {expected} at {example.marked!r}, got {_describe(example.text, matches)}"]
    if [(m.offset, m.offset + m.length) for m in matches] != list(example.spans):
        where = "the match" if wanted == 1 else "the matches"
        return [f"expected {where} at {example.marked!r}, got {_describe(example.text, matches)}"]
    return check_fix(rule, example, matches)


def check_fix(rule: Rule, example: BadExample, matches: list[Match]) -> list[str]:
    """The first replacements must turn the example into ``fix``, and the fixed text must be quiet."""
    suggesting = [m for m in matches if m.replacements]
    if example.fix is None:
        if suggesting:
            return [f"the rule suggests {suggesting[0].replacements[0]!r}; add 'fix:' with the corrected text"]
        return []
    if not suggesting:
        return ["the example has a 'fix:' but the rule suggests no replacement"]
    fixed, pos = [], 0
    for m in suggesting:  # matches are sorted and do not overlap: the spans were checked above
        fixed += [example.text[pos:m.offset], m.replacements[0]]
        pos = m.offset + m.length
    fixed_text = "".join(fixed) + example.text[pos:]
    if fixed_text != example.fix:
        return [f"applying the first replacement gives {fixed_text!r}, expected {example.fix!r}"]
    after = _matches(rule, fixed_text)
    if isinstance(after, str):
        return [after]
    if after:
        return [f"the fixed text {fixed_text!r} still gives {_describe(fixed_text, after)}"]
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
    """The rule's matches, or a problem text when it runs out of time or cannot run."""
    try:
        return rule.check(text)
    except RuleTimeout as exc:
        return f"timed out after {exc.seconds:g} s"
    except RuleFailure as exc:
        return str(exc)


def _describe(text: str, matches: list[Match]) -> str:
    """Matches shown with their spans marked, for a reader comparing them with the example."""
    if not matches:
        return "none"
    shown = [mark(text, [(m.offset, m.offset + m.length)]) for m in matches]
    return f"{len(matches)}: " + "; ".join(repr(s) for s in shown)


def _where(rule: Rule, line: int, key: str, problem: str) -> str:
    """Prefix a problem with the example's place in its rule file."""
    return f"{rule.path}:{line}: {key}: {problem}"
