"""An adjective used as an adverb after a pronoun: LanguageTool's verb agreement reads it as the verb.

Many German adjectives are verb stems too: "flach" (flachen), "locker" (lockern), "still"
(stillen). In a subordinate clause an adverb may follow the subject pronoun, with the
verb at the clause's end: "dass wir flach spielen", "dass wir locker mehrere Dinge tun
können". LanguageTool's ``DE_VERBAGREEMENT`` takes the adjective for a verb that does not
agree and offers "wir flachen", "wir lockern". Such a finding is a warning when it is exactly
a pronoun and one lower-case word the tagger reads as an adjective, adverb or verb particle
(not as a verb or a noun), every suggestion with that pronoun only adds a verb ending to
the word (LanguageTool also offers another pronoun: "ich flach"), and the clause after it holds a word with the ending the pronoun's
verb takes ("spielen" after "wir"). A real slip ("dass wir spiel") keeps LanguageTool's
severity: "spiel" is no adjective.
"""

from __future__ import annotations

import dataclasses
import re

from linter.findings import Match, Severity, Source
from linter.prose import ProseView

#: The LanguageTool rule whose findings this reads.
VERB_AGREEMENT_RULE = "languagetool.DE_VERBAGREEMENT"

#: German message for an adverbial adjective read as a verb.
ADVERBIAL_MESSAGE = ("„{word}“ ist hier vermutlich ein Adverb, das Verb folgt später („{verb}“); "
                     "falls „{word}“ das Verb sein soll, bitte die Endung prüfen.")

#: The finite-verb endings each subject pronoun takes (present and past: "spielen", "spielten").
PRONOUN_VERB_ENDINGS = {"ich": ("e", "te"), "du": ("st",), "er": ("t", "te"), "es": ("t", "te"), "wir": ("en", "n"),
                        "ihr": ("t",), "sie": ("en", "n", "t", "te"), "Sie": ("en", "n")}

#: What the tagger, reading the word alone, may take it for: an adjective ("flach"), an adverb, or
#: a verb particle ("locker", as in "lockerlassen"); never a verb or a noun ("spiel").
ADVERBIAL_TAGS = ("ADJ", "ADV", "PTKVZ")

#: The finding: a subject pronoun and one lower-case word.
_PRONOUN_WORD = re.compile(r"(?P<pronoun>\w+)\s+(?P<word>[a-zäöüß]+)")
#: The rest of the clause, up to a punctuation mark or a line break.
_CLAUSE_REST = re.compile(r"[^,.;:!?–\n]*")
_LOWER_WORD = re.compile(r"(?<![\w-])[a-zäöüß]+(?![\w-])")


def later_verb(text: str, start: int, end: int, suggestions: tuple[str, ...]) -> tuple[str, str] | None:
    """The adjective and the verb after it for a finding ``text[start:end]`` such as "wir flach"
    before "spielen" (see the module's rules), or None."""
    found = _PRONOUN_WORD.fullmatch(text, start, end)
    if found is None or found.group("pronoun") not in PRONOUN_VERB_ENDINGS or not suggestions:
        return None
    pronoun, word = found.group("pronoun"), found.group("word")
    same_subject = [s for s in suggestions if s.split(" ", 1)[0] == pronoun]  # "ich flach" changes the subject
    if not same_subject or not all(s.startswith(f"{pronoun} {word}") and len(s) > end - start for s in same_subject):
        return None  # a suggestion that changes more than the ending: another slip
    from linter.precision.context import sentence_model  # deferred: the tagger loads on first use

    if not sentence_model().likeliest_tag(word).startswith(ADVERBIAL_TAGS):
        return None
    rest = _CLAUSE_REST.match(text, end).group()
    endings = PRONOUN_VERB_ENDINGS[pronoun]
    verb = next((w for w in _LOWER_WORD.findall(rest) if w.endswith(endings) and len(w) > 3), None)
    return (word, verb) if verb else None


def adverbial_adjective_severity(match: Match, view: ProseView) -> Match:
    """Engine adjuster: ``DE_VERBAGREEMENT`` on a pronoun and an adverbial adjective is at most a warning."""
    if (match.source is not Source.LANGUAGETOOL or match.rule != VERB_AGREEMENT_RULE
            or match.severity <= Severity.WARNING):
        return match
    found = later_verb(view.text, match.offset, match.offset + match.length, match.replacements)
    if found is None:
        return match
    word, verb = found
    return dataclasses.replace(match, severity=Severity.WARNING, message=ADVERBIAL_MESSAGE.format(word=word, verb=verb))
