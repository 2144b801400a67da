"""The news profile: newslint's defaults for which LanguageTool rules run, as data with reasons.

``news_profile.yaml`` beside this module says which rules and categories are
off and which rules get another severity, each with its reason. The profile is
merged *under* the user's configuration: :func:`merge_settings` lets the user's
``languagetool.enabled_rules``/``enabled_categories`` switch a profile-disabled
rule back on and a non-default ``level`` win; the user's ``severity:`` map is
applied after the profile's severities by the config policy.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass, field
from pathlib import Path

from linter import yamlsafe
from linter.errors import ConfigError
from linter.findings import Severity

PROFILE_PATH = Path(__file__).with_name("news_profile.yaml")
LEVELS = ("default", "picky")


@dataclass(frozen=True)
class NewsProfile:
    """Rule switches and severities for news copy, with the reason for each."""

    level: str = "default"
    disabled_rules: dict[str, str] = field(default_factory=dict)  # rule id -> reason
    disabled_categories: dict[str, str] = field(default_factory=dict)
    severity: dict[str, Severity] = field(default_factory=dict)  # rule id -> severity
    reasons: dict[str, str] = field(default_factory=dict)  # "severity:ID" / "level" -> reason


def _entries(data: dict, key: str, path: Path) -> list[dict]:
    """The list under ``key``; every entry must have an ``id`` and a non-empty ``reason``."""
    entries = data.get(key) or []
    seen: set[str] = set()
    for entry in entries:
        if not isinstance(entry, dict) or not entry.get("id") or not str(entry.get("reason", "")).strip():
            raise ConfigError(f"{path}: {key}: every entry needs an id and a reason, got {entry!r}")
        if entry["id"] in seen:  # a second entry would silently replace the first one's reason
            raise ConfigError(f"{path}: {key}: {entry['id']} is listed twice")
        seen.add(entry["id"])
    return entries


@functools.lru_cache(maxsize=4)
def load_profile(path: Path = PROFILE_PATH) -> NewsProfile:
    """Read and check a profile file."""
    try:
        data = yamlsafe.load(path.read_text(encoding="utf-8")) or {}
    except yamlsafe.YamlError as exc:
        raise ConfigError(exc.render(str(path))) from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping of level, disabled_rules, disabled_categories, severity")
    unknown = set(data) - {"level", "disabled_rules", "disabled_categories", "severity"}
    if unknown:
        raise ConfigError(f"{path}: unknown keys {sorted(unknown)}")
    level = data.get("level") or {}
    if level.get("value", "default") not in LEVELS or not str(level.get("reason", "")).strip():
        raise ConfigError(f"{path}: level needs a value ({', '.join(LEVELS)}) and a reason")
    try:
        severity = {e["id"]: Severity.parse(e["severity"]) for e in _entries(data, "severity", path)}
    except (KeyError, ValueError) as exc:
        raise ConfigError(f"{path}: severity: {exc}") from None
    return NewsProfile(
        level=level.get("value", "default"),
        disabled_rules={e["id"]: e["reason"] for e in _entries(data, "disabled_rules", path)},
        disabled_categories={e["id"]: e["reason"] for e in _entries(data, "disabled_categories", path)},
        severity=severity,
        reasons={"level": level["reason"], **{f"severity:{e['id']}": e["reason"] for e in data.get("severity") or []}},
    )


def merge_settings(profile: NewsProfile, settings):
    """The user's LanguageToolSettings with the profile beneath them (the user wins)."""
    def bare(ids):
        return {i.removeprefix("languagetool.") for i in ids}

    enabled_rules, enabled_categories = bare(settings.enabled_rules), bare(settings.enabled_categories)
    return dataclasses.replace(
        settings,
        level=settings.level if settings.level != "default" else profile.level,
        disabled_rules=frozenset(bare(settings.disabled_rules) | (set(profile.disabled_rules) - enabled_rules)),
        disabled_categories=frozenset(
            bare(settings.disabled_categories) | (set(profile.disabled_categories) - enabled_categories)),
    )
