"""A lower-case "sie" after its verb: LanguageTool's rule for the polite imperative reads it as "Sie".

"Melden Sie sich bei der Polizei": an imperative with the polite "Sie" has its verb first and
"Sie" right after it, and LanguageTool's ``AUFFORDERUNG_SIE`` asks for the capital when it finds
"melden sie". News copy has the same two words in other sentences, with "sie" the plural
pronoun: after a word that opens the sentence ("So haben sie etwa das Recht, ..."), in a
question ("Gehen sie jetzt nach Hause?") and in a clause that states a condition, with the
verb first and the main clause after a comma ("Sitzen sie dadurch mit vielen Schülern in der
Klasse, haben die einzelnen Schüler schlechtere Chancen"). No imperative is meant there, so
such a finding is a warning with a message that names the other reading; a writer may still
have meant an imperative ("Jetzt melden sie sich!"), so it is shown. "Melden sie sich bei der
Polizei." and "Bitte melden sie sich." keep LanguageTool's severity.
"""

from __future__ import annotations

import dataclasses
import re

from linter.findings import Match, Severity, Source
from linter.precision.context import SENTENCE_END
from linter.prose import ProseView

#: The LanguageTool rule whose findings this reads.
IMPERATIVE_RULE = "languagetool.AUFFORDERUNG_SIE"

#: German message for a "sie" that is the plural pronoun, not the polite imperative.
PRONOUN_MESSAGE = ("„sie“ ist hier vermutlich das Pronomen der 3. Person Plural, keine Aufforderung; "
                   "falls eine Aufforderung in der Höflichkeitsform gemeint ist, „Sie“ schreiben.")

#: Words that may stand before the verb of a polite imperative.
IMPERATIVE_OPENERS = frozenset({"bitte", "Bitte"})

#: Finite verbs that open the main clause after a conditional clause with the verb first
#: ("Sitzen sie ..., haben die Schüler ..."). Not "dann": an imperative takes it too ("Rufen Sie
#: an, dann helfen wir").
MAIN_CLAUSE_OPENERS = frozenset({
    "ist", "sind", "war", "waren", "wäre", "wären", "hat", "haben", "hatte", "hatten", "hätte", "hätten",
    "wird", "werden", "wurde", "wurden", "würde", "würden", "kann", "können", "konnte", "konnten", "könnte",
    "könnten", "muss", "müssen", "musste", "mussten", "müsste", "müssten", "soll", "sollen", "sollte",
    "sollten", "darf", "dürfen", "droht", "drohen", "gibt", "gab", "bleibt", "bleiben",
})

#: Where a sentence begins: after . ! ? : ; or a line break, then any opening quotes or dashes.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n)[\s\"„“‚'»«(–-]*", re.MULTILINE)
#: A comma and the word after it.
_COMMA_WORD = re.compile(r",\s+(\w+)")
_WORD = re.compile(r"\w+")
#: How far the sentence around the match is looked at, either way.
WINDOW = 400


def is_no_imperative(text: str, offset: int, length: int) -> bool:
    """True when the "sie" at ``offset`` stands where no polite imperative can: after a word that
    opens its clause before the verb, in a question, or in a verb-first condition before a comma."""
    window_start = max(0, offset - WINDOW)
    start = window_start
    for found in _SENTENCE_START.finditer(text, window_start, offset):
        start = found.end()
    # the clause: an imperative may follow a subordinate clause ("Wenn Sie Fragen haben, melden sie sich")
    clause_start = max(start, text.rfind(",", start, offset) + 1)
    words_before = _WORD.findall(text[clause_start:offset])
    if len(words_before) >= 2 and words_before[0] not in IMPERATIVE_OPENERS:
        return True  # a word before the verb: "So haben sie ..."
    end = SENTENCE_END.search(text, offset + length, min(len(text), offset + length + WINDOW))
    sentence_rest = text[offset + length:end.end() if end else min(len(text), offset + length + WINDOW)]
    if sentence_rest.rstrip().endswith("?"):
        return True
    return any(word.group(1) in MAIN_CLAUSE_OPENERS for word in _COMMA_WORD.finditer(sentence_rest))


def imperative_sie_severity(match: Match, view: ProseView) -> Match:
    """Engine adjuster: ``AUFFORDERUNG_SIE`` on a "sie" that cannot be a polite imperative is at most a warning."""
    if match.source is not Source.LANGUAGETOOL or match.rule != IMPERATIVE_RULE or match.severity <= Severity.WARNING:
        return match
    if view.text[match.offset:match.offset + match.length] != "sie":
        return match
    if not is_no_imperative(view.text, match.offset, match.length):
        return match
    return dataclasses.replace(match, severity=Severity.WARNING, message=PRONOUN_MESSAGE)
