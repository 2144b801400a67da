"""``type: pattern``: a regular expression (``regex`` module syntax) flags its whole match.

Context that must not be flagged goes into lookarounds, e.g. ``(?<=\\w)[ ]+(?=,)``.
Replacements are templates expanded against the match (``\\1``, ``\\g<name>``). ``swap`` maps a
whole match, as written, to suggestions no template can build from the text ("haben" -> "hat");
they come before the templates' suggestions.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar

import regex

from linter.findings import FixSafety
from linter.rule_types.base import Hit, Rule, search_all
from linter.rule_types.fragments import with_fragments
from linter.rule_types.spec import Section, text_list
from linter.rule_types.substitution import read_swap

# Group references and escapes a replacement template may use.
_TEMPLATE_TOKEN = regex.compile(r"\\(?:g<([^>]*)>|(\d+)|(.)|$)", regex.S)
_PLAIN_ESCAPES = set("\\nt")


@dataclass(eq=False)
class PatternRule(Rule):
    """Flags every match of ``pattern``; suggests the ``swap`` entry of the match and each template in
    ``replacements`` expanded."""

    pattern: regex.Pattern = None  # type: ignore[assignment]
    replacements: tuple[str, ...] = ()
    swap: dict[str, tuple[str, ...]] = field(default_factory=dict)

    type: ClassVar[str] = "pattern"
    KEYS: ClassVar[frozenset[str]] = frozenset({"pattern", "ignorecase", "replacements", "swap"})

    def hits(self, text: str, deadline: float) -> Iterator[Hit]:
        """Each non-empty match, with its ``swap`` suggestions and the replacement templates expanded."""
        for m in search_all(self.pattern, text, deadline):
            expanded = tuple(m.expand(t) for t in self.replacements)
            yield Hit(m.start(), m.end(), self.swap.get(m.group(), ()) + expanded)

    @classmethod
    def from_spec(cls, common: dict[str, Any], section: Section) -> "PatternRule | None":
        """Compile ``pattern`` and check the replacement templates against its groups."""
        source = section.text("pattern", required=True)
        flags = regex.IGNORECASE if section.boolean("ignorecase", False) else 0
        compiled = compile_pattern(source, flags, section) if source is not None else None
        templates = _templates(section, compiled)
        swap = read_swap(section) if section.has("swap") else {}
        if templates == () and not swap and common.get("fix") not in (None, FixSafety.NONE):
            section.problems.add(section.key_node("fix"), "fix", "a fix needs 'replacements' or 'swap' to apply")
            return None
        if compiled is None or templates is None or swap is None or any(v is None for v in common.values()):
            return None
        return cls(**common, pattern=compiled, replacements=templates, swap=swap)


def compile_pattern(source: str, flags: int, section: Section, key: str = "pattern") -> regex.Pattern | None:
    """Compile the pattern of ``key`` with the shared fragments it calls; reject syntax errors,
    calls of fragments no fragments file defines, and patterns that match empty text."""
    expanded, unknown = with_fragments(source, section.fragments)
    if unknown:
        known = ", ".join(sorted(section.fragments)) or "none loaded"
        for name in unknown:
            section.problems.add(section.key_node(key), key,
                                 f"calls (?&{name}), which neither the pattern nor a loaded fragments file "
                                 f"defines (fragments: {known})")
        return None
    try:
        compiled = regex.compile(expanded, flags)
    except regex.error as exc:
        section.problems.add(section.key_node(key), key, f"invalid regular expression: {exc}")
        return None
    # A pattern that matches nothing-at-all would fire between every two characters.
    if compiled.fullmatch(""):
        section.problems.add(section.key_node(key), key, "matches empty text, so it would fire everywhere")
        return None
    return compiled


def _templates(section: Section, compiled: regex.Pattern | None) -> tuple[str, ...] | None:
    """The replacement templates; each must refer only to groups the pattern has."""
    nodes = section.sequence("replacements")
    if nodes is None:
        return None if section.has("replacements") else ()
    values = text_list(nodes, "replacements", section.problems, allow_empty=True)
    if values is None:
        return None
    if not values:
        section.problems.add(section.key_node("replacements"), "replacements", "must not be an empty list")
        return None
    if compiled is not None:
        for i, template in enumerate(values, 1):
            problem = template_problem(template, compiled)
            if problem:
                section.problems.add(nodes[i - 1], f"replacements[{i}]", problem)
                return None
    return tuple(values)


def template_problem(template: str, compiled: regex.Pattern) -> str | None:
    """Why a replacement template cannot be expanded against ``compiled``, or None when it can."""
    for m in _TEMPLATE_TOKEN.finditer(template):
        name, number, other = m.group(1), m.group(2), m.group(3)
        if name is not None:
            known = name in compiled.groupindex or (name.isdigit() and int(name) <= compiled.groups)
            if not known:
                return f"refers to group <{name}>, which the pattern does not have"
        elif number is not None:
            if int(number) > compiled.groups:
                return f"refers to group {number}, but the pattern has {compiled.groups} group(s)"
        elif other is None:
            return "ends with a lone backslash"
        elif other not in _PLAIN_ESCAPES:
            return f"unknown escape \\{other} (write \\\\ for a backslash)"
    return None
