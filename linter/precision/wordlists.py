"""Reading word lists: plain text, one entry per line, ``#`` starts a comment.

Shared by the house vocabulary (accept/reject lists), the name lists, the word
lists the precision means use (``linter/precision/data/``) and the hygiene
tests, so every list is read the same way.
"""

from __future__ import annotations

from pathlib import Path

from linter.errors import ConfigError

#: The word lists the precision means read (role nouns, name particles, ...), shipped with the package.
DATA_DIR = Path(__file__).resolve().parent / "data"


def read_entries(path: Path) -> list[str]:
    """The entries of one list, in file order: comments and blank lines dropped, ends stripped."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read word list: {exc}") from None
    entries = []
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.append(entry)
    return entries


def data_list(name: str) -> tuple[str, ...]:
    """The entries of the shipped list ``linter/precision/data/<name>.txt``."""
    return tuple(read_entries(DATA_DIR / f"{name}.txt"))


def data_lists() -> list[Path]:
    """Every shipped list of ``linter/precision/data/`` (for the hygiene tests)."""
    return sorted(DATA_DIR.glob("*.txt"))


def ends_with_a_head(word: str, heads: tuple[str, ...], endings: tuple[str, ...]) -> bool:
    """True when the lower-cased ``word`` ends with one of the list's ``heads``, as written or
    before one of the case ``endings`` ("sportblatts" with "blatt" and "s"; "rundfunks" with
    "rundfunk")."""
    return word.endswith(heads) or any(word.endswith(e) and word[:-len(e)].endswith(heads) for e in endings)
