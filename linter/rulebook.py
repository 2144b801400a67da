"""Load and validate the YAML house rules, and run them over prose.

One rule per file; a folder is searched recursively for ``*.yml`` and ``*.yaml``. A file
with the key ``fragments`` (and no ``id``) holds pieces of pattern the rules share instead
(:mod:`linter.rule_types.fragments`).
Loading is strict and collects every problem of every file before raising one
:class:`~linter.errors.RuleError` whose lines read ``file:line: key: problem``.
"""

from __future__ import annotations

import importlib.resources
from collections import ChainMap
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from yaml.nodes import MappingNode

from linter.config.selection import prefix_matches
from linter.errors import RuleError
from linter.findings import Match
from linter.rule_types import RULE_TYPES, Rule, RuleFailure, rule_type
from linter.rule_types.base import DEFAULT_TIMEOUT
from linter.rule_types.common import COMMON_KEYS, read_common
from linter.rule_types.fragments import Fragment, fragment_problems, is_fragments_file, read_fragments
from linter.rule_types.spec import Problem, Problems, Section, compose, kind_of

RULE_SUFFIXES = (".yml", ".yaml")
#: Characters of text per time limit of a rule: the slowest rule of the default pack reads
#: 100,000 characters in about 0.3 s on a busy 2-core machine.
TIMEOUT_CHARS = 100_000


@dataclass
class Rulebook:
    """The loaded rules, in load order, and the time limit each gets per text."""

    rules: list[Rule] = field(default_factory=list)
    timeout: float = DEFAULT_TIMEOUT

    def check(self, text: str, warnings: list[str] | None = None) -> list[Match]:
        """Run every rule over one prose text; matches sorted by position, then rule id.

        A rule that runs out of time, or cannot run here (:class:`RuleFailure`), is
        skipped for this text. With a ``warnings`` list the failure is appended there
        (the engine shows it as a per-file warning and goes on); without one it is
        raised so a missing result is never silent.
        """
        matches: list[Match] = []
        # The limit catches a pattern that backtracks; a sound rule still needs time in
        # proportion to the text, so a big file gets the limit once per TIMEOUT_CHARS.
        timeout = self.timeout * max(1.0, len(text) / TIMEOUT_CHARS)
        for rule in self.rules:
            try:
                matches.extend(rule.check(text, timeout))
            except RuleFailure as exc:
                if warnings is None:
                    raise
                warnings.append(str(exc))
        return sorted(matches, key=lambda m: (m.offset, m.length, m.rule))

    def selected(self, enable: Iterable[str]) -> "Rulebook":
        """The rules that run under a config's ``enable`` list.

        A rule with ``enabled: false`` runs only when an ``enable`` entry is its id
        or a dotted prefix of it; every other rule stays (``disable`` is applied to
        the findings later, the same way for house rules and LanguageTool).
        """
        entries = tuple(enable)
        kept = [r for r in self.rules if r.enabled or any(prefix_matches(e, r.id) for e in entries)]
        return Rulebook(kept, self.timeout)

    def get(self, rule_id: str) -> Rule | None:
        """The rule with exactly this id, or None."""
        return next((r for r in self.rules if r.id == rule_id), None)


def default_rules_dir() -> Path:
    """The default German news pack: the installed ``linter.rules`` package, else ``rules/`` of a checkout."""
    try:
        packaged = Path(str(importlib.resources.files("linter.rules")))
        if packaged.is_dir():
            return packaged
    except (ModuleNotFoundError, TypeError):
        pass  # running from a source checkout, where rules/ sits next to linter/
    return Path(__file__).resolve().parent.parent / "rules"


def pack_fragments_file() -> Path:
    """The default pack's fragments file, whose fragments every rulebook may call."""
    return default_rules_dir() / "fragments.yml"


def rulebook_inputs(paths: list[Path]) -> list[Path]:
    """Every file a rulebook of ``paths`` depends on: the files they name and the pack's fragments file."""
    files = rule_files(paths)
    return files + [pack_fragments_file()] if _needs_pack_fragments(files) else files


def _needs_pack_fragments(files: list[Path]) -> bool:
    """True when the pack's fragments file exists and is not among ``files``, so it fills in for them."""
    pack = pack_fragments_file()
    return pack.is_file() and pack.resolve() not in {f.resolve() for f in files}


def load_rulebook(paths: list[Path], timeout: float = DEFAULT_TIMEOUT) -> Rulebook:
    """Load every rule file in ``paths`` (files, or folders searched recursively); raise RuleError on any problem.

    Fragments files among them (linter/rule_types/fragments.py) are read first, so a rule
    in any of the files may call a fragment of any other. When the pack's own fragments
    file is not among them (``default_rules: false``, a rule file named alone) and they
    define none of its names, its fragments are there as well, so the pack's rules and
    rules that call its fragments load anywhere; files that define a name of the pack's
    (a copy of the pack) use their own fragments only.
    """
    files = rule_files(paths)
    read = [(path, Problems()) for path in files]
    nodes = [read_rule_node(path, problems) for path, problems in read]
    errors: list[str] = []
    loaded = _fragments_of(read, nodes)
    fallback = _pack_fragments(errors) if _needs_pack_fragments(files) else {}
    if fallback.keys() & loaded.keys():
        # The files define the pack's names themselves (a copy of the pack): the pack's own
        # fragments, which call each other, would mix with theirs.
        fallback = {}
    fragments = ChainMap(loaded, fallback)
    rules: list[Rule] = []
    for (path, problems), node in zip(read, nodes):
        if node is not None and not is_fragments_file(node):
            rule = build_rule(Section(node, problems, fragments=fragments), path)
            if rule is not None:
                rules.append(rule)
        errors.extend(_rendered(path, problems))
    for fragment in fragments.values():
        errors.extend(fragment_problems(fragment, fragments))
    errors.extend(duplicate_ids(rules))
    if errors:
        raise RuleError("\n".join(errors))
    return Rulebook(rules, timeout)


def _pack_fragments(errors: list[str]) -> dict[str, Fragment]:
    """The fragments of the pack's fragments file, its problems (none in a sound install) added to ``errors``."""
    path, problems = pack_fragments_file(), Problems()
    fragments = _fragments_of([(path, problems)], [read_rule_node(path, problems)])
    errors.extend(_rendered(path, problems))
    return fragments


def _rendered(path: Path, problems: Problems) -> list[str]:
    """The error lines of one file's problems, in the order of their lines."""
    return [p.render(str(path)) for p in sorted(problems.items, key=lambda p: p.line)]


def _fragments_of(read: list[tuple[Path, Problems]], nodes: list[MappingNode | None]) -> dict[str, Fragment]:
    """The fragments of every fragments file among the read files; a name defined twice is a problem."""
    fragments: dict[str, Fragment] = {}
    for (path, problems), node in zip(read, nodes):
        if node is None or not is_fragments_file(node):
            continue
        section = Section(node, problems)
        for fragment in read_fragments(section, path):
            first = fragments.get(fragment.name)
            if first is not None:
                problems.items.append(Problem(fragment.line, f"fragments.{fragment.name}",
                                              f"duplicate fragment, first defined in {first.path}:{first.line}"))
            else:
                fragments[fragment.name] = fragment
    return fragments


def rule_files(paths: list[Path]) -> list[Path]:
    """The rule files named by ``paths``: files as given, folders searched for *.yml/*.yaml in sorted order."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.suffix in RULE_SUFFIXES and p.is_file()))
        elif path.is_file():
            found.append(path)
        else:
            raise RuleError(f"{path}: no such rule file or folder")
    unique: dict[Path, Path] = {}
    for path in found:
        unique.setdefault(path.resolve(), path)  # a file named twice is loaded once
    return list(unique.values())


def read_rule_node(path: Path, problems: Problems) -> MappingNode | None:
    """Read and compose one rule or fragments file; record its problems and return None when it is unusable."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        problems.items.append(Problem(1, "yaml", f"cannot read the file: {exc}"))
        return None
    node = compose(text, problems)
    if node is None:
        if not problems:
            problems.items.append(Problem(1, "rule", "the file is empty; it should hold one rule"))
        return None
    if not isinstance(node, MappingNode):
        problems.add(node, "rule", f"expected a mapping of keys (id, type, message, ...), got {kind_of(node)}")
        return None
    return node


def build_rule(section: Section, path: Path) -> Rule | None:
    """Validate common and type keys of one rule mapping and build the Rule."""
    name = section.text("type", required=True)
    cls = rule_type(name) if name is not None else None
    if name is not None and cls is None:
        known = ", ".join(sorted(RULE_TYPES))
        section.problems.add(section.key_node("type"), "type", f"unknown rule type {name!r}; known types: {known}")
    common = read_common(section, cls)
    if cls is None:
        return None
    section.check_keys(COMMON_KEYS | cls.KEYS, hint=f"(for type {cls.type})")
    rule = cls.from_spec({**common, "path": path}, section)
    return rule if not section.problems else None


def duplicate_ids(rules: list[Rule]) -> list[str]:
    """One error line per rule whose id was already used by an earlier rule."""
    first: dict[str, Rule] = {}
    errors = []
    for rule in rules:
        if rule.id in first:
            other = first[rule.id]
            errors.append(f"{rule.path}:{rule.line}: id: duplicate id {rule.id!r}, first defined in {other.path}:{other.line}")
        else:
            first[rule.id] = rule
    return errors
