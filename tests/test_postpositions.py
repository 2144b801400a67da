"""An agreement finding right after a postposed "zufolge" is a warning; "zufolge" before its noun is not touched."""

from __future__ import annotations

import pytest

from linter.findings import Match, Severity, Source
from linter.precision.postpositions import POSTPOSITION_MESSAGE, postposition_agreement_severity, postposition_before
from linter.prose import ProseView


def _adjusted(text: str, flagged: str, rule: str = "languagetool.DE_AGREEMENT") -> Match:
    match = Match(text.index(flagged), len(flagged), rule, Source.LANGUAGETOOL, "GRAMMAR", Severity.ERROR,
                  "Möglicherweise fehlende grammatische Übereinstimmung.", ("einem Algerier",))
    return postposition_agreement_severity(match, ProseView.plain(text))


@pytest.mark.parametrize(("text", "flagged"), [
    ("In Italien wurde Medienberichten zufolge ein Algerier festgenommen.", "ein Algerier"),
    ("Bei dem Anschlag wurden Polizeiangaben zufolge ein Polizist und ein Passant verletzt.", "ein Polizist"),
    ("Demnach soll ihm zufolge ein Mann geschossen haben.", "ein Mann"),  # a dative pronoun before it
])
def test_a_finding_after_a_postposed_zufolge_is_a_warning(text, flagged):
    adjusted = _adjusted(text, flagged)
    assert adjusted.severity is Severity.WARNING
    assert adjusted.message == POSTPOSITION_MESSAGE.format(postposition="zufolge")


@pytest.mark.parametrize(("text", "flagged"), [
    ("Er kam mit ein Algerier an.", "ein Algerier"),  # no "zufolge"
    ("Es ist zufolge ein Mann gekommen.", "ein Mann"),  # "zufolge" after a verb: no postposition
    ("Zufolge ein Mann kam, ging sie.", "ein Mann"),  # the preposition, before its phrase
    ("Medienberichten zufolge, ein Mann kam.", "ein Mann"),  # a comma between: not right after it
])
def test_other_findings_keep_their_severity(text, flagged):
    assert _adjusted(text, flagged).severity is Severity.ERROR


def test_only_the_agreement_rule_is_read():
    text = "Medienberichten zufolge ein Algerier."
    assert _adjusted(text, "ein Algerier", rule="languagetool.PRAEP_DAT").severity is Severity.ERROR


@pytest.mark.parametrize(("text", "found"), [
    ("Berichten zufolge ", "zufolge"), ("ihnen zufolge ", "zufolge"), ("sagte zufolge ", None), ("zufolge ", None),
])
def test_postposition_before(text, found):
    assert postposition_before(text + "ein Mann", len(text)) == found
