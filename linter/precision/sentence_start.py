"""A small letter after a question or exclamation mark inside a line: a warning, not an error.

LanguageTool's ``UPPERCASE_SENTENCE_START`` reads every "?" and "!" as the end of a sentence
and wants the next word capitalised. In edited copy a small letter there mostly means the
mark belongs inside the sentence: a title ("Für Who's Afraid of Virginia Woolf? wurde er
ausgezeichnet"), a name that carries it ("das Netzwerk transform! koordiniert"), a scale's
words ("von Hmm bis Göttlich! reichen"), an exclamation quoted without its quotation marks.
A sentence begun in small letters after a real question is the rarer case, and a person
tells them apart at a glance. So the finding stays, at warning: shown in every report and
in a commit check, but it does not block a commit. After a full stop LanguageTool's severity
stands ("… wie selten zuvor. als Topfavorit …").
"""

from __future__ import annotations

import dataclasses
import re

from linter.findings import Match, Severity, Source
from linter.prose import ProseView

#: The LanguageTool rule this applies to.
SENTENCE_START_RULE = "languagetool.UPPERCASE_SENTENCE_START"

#: A question or exclamation mark, maybe closed by a quotation mark or bracket, then spaces
#: on the same line, right before the flagged word.
_INNER_MARK = re.compile(r"[?!][\"'“”„»«‘’)\]]*[ \t\u00a0]+$")

#: How far back the mark is looked for.
_LOOKBEHIND = 8


def follows_a_mark_inside_a_line(text: str, offset: int) -> bool:
    """True when the word at ``offset`` follows "?" or "!" (and maybe a closing quote or
    bracket) and a space on the same line."""
    return bool(_INNER_MARK.search(text[max(0, offset - _LOOKBEHIND):offset]))


def small_letter_after_inner_mark_severity(match: Match, view: ProseView) -> Match:
    """Engine adjuster: ``UPPERCASE_SENTENCE_START`` on a small letter right after "?" or "!"
    inside a line is at most a warning."""
    if match.source is not Source.LANGUAGETOOL or match.rule != SENTENCE_START_RULE:
        return match
    flagged = view.text[match.offset:match.offset + match.length]
    if not flagged[:1].islower() or not follows_a_mark_inside_a_line(view.text, match.offset):
        return match
    return dataclasses.replace(match, severity=min(match.severity, Severity.WARNING))
