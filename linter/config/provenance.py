"""Showing the effective configuration and where each value came from (``newslint config show``)."""

from __future__ import annotations

import enum
from pathlib import PurePath
from typing import Any

import yaml

from linter.config.model import Config, get_value, leaf_keys

_COMMENT_COLUMN_MAX = 56  # lines longer than this get their comment two spaces after them


def effective_as_dict(config: Config) -> dict[str, Any]:
    """JSON-ready ``{"source": ..., "values": {...nested...}, "origins": {dotted key: origin}}``."""
    values: dict[str, Any] = {}
    for key in leaf_keys():
        section, _, leaf = key.rpartition(".")
        target = values.setdefault(section, {}) if section else values
        target[leaf] = plain(get_value(config, key))
    return {
        "source": str(config.source) if config.source else None,
        "values": values,
        "origins": {key: config.origins.get(key, "default") for key in leaf_keys()},
    }


def format_effective(config: Config) -> str:
    """The effective configuration as YAML, each value followed by ``# from: <origin>``.

    The output is itself a valid config file (paths are absolute).
    """
    rows: list[tuple[str, str]] = []  # (YAML text, comment), comment "" for none
    current_section = None
    for key in leaf_keys():
        section, _, leaf = key.rpartition(".")
        if section and section != current_section:
            rows.append((f"{section}:", ""))
        current_section = section
        indent = "  " if section else ""
        rows.extend(_rows(indent, leaf, plain(get_value(config, key)), config.origins.get(key, "default")))
    header = f"# config file: {config.source}" if config.source else "# no config file: defaults"
    return "\n".join([header, *_aligned(rows)]) + "\n"


def _rows(indent: str, leaf: str, value: Any, origin: str) -> list[tuple[str, str]]:
    """One row for a scalar or list; a header row plus one row per entry for a non-empty mapping."""
    comment = f"# from: {origin}"
    if isinstance(value, dict) and value:
        entries = [(f"{indent}  {_yaml(k)}: {_yaml(v)}", "") for k, v in value.items()]
        return [(f"{indent}{leaf}:", comment), *entries]
    return [(f"{indent}{leaf}: {_yaml(value)}", comment)]


def _aligned(rows: list[tuple[str, str]]) -> list[str]:
    width = max((len(text) for text, _ in rows if len(text) <= _COMMENT_COLUMN_MAX), default=0)
    return [f"{text:<{width}}  {comment}" if comment else text for text, comment in rows]


def _yaml(value: Any) -> str:
    """``value`` as inline YAML (quoted where YAML needs it)."""
    text = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=10**9)
    return text.removesuffix("\n").removesuffix("\n...").strip()


def plain(value: Any) -> Any:
    """``value`` as plain YAML/JSON data: paths and severities as strings, tuples as lists."""
    if isinstance(value, PurePath):
        return str(value)
    if isinstance(value, enum.IntEnum):
        return value.name.lower()
    if isinstance(value, dict):
        return {plain(k): plain(v) for k, v in value.items()}
    if isinstance(value, (tuple, list)):
        return [plain(v) for v in value]
    return value
