"""Value parsers: turn one config :class:`Node` into a typed value or raise a ConfigError.

Each parser has the signature ``parse(node, key, ctx)``; ``key`` is the dotted
key (``languagetool.level``, ``include[2]``) and ``ctx`` says which file the
value came from, so every message reads ``file:line: key: problem``.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from linter.config import globs
from linter.config.nodes import Node, type_name
from linter.errors import ConfigError
from linter.findings import Severity

Parser = Callable[[Node, str, "Context"], Any]

LANGUAGES = ("de-DE", "de-AT", "de-CH")
SEVERITIES = ("error", "warning", "info")
INPUT_FORMATS = ("text", "markdown", "html")
LEVELS = ("default", "picky")
LANGUAGETOOL_PREFIX = "languagetool."

# Dotted ids; \w admits umlauts in house rule names, '-' admits 'dass-das'.
_RULE_ID = re.compile(r"[\w-]+(?:\.[\w-]+)*")
_LANGUAGETOOL_ID = re.compile(r"[A-Za-z0-9_]+")
_VERSION = re.compile(r"\d+(?:\.\d+)+(?:-[\w.]+)?")
_URL = re.compile(r"https?://\S+")


@dataclass(frozen=True)
class Context:
    """Where the values being parsed come from."""

    display: str  # the file as shown in messages, or "command line"
    base: Path  # relative paths in values are resolved against this folder
    key_prefix: str = ""  # "tool.newslint." for pyproject.toml, so keys read as TOML paths
    from_file: bool = True

    def error(self, line: int | None, key: str, problem: str) -> ConfigError:
        """A ConfigError reading ``file:line: key: problem`` (the line left out when unknown)."""
        where = f"{self.display}:{line}" if line else self.display
        return ConfigError(f"{where}: {self.key_prefix}{key}: {problem}")

    def origin(self, node: Node, key: str) -> str:
        """Provenance text for a value: ``file:line``, ``file (key path)`` or ``command line``."""
        if not self.from_file:
            return self.display
        if node.where:
            return f"{self.display}:{node.where}"
        return f"{self.display} ({self.key_prefix}{key})"


def closest(word: str, candidates: Sequence[str]) -> str | None:
    """The candidate ``word`` most likely means: same letters in another case, else the closest spelling."""
    folded = {c.casefold(): c for c in candidates}
    if word.casefold() in folded:
        return folded[word.casefold()]
    close = difflib.get_close_matches(word, candidates, n=1, cutoff=0.6)
    return close[0] if close else None


def did_you_mean(word: str, candidates: Sequence[str]) -> str:
    """`` (did you mean 'x'?)`` for the closest candidate, or an empty string."""
    match = closest(word, candidates)
    return f" (did you mean {match!r}?)" if match else ""


def _got(node: Node) -> str:
    value = node.value
    if isinstance(value, (list, dict)) or value is None:
        return f"got {type_name(value)}"
    return f"got {type_name(value)} {value!r}"


def string(node: Node, key: str, ctx: Context, what: str = "a string") -> str:
    """A non-empty string."""
    if not isinstance(node.value, str):
        raise ctx.error(node.where, key, f"expected {what}, {_got(node)}")
    if not node.value.strip():
        raise ctx.error(node.where, key, f"expected {what}, got an empty string")
    return node.value


def choice(*options: str) -> Parser:
    """A parser accepting exactly one of ``options``."""
    listed = ", ".join(options)

    def parse(node: Node, key: str, ctx: Context) -> str:
        value = string(node, key, ctx, f"one of {listed}")
        if value not in options:
            raise ctx.error(node.where, key, f"{value!r} is not one of {listed}{did_you_mean(value, options)}")
        return value

    return parse


def boolean(node: Node, key: str, ctx: Context) -> bool:
    """true or false (not 'yes' in quotes, not 0/1)."""
    if not isinstance(node.value, bool):
        raise ctx.error(node.where, key, f"expected true or false, {_got(node)}")
    return node.value


def severity(node: Node, key: str, ctx: Context) -> Severity:
    """error, warning or info."""
    return Severity.parse(choice(*SEVERITIES)(node, key, ctx))


def list_of(item: Parser, what: str) -> Parser:
    """A parser for a list whose items ``item`` parses; duplicates are dropped, order kept."""

    def parse(node: Node, key: str, ctx: Context) -> tuple:
        if not isinstance(node.value, list):
            hint = " (write [] for an empty list)" if node.value is None else ""
            raise ctx.error(node.where, key, f"expected a list of {what}, {_got(node)}{hint}")
        values = [item(child, f"{key}[{i}]", ctx) for i, child in enumerate(node.value)]
        return tuple(dict.fromkeys(values))

    return parse


def mapping_of(parse_key: Callable[[str, Node, str, Context], str], parse_value: Parser, what: str) -> Parser:
    """A parser for a mapping; keys are checked by ``parse_key``, values by ``parse_value``; order kept."""

    def parse(node: Node, key: str, ctx: Context) -> dict:
        if not isinstance(node.value, dict):
            hint = " (write {} for an empty mapping)" if node.value is None else ""
            raise ctx.error(node.where, key, f"expected a mapping of {what}, {_got(node)}{hint}")
        result = {}
        for name, child in node.value.items():
            entry_key = f"{key}.{name}" if _RULE_ID.fullmatch(name) else f"{key}[{name!r}]"
            result[parse_key(name, child, entry_key, ctx)] = parse_value(child, entry_key, ctx)
        return result

    return parse


def glob(node: Node, key: str, ctx: Context) -> str:
    """A gitignore-like glob pattern (see :mod:`.globs`)."""
    pattern = string(node, key, ctx, "a glob pattern (string)")
    return _checked_glob(pattern, node, key, ctx)


def glob_key(name: str, node: Node, key: str, ctx: Context) -> str:
    """A glob pattern used as a mapping key."""
    return _checked_glob(name, node, key, ctx)


def _checked_glob(pattern: str, node: Node, key: str, ctx: Context) -> str:
    problem = globs.pattern_problem(pattern)
    if problem:
        raise ctx.error(node.where, key, f"{problem}: {pattern!r}")
    return pattern


def rule_id(node: Node, key: str, ctx: Context) -> str:
    """A rule id or dotted prefix (``typografie``, ``languagetool.GERMAN_SPELLER_RULE``)."""
    return _checked_rule_id(string(node, key, ctx, "a rule id or prefix"), node, key, ctx)


def rule_id_key(name: str, node: Node, key: str, ctx: Context) -> str:
    """A rule id or prefix used as a mapping key."""
    return _checked_rule_id(name, node, key, ctx)


def _checked_rule_id(value: str, node: Node, key: str, ctx: Context) -> str:
    if not _RULE_ID.fullmatch(value):
        raise ctx.error(node.where, key, f"{value!r} is not a rule id or prefix "
                        "(dotted names such as 'typografie' or 'languagetool.GERMAN_SPELLER_RULE')")
    return value


def languagetool_id(node: Node, key: str, ctx: Context) -> str:
    """A LanguageTool rule or category id; a leading ``languagetool.`` is accepted and dropped."""
    value = string(node, key, ctx, "a LanguageTool id").removeprefix(LANGUAGETOOL_PREFIX)
    if not _LANGUAGETOOL_ID.fullmatch(value):
        raise ctx.error(node.where, key, f"{value!r} is not a LanguageTool id (such as 'GERMAN_SPELLER_RULE')")
    return value


def name(node: Node, key: str, ctx: Context) -> str:
    """A field or attribute name: a non-empty string without spaces."""
    value = string(node, key, ctx, "a name")
    if any(c.isspace() for c in value):
        raise ctx.error(node.where, key, f"{value!r} contains a space")
    return value


def existing_path(kind: str) -> Parser:
    """A parser for a path (relative to the config file's folder) that must exist; ``kind``: 'file' or 'any'."""

    def parse(node: Node, key: str, ctx: Context) -> Path:
        text = string(node, key, ctx, "a path")
        path = Path(os.path.abspath(ctx.base / Path(text).expanduser()))
        if not path.exists():
            raise ctx.error(node.where, key, f"{text!r} does not exist (looked for {path})")
        if kind == "file" and not path.is_file():
            raise ctx.error(node.where, key, f"{text!r} is not a file ({path})")
        return path

    return parse


def url(node: Node, key: str, ctx: Context) -> str | None:
    """An http(s) URL, several of them (a list, or comma-separated: a pool of servers), or null for newslint's own server.

    Several URLs are kept as one comma-separated string, the form ``--languagetool-url`` gives.
    """
    if node.value is None:
        return None
    if isinstance(node.value, list):
        if not node.value:
            raise ctx.error(node.where, key, "expected at least one URL (or null for newslint's own server)")
        values = [string(child, f"{key}[{i}]", ctx, "a URL") for i, child in enumerate(node.value)]
    else:
        values = [string(node, key, ctx, "a URL")]
    urls = [part.strip() for value in values for part in value.split(",")]
    for part in urls:
        if not _URL.fullmatch(part):
            raise ctx.error(node.where, key, f"{part!r} is not an http:// or https:// URL")
    return ",".join(dict.fromkeys(urls))


def version(node: Node, key: str, ctx: Context) -> str | None:
    """A LanguageTool version as a string ("6.8"), or null for the pinned one."""
    if node.value is None:
        return None
    if isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
        # YAML reads 6.10 as the number 6.1: only a quoted version is exact.
        raise ctx.error(node.where, key, f"write the version as a string, e.g. \"{node.value}\" in quotes")
    value = string(node, key, ctx, "a version string")
    if not _VERSION.fullmatch(value):
        raise ctx.error(node.where, key, f"{value!r} is not a LanguageTool version such as \"6.8\"")
    return value


def positive_number(node: Node, key: str, ctx: Context) -> float:
    """A number greater than zero."""
    value = node.value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ctx.error(node.where, key, f"expected a number, {_got(node)}")
    if value <= 0:
        raise ctx.error(node.where, key, f"expected a number greater than 0, got {value!r}")
    return float(value)
