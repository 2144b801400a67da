"""The spelling matches the severity adjusters of the precision means may lower."""

from __future__ import annotations

from linter.findings import Match, Severity, Source
from linter.prose import ProseView


def flagged_typo(match: Match, view: ProseView) -> str | None:
    """The flagged text of a LanguageTool spelling match above info, the only kind these adjusters
    lower; None for any other match."""
    if match.source is not Source.LANGUAGETOOL or match.category != "TYPOS" or match.severity <= Severity.INFO:
        return None
    return view.text[match.offset:match.offset + match.length]
