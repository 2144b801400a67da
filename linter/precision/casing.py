"""A capital letter on a function word in mid-sentence: a warning, not an error.

LanguageTool's case rule (DE_CASE) flags "Der", "Es" or "Nach" after a word that
does not end a sentence. In edited copy that is mostly a heading run into the
text where a line break was lost, a title ("für Das Märchen der Märchen") or a
quotation that begins a sentence; a typed capital on an article or a
preposition is the rarer case. The finding stays, at warning: shown to the
copy editor and in every report, but it does not block a commit. Capitalised
adjectives and nouns ("Angeblich", "Obersten") keep LanguageTool's severity.
The words are a data file: ``linter/precision/data/function-words.txt``.
"""

from __future__ import annotations

import dataclasses
import functools

from linter.findings import Match, Severity, Source
from linter.precision.wordlists import data_list
from linter.prose import ProseView

#: The LanguageTool rules about capitals this applies to.
CASE_RULES = frozenset({"languagetool.DE_CASE"})


@functools.cache
def function_words() -> frozenset[str]:
    """The shipped list of closed-class words and sentence-opening adverbs, lower case."""
    return frozenset(data_list("function-words"))


def capitalised_function_word(flagged: str) -> bool:
    """True for one capitalised word from the list ("Der", "Nach"; not "der", "Obersten", "Der Spiegel")."""
    return flagged[:1].isupper() and flagged[1:].islower() and flagged.lower() in function_words()


def is_function_word_case_match(match: Match, view: ProseView) -> bool:
    """True for LanguageTool's DE_CASE on one capitalised function word ("… beschlossen Der Minister")."""
    return (match.source is Source.LANGUAGETOOL and match.rule in CASE_RULES
            and capitalised_function_word(view.text[match.offset:match.offset + match.length]))


def function_word_case_severity(match: Match, view: ProseView) -> Match:
    """Engine adjuster: DE_CASE on a capitalised function word is at most a warning."""
    if not is_function_word_case_match(match, view):
        return match
    return dataclasses.replace(match, severity=min(match.severity, Severity.WARNING))
