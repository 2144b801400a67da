"""What one ``check`` run is asked to do: the paths, their configuration and the command-line-only settings.

Built by the CLI (or a test, or another front end) and read by the runner, the
file selection and the engine wiring; it holds data only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from linter.config import Config
from linter.settings import ConfigResolver

STDIN = "-"  # the path that names standard input

Notice = Callable[[str], None]  # where a run sends its notes ("note: ... skipped"); the CLI prints them


@dataclass
class CheckRequest:
    """One ``check`` run: how to find each file's configuration plus what only the command line says.

    ``config`` applies to everything when no ``resolver`` is given (tests, library
    use); the CLI passes a resolver so each file gets the config of its own folder.
    """

    paths: list[str]
    config: Config = field(default_factory=Config)
    resolver: ConfigResolver | None = None
    output_format: str = "text"
    output: Path | None = None
    use_languagetool: bool = True
    format_in: str | None = None
    color: bool = False
    quiet: bool = False
    stdin_filename: str | None = None
    changed_since: str | None = None
    report_unused_disables: bool = False
    ablate: frozenset[str] = frozenset()  # precision means switched off, for measurement only (docs/quality.md)

    def config_for(self, path: Path) -> Config:
        """The effective configuration for ``path``."""
        return self.resolver.for_path(path) if self.resolver else self.config

    def base_config(self) -> Config:
        """The configuration of the run as a whole (summary line, unnamed standard input)."""
        return self.resolver.for_cwd() if self.resolver else self.config
