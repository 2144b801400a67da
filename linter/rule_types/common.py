"""The keys every rule has, whatever its type: id, type, message, severity, fix, examples, ...

Read here once so every rule type validates them the same way.
"""

from __future__ import annotations

from typing import Any

import regex

from linter.findings import FixSafety, Severity
from linter.rule_types.base import Rule, message_fields
from linter.rule_types.example_spec import parse_examples
from linter.rule_types.spec import Section

COMMON_KEYS = frozenset({"id", "type", "message", "severity", "description", "link", "fix", "examples", "enabled"})
BASE_PLACEHOLDERS = frozenset({"match", "replacement"})

# Dotted, lower-case ASCII segments: ids are typed on command lines and matched by prefix.
ID_PATTERN = regex.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+")
RESERVED_PREFIX = "languagetool"  # LanguageTool findings live in this namespace


def read_common(section: Section, rule_cls: type[Rule] | None) -> dict[str, Any]:
    """Validate the common keys and return them as keyword arguments for a Rule (None where invalid)."""
    return {
        "id": _read_id(section),
        "message": _read_message(section, rule_cls),
        "severity": _read_severity(section),
        "description": section.text("description") or "",
        "link": _read_link(section),
        "fix": _read_fix(section, rule_cls),
        "examples": parse_examples(section),
        "line": section.line("id"),
        # A house chooses between rules that contradict each other (14.30 Uhr or 14:30 Uhr):
        # such a rule ships switched off and runs only when the config's ``enable`` names it.
        "enabled": section.boolean("enabled", True),
    }


def _read_id(section: Section) -> str | None:
    """The rule id: dotted lower-case segments, at least a category and a name."""
    value = section.text("id", required=True)
    if value is None:
        return None
    if not ID_PATTERN.fullmatch(value):
        section.problems.add(
            section.key_node("id"), "id",
            f"{value!r} is not a dotted id like 'typografie.doppelte-leerzeichen' "
            "(lower-case letters a-z, digits and hyphens, at least two segments)",
        )
        return None
    if value.split(".", 1)[0] == RESERVED_PREFIX:
        section.problems.add(section.key_node("id"), "id", f"the prefix '{RESERVED_PREFIX}.' is reserved for LanguageTool")
        return None
    return value


def _read_message(section: Section, rule_cls: type[Rule] | None) -> str | None:
    """The German message; its ``{placeholders}`` must be ones the rule type fills."""
    value = section.text("message", required=True)
    if value is None or rule_cls is None:
        return value
    fields = message_fields(value)
    allowed = BASE_PLACEHOLDERS | rule_cls.PLACEHOLDERS
    if isinstance(fields, str):
        problem = fields
    else:
        unknown = [f for f in fields if f not in allowed]
        if not unknown:
            return value
        names = ", ".join("{" + a + "}" for a in sorted(allowed))
        problem = f"unknown placeholder {{{unknown[0]}}}; this rule type fills {names}"
    section.problems.add(section.key_node("message"), "message", problem)
    return None


def _read_severity(section: Section) -> Severity | None:
    """error, warning or info."""
    value = section.text("severity", required=True)
    if value is None:
        return None
    try:
        return Severity.parse(value)
    except ValueError as exc:
        section.problems.add(section.key_node("severity"), "severity", str(exc))
        return None


def _read_fix(section: Section, rule_cls: type[Rule] | None = None) -> FixSafety | None:
    """safe, unsafe or none (the default): may ``newslint fix`` apply the first replacement?"""
    value = section.text("fix")
    if value is None:
        return None if section.has("fix") else FixSafety.NONE
    try:
        fix = FixSafety(value)
    except ValueError:
        section.problems.add(section.key_node("fix"), "fix", f"unknown value {value!r}; expected one of: safe, unsafe, none")
        return None
    if fix is not FixSafety.NONE and rule_cls is not None and not rule_cls.CAN_SUGGEST:
        section.problems.add(section.key_node("fix"), "fix", f"a {rule_cls.type} rule suggests no replacement, so it cannot have a fix")
        return None
    return fix


def _read_link(section: Section) -> str:
    """An optional web address explaining the rule."""
    value = section.text("link")
    if value is None:
        return ""
    if not value.startswith(("https://", "http://")):
        section.problems.add(section.key_node("link"), "link", f"{value!r} is not a web address (http:// or https://)")
    return value
