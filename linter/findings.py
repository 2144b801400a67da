"""The one finding model shared by house rules and LanguageTool.

A checker produces :class:`Match` objects in the coordinates of the text it was
given (the prose view of a document); the engine maps them to source positions
and turns them into :class:`Finding` objects, which reporters consume.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from linter.document import Document


class Severity(enum.IntEnum):
    """How serious a finding is; the integer order is used for ``--fail-on``."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, name: str) -> "Severity":
        """Return the severity called ``name`` (error, warning, info) or raise ValueError."""
        try:
            return cls[name.strip().upper()]
        except KeyError:
            raise ValueError(
                f"unknown severity {name!r}; expected one of: error, warning, info"
            ) from None

    @property
    def label(self) -> str:
        """The lower-case name used in every output format."""
        return self.name.lower()


class Source(str, enum.Enum):
    """Which engine produced a finding."""

    HOUSE = "house"
    LANGUAGETOOL = "languagetool"


class FixSafety(str, enum.Enum):
    """Whether a finding's first replacement may be applied without a person deciding."""

    NONE = "none"  # no automatic fix at all
    UNSAFE = "unsafe"  # applied only with --unsafe-fixes
    SAFE = "safe"  # applied by ``newslint fix``


@dataclass(frozen=True)
class Match:
    """A finding in the coordinates of the checked text (offsets in code points)."""

    offset: int
    length: int
    rule: str
    source: Source
    category: str
    severity: Severity
    message: str
    replacements: tuple[str, ...] = ()
    fix: FixSafety = FixSafety.NONE
    description: str = ""
    url: str = ""


@dataclass(frozen=True)
class Finding:
    """A finding at an exact place in a source file.

    ``offset``/``length`` count Unicode code points of the decoded file text;
    ``line``/``column`` are 1-based, the column counting code points too.
    """

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    offset: int
    length: int
    rule: str
    source: Source
    category: str
    severity: Severity
    message: str
    text: str
    replacements: tuple[str, ...] = ()
    fix: FixSafety = FixSafety.NONE
    description: str = ""
    url: str = ""

    @property
    def end_offset(self) -> int:
        """Offset one past the last code point of the flagged span."""
        return self.offset + self.length

    def sort_key(self) -> tuple:
        """Order findings by position, then rule id, for stable output."""
        return (self.offset, self.length, self.rule)


@dataclass
class FileReport:
    """Everything newslint has to say about one input file."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None  # the file could not be checked; the message says why
    partial: bool = False  # with an error: the house rules ran, LanguageTool did not (findings incomplete)
    warnings: list[str] = field(default_factory=list)  # checked, but with a caveat
    document: "Document | None" = field(default=None, repr=False, compare=False)  # source text, for reporters


def merge_matches(house: list[Match], languagetool: list[Match], text: str) -> list[Match]:
    """Combine both sources; where a house rule and LanguageTool flag the same slip, keep the house rule.

    "The same slip" means overlapping spans that share an edge (start or end):
    a stray space before a comma, a doubled word, the opening quote of a quotation.
    A LanguageTool match strictly inside a longer house span is a different
    slip (a typo inside a quotation the quote rule flags whole) and is kept, and so
    is a word's match at the edge of a finding about a whole stretch (a sentence too
    long that starts with a typo; see :func:`same_slip`). ``text`` is the checked text
    both sources' offsets refer to.
    """
    # Only a house match starting or ending where the LanguageTool match does can be the
    # same slip, so looking those up by edge keeps the merge linear in the matches.
    by_edge: dict[tuple[str, int], list[Match]] = {}
    for h in house:
        by_edge.setdefault(("start", h.offset), []).append(h)
        by_edge.setdefault(("end", h.offset + h.length), []).append(h)
    kept = list(house)
    for lt in languagetool:
        sharing = by_edge.get(("start", lt.offset), []) + by_edge.get(("end", lt.offset + lt.length), [])
        if not any(same_slip(lt, h, text) for h in sharing):
            kept.append(lt)
    return sorted(kept, key=lambda m: (m.offset, m.length, m.rule))


#: A finding spanning more than this many words beyond a word-level finding at its edge is about
#: a stretch, not a slip: a phrase rule (a pleonasm, a set phrase) spans a handful of words, a
#: sentence-length finding 31 or more, a readability finding a paragraph.
PHRASE_WORDS = 5
_WORD = re.compile(r"\w+")


def same_slip(a: Match, b: Match, text: str) -> bool:
    """True when two matches overlap and start or end at the same place, and are about the same thing.

    A sentence too long or a paragraph hard to read begins or ends with some word, and
    that word may be misspelled: the finding about the stretch judges the sentence, the
    one about the word the word, so both stay. A quote mark or a space (no letter) at the
    edge of a quotation or a phrase is what the house rule flags too.
    """
    if not _overlaps(a, b):
        return False
    if not (a.offset == b.offset or a.offset + a.length == b.offset + b.length):
        return False
    shorter, longer = sorted((a, b), key=lambda m: m.length)
    flagged = text[shorter.offset:shorter.offset + shorter.length]
    if not any(ch.isalpha() for ch in flagged):
        return True
    return _words(text, longer) <= _words(text, shorter) + PHRASE_WORDS


def _words(text: str, match: Match) -> int:
    """The number of words in the match's span."""
    return len(_WORD.findall(text, match.offset, match.offset + match.length))


def _overlaps(a: Match, b: Match) -> bool:
    """True when two spans share at least one code point (or both are empty at the same place)."""
    if a.length == 0 or b.length == 0:
        return a.offset == b.offset
    return a.offset < b.offset + b.length and b.offset < a.offset + a.length
