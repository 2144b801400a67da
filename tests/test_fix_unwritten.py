"""Fixes that are found but not written: a read-only file, a file changed on disk meanwhile."""

from __future__ import annotations


def test_fix_leaves_a_read_only_file_alone_and_says_so(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    locked, open_ = tmp_path / "fest.txt", tmp_path / "offen.txt"
    for path in (locked, open_):
        path.write_text("Er kam , sah.\n", encoding="utf-8")
    locked.chmod(0o444)
    inode = locked.stat().st_ino
    result = cli("fix", "--no-languagetool", "fest.txt", "offen.txt")
    assert result.exit_code == 2
    assert "fest.txt: error: not fixed, left unchanged: the file is read-only (mode 0444)" in result.stdout
    assert (locked.read_text(encoding="utf-8"), locked.stat().st_ino, locked.stat().st_mode & 0o777) == (
        "Er kam , sah.\n", inode, 0o444)
    assert open_.read_text(encoding="utf-8") == "Er kam, sah.\n"
    assert result.stdout.splitlines()[-1] == (
        "1 fix applied in 1 file; 1 fix could not be written in 1 file; "
        "0 findings left for a person to decide; 1 file could not be fixed.")

