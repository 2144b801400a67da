"""The spelling matches the severity adjusters of the precision means may lower."""

from __future__ import annotations

from linter.findings import Match, Severity
from linter.languagetool.spelling import is_unknown_word
from linter.prose import ProseView


def flagged_typo(match: Match, view: ProseView) -> str | None:
    """The flagged text of a LanguageTool speller match above info (a word the dictionary lacks), the
    only kind these adjusters lower; None for any other match, a real-word rule's among them."""
    if not is_unknown_word(match) or match.severity <= Severity.INFO:
        return None
    return view.text[match.offset:match.offset + match.length]
