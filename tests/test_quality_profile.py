"""The news profile: every entry has a reason, and the user's settings win over it."""

from __future__ import annotations

import pytest

from linter.errors import ConfigError
from linter.findings import Severity
from linter.languagetool.client import LanguageToolSettings
from linter.languagetool.profile import load_profile, merge_settings


def test_shipped_profile_loads_with_reasons():
    profile = load_profile()
    assert profile.level == "default"
    assert "DOPPELTES_LEERZEICHEN" in profile.disabled_rules
    assert profile.severity["JONG_UN"] is Severity.INFO
    assert all(reason.strip() for reason in profile.disabled_rules.values())
    assert profile.reasons["level"].strip()


def test_profile_lies_beneath_user_settings():
    profile = load_profile()
    plain = merge_settings(profile, LanguageToolSettings())
    assert "DOPPELTES_LEERZEICHEN" in plain.disabled_rules
    user = LanguageToolSettings(level="picky", enabled_rules=frozenset({"languagetool.DOPPELTES_LEERZEICHEN"}),
                                disabled_rules=frozenset({"WHITESPACE_RULE"}))
    merged = merge_settings(profile, user)
    assert merged.level == "picky"
    assert "DOPPELTES_LEERZEICHEN" not in merged.disabled_rules
    assert "WHITESPACE_RULE" in merged.disabled_rules


def test_entry_without_reason_is_an_error(tmp_path):
    path = tmp_path / "profile.yaml"
    path.write_text("level: {value: default, reason: x}\ndisabled_rules:\n  - id: FOO\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="reason"):
        load_profile(path)


def test_severity_adjustment_reaches_findings(languagetool_url):
    from linter.languagetool.client import LanguageToolClient

    matches = LanguageToolClient(languagetool_url, "de-DE").check("Der Machthaber Kim Jong Un reiste ab.")
    jong = [m for m in matches if m.rule == "languagetool.JONG_UN"]
    assert jong and all(m.severity is Severity.INFO for m in jong)


@pytest.mark.parametrize("variant, flagged", [("de-CH", False), ("de-DE", True), ("de-AT", True)])
def test_swiss_ss_spelling(languagetool_url, variant, flagged):
    from linter.languagetool.client import LanguageToolClient

    text = "Die Strasse ist gross und wird gesperrt."
    matches = LanguageToolClient(languagetool_url, variant).check(text)
    spelling = [m for m in matches if m.category == "TYPOS"]
    assert bool(spelling) is flagged, matches
