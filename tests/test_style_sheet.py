"""A newsroom's own style sheet (fixtures/stilbuch, shown in the README): the config switches the
pack's families and house choices, and an extra rule folder adds the desk's own rules."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from linter.cli import app

STILBUCH = Path(__file__).resolve().parent.parent / "fixtures" / "stilbuch"
CONFIG = STILBUCH / ".newslint.yaml"


def _findings(*args: str) -> list[tuple[str, str, str]]:
    result = CliRunner().invoke(app, ["check", "--no-languagetool", "--format", "json", *args,
                                      str(STILBUCH / "artikel.txt")], catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    [report] = json.loads(result.stdout)["files"]
    return [(f["rule"], f["text"], f["severity"]) for f in report["findings"]]


def test_the_style_sheet_switches_the_pack_and_adds_its_own_rules():
    assert _findings("--config", str(CONFIG)) == [
        ("zeit.uhrzeit-doppelpunkt", "9.15", "warning"),  # enabled: this desk writes 14:30 Uhr
        ("haus.stundenkilometer", "Stundenkilometer", "warning"),  # the desk's own rule
        ("gender.sonderzeichen", "Journalist*innen", "warning"),  # enabled: no gender characters
        ("zahlen.zahlwort-bis-zwoelf", "3", "error"),  # severity raised for the family
        ("haus.ortsnamen", "Kiew", "warning"),  # the desk's own place list
    ]



def test_config_show_lists_the_switches():
    result = CliRunner().invoke(app, ["config", "show", "--config", str(CONFIG), "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    shown = json.loads(result.stdout)["values"]
    assert shown["enable"] == ["zeit.uhrzeit-doppelpunkt", "gender.sonderzeichen"]
    assert shown["disable"] == ["zeit.uhrzeit-punkt", "konsistenz.ortsnamen", "stil.floskeln"]
    assert shown["severity"] == {"stil.satz-ueberlang": "info", "zahlen": "error"}


def test_without_the_style_sheet_the_default_pack_decides(tmp_path):
    """No config: the dot format is the house's, gender characters pass, the pack's own place list runs."""
    empty = tmp_path / ".newslint.yaml"
    empty.write_text("fail_on: error\n", encoding="utf-8")
    assert _findings("--config", str(empty)) == [
        ("zeit.uhrzeit-punkt", "14:30", "warning"),
        ("zahlen.zahlwort-bis-zwoelf", "3", "warning"),
        ("konsistenz.ortsnamen", "Kiew", "warning"),
    ]
