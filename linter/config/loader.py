"""Building the effective :class:`Config`: defaults <- config file <- command line."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from linter.config.discovery import PYPROJECT, find_config_file
from linter.config.model import CLI_ORIGIN, Config, with_values
from linter.config.nodes import Node, from_python, read_pyproject, read_yaml
from linter.config.parsers import Context, did_you_mean
from linter.config.schema import SCHEMA, check_exclusive, parser_for, schema_keys, validate
from linter.errors import ConfigError

PYPROJECT_PREFIX = "tool.newslint."


def load_config(path: Path | None, *, start: Path | None = None) -> Config:
    """Load the config file ``path`` (``--config``), or the one found from ``start`` (default: cwd).

    An explicit ``path`` that does not exist is an error; when discovery finds
    nothing, the defaults apply.
    """
    if path is None:
        found = find_config_file(start if start is not None else Path.cwd())
        return Config() if found is None else _load_file(found)
    path = Path(os.path.abspath(path))
    if not path.exists():
        raise ConfigError(f"{display_path(path)}: config file not found")
    if not path.is_file():
        raise ConfigError(f"{display_path(path)}: is a folder, not a config file")
    return _load_file(path)


def _load_file(path: Path) -> Config:
    """Parse and validate one config file (YAML, or pyproject.toml's ``[tool.newslint]``)."""
    display = display_path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ConfigError(f"{display}: not UTF-8 text") from None
    except OSError as exc:
        raise ConfigError(f"{display}: cannot be read: {exc.strerror or exc}") from None
    if path.name == PYPROJECT or path.suffix == ".toml":
        tree = read_pyproject(text, display)
        if tree is None:
            raise ConfigError(f"{display}: has no [tool.newslint] table")
        ctx = Context(display, path.parent, key_prefix=PYPROJECT_PREFIX)
    else:
        tree = read_yaml(text, display)
        ctx = Context(display, path.parent)
    values, origins = validate(tree, ctx)
    return with_values(Config(), values, origins, source=path)


def apply_overrides(config: Config, overrides: dict[str, object]) -> Config:
    """``config`` with command-line values put over it; keys are dotted (``languagetool.url``).

    Only entries whose value is not None count, so a caller can pass every flag.
    A value replaces the file's value whole (lists too); paths are relative to
    the working directory. Values are validated like file values.
    """
    given = {key: value for key, value in _flatten(overrides).items() if value is not None}
    ctx = Context(CLI_ORIGIN, Path.cwd(), from_file=False)
    values: dict[str, Any] = {}
    nodes: dict[str, Node] = {}
    for key, value in given.items():
        parse = parser_for(key)
        if parse is None:
            raise ConfigError(f"{CLI_ORIGIN}: unknown setting {key!r}{did_you_mean(key, schema_keys())}")
        nodes[key] = from_python(value)
        values[key] = parse(nodes[key], key, ctx)
    check_exclusive(values, nodes, ctx)
    return with_values(config, values, {key: CLI_ORIGIN for key in values})


def _flatten(overrides: dict[str, object]) -> dict[str, object]:
    """Accept ``{"languagetool": {"url": ...}}`` as well as ``{"languagetool.url": ...}``."""
    flat: dict[str, object] = {}
    for key, value in overrides.items():
        if isinstance(SCHEMA.get(key), dict) and isinstance(value, dict):
            flat.update({f"{key}.{leaf}": v for leaf, v in value.items()})
        else:
            flat[key] = value
    return flat


def display_path(path: Path) -> str:
    """``path`` as messages show it: relative to the working directory when below it, else absolute."""
    try:
        return str(Path(os.path.abspath(path)).relative_to(Path.cwd()))
    except ValueError:
        return str(path)
