"""``--disable`` / ``--enable`` on ``check`` and ``fix``: the config's ``disable:``/``enable:`` from the command line.

House rules only (``--no-languagetool``): the flags only fill the config's
lists, which the engine reads the same way for both rule sources.
"""

from __future__ import annotations

import json
from pathlib import Path

from linter.settings import ConfigResolver

HOUSE_ONLY = ("--no-languagetool", "--quiet")
# One slip of each of two typography rules and one of the doubled word.
TEXT = "Er kam , ja.  Das ist ist gut.\n"
SPACE_BEFORE = "typografie.leerzeichen-vor-satzzeichen"
DOUBLE_SPACE = "typografie.doppelte-leerzeichen"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def rule_ids(cli, *args: str) -> set[str]:
    """The rule ids ``newslint check --format json`` reports for ``args``."""
    result = cli("check", *HOUSE_ONLY, "--format", "json", *args)
    assert result.exit_code in (0, 1), result.output
    return {f["rule"] for report in json.loads(result.stdout)["files"] for f in report["findings"]}


def test_disable_by_prefix_and_enable_one_back(cli, tmp_path):
    article = write(tmp_path / "a.txt", TEXT)
    everything = rule_ids(cli, str(article))
    assert {SPACE_BEFORE, DOUBLE_SPACE} <= everything
    without_typography = rule_ids(cli, "--disable", "typografie", str(article))
    assert without_typography == {r for r in everything if not r.startswith("typografie.")}
    assert without_typography  # the doubled word is still reported
    one_back = rule_ids(cli, "--disable", "typografie", "--enable", SPACE_BEFORE, str(article))
    assert one_back == without_typography | {SPACE_BEFORE}


def test_disable_is_repeatable_and_adds_to_the_config_file(cli, tmp_path):
    write(tmp_path / ".newslint.yaml", f"disable: [{DOUBLE_SPACE}]\n")
    article = write(tmp_path / "a.txt", TEXT)
    from_file = rule_ids(cli, str(article))
    assert DOUBLE_SPACE not in from_file and SPACE_BEFORE in from_file
    assert any(r.startswith("tippfehler.") for r in from_file)
    both = rule_ids(cli, "--disable", SPACE_BEFORE, "--disable", "tippfehler", str(article))
    assert both == {r for r in from_file if r != SPACE_BEFORE and not r.startswith("tippfehler.")}


def test_the_command_line_wins_where_it_meets_the_file(tmp_path):
    config_file = write(tmp_path / ".newslint.yaml", "disable: [stil.floskeln]\nenable: [typografie.x]\n")
    config = ConfigResolver(explicit=config_file, enable=("stil.floskeln",),
                            disable=("typografie.x", "typografie")).for_path(tmp_path)
    assert config.is_rule_enabled("stil.floskeln")
    assert not config.is_rule_enabled("typografie.x")
    assert not config.is_rule_enabled("typografie.y")
    assert config.origins["disable"] == "command line"


def test_a_more_specific_entry_in_the_file_still_decides(tmp_path):
    """The flags add entries; as in one config file, the longest matching entry decides."""
    config_file = write(tmp_path / ".newslint.yaml", "enable: [typografie.x]\n")
    config = ConfigResolver(explicit=config_file, disable=("typografie",)).for_path(tmp_path)
    assert config.is_rule_enabled("typografie.x") and not config.is_rule_enabled("typografie.y")


def test_bad_values_name_the_flag(cli, tmp_path):
    article = write(tmp_path / "a.txt", TEXT)
    bad = cli("check", *HOUSE_ONLY, "--disable", "typo!", str(article))
    assert bad.exit_code == 2
    assert "--disable: 'typo!' is not a rule id or prefix" in bad.stderr
    both = cli("fix", *HOUSE_ONLY, "--enable", "stil", "--disable", "stil", str(article))
    assert both.exit_code == 2
    assert "'stil' is also given to --disable" in both.stderr
    assert article.read_text(encoding="utf-8") == TEXT


def test_fix_leaves_the_disabled_rules_alone(cli, tmp_path):
    article = write(tmp_path / "a.txt", "Er kam , ja.\n")
    assert cli("fix", *HOUSE_ONLY, "--check", str(article)).exit_code == 1
    result = cli("fix", *HOUSE_ONLY, "--disable", SPACE_BEFORE, str(article))
    assert result.exit_code == 0, result.output
    assert article.read_text(encoding="utf-8") == "Er kam , ja.\n"
