"""Read a rule file's YAML as nodes that remember their line, and collect problems.

``yaml.safe_load`` forgets where a value came from; the composed node tree keeps a
start mark on every node, so each problem can name the line of the offending key.
Composing goes through :mod:`linter.yamlsafe` (duplicate keys, unknown tags and
alias bombs are refused there). Reading is strict: unknown keys and wrong value types are problems,
and all problems of a file are collected before anything is raised.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from linter import yamlsafe

_STR = "tag:yaml.org,2002:str"
_BOOL = "tag:yaml.org,2002:bool"

# How a YAML value is named in a problem message, by its resolved tag.
_KIND = {
    _STR: "text",
    _BOOL: "true/false",
    "tag:yaml.org,2002:int": "a number",
    "tag:yaml.org,2002:float": "a number",
    "tag:yaml.org,2002:null": "nothing",
    "tag:yaml.org,2002:timestamp": "a date",
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a rule file, at the line of the key it concerns."""

    line: int
    key: str
    text: str

    def render(self, path: str) -> str:
        """Format as ``file:line: key: problem``, the form every rule error takes."""
        return f"{path}:{self.line}: {self.key}: {self.text}"


@dataclass
class Problems:
    """Collects the problems of one rule file so a user sees them all at once."""

    items: list[Problem] = field(default_factory=list)

    def add(self, node: Node | None, key: str, text: str) -> None:
        """Record ``text`` for ``key`` at the line where ``node`` starts (line 1 without a node)."""
        self.items.append(Problem(line_of(node) if node is not None else 1, key, text))

    def __bool__(self) -> bool:
        return bool(self.items)


def line_of(node: Node) -> int:
    """The 1-based line where a YAML node starts."""
    return node.start_mark.line + 1


def kind_of(node: Node) -> str:
    """A reader-friendly name for what a node holds (text, a list, a mapping, ...)."""
    if isinstance(node, SequenceNode):
        return "a list"
    if isinstance(node, MappingNode):
        return "a mapping"
    return _KIND.get(node.tag, "a value")


def compose(text: str, problems: Problems) -> Node | None:
    """Parse YAML text into a node tree; a syntax error becomes a problem and None."""
    try:
        return yamlsafe.compose(text)
    except yamlsafe.YamlError as exc:
        problems.items.append(Problem(exc.line, exc.key or "yaml", exc.problem))
    return None


def scalar_value(node: ScalarNode) -> Any:
    """The Python value of a scalar node, resolved the way ``yaml.safe_load`` would."""
    return SafeConstructor().construct_object(node, deep=True)


class Section:
    """A YAML mapping read strictly: typed getters that record problems instead of raising.

    ``prefix`` is the dotted path of this mapping inside the file (``examples.bad[2]``)
    so nested problems name the full key.
    """

    def __init__(self, node: MappingNode, problems: Problems, prefix: str = "",
                 fragments: Mapping[str, Any] | None = None) -> None:
        self.node = node
        self.problems = problems
        self.prefix = prefix
        #: The shared pattern fragments a rule's patterns may call (linter/rule_types/fragments.py).
        self.fragments: Mapping[str, Any] = fragments if fragments is not None else {}
        self.entries: dict[str, tuple[Node, Node]] = {}
        for key_node, value_node in node.value:
            self._add_entry(key_node, value_node)

    def _add_entry(self, key_node: Node, value_node: Node) -> None:
        """Index one key, rejecting non-text keys (duplicates were refused when composing)."""
        if not isinstance(key_node, ScalarNode) or key_node.tag != _STR:
            self.problems.add(key_node, self.key(str(getattr(key_node, "value", "?"))),
                              f"a key must be text, got {kind_of(key_node)}")
            return
        self.entries[key_node.value] = (key_node, value_node)

    def key(self, name: str) -> str:
        """The full dotted key for a name in this mapping."""
        return f"{self.prefix}.{name}" if self.prefix else name

    def has(self, name: str) -> bool:
        """True when the mapping holds ``name``."""
        return name in self.entries

    def line(self, name: str) -> int:
        """The line of key ``name``, or of the mapping itself when the key is absent."""
        if name in self.entries:
            return line_of(self.entries[name][0])
        return line_of(self.node)

    def value_node(self, name: str) -> Node | None:
        """The raw value node of ``name``, or None."""
        entry = self.entries.get(name)
        return entry[1] if entry else None

    def key_node(self, name: str) -> Node:
        """The key node of ``name`` (or the mapping node when absent), for problem lines."""
        entry = self.entries.get(name)
        return entry[0] if entry else self.node

    def missing(self, name: str) -> None:
        """Record that a required key is absent."""
        self.problems.add(self.node, self.key(name), "missing required key")

    def check_keys(self, allowed: set[str] | frozenset[str], hint: str = "") -> None:
        """Record every key that is not in ``allowed`` (strict decoding, like Vale)."""
        for name, (key_node, _) in self.entries.items():
            if name not in allowed:
                known = ", ".join(sorted(allowed))
                extra = f" {hint}" if hint else ""
                self.problems.add(key_node, self.key(name), f"unknown key; allowed here: {known}{extra}")

    def text(self, name: str, required: bool = False, allow_empty: bool = False) -> str | None:
        """A text value; records a problem when it is missing (if required), not text, or empty."""
        node = self.value_node(name)
        if node is None:
            if required:
                self.missing(name)
            return None
        return expect_text(node, self.key(name), self.problems, allow_empty, at=self.key_node(name))

    def boolean(self, name: str, default: bool) -> bool:
        """A true/false value, ``default`` when absent."""
        node = self.value_node(name)
        if node is None:
            return default
        if isinstance(node, ScalarNode) and node.tag == _BOOL:
            return bool(scalar_value(node))
        self.problems.add(self.key_node(name), self.key(name), f"expected true or false, got {kind_of(node)}")
        return default

    def sequence(self, name: str, required: bool = False) -> list[Node] | None:
        """The item nodes of a list value; records a problem when it is not a list."""
        node = self.value_node(name)
        if node is None:
            if required:
                self.missing(name)
            return None
        if not isinstance(node, SequenceNode):
            self.problems.add(self.key_node(name), self.key(name), f"expected a list, got {kind_of(node)}")
            return None
        return list(node.value)

    def mapping(self, name: str, required: bool = False) -> MappingNode | None:
        """The node of a mapping value; records a problem when it is not a mapping."""
        node = self.value_node(name)
        if node is None:
            if required:
                self.missing(name)
            return None
        if not isinstance(node, MappingNode):
            self.problems.add(self.key_node(name), self.key(name), f"expected a mapping, got {kind_of(node)}")
            return None
        return node

    def section(self, name: str, required: bool = False) -> "Section | None":
        """A nested mapping read as a Section with the full key prefix."""
        node = self.mapping(name, required)
        return Section(node, self.problems, self.key(name), self.fragments) if node is not None else None


def expect_text(
    node: Node, key: str, problems: Problems, allow_empty: bool = False, at: Node | None = None
) -> str | None:
    """The text of a scalar string node; records a problem (at ``at``, else the node) otherwise."""
    at = at if at is not None else node
    if not isinstance(node, ScalarNode) or node.tag != _STR:
        # Unquoted 42, yes or 2024-01-01 are numbers, booleans and dates to YAML.
        hint = " (put it in quotes if it is meant as text)" if isinstance(node, ScalarNode) else ""
        problems.add(at, key, f"expected text, got {kind_of(node)}{hint}")
        return None
    value = str(scalar_value(node))
    if not value and not allow_empty:
        problems.add(at, key, "must not be empty")
        return None
    return value


def text_list(nodes: list[Node], key: str, problems: Problems, allow_empty: bool = False) -> list[str] | None:
    """Every item of a list as text; None when any item is not text."""
    values = [expect_text(n, f"{key}[{i}]", problems, allow_empty) for i, n in enumerate(nodes, 1)]
    if any(v is None for v in values):
        return None
    return [v for v in values if v is not None]
