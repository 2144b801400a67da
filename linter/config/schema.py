"""The config keys, what each accepts, and the strict walk over a config document.

:data:`SCHEMA` is the single list of keys: a parser per setting, a nested
dict per section. Unknown keys are errors with a "did you mean" hint, so a
typo never silently falls back to a default.
"""

from __future__ import annotations

from typing import Any

from linter.config import parsers as p
from linter.config.nodes import Node, type_name
from linter.config.parsers import Context
from linter.errors import ConfigError

SCHEMA: dict[str, Any] = {
    "language": p.choice(*p.LANGUAGES),
    "languages": p.mapping_of(p.glob_key, p.choice(*p.LANGUAGES), "glob patterns to de-DE, de-AT or de-CH"),
    "include": p.list_of(p.glob, "glob patterns"),
    "exclude": p.list_of(p.glob, "glob patterns"),
    "rules": p.list_of(p.existing_path("any"), "rule files or folders"),
    "default_rules": p.boolean,
    "enable": p.list_of(p.rule_id, "rule ids or prefixes"),
    "disable": p.list_of(p.rule_id, "rule ids or prefixes"),
    "severity": p.mapping_of(p.rule_id_key, p.severity, "rule ids or prefixes to error, warning or info"),
    "vocabulary": {
        "accept": p.list_of(p.existing_path("file"), "word-list files"),
        "reject": p.list_of(p.existing_path("file"), "word-list files"),
    },
    "house_spelling": {
        "brand_case": p.boolean,
        "foreign_marks": p.boolean,
        "transliteration": p.boolean,
    },
    "fail_on": p.severity,
    "formats": p.mapping_of(p.glob_key, p.choice(*p.INPUT_FORMATS), "glob patterns to text, markdown or html"),
    "front_matter_fields": p.list_of(p.name, "front-matter field names"),
    "html_attributes": p.list_of(p.name, "HTML attribute names"),
    "languagetool": {
        "url": p.url,
        "version": p.version,
        "level": p.choice(*p.LEVELS),
        "disabled_rules": p.list_of(p.languagetool_id, "LanguageTool rule ids"),
        "enabled_rules": p.list_of(p.languagetool_id, "LanguageTool rule ids"),
        "disabled_categories": p.list_of(p.languagetool_id, "LanguageTool category ids"),
        "enabled_categories": p.list_of(p.languagetool_id, "LanguageTool category ids"),
        "idle_timeout": p.positive_number,
    },
}

# Pairs that must not share an entry within one source: which list wins would be a guess.
_EXCLUSIVE = (
    ("enable", "disable"),
    ("languagetool.enabled_rules", "languagetool.disabled_rules"),
    ("languagetool.enabled_categories", "languagetool.disabled_categories"),
)


def schema_keys(schema: dict[str, Any] = SCHEMA, prefix: str = "") -> list[str]:
    """Every leaf key of ``schema``, dotted."""
    keys = []
    for key, spec in schema.items():
        if isinstance(spec, dict):
            keys.extend(schema_keys(spec, f"{prefix}{key}."))
        else:
            keys.append(prefix + key)
    return keys


def parser_for(key: str) -> p.Parser | None:
    """The parser of dotted leaf ``key``, or None when there is no such setting."""
    spec: Any = SCHEMA
    for part in key.split("."):
        if not isinstance(spec, dict) or part not in spec:
            return None
        spec = spec[part]
    return None if isinstance(spec, dict) else spec


def validate(tree: Node, ctx: Context) -> tuple[dict[str, Any], dict[str, str]]:
    """Parse a whole config document; return its values and their origins, by dotted key."""
    if not isinstance(tree.value, dict):
        where = f"{ctx.display}:{tree.line}" if tree.line else ctx.display
        raise ConfigError(f"{where}: expected a mapping of settings, got {type_name(tree.value)}")
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    nodes: dict[str, Node] = {}
    _walk(tree, SCHEMA, "", ctx, values, origins, nodes)
    check_exclusive(values, nodes, ctx)
    return values, origins


def _walk(tree: Node, schema: dict[str, Any], prefix: str, ctx: Context,
          values: dict[str, Any], origins: dict[str, str], nodes: dict[str, Node]) -> None:
    for key, node in tree.value.items():
        dotted = prefix + key
        spec = schema.get(key)
        if spec is None:
            raise ctx.error(node.where, dotted, "unknown key" + _suggest(key, schema, prefix))
        if isinstance(spec, dict):
            if not isinstance(node.value, dict):
                raise ctx.error(node.where, dotted, f"expected a mapping (a section), got {type_name(node.value)}")
            _walk(node, spec, dotted + ".", ctx, values, origins, nodes)
            continue
        values[dotted] = spec(node, dotted, ctx)
        origins[dotted] = ctx.origin(node, dotted)
        nodes[dotted] = node


def _suggest(key: str, schema: dict[str, Any], prefix: str) -> str:
    """A did-you-mean for an unknown key: a sibling first, else (at the top) a key inside a section."""
    hint = p.did_you_mean(key, list(schema))
    if hint or prefix:
        return hint
    # 'level:' at the top level most likely belongs in 'languagetool:'.
    nested = {leaf: f"{section}.{leaf}" for section, spec in schema.items() if isinstance(spec, dict) for leaf in spec}
    leaf = p.closest(key, list(nested))
    return f" (did you mean {nested[leaf]!r}?)" if leaf else ""


def check_exclusive(values: dict[str, Any], nodes: dict[str, Node], ctx: Context) -> None:
    """Reject an entry listed both to enable and to disable, in the same source."""
    for on, off in _EXCLUSIVE:
        both = [entry for entry in values.get(on, ()) if entry in values.get(off, ())]
        if both:
            raise ctx.error(nodes[on].where, on, f"{both[0]!r} is also listed in '{off}'; keep it in one of them")
