"""Adding a word to the project's accept list, from an editor or any other front end.

The word goes into the first list ``vocabulary.accept`` names in the effective
configuration. When the configuration names none, newslint creates
``vocabulary/accept.txt`` next to the config file (or, without a config file,
a ``.newslint.yaml`` at the project root that names it) and adds it to
``vocabulary.accept``. A list is kept as tidy as the shipped ones: one entry a
line, sorted in code point order, no duplicates, comments left where they are.
Every file is written atomically; a config edit that would not load back with
exactly the old settings plus the new list is undone and reported instead.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from pathlib import Path

from linter.atomic import write_atomic
from linter.config import Config, load_config
from linter.config.discovery import PYPROJECT
from linter.errors import ConfigError, UsageError

#: Where a project's accept list is created, relative to its config file's folder.
DEFAULT_ACCEPT_LIST = "vocabulary/accept.txt"
#: The config file created when a project has none.
DEFAULT_CONFIG = ".newslint.yaml"


@dataclass(frozen=True)
class Accepted:
    """What adding a word changed."""

    word: str
    list_path: Path
    added: bool  # False: the word was on the list already
    created_list: bool = False
    config_path: Path | None = None  # the config file written (created or edited), if any


def accept_word(config: Config, word: str, project_root: Path) -> Accepted:
    """Add ``word`` to the accept list of ``config``, creating and registering the list if needed.

    ``project_root`` is where a new config file goes when ``config`` comes from
    no file (the editor's workspace folder, or the document's folder).
    """
    word = clean_word(word)
    if config.vocabulary.accept:
        path = config.vocabulary.accept[0]
        return Accepted(word, path, insert_sorted(path, word))
    folder = config.source.parent if config.source else project_root
    path = folder / DEFAULT_ACCEPT_LIST
    existed = path.exists()
    if not existed:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, b"")
    try:
        added = insert_sorted(path, word)
        config_path = register_list(config.source, folder)
    except BaseException:
        if not existed:
            path.unlink(missing_ok=True)
        raise
    return Accepted(word, path, added, created_list=not existed, config_path=config_path)


def clean_word(word: str) -> str:
    """The entry for ``word``: stripped; refused when a list line cannot hold it."""
    entry = word.strip()
    if not entry:
        raise UsageError("cannot add an empty word to the accept list")
    if "#" in entry or re.search(r"[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]", entry):
        raise UsageError(f"cannot add {entry!r} to the accept list: an entry is one line without '#'")
    return entry


def insert_sorted(path: Path, word: str) -> bool:
    """Insert ``word`` before the first entry that sorts after it; False when it is listed already."""
    text = path.read_bytes().decode("utf-8-sig") if path.exists() else ""  # bytes: keep CR LF as it is
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.splitlines()
    entries = [(i, line.split("#", 1)[0].strip()) for i, line in enumerate(lines)]
    if any(entry == word for _, entry in entries):
        return False
    at = next((i for i, entry in entries if entry and entry > word), len(lines))
    lines.insert(at, word)
    write_atomic(path, (newline.join(lines) + newline).encode("utf-8"))
    return True


def register_list(source: Path | None, folder: Path) -> Path:
    """Name :data:`DEFAULT_ACCEPT_LIST` in ``vocabulary.accept`` of ``source`` (or of a new config in ``folder``)."""
    if source is None:
        path = folder / DEFAULT_CONFIG
        write_atomic(path, f"vocabulary:\n  accept: [{DEFAULT_ACCEPT_LIST}]\n".encode("utf-8"))
        return path
    before = load_config(source)
    original = source.read_bytes()
    text = original.decode("utf-8-sig")
    is_toml = source.name == PYPROJECT or source.suffix == ".toml"
    edited = _toml_with_list(text) if is_toml else _yaml_with_list(text)
    if edited is None:
        raise ConfigError(_by_hand(source, is_toml))
    bom = b"\xef\xbb\xbf" if original.startswith(b"\xef\xbb\xbf") else b""
    write_atomic(source, bom + edited.encode("utf-8"))
    try:
        after = load_config(source)
    except ConfigError:
        after = None
    wanted = (source.parent / DEFAULT_ACCEPT_LIST).resolve()
    if after is None or [p.resolve() for p in after.vocabulary.accept] != [wanted] or \
            after.vocabulary.reject != before.vocabulary.reject or \
            dataclasses.replace(after, vocabulary=before.vocabulary) != before:
        write_atomic(source, original)  # the edit would change more than the list: undo it
        raise ConfigError(_by_hand(source, is_toml))
    return source


def _by_hand(source: Path, is_toml: bool) -> str:
    """The error when a config file is laid out so that the list cannot be added safely."""
    setting = (f'[tool.newslint.vocabulary] accept = ["{DEFAULT_ACCEPT_LIST}"]' if is_toml
               else f"vocabulary: {{accept: [{DEFAULT_ACCEPT_LIST}]}}")
    return (f"{source}: cannot add the accept list to this file automatically; "
            f"add {setting} by hand (the list {DEFAULT_ACCEPT_LIST} is there already)")


def _yaml_with_list(text: str) -> str | None:
    """``text`` with the accept list under ``vocabulary:`` (added, or filled in), or None when unsure."""
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.splitlines()
    entry = f"accept: [{DEFAULT_ACCEPT_LIST}]"
    header = next((i for i, line in enumerate(lines) if re.fullmatch(r"vocabulary:\s*(#.*)?", line)), None)
    if header is None:
        if any(line.startswith("vocabulary") for line in lines):
            return None  # a flow mapping or an odd layout: leave it to a person
        body = newline.join(lines)
        return (body + newline if body else "") + f"vocabulary:{newline}  {entry}{newline}"
    children = [line for line in lines[header + 1:] if line.strip() and not line.lstrip().startswith("#")]
    indent = "  "
    if children and children[0][:1] in " \t":
        indent = children[0][:len(children[0]) - len(children[0].lstrip())]
    for i in range(header + 1, len(lines)):
        if re.fullmatch(re.escape(indent) + r"accept:\s*\[\s*\]\s*(#.*)?", lines[i]):
            lines[i] = indent + entry
            return newline.join(lines) + newline
    lines.insert(header + 1, indent + entry)
    return newline.join(lines) + newline


def _toml_with_list(text: str) -> str | None:
    """``text`` with the accept list in ``[tool.newslint.vocabulary]`` (added or new), or None when unsure."""
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.splitlines()
    entry = f'accept = ["{DEFAULT_ACCEPT_LIST}"]'
    header = next((i for i, line in enumerate(lines)
                   if re.fullmatch(r"\[\s*tool\.newslint\.vocabulary\s*\]\s*(#.*)?", line.strip())), None)
    if header is None:
        body = newline.join(lines)
        return body + newline + newline + f"[tool.newslint.vocabulary]{newline}{entry}{newline}"
    for i in range(header + 1, len(lines)):
        if lines[i].strip().startswith("["):
            break
        if re.fullmatch(r"accept\s*=\s*\[\s*\]\s*(#.*)?", lines[i].strip()):
            lines[i] = entry
            return newline.join(lines) + newline
    lines.insert(header + 1, entry)
    return newline.join(lines) + newline
