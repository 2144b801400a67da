"""Misspellings the frequency list counts as words, against the real LanguageTool: at a sentence
start ("Warscheinlich", "Vorallem"), run together ("garnicht", "aufjedenfall") and with a letter
doubled or undoubled in a long word ("Resourcen") they stay errors with every means on, as with
LanguageTool alone; formations and a name at a sentence start stay info."""

from __future__ import annotations

import pytest

from linter.precision import MEANS
from tests.check_support import severities_with_and_without

SLIPS = ("Warscheinlich", "Vorallem", "Aufjedenfall", "Nachwievor", "Wieviel", "garnicht", "vorallem",
         "aufjedenfall", "Resourcen", "Agressive")
FORMATIONS_AND_NAMES = ("ausgefasst", "mitgeflüchtete", "Benchmarkrunde", "Peskow")
TEXT = "\n\n".join([
    "Warscheinlich kommt er morgen.",
    "Vorallem die Jungen sind betroffen.",
    "Aufjedenfall kommt er morgen.",
    "Nachwievor ist das offen.",
    "Wieviel kostet das?",
    "Das ist garnicht schlecht.",
    "Er kam vorallem wegen des Geldes.",
    "Das hat er aufjedenfall gesagt.",
    "Die Resourcen sind knapp.",
    "Das ist eine Agressive Politik.",
    "Er hat zwei Jahre Haft ausgefasst.",
    "Es geht um mitgeflüchtete Frauen.",
    "Das war eine Benchmarkrunde.",
    "Peskow sagte am Montag, das sei falsch.",
]) + "\n"


@pytest.fixture(scope="module")
def severities(languagetool_url, tmp_path_factory) -> dict[str, dict[str, str]]:
    return severities_with_and_without(languagetool_url, tmp_path_factory.mktemp("zusammen"), TEXT, ",".join(MEANS))


def test_languagetool_alone_flags_each_as_an_error(severities):
    words = SLIPS + FORMATIONS_AND_NAMES
    assert {w: severities["without"].get(w) for w in words} == dict.fromkeys(words, "error")


def test_the_slips_stay_errors_with_every_means(severities):
    assert {w: severities["with"].get(w) for w in SLIPS} == dict.fromkeys(SLIPS, "error")


def test_formations_and_a_name_at_a_sentence_start_stay_info(severities):
    assert {w: severities["with"].get(w) for w in FORMATIONS_AND_NAMES} == dict.fromkeys(FORMATIONS_AND_NAMES, "info")
