"""newslint's configuration: defaults <- config file <- command-line flags.

* :mod:`.discovery` finds ``.newslint.yaml`` / ``pyproject.toml`` ``[tool.newslint]``;
* :mod:`.nodes` reads them into trees that remember lines;
* :mod:`.schema` and :mod:`.parsers` validate strictly (unknown key = error);
* :mod:`.model` is the frozen :class:`Config` the rest of newslint reads;
* :mod:`.selection` and :mod:`.globs` answer "does this rule / file count";
* :mod:`.loader` builds the config; :mod:`.provenance` shows it with its origins.

See docs/configuration.md for the user-facing reference.
"""

from linter.config.discovery import CONFIG_NAMES, find_config_file
from linter.config.loader import apply_overrides, load_config
from linter.config.model import Config, LanguageToolOptions, Vocabulary
from linter.config.provenance import effective_as_dict, format_effective

__all__ = [
    "CONFIG_NAMES",
    "Config",
    "LanguageToolOptions",
    "Vocabulary",
    "apply_overrides",
    "effective_as_dict",
    "find_config_file",
    "format_effective",
    "load_config",
]
