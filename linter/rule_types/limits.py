"""Keys shared by the rule types that count or score a unit of text: scope, min, max.

Read strictly like every other key: numbers must be numbers (``true`` and ``"35"``
are not), not negative, ``min`` not above ``max``, at least one of them set, and a
message may only use ``{min}`` or ``{max}`` when the rule sets that limit.
"""

from __future__ import annotations

from yaml.nodes import ScalarNode

from linter.rule_types.base import message_fields
from linter.rule_types.spec import Section, kind_of, scalar_value

_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_UNSET = object()  # a key that was present but invalid (already reported)


def read_choice(section: Section, name: str, choices: tuple[str, ...], default: str | None = None) -> str | None:
    """One of ``choices`` (``default`` when absent; required when there is no default)."""
    value = section.text(name, required=default is None)
    if value is None:
        return default if not section.has(name) else None
    if value not in choices:
        section.problems.add(section.key_node(name), name, f"unknown value {value!r}; expected one of: {', '.join(choices)}")
        return None
    return value


def read_number(section: Section, name: str, integer: bool) -> float | int | None | object:
    """A non-negative number (a whole one when ``integer``); None when absent, _UNSET after a problem."""
    node = section.value_node(name)
    if node is None:
        return None
    allowed = (_INT,) if integer else (_INT, _FLOAT)
    if not isinstance(node, ScalarNode) or node.tag not in allowed:
        what = "a whole number" if integer else "a number"
        section.problems.add(section.key_node(name), name, f"expected {what}, got {kind_of(node)}")
        return _UNSET
    value = scalar_value(node)
    if value != value or value in (float("inf"), float("-inf")):
        section.problems.add(section.key_node(name), name, "expected a finite number")
        return _UNSET
    if value < 0 and integer:
        section.problems.add(section.key_node(name), name, f"must not be negative, got {value}")
        return _UNSET
    return value


def read_limits(section: Section, integer: bool = True) -> tuple[float | None, float | None] | None:
    """``min`` and ``max``: at least one, ``min`` <= ``max``; None after a problem."""
    low, high = read_number(section, "min", integer), read_number(section, "max", integer)
    if low is _UNSET or high is _UNSET:
        return None
    if low is None and high is None:
        section.problems.add(section.node, "max", "set max and/or min")
        return None
    if low is not None and high is not None and low > high:
        section.problems.add(section.key_node("min"), "min", f"min ({low}) is greater than max ({high})")
        return None
    return low, high  # type: ignore[return-value]


def check_limit_placeholders(section: Section, message: str | None, limits: dict[str, object]) -> bool:
    """False (with a problem) when the message uses ``{min}``/``{max}`` that the rule does not set."""
    if message is None:
        return True
    fields = message_fields(message)
    if isinstance(fields, str):
        return True  # reported with the message already
    for name, value in limits.items():
        if name in fields and value is None:
            section.problems.add(section.key_node("message"), "message",
                                 f"uses {{{name}}}, but the rule sets no {name}")
            return False
    return True


def format_number(value: float | None) -> str:
    """A limit or score as a German reader expects it: 35, 42,5 (empty when unset)."""
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.1f}".replace(".", ",")


def whole(text: str) -> tuple[int, int]:
    """The span of the whole prose without surrounding whitespace (a document-scope finding)."""
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    return (start, end) if end > start else (0, len(text))
