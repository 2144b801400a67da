"""What a result cache key covers: everything that could change a file's findings.

A key is a SHA-256 over, in this order:

* the **installation**: newslint's version, every file of the installed package
  (code, the built-in rule pack and vocabulary, the precision word lists, the
  fix allow-list, the LanguageTool news profile) and the versions of the
  libraries whose data shapes findings (wordfreq, HanTa, gender-guesser, babel,
  ...) - hashed once per process (:func:`installation_fingerprint`);
* the **configuration** the file gets, serialised canonically (every setting,
  command-line overrides included, with where each value came from), and the
  contents of the rule files and word lists it names (:func:`config_fingerprint`);
* the **run**: the LanguageTool version checked against ("off" without
  LanguageTool), ``--report-unused-disables``, and the precision means switched
  off for a measurement (``NEWSLINT_ABLATE``);
* the **file**: its name, language variant, input format and text.

So a changed text, setting, rule, word list, LanguageTool or newslint misses;
there is nothing to invalidate by hand.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import hashlib
import json
from importlib import metadata
from pathlib import Path

import linter
from linter.config import Config
from linter.config.model import LanguageToolOptions

#: Libraries whose code or data decides findings; their versions are part of every key.
LIBRARIES = ("language-tool-python", "wordfreq", "HanTa", "numpy", "gender-guesser", "babel", "regex",
             "markdown-it-py", "mdit-py-plugins", "pyphen", "PyYAML")
_SKIPPED_PARTS = {"__pycache__"}


def _digest(*parts: str | bytes) -> str:
    """SHA-256 of the parts, each length-prefixed so no two sequences of parts collide."""
    sha = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        sha.update(len(data).to_bytes(8, "big"))
        sha.update(data)
    return sha.hexdigest()


def _tree_files(root: Path) -> list[Path]:
    """Every file under ``root`` that ships (no byte code), sorted."""
    return sorted(p for p in root.rglob("*")
                  if p.is_file() and not _SKIPPED_PARTS & set(p.parts) and p.suffix != ".pyc")


def files_fingerprint(paths: list[Path]) -> str:
    """A digest of the names and contents of ``paths`` (a missing file counts as missing, not as empty)."""
    parts: list[str | bytes] = []
    for path in paths:
        parts.append(str(path))
        try:
            parts.append(path.read_bytes())
        except OSError as exc:
            parts.append(f"unreadable: {exc.__class__.__name__}")
    return _digest(*parts)


@functools.lru_cache(maxsize=1)
def installation_fingerprint() -> str:
    """newslint's version, its package files (and a checkout's rules/) and the libraries' versions."""
    from linter.rulebook import default_rules_dir

    package = Path(linter.__file__).resolve().parent
    roots = [package]
    rules = default_rules_dir().resolve()
    if package not in rules.parents:  # a source checkout keeps the rule pack beside the package
        roots.append(rules)
    files = [f for root in roots for f in _tree_files(root)]
    versions = []
    for name in LIBRARIES:
        try:
            versions.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name}=absent")
    return _digest(linter.__version__, files_fingerprint(files), *versions)


def canonical(value) -> object:
    """``value`` as plain JSON data: dataclasses by field (all of them), paths as text, enums by value.

    Mappings keep their order (glob lists are ordered: the last match wins), sets are sorted.
    """
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {"type": type(value).__name__,
                **{f.name: canonical(getattr(value, f.name)) for f in dataclasses.fields(value)}}
    if isinstance(value, enum.Enum):
        return canonical(value.value)
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, dict):
        return [[canonical(k), canonical(v)] for k, v in value.items()]
    if isinstance(value, (set, frozenset)):
        return sorted(canonical(v) for v in value)
    if isinstance(value, (list, tuple)):
        return [canonical(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"cannot serialise {type(value).__name__} for a cache key")


def config_fingerprint(config: Config) -> str:
    """The configuration, serialised canonically, plus the contents of the rule files and word lists it names."""
    from linter.rulebook import rule_files

    serialised = json.dumps(canonical(_finding_settings(config)), ensure_ascii=False, separators=(",", ":"))
    lists = [*config.vocabulary.accept, *config.vocabulary.reject]
    return _digest(serialised, files_fingerprint(rule_files(list(config.rules))), files_fingerprint(lists))


#: Settings that decide where and how long LanguageTool runs, not what it finds (its version is in the run part).
NOT_FINDINGS = {"url": None, "idle_timeout": LanguageToolOptions.idle_timeout}


def _finding_settings(config: Config) -> Config:
    """``config`` without the settings that cannot change a finding, so a pool of servers shares its entries."""
    languagetool = dataclasses.replace(config.languagetool, **NOT_FINDINGS)
    origins = {k: v for k, v in config.origins.items()
               if k not in {f"languagetool.{name}" for name in NOT_FINDINGS}}
    return dataclasses.replace(config, languagetool=languagetool, origins=origins)


def run_fingerprint(languagetool: str, report_unused_disables: bool) -> str:
    """What the whole run shares: the LanguageTool identity ("off" or its version), flags, measurement switches."""
    from linter.precision import MEANS, enabled

    ablated = ",".join(m for m in MEANS if not enabled(m))
    return _digest(installation_fingerprint(), languagetool, str(report_unused_disables), ablated)


def result_key(run: str, config: str, path: str, language: str, fmt: str, text: str) -> str:
    """The key of one check: the run's and the configuration's fingerprints, then the file itself."""
    return _digest("newslint-result", run, config, path, language, fmt, text)
