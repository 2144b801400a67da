""""das" before a plural subject in a subordinate clause is read as a pronoun: the agreement finding is a warning."""

from __future__ import annotations

import pytest

from linter.findings import Match, Severity, Source
from linter.precision.pronoun_das import PRONOUN_MESSAGE, pronoun_before_plural_subject, pronoun_das_severity
from linter.prose import ProseView


def _adjusted(text: str, flagged: str) -> Match:
    match = Match(text.index(flagged), len(flagged), "languagetool.DE_AGREEMENT", Source.LANGUAGETOOL, "GRAMMAR",
                  Severity.ERROR, "Möglicherweise fehlende grammatische Übereinstimmung.", ("der Amerikaner",))
    return pronoun_das_severity(match, ProseView.plain(text))


@pytest.mark.parametrize(("text", "noun"), [
    ("Er ließ sie Deutsch reden, nur damit das Amerikaner kaufen.", "Amerikaner"),
    ("Es ist gut, wenn das Experten prüfen.", "Experten"),
    ("Das wissen nur wenige, obwohl das Lehrer seit Jahren sagen.", "Lehrer"),
    ("Ich weiß nicht, ob das Politiker verstehen wollten, sagte sie.", "Politiker"),
])
def test_das_before_a_plural_subject_and_a_plural_verb_is_a_warning(text, noun):
    adjusted = _adjusted(text, "das " + noun)
    assert adjusted.severity is Severity.WARNING
    assert adjusted.message == PRONOUN_MESSAGE.format(noun=noun)


@pytest.mark.parametrize(("text", "flagged"), [
    ("Er sagt, dass das Lehrer lügt.", "das Lehrer"),  # a singular verb: "das" is the article, a slip
    ("Er sah gestern das Amerikaner kaufen.", "das Amerikaner"),  # no subordinating conjunction before it
    ("Es ist gut, wenn das Experten-Team, das wir kennen, prüft.", "das Experten-Team"),  # the clause ends in a comma first
    ("Es ist gut, wenn das schöne Auto fährt.", "das schöne Auto"),  # more than "das" and a noun
])
def test_other_findings_keep_their_severity(text, flagged):
    assert _adjusted(text, flagged).severity is Severity.ERROR


def test_the_clause_must_end_in_a_plural_verb():
    text = "Es ist gut, wenn das Experten prüfen."
    start = text.index("das")
    assert pronoun_before_plural_subject(text, start, start + len("das Experten")) == "Experten"
    text = "Es ist gut, wenn das Experten Haus."
    assert pronoun_before_plural_subject(text, start, start + len("das Experten")) is None
