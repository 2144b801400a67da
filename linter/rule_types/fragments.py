"""Named pieces of regular expression that pattern rules share: a fragments file.

A fragments file is a YAML mapping with the key ``fragments`` (and no ``id``, which rules have). Each entry names a
piece of pattern (``regex`` syntax, always read verbose, as the pack writes its patterns:
a literal space is ``\\x20``) with words it must match whole (``matches``) and words it must
not (``rejects``)::

    fragments:
      participle:
        description: A past participle ...
        pattern: |-
          \\p{Ll}*ge\\p{Ll}+(?:t|en) | (?:be|er|ver)\\p{Ll}+t
        matches: [gegründet, verhaftet]
        rejects: [gesetzlich]

A rule's pattern (``pattern``, and the patterns of the other rule types) calls one as
``(?&participle)``. Loading appends the definitions it calls, and those they call, as a
``(?(DEFINE)...)`` block, so the rule compiles to one expression as if it had written them
out: a fragment is written, tested and mended once. A name the pattern defines itself
(``(?<time>...)``) is its own and is not taken from the fragments.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import regex
from yaml.nodes import MappingNode, Node

from linter.rule_types.spec import Section, text_list

#: The key that makes a YAML file a fragments file rather than a rule.
FRAGMENTS_KEY = "fragments"
FRAGMENT_KEYS = frozenset({"description", "pattern", "matches", "rejects"})
_NAME = regex.compile(r"[a-z][a-z0-9_]*\Z")
_CALL = regex.compile(r"\(\?&([A-Za-z_]\w*)\)")
_OWN_GROUP = regex.compile(r"\(\?P?<([A-Za-z_]\w*)>")
_VERBOSE_START = regex.compile(r"\(\?[a-zA-Z]*x")


@dataclass(frozen=True)
class Fragment:
    """One named piece of pattern, where it was defined, and the words that test it."""

    name: str
    source: str
    path: Path
    line: int
    matches: tuple[str, ...] = ()
    rejects: tuple[str, ...] = ()
    description: str | None = None


def is_fragments_file(node: Node) -> bool:
    """True when a composed YAML file is a fragments file: a mapping with ``fragments`` and no ``id`` or ``type``.

    Any other key beside ``fragments`` is then reported as unknown, not read as a rule.
    """
    if not isinstance(node, MappingNode):
        return False
    keys = {getattr(key, "value", None) for key, _ in node.value}
    return FRAGMENTS_KEY in keys and not keys & {"id", "type"}


def read_fragments(section: Section, path: Path) -> list[Fragment]:
    """The fragments of one fragments file; each problem is recorded in ``section.problems``."""
    fragments: list[Fragment] = []
    section.check_keys({FRAGMENTS_KEY}, hint="(a fragments file holds nothing else)")
    listing = section.section(FRAGMENTS_KEY, required=True)
    if listing is None:
        return fragments
    for name in listing.entries:
        entry = listing.section(name)
        if not _NAME.match(name):
            listing.problems.add(listing.key_node(name), listing.key(name),
                                 "a fragment name is lower-case a-z, digits and _, starting with a letter")
            continue
        if entry is None:
            continue
        entry.check_keys(FRAGMENT_KEYS)
        source = entry.text("pattern", required=True)
        matches = _words(entry, "matches", required=True)
        rejects = _words(entry, "rejects")
        if source is None or matches is None or rejects is None:
            continue
        try:
            regex.compile(f"(?x:{source}\n)")
        except regex.error as exc:
            if not _CALL.search(source):  # calls to other fragments are checked once all are read
                entry.problems.add(entry.key_node("pattern"), entry.key("pattern"), f"invalid regular expression: {exc}")
                continue
        fragments.append(Fragment(name, source, path, listing.line(name), tuple(matches), tuple(rejects),
                                  entry.text("description")))
    return fragments


def _words(entry: Section, key: str, required: bool = False) -> list[str] | None:
    """A list of example words (``matches`` must hold one at least)."""
    nodes = entry.sequence(key, required=required)
    if nodes is None:
        return None if entry.has(key) or required else []
    values = text_list(nodes, entry.key(key), entry.problems)
    if values is not None and required and not values:
        entry.problems.add(entry.key_node(key), entry.key(key), "must list one example at least")
        return None
    return values


def with_fragments(source: str, fragments: Mapping[str, Fragment]) -> tuple[str, list[str]]:
    """``source`` with the definitions of the fragments it calls appended, and the names no fragment has.

    The calls of the fragments themselves are followed, each definition is appended
    once, and names the pattern defines as its own groups are left to it.
    """
    pending = _CALL.findall(source)
    if not pending:
        return source, []  # most patterns call none: nothing to look up
    own = set(_OWN_GROUP.findall(source))
    needed: list[str] = []
    unknown: list[str] = []
    while pending:
        name = pending.pop(0)
        if name in own or name in needed or name in unknown:
            continue
        fragment = fragments.get(name)
        if fragment is None:
            unknown.append(name)
            continue
        needed.append(name)
        pending.extend(_CALL.findall(fragment.source))
    if not needed:
        return source, unknown
    # Each body is read verbose whatever the rule's own flags; the line break ends a trailing comment.
    definitions = "".join(f"(?<{name}>(?x:{fragments[name].source}\n))" for name in needed)
    # A verbose pattern may end in a comment, which would swallow the block.
    separator = "\n" if _VERBOSE_START.match(source) else ""
    return f"{source}{separator}(?(DEFINE){definitions})", unknown


def fragment_problems(fragment: Fragment, fragments: Mapping[str, Fragment]) -> list[str]:
    """What is wrong with a fragment's pattern or examples, as ``file:line: fragments.name: problem`` lines."""
    where = f"{fragment.path}:{fragment.line}: {FRAGMENTS_KEY}.{fragment.name}"
    expanded, unknown = with_fragments(f"(?&{fragment.name})", fragments)
    if unknown:
        return [f"{where}: calls (?&{name}), which no fragments file defines" for name in unknown]
    try:
        compiled = regex.compile(expanded)
    except regex.error as exc:
        return [f"{where}: invalid regular expression: {exc}"]
    problems = [f"{where}: does not match {word!r} whole, which it lists under 'matches'"
                for word in fragment.matches if compiled.fullmatch(word) is None]
    problems += [f"{where}: matches {word!r} whole, which it lists under 'rejects'"
                 for word in fragment.rejects if compiled.fullmatch(word) is not None]
    return problems
