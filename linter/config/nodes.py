"""Config documents as trees of :class:`Node` values that remember their line.

YAML is composed by :mod:`linter.yamlsafe` (not just loaded) so every value keeps
the line it was written on, and duplicate keys, unknown tags and alias bombs are
errors. TOML and command-line values make the same tree without lines.
"""

from __future__ import annotations

import enum
import tomllib
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

import yaml

from linter import yamlsafe
from linter.errors import ConfigError


@dataclass(frozen=True)
class Node:
    """A config value: a scalar, a ``list[Node]`` or a ``dict[str, Node]``, with its position."""

    value: Any
    line: int | None = None  # 1-based line of the value (YAML only)
    key_line: int | None = None  # 1-based line of the key naming it, for mapping values

    @property
    def where(self) -> int | None:
        """The line an error about this whole value should point at: its key's, else its own."""
        return self.key_line or self.line


def read_yaml(text: str, display: str) -> Node:
    """Parse a YAML config document; an empty document gives an empty mapping."""
    try:
        root = yamlsafe.compose(text)
    except yamlsafe.YamlError as exc:
        raise ConfigError(exc.render(display)) from None
    if root is None:
        return Node({}, 1)
    return _from_yaml(root, yaml.SafeLoader(""), display, "")


def _from_yaml(node: yaml.Node, loader: yaml.SafeLoader, display: str, path: str) -> Node:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        return Node(_yaml_mapping(node, loader, display, path), line)
    if isinstance(node, yaml.SequenceNode):
        return Node([_from_yaml(item, loader, display, f"{path}[{i}]") for i, item in enumerate(node.value)], line)
    return Node(loader.construct_object(node, deep=True), line)


def _yaml_mapping(node: yaml.MappingNode, loader: yaml.SafeLoader, display: str, path: str) -> dict[str, Node]:
    entries: dict[str, Node] = {}
    for key_node, value_node in node.value:
        key_line = key_node.start_mark.line + 1
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str):
            # 'yes:' or '1:' as a key is a YAML surprise worth naming precisely.
            raise ConfigError(f"{display}:{key_line}: {path or '(top level)'}: "
                              f"keys must be strings, got {type_name(key)} {key!r}")
        dotted = f"{path}.{key}" if path else key
        value = _from_yaml(value_node, loader, display, dotted)
        entries[key] = Node(value.value, value.line, key_line)
    return entries


def read_pyproject(text: str, display: str) -> Node | None:
    """The ``[tool.newslint]`` table of a pyproject.toml as a tree, or None when it has none."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{display}: not valid TOML: {exc}") from None
    table = data.get("tool", {}).get("newslint") if isinstance(data.get("tool"), dict) else None
    if table is None:
        return None
    return from_python(table)


def from_python(value: Any) -> Node:
    """A tree (without lines) from plain Python values: TOML data or command-line flags."""
    if isinstance(value, dict):
        return Node({str(k): from_python(v) for k, v in value.items()})
    if isinstance(value, (set, frozenset)):  # sorted, so messages and `config show` are stable
        return Node([from_python(v) for v in sorted(value, key=str)])
    if isinstance(value, (list, tuple)):
        return Node([from_python(v) for v in value])
    if isinstance(value, PurePath):
        return Node(str(value))
    if isinstance(value, enum.Enum):  # typer enums and Severity: their config spelling
        return Node(value.name.lower() if isinstance(value, enum.IntEnum) else value.value)
    return Node(value)


def type_name(value: Any) -> str:
    """How a value's type is called in messages (YAML/TOML words, not Python's)."""
    if isinstance(value, Node):
        value = value.value
    names = [(bool, "boolean"), (int, "integer"), (float, "number"), (str, "string"),
             (list, "list"), (dict, "mapping"), (type(None), "null")]
    for kind, name in names:
        if isinstance(value, kind):
            return name
    return "date" if type(value).__name__ in {"date", "datetime", "time"} else type(value).__name__
