"""From a document to findings: house rules and LanguageTool over the same prose view.

The engine owns the one-directional data flow: document -> prose view ->
matches from both sources -> merged (house rules win on overlap) -> mapped back
to exact source positions -> :class:`~linter.findings.FileReport`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Protocol

from linter.document import Document
from linter.errors import EngineError
from linter.findings import FileReport, Finding, Match, merge_matches
from linter.inflight import InFlight
from linter.markup import detect_format, prose_view
from linter.prose import ProseView
from linter.suppressions import apply_suppressions, parse_directives, unused_directive_findings


#: Said once in a file's error when LanguageTool failed on it: its findings are the house rules' alone.
HOUSE_RULES_ONLY = "this file was checked with the house rules only, so its check is incomplete"


class Checker(Protocol):
    """Anything that finds matches in prose text (a rulebook, a LanguageTool client)."""

    def check(self, text: str) -> list[Match]:  # pragma: no cover - protocol
        ...


#: A filter sees each match with the prose it was found in and says whether to keep it.
MatchFilter = Callable[[Match, ProseView], bool]

#: An adjuster may change a match it sees with its prose (severity, message) and returns it.
MatchAdjuster = Callable[[Match, ProseView], Match]


@dataclass
class Engine:
    """Checks documents with the house rules and, unless switched off, LanguageTool."""

    house: Checker | None
    languagetool: Callable[[str], Checker] | None = None  # language variant -> client
    filters: list[MatchFilter] = field(default_factory=list)
    adjusters: list[MatchAdjuster] = field(default_factory=list)  # severity calibration, then config overrides
    report_unused_disables: bool = False
    front_matter_fields: tuple[str, ...] | None = None  # None: the markup module's defaults
    html_attributes: tuple[str, ...] | None = None
    extra_checkers: list[Checker] = field(default_factory=list)  # own findings beside the house rules (reject list)
    warmers: list[Callable[[], object]] = field(default_factory=list)  # load data the adjusters will need

    def check(self, document: Document, language: str, format_override: str | None = None,
              request: InFlight | None = None) -> FileReport:
        """Check one document and return its report; engine failures become the file's error.

        LanguageTool's request goes out first, on its own thread, and the house
        rules run while it is out. ``request``: one already sent for this
        document's prose (used only if it is for exactly that text and variant).
        """
        report = FileReport(path=document.path, document=document)
        fmt = detect_format(document.path, format_override)
        view, warnings = prose_view(document.text, fmt, **self.markup_options())
        report.warnings.extend(warnings)
        if request is None or not request.serves(language, view.text):
            request = InFlight(self.languagetool, language, view.text) if self.languagetool else None
        house = self.house.check(view.text, report.warnings) if self.house else []
        house += [m for checker in self.extra_checkers for m in checker.check(view.text)]
        try:
            lt = request.result() if request is not None else []
        except EngineError as exc:
            report.error = f"{exc}; {HOUSE_RULES_ONLY}"
            report.partial = True
            lt = []
        kept = [m for m in merge_matches(house, lt, view.text)
                if not view.involves_placeholder(m.offset, m.length) and all(keep(m, view) for keep in self.filters)]
        matches = [self._adjust(m, view) for m in kept]
        findings = [to_finding(document, view, m) for m in matches]
        directives = parse_directives(document)
        findings = apply_suppressions(findings, directives)
        if self.report_unused_disables:
            findings += unused_directive_findings(document, directives)
        report.findings = sorted(findings, key=Finding.sort_key)
        return report

    def warm(self) -> None:
        """Load what the adjusters load on first use (the sentence model), e.g. while LanguageTool works."""
        for warm in self.warmers:
            warm()

    def _adjust(self, match: Match, view: ProseView) -> Match:
        """Run the match through every adjuster in order."""
        for adjust in self.adjusters:
            match = adjust(match, view)
        return match

    def markup_options(self) -> dict:
        """Keyword options for the prose view that the configuration sets."""
        options = {}
        if self.front_matter_fields is not None:
            options["copy_fields"] = tuple(self.front_matter_fields)
        if self.html_attributes is not None:
            options["html_attributes"] = tuple(self.html_attributes)
        return options


def to_finding(document: Document, view: ProseView, match: Match) -> Finding:
    """Place a prose match at its exact source position."""
    offset, length = view.to_source(match.offset, match.length)
    line, column = document.positions.line_col(offset)
    end_line, end_column = document.positions.line_col(offset + length)
    return Finding(
        path=document.path,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        offset=offset,
        length=length,
        rule=match.rule,
        source=match.source,
        category=match.category,
        severity=match.severity,
        message=match.message,
        text=document.text[offset:offset + length],
        replacements=match.replacements,
        fix=match.fix,
        description=match.description,
        url=match.url,
    )
