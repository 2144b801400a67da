"""Compiled rule packs: a loaded rulebook kept on disk, so a run need not compose 44 YAML files again.

Composing and validating the default pack takes about half a second of pure
Python (PyYAML's composer, each key checked); unpickling the result takes
milliseconds. The stored rulebook is found by a key over everything loading
depends on: the names and contents of the rule files, newslint's version and
the contents of its code (so a changed rule type misses), Python's version and
the time limit. A changed rule file is a different key, never a stale hit; the
word lists the rules name (``swap_file:``, ``either_file:``) are recorded with
their digests in the entry, and a changed list is a miss.

Only a pack that loaded without problems is stored; a pack with problems is
loaded from its files every time, so its errors always come from the files.

Entries live in ``<cache>/rulebooks/`` (beside LanguageTool's download and the
precision data, see :func:`linter.languagetool.provision.cache_dir`), written
atomically, so concurrent runs see a whole entry or none. An entry that cannot
be read or unpickled is a miss and is written anew; a folder that cannot be
written just means the next run composes again. The result cache's
``--no-cache`` does not concern these entries: like Python's byte code, they
are derived from the files alone and cannot change a finding.
"""

from __future__ import annotations

import functools
import hashlib
import pickle
import sys
from pathlib import Path

import linter
from linter.rule_types.base import DEFAULT_TIMEOUT

#: Bumped when the stored form changes; old entries are then simply never found again.
FORMAT = 1


def cache_folder() -> Path:
    """Where compiled rule packs are kept."""
    from linter.languagetool.provision import cache_dir

    return cache_dir() / "rulebooks"


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A digest of newslint's version and every Python file of the package, read once per process."""
    sha = hashlib.sha256(f"{linter.__version__}\0{sys.version}\0{FORMAT}".encode())
    package = Path(linter.__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        data = path.read_bytes()
        sha.update(f"\0{path.relative_to(package)}\0{len(data)}\0".encode())
        sha.update(data)
    return sha.hexdigest()


def rulebook_key(files: list[Path], timeout: float) -> str | None:
    """The key of the pack loaded from ``files``, or None when one of them cannot be read (no caching)."""
    sha = hashlib.sha256(f"newslint-rulebook\0{code_fingerprint()}\0{timeout!r}".encode())
    for path in files:
        try:
            data = path.read_bytes()
        except OSError:
            return None  # loading reports the problem; nothing to cache
        name = str(path).encode("utf-8", "surrogateescape")
        sha.update(len(name).to_bytes(8, "big") + name + len(data).to_bytes(8, "big"))
        sha.update(data)
    return sha.hexdigest()


def load_rulebook_cached(paths: list[Path], timeout: float = DEFAULT_TIMEOUT, folder: Path | None = None):
    """:func:`linter.rulebook.load_rulebook` of ``paths``, from the compiled pack when one is stored."""
    from linter.rulebook import load_rulebook, rulebook_inputs
    from linter.rule_types.wordlist import recording_reads

    key = rulebook_key(rulebook_inputs(paths), timeout)
    if key is None:
        return load_rulebook(paths, timeout)
    entry = (folder or cache_folder()) / f"{key}.pickle"
    book = _stored(entry)
    if book is not None:
        return book
    with recording_reads() as lists:
        book = load_rulebook(paths, timeout)  # raises RuleError on any problem: nothing is stored then
    _store(entry, book, lists)
    return book


def _digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _stored(entry: Path):
    """The rulebook stored at ``entry`` if it is whole and the word lists it was built from are unchanged."""
    from linter.rulebook import Rulebook

    try:
        stored = pickle.loads(entry.read_bytes())
    except FileNotFoundError:
        return None
    except Exception:  # noqa: BLE001 - truncated, corrupt or from another version: a miss, rewritten
        return None
    if not (isinstance(stored, dict) and isinstance(stored.get("book"), Rulebook)):
        return None
    # The rules' list files (swap_file:, either_file:) are read while loading; a changed list misses.
    lists = stored.get("lists")
    if not isinstance(lists, list) or any(_digest(Path(name)) != digest for name, digest in lists):
        return None
    return stored["book"]


def _store(entry: Path, book, lists: list[Path]) -> None:
    """Write the compiled pack; a folder that cannot be written only costs the next run the composing."""
    from linter.atomic import write_atomic

    stored = {"book": book, "lists": [(str(path), _digest(path)) for path in lists]}
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(entry, pickle.dumps(stored, protocol=pickle.HIGHEST_PROTOCOL))
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        pass
