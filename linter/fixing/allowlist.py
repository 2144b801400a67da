"""The LanguageTool rules whose single suggestion ``newslint fix`` may apply.

The list is data (``linter/fix_allowlist.yaml``) so that every entry carries the
reason it is there, and a reviewer sees additions in one small file. Loading is
strict: an unknown key or a missing reason is an error, not a silently weaker list.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex

from linter import yamlsafe
from linter.errors import ConfigError
from linter.findings import FixSafety

ALLOWLIST_PATH = Path(__file__).resolve().parent.parent / "fix_allowlist.yaml"
EDITS = ("any", "delete-space")
_ENTRY_KEYS = {"reason", "edit", "flagged"}
_LEVELS = {"safe": FixSafety.SAFE, "unsafe": FixSafety.UNSAFE}


@dataclass(frozen=True)
class AllowEntry:
    """One allowed LanguageTool rule: its level, the reason, and the checks on each match."""

    rule: str  # LanguageTool id without the "languagetool." prefix
    level: FixSafety
    reason: str
    edit: str = "any"
    flagged: str | None = None

    def accepts(self, flagged_text: str, replacement: str) -> bool:
        """True when replacing ``flagged_text`` by ``replacement`` passes this entry's checks."""
        if self.flagged is not None and not regex.fullmatch(self.flagged, flagged_text):
            return False
        if self.edit == "delete-space":
            return is_space_deletion(flagged_text, replacement)
        return True


def is_space_deletion(before: str, after: str) -> bool:
    """True when ``after`` is ``before`` with one or more spaces (or tabs) removed and nothing else changed."""
    if len(after) >= len(before):
        return False
    i = 0
    for ch in before:
        if i < len(after) and ch == after[i]:
            i += 1
        elif ch not in " \t\u00a0\u202f":
            return False
    return i == len(after)


@dataclass(frozen=True)
class Allowlist:
    """All allowed LanguageTool rules, by id."""

    entries: dict[str, AllowEntry]

    def get(self, rule: str) -> AllowEntry | None:
        """The entry for a LanguageTool rule id (with or without the ``languagetool.`` prefix)."""
        return self.entries.get(rule.removeprefix("languagetool."))


@lru_cache(maxsize=None)
def load_allowlist(path: Path = ALLOWLIST_PATH) -> Allowlist:
    """Read and validate the allow-list; raise ConfigError naming the entry and the problem."""
    try:
        data = yamlsafe.load(path.read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the fix allow-list: {exc}") from None
    except yamlsafe.YamlError as exc:
        raise ConfigError(exc.render(str(path))) from None
    if not isinstance(data, dict) or set(data) - set(_LEVELS):
        raise ConfigError(f"{path}: expected the keys 'safe' and 'unsafe'")
    entries: dict[str, AllowEntry] = {}
    for level_name, rules in data.items():
        for rule, spec in (rules or {}).items():
            if rule in entries:
                raise ConfigError(f"{path}: {rule}: listed twice")
            entries[rule] = _entry(path, rule, _LEVELS[level_name], spec)
    return Allowlist(entries)


def _entry(path: Path, rule: str, level: FixSafety, spec) -> AllowEntry:
    """Validate one entry; every entry needs a reason."""
    where = f"{path}: {rule}"
    if not isinstance(spec, dict) or set(spec) - _ENTRY_KEYS:
        raise ConfigError(f"{where}: expected a mapping with the keys {sorted(_ENTRY_KEYS)}")
    reason = spec.get("reason")
    if not isinstance(reason, str) or not reason.strip():
        raise ConfigError(f"{where}: reason: say why this rule's suggestion is always right")
    edit = spec.get("edit", "any")
    if edit not in EDITS:
        raise ConfigError(f"{where}: edit: expected one of {EDITS}, got {edit!r}")
    flagged = spec.get("flagged")
    if flagged is not None:
        try:
            regex.compile(flagged)
        except regex.error as exc:
            raise ConfigError(f"{where}: flagged: invalid regular expression: {exc}") from None
    return AllowEntry(rule=rule, level=level, reason=" ".join(reason.split()), edit=edit, flagged=flagged)
