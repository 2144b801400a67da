"""The house vocabulary: words never to flag as misspelt, and words always to flag.

Lists are plain text (see :mod:`.wordlists`). The built-in ones ship under
``rules/vocabulary/accept/*.txt`` and ``rules/vocabulary/reject/*.txt``; a
project adds its own with ``vocabulary: {accept: [...], reject: [...]}``.
Everything happens on newslint's side, per run: LanguageTool's spelling
matches on accepted words are dropped, and rejected words become newslint's
own findings, so a list change needs no server restart.

A reject entry is ``Wort`` or ``Wort -> Ersatz`` (several replacements
separated by ``|``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from linter.findings import FixSafety, Match, Severity, Source
from linter.languagetool.spelling import is_spelling_verdict
from linter.precision.cldr import german_place_names
from linter.precision.wordlists import read_entries
from linter.prose import ProseView
from linter.rulebook import default_rules_dir

REJECT_RULE = "vokabular.abgelehnt"
_GENITIVE = re.compile(r"(?<=\w)(?:s|’|')$")


def builtin_dir() -> Path:
    """The folder of the built-in lists (inside the installed rule pack)."""
    return default_rules_dir() / "vocabulary"


def builtin_lists(kind: str) -> list[Path]:
    """The built-in ``accept`` or ``reject`` list files, sorted."""
    return sorted((builtin_dir() / kind).glob("*.txt"))


def parse_reject(entry: str) -> tuple[str, tuple[str, ...]]:
    """Split ``Wort -> Ersatz|Ersatz2`` into the word and its replacements."""
    word, _, replacements = entry.partition("->")
    return word.strip(), tuple(r.strip() for r in replacements.split("|") if r.strip())


@dataclass(frozen=True)
class Vocabulary:
    """Accepted and rejected words of one run."""

    accept: frozenset[str] = frozenset()
    reject: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def accepts(self, text: str) -> bool:
        """True when ``text`` (a word, a genitive of one, a hyphen or space compound of them) is accepted."""
        text = text.strip()
        if not text or text in self.reject:
            return False
        if text in self.accept or _GENITIVE.sub("", text) in self.accept:
            return True
        parts = re.split(r"[\s-]+", text)
        return len(parts) > 1 and all(p in self.accept or _GENITIVE.sub("", p) in self.accept for p in parts)


def load_vocabulary(accept: tuple[Path, ...] = (), reject: tuple[Path, ...] = (), builtin: bool = True) -> Vocabulary:
    """The run's vocabulary: built-in lists and CLDR place names, then the project's lists.

    A word on any reject list is never accepted: rejecting is the deliberate act.
    """
    accept_paths = (builtin_lists("accept") if builtin else []) + list(accept)
    reject_paths = (builtin_lists("reject") if builtin else []) + list(reject)
    rejected: dict[str, tuple[str, ...]] = {}
    for path in reject_paths:
        for entry in read_entries(path):
            word, replacements = parse_reject(entry)
            rejected[word] = replacements
    accepted = set(german_place_names()) if builtin else set()
    for path in accept_paths:
        accepted.update(read_entries(path))
    return Vocabulary(frozenset(accepted - set(rejected)), rejected)


class AcceptFilter:
    """Engine filter: drop LanguageTool spelling matches on accepted words."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary

    def __call__(self, match: Match, view: ProseView) -> bool:
        if not is_spelling_verdict(match):
            return True
        return not self.vocabulary.accepts(view.text[match.offset:match.offset + match.length])


class RejectChecker:
    """Finds rejected words in prose and reports them as newslint's own findings."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        words = sorted(vocabulary.reject, key=len, reverse=True)
        self._pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, words)) + r")(?![\w-])") if words else None

    def check(self, text: str) -> list[Match]:
        """Matches for every rejected word in ``text``."""
        if self._pattern is None:
            return []
        return [self._match(m) for m in self._pattern.finditer(text)]

    def _match(self, found: re.Match) -> Match:
        word = found.group(1)
        replacements = self.vocabulary.reject.get(word, ())
        hint = f" Besser: „{replacements[0]}“." if replacements else ""
        return Match(
            offset=found.start(1),
            length=len(word),
            rule=REJECT_RULE,
            source=Source.HOUSE,
            category="vokabular",
            severity=Severity.WARNING,
            message=f"„{word}“ steht auf der Liste abgelehnter Wörter des Hausvokabulars.{hint}",
            replacements=replacements,
            fix=FixSafety.UNSAFE if replacements else FixSafety.NONE,
        )
