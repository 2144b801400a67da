"""The resident checker the language server and the HTTP API share (house rules only here)."""

from __future__ import annotations

from pathlib import Path

from linter.findings import Severity
from linter.service import UNNAMED, CheckService
from linter.settings import ConfigResolver

STRAY_SPACE = "typografie.leerzeichen-vor-satzzeichen"


def rules_of(report) -> list[str]:
    return [f.rule for f in report.findings]


def test_check_text_reports_house_findings_at_exact_positions():
    service = CheckService(use_languagetool=False)
    report = service.check_text("Er kam , sah und siegte.\n")
    assert report.path == UNNAMED
    assert rules_of(report) == [STRAY_SPACE]
    finding = report.findings[0]
    assert (finding.line, finding.column, finding.text) == (1, 7, " ,")


def test_format_follows_the_file_name_or_the_request():
    service = CheckService(use_languagetool=False)
    markdown = "Er rief `a , b` laut.\n"
    assert rules_of(service.check_text(markdown, filename="draft.md")) == []
    assert rules_of(service.check_text(markdown, filename="draft.txt")) == [STRAY_SPACE]
    assert rules_of(service.check_text(markdown, fmt="markdown")) == []


def test_configuration_comes_from_the_folder_of_the_named_file(tmp_path: Path):
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / ".newslint.yaml").write_text(f"severity:\n  {STRAY_SPACE}: info\n", encoding="utf-8")
    service = CheckService(use_languagetool=False)
    report = service.check_text("Er kam , sah.\n", filename=str(desk / "a.txt"))
    assert [f.severity for f in report.findings] == [Severity.INFO]


def test_reload_picks_up_a_changed_config_without_a_restart(tmp_path: Path):
    config = tmp_path / ".newslint.yaml"
    config.write_text("fail_on: error\n", encoding="utf-8")
    service = CheckService(use_languagetool=False)
    name = str(tmp_path / "a.txt")
    assert rules_of(service.check_text("Er kam , sah.\n", filename=name)) == [STRAY_SPACE]
    config.write_text(f"disable: [{STRAY_SPACE}]\n", encoding="utf-8")
    assert rules_of(service.check_text("Er kam , sah.\n", filename=name)) == [STRAY_SPACE]  # cached
    service.reload()
    assert rules_of(service.check_text("Er kam , sah.\n", filename=name)) == []


def test_fix_text_applies_safe_fixes_in_memory(tmp_path: Path):
    service = CheckService(ConfigResolver(), use_languagetool=False)
    result = service.fix_text("Er kam , sah.\n", filename=str(tmp_path / "a.txt"))
    assert result.fixed == "Er kam, sah.\n"
    assert result.applied == 1
    assert not (tmp_path / "a.txt").exists()  # nothing touches the disk
