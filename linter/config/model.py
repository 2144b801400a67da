"""The effective configuration: typed values plus where each one came from.

:class:`Config` is what the rest of newslint reads. It is frozen; loading and
command-line overrides build new instances (see :mod:`.loader`). Every leaf
setting has a dotted key (``language``, ``languagetool.level``,
``vocabulary.accept``) used in error messages, in ``origins`` and by
``newslint config show``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from linter.config import globs, selection
from linter.findings import Severity

if TYPE_CHECKING:
    from linter.languagetool.client import LanguageToolSettings

DEFAULT_ORIGIN = "default"
CLI_ORIGIN = "command line"
#: Idle minutes before the background server stops; mirrors server.DEFAULT_IDLE_TIMEOUT (seconds),
#: which is not imported because that module pulls in requests (a test keeps the two equal).
DEFAULT_IDLE_MINUTES = 15.0
#: Mirrors linter.markup.DEFAULT_COPY_FIELDS / DEFAULT_HTML_ATTRIBUTES, not imported because the
#: markup package pulls in markdown-it; a test keeps them equal.
DEFAULT_FRONT_MATTER_FIELDS = ("title", "subtitle", "teaser", "description", "summary")
DEFAULT_HTML_ATTRIBUTES = ("alt", "title")


@dataclass(frozen=True)
class Vocabulary:
    """The newsroom's word lists (absolute paths), beside the built-in ones."""

    accept: tuple[Path, ...] = ()  # words never flagged as misspelt
    reject: tuple[Path, ...] = ()  # words always flagged


@dataclass(frozen=True)
class HouseSpelling:
    """Which spellings of names the house chooses itself (reported as info, not as slips)."""

    brand_case: bool = True  # "Youtube" for "YouTube": brands written capital-first
    foreign_marks: bool = True  # "Davutoglu" for "Davutoğlu": names without marks German lacks
    transliteration: bool = True  # "Dmitri Peskow" for "Dmitrij Peskow": the house's transliteration


@dataclass(frozen=True)
class LanguageToolOptions:
    """How newslint runs and configures LanguageTool."""

    url: str | None = None  # None: newslint's own background server
    version: str | None = None  # None: the version this newslint release pins
    level: str = "default"  # or "picky"
    disabled_rules: tuple[str, ...] = ()
    enabled_rules: tuple[str, ...] = ()
    disabled_categories: tuple[str, ...] = ()
    enabled_categories: tuple[str, ...] = ()
    idle_timeout: float = DEFAULT_IDLE_MINUTES  # minutes


def _default_origins() -> dict[str, str]:
    return {key: DEFAULT_ORIGIN for key in leaf_keys()}


@dataclass(frozen=True)
class Config:
    """Effective settings: defaults <- config file <- command line.

    Paths are absolute. Glob patterns (``include``, ``exclude``, ``formats``, ``languages``)
    stay as written and are matched relative to :attr:`base_dir`.
    """

    language: str = "de-DE"
    languages: dict[str, str] = field(default_factory=dict)  # glob -> de-DE|de-AT|de-CH; order matters
    include: tuple[str, ...] = ()  # empty: every file
    exclude: tuple[str, ...] = ()
    rules: tuple[Path, ...] = ()
    default_rules: bool = True
    enable: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)
    vocabulary: Vocabulary = field(default_factory=Vocabulary)
    house_spelling: HouseSpelling = field(default_factory=HouseSpelling)
    fail_on: Severity = Severity.ERROR
    formats: dict[str, str] = field(default_factory=dict)  # glob -> text|markdown|html; order matters
    front_matter_fields: tuple[str, ...] = DEFAULT_FRONT_MATTER_FIELDS
    html_attributes: tuple[str, ...] = DEFAULT_HTML_ATTRIBUTES
    languagetool: LanguageToolOptions = field(default_factory=LanguageToolOptions)
    source: Path | None = None  # the config file, None when only defaults apply
    origins: dict[str, str] = field(default_factory=_default_origins, compare=False)

    @property
    def base_dir(self) -> Path:
        """The folder glob patterns are relative to: the config file's folder, else the working directory."""
        return self.source.parent if self.source else Path.cwd()

    def is_rule_enabled(self, rule_id: str) -> bool:
        """Whether ``rule_id`` runs under ``enable``/``disable`` (see :func:`selection.is_enabled`)."""
        return selection.is_enabled(rule_id, self.enable, self.disable)

    def severity_for(self, rule_id: str, default: Severity) -> Severity:
        """The configured severity for ``rule_id`` (longest matching prefix), else ``default``."""
        return selection.severity_for(rule_id, self.severity, default)

    def language_for(self, path: Path | str, declared: str | None = None) -> str:
        """The language variant of one file: ``--language`` beats the ``languages`` globs
        (last matching glob wins), which beat the variant the document ``declared`` itself
        (``<html lang>``, front matter ``lang``), which beats ``language``."""
        if self.origins.get("language") == CLI_ORIGIN:
            return self.language
        return self._last_match(self.languages, path) or declared or self.language

    def input_format_for(self, path: Path | str) -> str | None:
        """The input format ``formats`` assigns to ``path`` (last matching glob wins), else None."""
        return self._last_match(self.formats, path)

    def _last_match(self, by_glob: dict[str, str], path: Path | str) -> str | None:
        """The value of the last glob in ``by_glob`` that matches ``path``, else None."""
        relative = globs.relative_to(path, self.base_dir)
        if relative is None:
            return None
        chosen = None
        for pattern, value in by_glob.items():
            if globs.matches(pattern, relative):
                chosen = value
        return chosen

    def is_included(self, path: Path | str) -> bool:
        """Whether ``path`` is checked: it matches ``include`` (or include is empty) and no ``exclude``."""
        relative = globs.relative_to(path, self.base_dir)
        if relative is None:  # outside the config's folder: only an empty include admits it
            return not self.include
        if any(globs.matches(p, relative) for p in self.exclude):
            return False
        return not self.include or any(globs.matches(p, relative) for p in self.include)

    def languagetool_settings(self) -> LanguageToolSettings:
        """The rule switches for :class:`~linter.languagetool.client.LanguageToolClient`."""
        # Imported here: the client pulls in language-tool-python, which `config show` never needs.
        from linter.languagetool.client import LanguageToolSettings

        lt = self.languagetool
        return LanguageToolSettings(
            level=lt.level,
            disabled_rules=frozenset(lt.disabled_rules),
            enabled_rules=frozenset(lt.enabled_rules),
            disabled_categories=frozenset(lt.disabled_categories),
            enabled_categories=frozenset(lt.enabled_categories),
        )

    @property
    def idle_timeout_seconds(self) -> float:
        """``languagetool.idle_timeout`` in seconds, as the server module counts."""
        return self.languagetool.idle_timeout * 60


_SECTIONS = {"vocabulary": Vocabulary, "house_spelling": HouseSpelling, "languagetool": LanguageToolOptions}
_NOT_SETTINGS = frozenset({"source", "origins"})


def leaf_keys() -> list[str]:
    """Every setting's dotted key, in declaration order."""
    keys = []
    for f in dataclasses.fields(Config):
        if f.name in _NOT_SETTINGS:
            continue
        if f.name in _SECTIONS:
            keys.extend(f"{f.name}.{sub.name}" for sub in dataclasses.fields(_SECTIONS[f.name]))
        else:
            keys.append(f.name)
    return keys


def get_value(config: Config, key: str) -> Any:
    """The value of dotted ``key`` in ``config``."""
    value: Any = config
    for part in key.split("."):
        value = getattr(value, part)
    return value


def with_values(config: Config, values: dict[str, Any], origin_of: dict[str, str], **extra: Any) -> Config:
    """A copy of ``config`` with dotted ``values`` set and their origins recorded."""
    top: dict[str, Any] = dict(extra)
    nested: dict[str, dict[str, Any]] = {}
    for key, value in values.items():
        section, _, leaf = key.partition(".")
        if leaf:
            nested.setdefault(section, {})[leaf] = value
        else:
            top[key] = value
    for section, changes in nested.items():
        top[section] = dataclasses.replace(getattr(config, section), **changes)
    origins = {**config.origins, **origin_of}
    return dataclasses.replace(config, origins=origins, **top)
