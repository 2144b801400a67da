"""Finding the config file: walk up from a folder to the filesystem root, nearest wins."""

from __future__ import annotations

import os
from pathlib import Path

from linter.config.nodes import read_pyproject
from linter.errors import ConfigError

CONFIG_NAMES = (".newslint.yaml", ".newslint.yml")
PYPROJECT = "pyproject.toml"


def find_config_file(start: Path) -> Path | None:
    """The nearest ``.newslint.yaml``/``.yml``, or ``pyproject.toml`` with ``[tool.newslint]``, at or above ``start``.

    ``start`` may be a file (its folder is searched first) or a folder. In one
    folder a ``.newslint.yaml`` wins over ``pyproject.toml``; a pyproject.toml
    without ``[tool.newslint]`` is passed over and the walk goes on.
    """
    folder = Path(os.path.abspath(start))  # the path as the user sees it; symlinks are not resolved
    if not _is_dir(folder):
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        found = _config_in(candidate)
        if found is not None:
            return found
    return None


def _config_in(folder: Path) -> Path | None:
    """The config file of one folder, or None."""
    present = [folder / name for name in CONFIG_NAMES if _is_file(folder / name)]
    if len(present) > 1:
        raise ConfigError(f"{folder}: both {CONFIG_NAMES[0]} and {CONFIG_NAMES[1]} exist; keep one of them")
    if present:
        return present[0]
    pyproject = folder / PYPROJECT
    if _is_file(pyproject) and has_newslint_table(pyproject):
        return pyproject
    return None


def has_newslint_table(pyproject: Path) -> bool:
    """Whether ``pyproject`` has a ``[tool.newslint]`` table."""
    text = _read(pyproject)
    # Someone else's broken pyproject.toml is none of our business; only parse it when it mentions us.
    if text is None or "newslint" not in text:
        return False
    return read_pyproject(text, str(pyproject)) is not None


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _is_file(path: Path) -> bool:
    try:  # an unreadable folder on the way up counts as holding no config
        return path.is_file()
    except OSError:
        return False


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False
