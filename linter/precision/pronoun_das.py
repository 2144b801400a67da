""""das" as a pronoun before a plural subject: LanguageTool's agreement rule reads it as an article.

In a subordinate clause German may put the object pronoun "das" before a subject in the
plural without an article: "damit das Amerikaner kaufen", "wenn das Experten prüfen", "ob
das Politiker verstehen". LanguageTool's ``DE_AGREEMENT`` reads "das Amerikaner" as one noun
phrase and reports the article. When the finding is exactly "das" and a capitalised noun,
right after a subordinating conjunction, and its clause ends in a verb with a plural ending
("kaufen", "wollten"), "das" is most likely the pronoun: the finding is a warning whose
message says so. A singular verb ("dass das Lehrer lügt") or another clause keeps
LanguageTool's severity.
"""

from __future__ import annotations

import dataclasses
import re

from linter.findings import Match, Severity, Source
from linter.prose import ProseView

#: The LanguageTool rule whose findings this reads.
AGREEMENT_RULE = "languagetool.DE_AGREEMENT"

#: German message for "das" read as an article before a plural subject.
PRONOUN_MESSAGE = ("„das“ ist hier vermutlich ein Pronomen und „{noun}“ das Subjekt im Plural; "
                   "falls „das“ der Artikel ist, bitte Artikel und Nomen prüfen.")

#: Subordinating conjunctions that open a clause with its verb at the end (general grammar).
CONJUNCTIONS = frozenset({"als", "bevor", "bis", "da", "damit", "dass", "falls", "indem", "nachdem", "ob",
                          "obgleich", "obwohl", "seit", "seitdem", "sobald", "sodass", "solange", "sofern",
                          "soweit", "weil", "wenn", "wie", "während", "wohingegen"})

#: The finding: "das" and one capitalised word.
_DAS_NOUN = re.compile(r"das\s+(?P<noun>[A-ZÄÖÜ][\w-]*)")
#: The word before the finding.
_WORD_BEFORE = re.compile(r"(?<![\w-])(?P<word>\w+)\s+$")
#: The rest of the clause after the finding, up to a punctuation mark or a line break.
_CLAUSE_REST = re.compile(r"[^,.;:!?–\n]*")
#: A plural finite verb (or an infinitive after a modal) at the end of the clause: "kaufen", "wollten".
_PLURAL_VERB_AT_END = re.compile(r"(?<![\w-])[a-zäöüß]+(?:en|ern|eln)\s*$")
#: How far back the conjunction is looked for.
WINDOW = 30


def pronoun_before_plural_subject(text: str, start: int, end: int) -> str | None:
    """The noun of a finding ``text[start:end]`` that reads "das <Noun>" where "das" is an object
    pronoun before a plural subject (see the module's rules), else None."""
    found = _DAS_NOUN.fullmatch(text, start, end)
    before = _WORD_BEFORE.search(text, max(0, start - WINDOW), start)
    if found is None or before is None or before.group("word") not in CONJUNCTIONS:
        return None
    rest = _CLAUSE_REST.match(text, end).group()
    return found.group("noun") if _PLURAL_VERB_AT_END.search(rest) else None


def pronoun_das_severity(match: Match, view: ProseView) -> Match:
    """Engine adjuster: ``DE_AGREEMENT`` on a pronoun "das" before a plural subject is at most a warning."""
    if match.source is not Source.LANGUAGETOOL or match.rule != AGREEMENT_RULE or match.severity <= Severity.WARNING:
        return match
    noun = pronoun_before_plural_subject(view.text, match.offset, match.offset + match.length)
    if noun is None:
        return match
    return dataclasses.replace(match, severity=Severity.WARNING, message=PRONOUN_MESSAGE.format(noun=noun))
