"""What every rule type shares: the Rule base class, hits, timeouts, message filling.

A rule type only has to say where it fires (:meth:`Rule.hits`); turning hits into
:class:`~linter.findings.Match` objects, filling the message and enforcing the
time limit happen here, the same way for every type.
"""

from __future__ import annotations

import string
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import regex

from linter.errors import NewslintError
from linter.findings import FixSafety, Match, Severity, Source
from linter.rule_types.example_spec import Examples

if TYPE_CHECKING:
    from linter.rule_types.spec import Section

DEFAULT_TIMEOUT = 1.0  # seconds per rule per text; generous for news copy, short enough to notice


class RuleFailure(NewslintError):
    """A rule could not give its findings for one text; the message names the rule and why."""


class RuleTimeout(RuleFailure):
    """A rule's regular expression ran out of time on one text (it backtracks catastrophically)."""

    def __init__(self, rule: "Rule", seconds: float) -> None:
        self.rule_id = rule.id
        self.seconds = seconds
        super().__init__(
            f"{rule.path}:{rule.line}: {rule.id}: gave up after {seconds:g} s on this text "
            f"(the rule's pattern backtracks too much); its findings for this text are missing"
        )


class RuleUnavailable(RuleFailure):
    """A rule needs data that is missing here (LanguageTool's dictionary, say); the message says what to do."""

    def __init__(self, rule: "Rule", reason: str) -> None:
        self.rule_id = rule.id
        super().__init__(f"{rule.path}:{rule.line}: {rule.id}: cannot run: {reason}; its findings are missing")


@dataclass(frozen=True)
class Hit:
    """Where a rule fires in a text, what it suggests, and extra values for its message."""

    start: int
    end: int
    replacements: tuple[str, ...] = ()
    fields: dict[str, str] = field(default_factory=dict)


@dataclass(eq=False)
class Rule:
    """One house rule as loaded from YAML; subclasses add their type's settings and :meth:`hits`."""

    id: str
    severity: Severity
    message: str
    description: str
    link: str
    fix: FixSafety
    examples: Examples
    path: Path
    line: int  # line of the rule's ``id`` key, for messages about the rule as a whole
    # ``enabled: false``: off unless the config's ``enable`` names it (keyword-only, so the
    # subclasses' own fields keep their order).
    enabled: bool = field(default=True, kw_only=True)

    type: ClassVar[str] = ""
    KEYS: ClassVar[frozenset[str]] = frozenset()  # keys this type adds to the common ones
    PLACEHOLDERS: ClassVar[frozenset[str]] = frozenset()  # message fields this type adds
    CAN_SUGGEST: ClassVar[bool] = True  # whether hits may carry replacements at all

    @property
    def category(self) -> str:
        """The first segment of the id, used as the finding's category."""
        return self.id.split(".", 1)[0]

    def hits(self, text: str, deadline: float) -> Iterator[Hit]:
        """Yield every place the rule fires; raise TimeoutError past ``deadline`` (monotonic seconds)."""
        raise NotImplementedError

    def prepare(self, text: str, deadline: float) -> None:
        """Work done before the clock of :meth:`hits` starts: splitting sentences, which takes
        time in proportion to the text and cannot backtrack, so it is not what the time
        limit guards against (its results are cached for :meth:`hits`). Any regex work
        in here must still finish by ``deadline``, before the splitting starts."""

    @classmethod
    def from_spec(cls, common: dict[str, Any], section: "Section") -> "Rule | None":
        """Build the rule from validated common keys and its type's keys; None when a problem was recorded."""
        raise NotImplementedError

    def check(self, text: str, timeout: float = DEFAULT_TIMEOUT) -> list[Match]:
        """All matches of this rule in ``text``; raises :class:`RuleTimeout` when it takes longer than ``timeout``."""
        try:
            self.prepare(text, time.monotonic() + timeout)
            deadline = time.monotonic() + timeout
            return [self._match(text, hit) for hit in self.hits(text, deadline)]
        except TimeoutError:
            raise RuleTimeout(self, timeout) from None

    def _match(self, text: str, hit: Hit) -> Match:
        """Turn a hit into the shared Match model."""
        found = text[hit.start:hit.end]
        first = hit.replacements[0] if hit.replacements else ""
        values = {"match": found, "replacement": first, **hit.fields}
        return Match(
            offset=hit.start,
            length=hit.end - hit.start,
            rule=self.id,
            source=Source.HOUSE,
            category=self.category,
            severity=self.severity,
            message=fill_message(self.message, values),
            replacements=hit.replacements,
            # A fix without a replacement would be meaningless downstream.
            fix=self.fix if hit.replacements else FixSafety.NONE,
            description=self.description,
            url=self.link,
        )


def message_fields(message: str) -> list[str] | str:
    """The ``{name}`` fields a message uses, or a problem text when its braces are malformed."""
    try:
        parsed = list(string.Formatter().parse(message))
    except ValueError as exc:
        return f"malformed {{...}} placeholder ({exc}); write {{{{ and }}}} for literal braces"
    names = []
    for _, name, spec, conversion in parsed:
        if name is None:
            continue
        if spec or conversion:
            return f"placeholder {{{name}}} must not have a format or conversion"
        names.append(name)
    return names


def fill_message(message: str, values: dict[str, str]) -> str:
    """Fill ``{match}`` and friends; validated at load time, so every field is known."""
    return message.format_map(values)


def search_all(pattern: regex.Pattern, text: str, deadline: float) -> Iterator[regex.Match]:
    """Like ``finditer``, but the whole scan shares one deadline and empty matches are skipped.

    ``finditer`` applies its timeout to each search, so a text with many near-misses
    could still take long; searching step by step with the time that is left keeps
    the limit per rule per text.
    """
    pos = 0
    while pos <= len(text):
        m = pattern.search(text, pos, timeout=remaining(deadline))
        if m is None:
            return
        if m.end() == m.start():
            pos = m.end() + 1  # a zero-length match flags nothing; step past it
            continue
        yield m
        pos = m.end()


def remaining(deadline: float) -> float:
    """Seconds left before ``deadline``; raises TimeoutError when none are."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError("regex timed out")
    return left
