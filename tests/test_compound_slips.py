"""One-key slips in long compounds: mended from a written part and a part one slip from a common word."""

from __future__ import annotations

import pytest

from linter.findings import Match, Severity, Source
from linter.precision.compound_slips import CompoundSlipSuggestion, mend_compound
from linter.precision.frequency import NO_FREQUENCY
from linter.prose import ProseView


@pytest.mark.parametrize(("word", "mended"), [
    ("Festnhamewelle", "Festnahmewelle"),  # two letters swapped in the first part
    ("matartzenartigen", "matratzenartigen"),
    ("raumfartbegeisterten", "raumfahrtbegeisterten"),  # a letter dropped
    ("Abschiebezetren", "Abschiebezentren"),  # in the second part
    ("Duchschnittsgeschwindigkeit", "Durchschnittsgeschwindigkeit"),  # a first part with its linking "s"
])
def test_a_slip_in_one_part_is_mended(word, mended):
    assert mend_compound(word) == mended


@pytest.mark.parametrize("word", [
    "Wörtherseestadion",  # two written parts: a formation, however rare
    "durchsetzungskräftige",  # the linking "s" is no slip of "kräftige"
    "Sensorenphalanx",
    "Bundestagswahlkampf",
    "Mitterlehnerpartei",  # a name part that is no slip of a common word
    "Unte",  # too short to be a compound
    "Festnhame-Welle",  # hyphenated: each part is checked on its own
])
def test_formations_names_and_short_words_are_left_alone(word):
    assert mend_compound(word) is None


def test_without_the_frequency_list_nothing_is_mended():
    assert mend_compound("Festnhamewelle", NO_FREQUENCY) is None


def _adjusted(word: str, replacements: tuple[str, ...], category: str = "TYPOS") -> Match:
    text = f"Die {word} traf viele."
    match = Match(text.index(word), len(word), "languagetool.GERMAN_SPELLER_RULE", Source.LANGUAGETOOL, category,
                  Severity.ERROR, "Möglicher Tippfehler gefunden.", replacements)
    return CompoundSlipSuggestion()(match, ProseView.plain(text))


def test_the_mended_compound_goes_first_when_languagetool_has_no_close_correction():
    assert _adjusted("Festnhamewelle", ()).replacements == ("Festnahmewelle",)
    assert _adjusted("Festnhamewelle", ("Festnahme welle",)).replacements == ("Festnahmewelle", "Festnahme welle")


def test_a_close_correction_of_languagetool_and_other_categories_are_kept_as_they_are():
    assert _adjusted("Festnhamewelle", ("Festnahmewelle",)).replacements == ("Festnahmewelle",)
    assert _adjusted("Festnhamewelle", (), category="GRAMMAR").replacements == ()


@pytest.mark.languagetool
def test_end_to_end_the_slip_stays_an_error_with_its_mending(cli, tmp_path, languagetool_url):
    import json

    article = tmp_path / "a.txt"
    article.write_text("Die Festnhamewelle traf viele Oppositionelle im ganzen Land.\n", encoding="utf-8")
    result = cli("check", "--no-cache", "--format", "json", "--languagetool-url", languagetool_url, str(article))
    findings = json.loads(result.stdout)["files"][0]["findings"]
    slip = next(f for f in findings if f["text"] == "Festnhamewelle")
    assert slip["severity"] in ("warning", "error")
    assert slip["replacements"][0] == "Festnahmewelle"
