"""The configuration that applies to each checked file.

Discovery starts in the folder of each checked file, so one run over several
desks' folders uses each desk's ``.newslint.yaml``; ``--config`` names one file
for all. Command-line flags override whatever file applies. Configurations are
loaded once per config file and shared by the files under it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from linter.config import Config, apply_overrides, find_config_file, load_config
from linter.config.model import CLI_ORIGIN
from linter.config.nodes import from_python
from linter.config.parsers import Context, rule_id


@dataclass
class ConfigResolver:
    """Gives the effective configuration for a path: defaults <- config file <- flags."""

    explicit: Path | None = None  # --config
    overrides: dict = field(default_factory=dict)  # flag values; None means "not given"
    extra_rules: tuple[Path, ...] = ()  # --rules adds to the file's rule folders
    enable: tuple[str, ...] = ()  # --enable adds to the file's enable list ...
    disable: tuple[str, ...] = ()  # ... and --disable to its disable list
    _cache: dict = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._check_rule_flags()

    def _check_rule_flags(self) -> None:
        """Reject a ``--enable``/``--disable`` value that is no rule id, or one given to both.

        Checked once on their own, so the message names the flag, not an entry
        of a list merged with a file's.
        """
        ctx = Context(CLI_ORIGIN, Path.cwd(), from_file=False)
        for flag, entries in (("--enable", self.enable), ("--disable", self.disable)):
            for entry in entries:
                rule_id(from_python(entry), flag, ctx)
        both = [entry for entry in self.enable if entry in self.disable]
        if both:
            raise ctx.error(None, "--enable", f"{both[0]!r} is also given to --disable; keep one of them")

    def for_path(self, path: Path) -> Config:
        """The configuration that applies to the file or folder ``path``."""
        if self.explicit is not None:
            return self._load(self.explicit)
        folder = path if path.is_dir() else path.parent
        folder = folder.resolve() if folder.exists() else Path.cwd()
        return self._load(find_config_file(folder))

    def for_cwd(self) -> Config:
        """The configuration of the working directory (for standard input without a name)."""
        return self.for_path(Path.cwd())

    def _load(self, source: Path | None) -> Config:
        """Load ``source`` (or the defaults when None) once, with the flags applied."""
        key = source.resolve() if source is not None else None
        if key not in self._cache:
            config = load_config(source) if source is not None else Config()
            overrides = dict(self.overrides)
            if self.extra_rules:
                overrides["rules"] = tuple(config.rules) + tuple(p.resolve() for p in self.extra_rules)
            if self.enable or self.disable:
                overrides.update(self._rule_selection(config))
            self._cache[key] = apply_overrides(config, overrides)
        return self._cache[key]

    def _rule_selection(self, config: Config) -> dict[str, list[str]]:
        """The file's ``enable``/``disable`` with ``--enable``/``--disable`` added.

        The flags add entries as if they were written in the file, so prefixes and
        "the longest entry decides" work as documented. An entry the command line
        names for the other list is taken out of the file's, so the command line
        wins where the two meet.
        """
        return {
            "enable": [e for e in config.enable if e not in self.disable] + list(self.enable),
            "disable": [d for d in config.disable if d not in self.enable] + list(self.disable),
        }
