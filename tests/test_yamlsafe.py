"""The one YAML reader: alias bombs, duplicate keys and unknown tags are refused with their line.

The alias-bomb tests run ``newslint`` in a subprocess whose address space and
run time are capped, so a regression fails with a MemoryError or a timeout
instead of eating the machine (PyYAML's walkers grew a "billion laughs" file
to gigabytes before).
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from linter import yamlsafe
from linter.errors import ConfigError
from linter.fixing.allowlist import ALLOWLIST_PATH, load_allowlist
from linter.languagetool.profile import PROFILE_PATH, load_profile
from tests.conftest import REPO

MEMORY_CAP = 1 << 30  # bytes of address space for the capped newslint run
TIME_CAP = 60  # seconds; a refusal takes well under one


def bomb(levels: int = 9) -> str:
    """Nine anchors of nine aliases each: a few hundred bytes that expand to 9**9 values."""
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]")
    return "\n".join(lines) + "\n"


def _cap() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def newslint_capped(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    """Run the CLI with bounded memory and time."""
    return subprocess.run([sys.executable, "-m", "linter", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=TIME_CAP, preexec_fn=_cap, env={"PATH": "/usr/bin:/bin", "HOME": str(cwd),
                                                                   "PYTHONPATH": str(REPO)})


# --------------------------------------------------------------------------- the reader itself


def test_a_billion_laughs_is_refused_at_the_alias_that_crosses_the_bound():
    with pytest.raises(yamlsafe.YamlError) as info:
        yamlsafe.compose(bomb())
    assert info.value.line == 5  # a4 is the first level whose aliases add more than 10 000 values
    assert f"expand to more than {yamlsafe.MAX_ALIASED_VALUES} values" in info.value.problem


def test_aliases_within_the_bound_are_read():
    assert yamlsafe.load(bomb(levels=3))["a1"] == [["lol"] * 9] * 9


def test_an_alias_inside_its_own_value_is_refused():
    with pytest.raises(yamlsafe.YamlError, match="alias \\*x is used inside the value it names"):
        yamlsafe.compose("a: &x [1, *x]\n")


@pytest.mark.parametrize("text, line, shown", [
    ("a: 1\nb: !!python/object:os.system ls\n", 2, "!!python/object:os.system"),
    ("a: !include other.yaml\n", 1, "!include"),
    ("a:\n  - !!binary aGVsbG8=\n", 2, "!!binary"),
])
def test_unknown_tags_are_refused(text, line, shown):
    with pytest.raises(yamlsafe.YamlError) as info:
        yamlsafe.compose(text)
    assert (info.value.line, info.value.problem.split(";")[0]) == (line, f"unknown tag {shown}")


def test_a_merge_key_is_refused():
    with pytest.raises(yamlsafe.YamlError) as info:
        yamlsafe.compose("base: &b {language: de-AT}\n<<: *b\n")
    assert (info.value.line, info.value.problem) == (2, "merge keys (<<) are not supported; write the keys out")


def test_plain_tags_are_read():
    assert yamlsafe.load("a: !!str 12\nb: !!int '3'\n") == {"a": "12", "b": 3}


def test_a_duplicate_key_is_refused_with_its_path_and_both_lines():
    with pytest.raises(yamlsafe.YamlError) as info:
        yamlsafe.compose("safe:\n  A:\n    reason: x\n  A:\n    reason: y\n")
    assert info.value.render("f.yaml") == "f.yaml:4: safe.A: duplicate key (first on line 2)"


def test_lenient_composing_returns_the_tree_and_the_refusals():
    root, refusals = yamlsafe.compose_lenient("title: x\ntitle: y\n" + bomb())
    assert root is not None
    assert [(r.line, r.problem) for r in refusals] == [
        (7, "aliases (*a3 and others) expand to more than 10000 values; write the values out instead of "
            "repeating anchors"),
        (2, "duplicate key (first on line 1)"),
    ]


# --------------------------------------------------------------------------- the packaged data files


def _copy_with(tmp_path: Path, source: Path, marker: str, extra: str) -> Path:
    """``source`` with ``extra`` inserted after the line ``marker``."""
    text = source.read_text(encoding="utf-8")
    assert marker in text
    path = tmp_path / source.name
    path.write_text(text.replace(marker, marker + extra, 1), encoding="utf-8")
    return path


def test_a_duplicate_rule_in_the_fix_allowlist_is_an_error(tmp_path):
    path = _copy_with(tmp_path, ALLOWLIST_PATH, "safe:\n",
                      "  COMMA_PARENTHESIS_WHITESPACE:\n    reason: a second entry that would win\n")
    with pytest.raises(ConfigError, match=r"fix_allowlist.yaml:\d+: safe.COMMA_PARENTHESIS_WHITESPACE: "
                                          r"duplicate key \(first on line \d+\)"):
        load_allowlist(path)


def test_a_duplicate_section_in_the_news_profile_is_an_error(tmp_path):
    path = _copy_with(tmp_path, PROFILE_PATH, "disabled_rules:\n",
                      "  - id: X\n    reason: y\ndisabled_rules:\n")
    with pytest.raises(ConfigError, match=r"news_profile.yaml:\d+: disabled_rules: duplicate key"):
        load_profile(path)


def test_a_rule_listed_twice_in_the_news_profile_is_an_error(tmp_path):
    path = _copy_with(tmp_path, PROFILE_PATH, "disabled_rules:\n",
                      "  - id: DOPPELTES_LEERZEICHEN\n    reason: a second reason\n")
    with pytest.raises(ConfigError, match="disabled_rules: DOPPELTES_LEERZEICHEN is listed twice"):
        load_profile(path)


def test_the_packaged_data_files_are_read():
    assert load_allowlist().get("COMMA_PARENTHESIS_WHITESPACE") is not None
    assert load_profile().disabled_rules


# --------------------------------------------------------------------------- end to end, bounded


def test_an_alias_bomb_in_the_config_is_refused(tmp_path):
    (tmp_path / ".newslint.yaml").write_text("language: de-DE\n" + bomb(), encoding="utf-8")
    (tmp_path / "a.txt").write_text("Ein Satz.\n", encoding="utf-8")
    result = newslint_capped(["check", "--no-languagetool", "a.txt"], tmp_path)
    assert result.returncode == 2, result.stderr
    assert ("newslint: error: .newslint.yaml:6: aliases (*a3 and others) expand to more than 10000 values"
            in result.stderr)


def test_an_alias_bomb_in_a_rule_file_is_refused(tmp_path):
    (tmp_path / "bombe.yml").write_text("id: haus.bombe\ntype: substitution\n" + bomb(), encoding="utf-8")
    (tmp_path / "a.txt").write_text("Ein Satz.\n", encoding="utf-8")
    result = newslint_capped(["check", "--no-languagetool", "--rules", "bombe.yml", "a.txt"], tmp_path)
    assert result.returncode == 2, result.stderr
    assert "bombe.yml:7: yaml: aliases (*a3 and others) expand to more than 10000 values" in result.stderr


def test_an_alias_bomb_in_front_matter_warns_and_its_copy_fields_are_still_checked(tmp_path):
    text = "---\ntitle: Der Zug ist langsam , sagt er.\n" + bomb() + "---\n\nText.\n"
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    result = newslint_capped(["check", "--no-languagetool", "--format", "json", "a.md"], tmp_path)
    assert result.returncode in (0, 1), result.stderr
    report = json.loads(result.stdout)["files"][0]
    assert [(f["rule"], f["line"]) for f in report["findings"]] == [("typografie.leerzeichen-vor-satzzeichen", 2)]
    assert any("line 7: front matter: aliases (*a3 and others) expand to more than 10000 values" in w
               for w in report["warnings"]), report["warnings"]
