"""The allow-list against the real LanguageTool server, and ``fix`` on real fixture copies.

Each safe allow-list entry is verified here on a test sentence: LanguageTool gives
exactly one match of that rule with one suggestion, newslint classes it safe, and
applying it gives the expected sentence. Sentences where the same rule would be
wrong show that the entry's checks keep the fix away.
"""

from __future__ import annotations

import pytest

from conftest import FIXTURES, SAMPLE
from linter.config import Config, apply_overrides
from linter.document import Document
from linter.findings import FixSafety
from linter.fixing import fix_document
from linter.fixing.allowlist import load_allowlist
from linter.fixing.plan import apply_edits, plan_fixes
from linter.fixing.safety import fix_level, is_wanted
from linter.prose import ProseView
from linter.runner import CheckRequest, build_engine


# rule id -> (sentence, expected after the fix); picky rules need the picky level.
SAFE_PROBES = {
    "COMMA_PARENTHESIS_WHITESPACE": ("Er kam ( wie immer) spät , sagte er.", "Er kam ( wie immer) spät, sagte er."),
    "DOPPELTES_AUSRUFEZEICHEN": ("Das ist toll!!! Wirklich.", "Das ist toll! Wirklich."),
    "LEERZEICHEN_NACH_VOR_ANFUEHRUNGSZEICHEN": ("Er kam ( wie immer) zu spät.", "Er kam (wie immer) zu spät."),
    "LEERZEICHEN_VOR_AUSRUFEZEICHEN_ETC": ("Er fragte: Warum ?", "Er fragte: Warum?"),
    "TYPOGRAFISCHE_APOSTROPHE": ("Das ist Peters' Auto.", "Das ist Peters’ Auto."),
}
# Sentences where a listed rule fires but its suggestion would be wrong: never applied.
REFUSED = [
    ("COMMA_PARENTHESIS_WHITESPACE", "Der Umsatz stieg um 3 ,5 Prozent."),  # ", " would split a decimal
    ("DOPPELTES_AUSRUFEZEICHEN", "Wie bitte ?! Das glaube ich nicht."),  # "?!" -> "?" drops emphasis
    ("GERMAN_SPELLER_RULE", "Die Duchschnittsgeschwindigkeit ist hoch."),  # capitalised: may be a name
]


def engine_for(url: str, level: str = "default", house_rules: bool = True):
    config = apply_overrides(Config(), {"languagetool.url": url, "languagetool.level": level,
                                        "default_rules": None if house_rules else False})
    return build_engine(CheckRequest(paths=[], config=config), lambda _: None)


def lt_findings(url: str, text: str, rule: str, level: str = "picky"):
    """LanguageTool's findings of ``rule`` alone (house rules off: they win overlaps and would hide them)."""
    engine = engine_for(url, level, house_rules=False)
    report = engine.check(Document(path="probe.txt", text=text), "de-DE", "text")
    assert report.error is None, report.error
    return [f for f in report.findings if f.rule == "languagetool." + rule]


@pytest.mark.parametrize("rule", sorted(SAFE_PROBES))
def test_safe_entry_has_exactly_one_correct_suggestion(languagetool_url, rule):
    sentence, expected = SAFE_PROBES[rule]
    found = lt_findings(languagetool_url, sentence, rule)
    assert len(found) == 1, found
    assert len(found[0].replacements) == 1
    assert fix_level(found[0], load_allowlist()) is FixSafety.SAFE
    plan = plan_fixes(found, sentence, ProseView.plain(sentence), lambda f: True)
    assert apply_edits(sentence, plan.edits) == expected


def test_every_safe_entry_has_a_probe():
    safe = {e.rule for e in load_allowlist().entries.values() if e.level is FixSafety.SAFE}
    assert safe == set(SAFE_PROBES)


@pytest.mark.parametrize("rule, sentence", REFUSED)
def test_listed_rule_is_refused_where_its_suggestion_would_be_wrong(languagetool_url, rule, sentence):
    found = lt_findings(languagetool_url, sentence, rule)
    assert found, f"LanguageTool no longer flags {sentence!r} with {rule}; update the probe"
    allow = load_allowlist()
    assert all(not is_wanted(fix_level(f, allow), unsafe=True) for f in found)


@pytest.mark.parametrize("path", [SAMPLE, FIXTURES / "markup" / "artikel.md", FIXTURES / "markup" / "artikel.html"])
def test_fix_on_fixture_copies_is_idempotent_and_check_agrees(cli, tmp_path, languagetool_url, path):
    target = tmp_path / path.name
    target.write_bytes(path.read_bytes())
    first = cli("fix", "--quiet", "--languagetool-url", languagetool_url, str(target))
    assert first.exit_code == 1, first.output
    once = target.read_bytes()
    second = cli("fix", "--quiet", "--languagetool-url", languagetool_url, str(target))
    assert second.exit_code == 0, second.output
    assert target.read_bytes() == once
    report = engine_for(languagetool_url).check(Document.read(target), "de-DE", None)
    allow = load_allowlist()
    assert not [f for f in report.findings if is_wanted(fix_level(f, allow), unsafe=False)]


def test_sample_article_fixes_are_the_expected_ones(languagetool_url):
    document = Document.read(SAMPLE)
    result = fix_document(engine_for(languagetool_url), document, "de-DE", None)
    before, after = document.text, result.fixed
    assert '"sensible"' in before and "„sensible“" in after
    assert "schwer ist , mit" in before and "schwer ist, mit" in after
    assert "jeoch" in after and "diekt" in after  # spelling is left for a person
    assert "Lankow" in after and "Cheong Seong-chang" in after
    assert result.remaining > 0
