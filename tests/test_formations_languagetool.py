"""Particle verbs the dictionary lacks against the real LanguageTool: its speller flags them as
errors, offering the word split or with another particle; with the formations means (part of
``names``) they are info, and a slip in the verb form stays an error."""

from __future__ import annotations

import pytest

from tests.check_support import severities_with_and_without

PARTICLE_VERBS = ("hinaufgesprüht", "hinaufgepaddelt")
SLIPS = ("aufgeschriben",)
TEXT = "\n\n".join([
    "Die Farbe wurde hinaufgesprüht.",
    "Sie haben die Kisten hinaufgepaddelt.",
    "Er hat die Zahlen aufgeschriben.",
]) + "\n"


@pytest.fixture(scope="module")
def severities(languagetool_url, tmp_path_factory) -> dict[str, dict[str, str]]:
    return severities_with_and_without(languagetool_url, tmp_path_factory.mktemp("verben"), TEXT, "names")


def test_languagetool_flags_the_particle_verbs_as_errors(severities):
    assert {word: severities["without"].get(word) for word in PARTICLE_VERBS} == dict.fromkeys(PARTICLE_VERBS, "error")


def test_the_means_makes_them_info(severities):
    assert {word: severities["with"].get(word) for word in PARTICLE_VERBS} == dict.fromkeys(PARTICLE_VERBS, "info")


def test_a_slip_in_the_verb_form_stays_an_error(severities):
    assert {word: severities["with"].get(word) for word in SLIPS} == dict.fromkeys(SLIPS, "error")
