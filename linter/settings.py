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


@dataclass
class ConfigResolver:
    """Gives the effective configuration for a path: defaults <- config file <- flags."""

    explicit: Path | None = None  # --config
    overrides: dict = field(default_factory=dict)  # flag values; None means "not given"
    extra_rules: tuple[Path, ...] = ()  # --rules adds to the file's rule folders
    _cache: dict = field(default_factory=dict, repr=False)

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
            self._cache[key] = apply_overrides(config, overrides)
        return self._cache[key]
