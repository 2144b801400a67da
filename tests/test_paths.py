"""Broken symbolic links and symlink loops are the error of their own entry; every other file is checked."""

from __future__ import annotations

import json
import os
from pathlib import Path

from linter.paths import MissingPath, collect_files


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "gut.txt").write_text("Er kam , sah.\n", encoding="utf-8")
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "weg.txt").symlink_to("nirgends.txt")
    return folder


def test_a_symlink_loop_and_a_broken_link_in_a_folder_are_entries_with_their_reason(tmp_path):
    folder = _folder(tmp_path)
    entries = collect_files([str(folder)]).entries
    assert entries[0] == folder / "gut.txt"
    problems = {Path(e.path).name: e.problem for e in entries[1:]}
    assert set(problems) == {"loop.txt", "weg.txt"} and all(isinstance(e, MissingPath) for e in entries[1:])
    assert problems["loop.txt"].startswith("symlink loop")
    assert problems["weg.txt"] == "broken symbolic link (it points to nirgends.txt, which does not exist)"


def test_check_of_a_folder_with_a_symlink_loop_checks_the_other_files(cli, tmp_path, monkeypatch):
    folder = _folder(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = cli("check", "--no-languagetool", "--format", "json", "d")
    assert result.exit_code == 2
    files = {e["path"]: e for e in json.loads(result.stdout)["files"]}
    assert [f["rule"] for f in files[os.path.join("d", "gut.txt")]["findings"]] == [
        "typografie.leerzeichen-vor-satzzeichen"]
    assert "symlink loop" in files[os.path.join("d", "loop.txt")]["error"]
    assert "broken symbolic link" in files[os.path.join("d", "weg.txt")]["error"]
    assert folder.exists()


def test_named_links_say_what_is_wrong_in_the_text_report(cli, tmp_path, monkeypatch):
    _folder(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = cli("check", "--no-languagetool", "d/weg.txt", "d/loop.txt", "d/fehlt.txt", "d/gut.txt")
    assert result.exit_code == 2
    assert "d/weg.txt: error: broken symbolic link (it points to nirgends.txt, which does not exist)\n" in result.stdout
    assert "d/loop.txt: error: symlink loop" in result.stdout
    assert "d/fehlt.txt: error: no such file or folder\n" in result.stdout
    assert result.stdout.endswith("1 file checked: 1 finding (1 warning), 0 at or above error; "
                                  "3 files could not be checked.\n")


def test_a_symlink_loop_given_to_fix_is_its_error_and_the_rest_is_fixed(cli, tmp_path, monkeypatch):
    _folder(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = cli("fix", "--no-languagetool", "d")
    assert result.exit_code == 2
    assert "symlink loop" in result.stdout
    assert (tmp_path / "d" / "gut.txt").read_text(encoding="utf-8") == "Er kam, sah.\n"

