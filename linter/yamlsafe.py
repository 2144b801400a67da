"""The one way newslint reads YAML: composed with lines, strict, and bounded.

Config files, rule files, the fix allow-list, the news profile and Markdown front
matter all come through here, so each gets the same guarantees:

* every error names the 1-based line it is about (:class:`YamlError`);
* a duplicate key is an error (PyYAML would silently let the last one win);
* a merge key (``<<: *base``) is an error: newslint's readers would not merge it;
* an explicit tag other than YAML's plain types (``!!python/object``, ``!custom``)
  is an error, not a value of an unknown kind;
* aliases are bounded: PyYAML composes ``*alias`` as a reference to the anchored
  node, so the tree is small, but anything that walks it visits the anchored
  value once per use. Nine anchors of nine aliases ("billion laughs") make 9^9
  visits from a few hundred bytes. Composing counts how many values the aliases
  add when expanded and refuses the document above :data:`MAX_ALIASED_VALUES`,
  and refuses an alias inside the value it names (an endless tree), before any
  caller walks it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml
from yaml.events import AliasEvent, CollectionStartEvent, ScalarEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

# Values aliases may add when expanded. Real config, rule and front matter files
# alias a few small values; the limit keeps a walk of any accepted tree short.
MAX_ALIASED_VALUES = 10_000

_CORE = "tag:yaml.org,2002:"
_MERGE = _CORE + "merge"
# Tags a document may name explicitly (``!!str 12``); every other tag is refused.
ALLOWED_TAGS = frozenset(_CORE + name for name in ("str", "int", "float", "bool", "null", "seq", "map", "timestamp"))


@dataclass
class YamlError(Exception):
    """A YAML document that is invalid or refused: the line (1-based), the key path if known, the problem."""

    line: int
    problem: str
    key: str = ""  # dotted path of the key concerned ("languagetool.level"), "" when none

    def __str__(self) -> str:
        key = f"{self.key}: " if self.key else ""
        return f"line {self.line}: {key}{self.problem}"

    def render(self, display: str) -> str:
        """``file:line: key: problem``, the form newslint's file errors take."""
        key = f"{self.key}: " if self.key else ""
        return f"{display}:{self.line}: {key}{self.problem}"


class _Loader(yaml.SafeLoader):
    """A SafeLoader whose composer measures alias expansion and checks explicit tags as it goes.

    ``strict``: raise the first refusal at once (composition stops, so time stays
    bounded). Otherwise refusals are collected and composition goes on; composing is
    linear in the text either way, as aliases are shared, not copied.
    """

    def __init__(self, text: str, strict: bool, max_aliased: int) -> None:
        super().__init__(text)
        self.strict = strict
        self.max_aliased = max_aliased
        self.aliased = 0  # values added by aliases when the tree is expanded
        self.sizes: dict[int, int] = {}  # id(node) -> values in its expanded subtree, once composed
        self.refusals: list[YamlError] = []

    def refuse(self, error: YamlError) -> None:
        if self.strict:
            raise error
        self.refusals.append(error)

    def compose_node(self, parent: Node | None, index: Any) -> Node:
        event = self.peek_event()
        if isinstance(event, AliasEvent):
            node = super().compose_node(parent, index)
            self._count_alias(event, node)
            return node
        if isinstance(event, (ScalarEvent, CollectionStartEvent)) and event.tag not in (None, "!"):
            if event.tag not in ALLOWED_TAGS:
                self.refuse(YamlError(event.start_mark.line + 1, f"unknown tag {_shown_tag(event.tag)}; "
                                      "only plain text, numbers, true/false, null, dates, lists and mappings "
                                      "are read"))
        node = super().compose_node(parent, index)
        children: list[Node] = []
        if isinstance(node, SequenceNode):
            children = node.value
        elif isinstance(node, MappingNode):
            children = [n for pair in node.value for n in pair]
            for key, _ in node.value:
                if key.tag == _MERGE:  # PyYAML's node readers do not merge; the key would crash them
                    self.refuse(YamlError(key.start_mark.line + 1, "merge keys (<<) are not supported; "
                                          "write the keys out"))
        self.sizes[id(node)] = 1 + sum(self.sizes.get(id(child), 1) for child in children)
        return node

    def _count_alias(self, event: AliasEvent, node: Node) -> None:
        line = event.start_mark.line + 1
        size = self.sizes.get(id(node))
        if size is None:  # the anchored value is still being composed: the alias sits inside it
            self.refuse(YamlError(line, f"alias *{event.anchor} is used inside the value it names, "
                                  "which makes an endless value; write the value out"))
            return
        if self.aliased <= self.max_aliased:
            self.aliased += size
            if self.aliased > self.max_aliased:
                self.refuse(YamlError(line, f"aliases (*{event.anchor} and others) expand to more than "
                                      f"{self.max_aliased} values; write the values out instead of "
                                      "repeating anchors"))


def _shown_tag(tag: str) -> str:
    return "!!" + tag[len(_CORE):] if tag.startswith(_CORE) else tag if tag.startswith("!") else f"!<{tag}>"


def compose(text: str, *, max_aliased: int = MAX_ALIASED_VALUES) -> Node | None:
    """The node tree of a single-document YAML text (None when empty); raise YamlError if invalid or refused."""
    root, _ = _compose(text, strict=True, max_aliased=max_aliased)
    return root


def compose_lenient(text: str, *, max_aliased: int = MAX_ALIASED_VALUES) -> tuple[Node | None, list[YamlError]]:
    """The node tree and the refusals (aliases, tags, duplicate keys) instead of raising them.

    For readers that can use a refused document in part (front matter: its copy
    fields are read from the source once each, never expanded). A syntax error
    is still raised, as there is no tree.
    """
    return _compose(text, strict=False, max_aliased=max_aliased)


def _compose(text: str, strict: bool, max_aliased: int) -> tuple[Node | None, list[YamlError]]:
    loader = None
    try:
        loader = _Loader(text, strict, max_aliased)  # the reader checks the characters here
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(exc) from None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, max(exc.position, 0)) + 1
        raise YamlError(line, f"not valid YAML: {exc.reason} (character {exc.character!r})") from None
    except yaml.YAMLError as exc:
        raise YamlError(1, f"not valid YAML: {exc}") from None
    finally:
        if loader is not None:
            loader.dispose()
    refusals = loader.refusals
    if root is not None:
        for error in duplicate_keys(root):
            if strict:
                raise error
            refusals.append(error)
    return root, refusals


def _syntax_error(exc: yaml.MarkedYAMLError) -> YamlError:
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark else 1
    where = ""
    if exc.context and exc.context_mark and exc.context_mark.line + 1 != line:
        where = f"{exc.context} on line {exc.context_mark.line + 1}: "
    elif exc.context and exc.problem:
        where = f"{exc.context}: "
    return YamlError(line, f"not valid YAML: {where}{exc.problem or exc}")


def duplicate_keys(root: Node) -> list[YamlError]:
    """One error per key written twice in the same mapping, at the second one, with its dotted path.

    Each node is visited once, so an aliased mapping is checked once and the walk
    stays linear in the text.
    """
    errors: list[YamlError] = []
    seen: set[int] = set()
    stack: list[tuple[Node, str]] = [(root, "")]
    while stack:
        node, path = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, SequenceNode):
            stack.extend((item, f"{path}[{i}]") for i, item in enumerate(node.value))
        elif isinstance(node, MappingNode):
            first: dict[str, int] = {}
            for key_node, value_node in node.value:
                name = key_node.value if isinstance(key_node, ScalarNode) else None
                dotted = f"{path}.{name}" if path else str(name)
                if name is not None and name in first:
                    errors.append(YamlError(key_node.start_mark.line + 1,
                                            f"duplicate key (first on line {first[name]})", dotted))
                elif name is not None:
                    first[name] = key_node.start_mark.line + 1
                stack.append((value_node, dotted))
    return sorted(errors, key=lambda e: e.line)


def construct(node: Node | None) -> Any:
    """The plain Python value of a composed tree, as ``yaml.safe_load`` would build it."""
    if node is None:
        return None
    return yaml.SafeLoader("").construct_document(node)


def load(text: str) -> Any:
    """``yaml.safe_load`` with this module's checks: the Python value, or YamlError."""
    return construct(compose(text))
