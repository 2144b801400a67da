"""Seven of LanguageTool's misreadings of news copy against the real server: without their means
they are errors; with them they are warnings ("zufolge" after its noun, "das" as a pronoun, an
adjective used as an adverb after a pronoun, a plural "sie" read as the polite imperative, an
undeclined newspaper title), info (an English verb with German endings) or gone (a surname the
article introduces). The slips beside them stay errors."""

from __future__ import annotations

import pytest

from tests.check_support import severities_with_and_without

TEXT = "\n\n".join([
    "In Italien wurde Medienberichten zufolge ein Algerier festgenommen.",
    "Du kannst sie nicht Englisch reden lassen, nur damit das Amerikaner kaufen.",
    "Auf Nachfrage des Spiegel sagte er nichts.",
    "Daher ist es wichtig, dass wir flach spielen und unseren Rhythmus finden.",
    "In seiner neuen Komödie spekuliert Woody Allen über das Glück. Das ist schwieriger als im Kino üblich, "
    "und Allen bereitet es offensichtlich Vergnügen.",
    "Brett Sterling und Brian Fahey scorten, doch weitere Treffer gelangen nicht. Das Gerät wurde gerootet.",
    "Er trägt einen helle Jacke.",
    "Sie hat das nicht gewusst, jeoch geahnt.",
]) + "\n"
SLIPS = ("einen helle Jacke", "jeoch")


@pytest.mark.parametrize(("means", "spans", "severity"), [
    ("grammar", ("ein Algerier", "das Amerikaner", "wir flach"), "warning"),
    ("name_phrases", ("des Spiegel",), "warning"),
    ("foreign", ("scorten", "gerootet"), "info"),
    ("names", ("Allen",), None),
])
def test_each_misreading_is_an_error_without_its_means_and_lowered_with_it(languagetool_url, tmp_path, means, spans,
                                                                          severity):
    severities = severities_with_and_without(languagetool_url, tmp_path, TEXT, means)
    assert {span: severities["without"].get(span) for span in spans} == dict.fromkeys(spans, "error")
    assert {span: severities["with"].get(span) for span in spans} == dict.fromkeys(spans, severity)
    assert {span: severities["with"].get(span) for span in SLIPS} == dict.fromkeys(SLIPS, "error")


PRONOUN_SIE = "Die Flüchtlinge sollen fair behandelt werden. So haben sie etwa das Recht, dass ihr Fall gehört wird.\n"
IMPERATIVE_SIE = "Zeugen gesucht. Melden sie sich bei der Polizei.\n"


def test_a_plural_sie_is_a_warning_and_a_polite_imperative_stays_an_error(languagetool_url, tmp_path):
    (tmp_path / "pronoun").mkdir()
    (tmp_path / "imperative").mkdir()
    pronoun = severities_with_and_without(languagetool_url, tmp_path / "pronoun", PRONOUN_SIE, "grammar")
    assert (pronoun["without"].get("sie"), pronoun["with"].get("sie")) == ("error", "warning")
    imperative = severities_with_and_without(languagetool_url, tmp_path / "imperative", IMPERATIVE_SIE, "grammar")
    assert (imperative["without"].get("sie"), imperative["with"].get("sie")) == ("error", "error")
