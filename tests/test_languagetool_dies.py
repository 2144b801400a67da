"""LanguageTool dying in the middle of a run: every file it could not check says so once.

A real server is started for this test in its own state folder and stopped after
it answered the first file; the run goes on with the others.
"""

from __future__ import annotations

import json

import pytest

from linter.languagetool.client import LanguageToolClient

pytestmark = [pytest.mark.languagetool, pytest.mark.slow]

PLAIN = ("LanguageTool at {url} stopped answering (connection refused: the server is not running); "
         "this file was checked with the house rules only, so its check is incomplete")


@pytest.fixture
def own_server(tmp_path, monkeypatch):
    """A LanguageTool server of this test alone, stopped (with its watchdog) at the end."""
    from linter.languagetool import server

    monkeypatch.setenv("NEWSLINT_STATE_DIR", str(tmp_path / "state"))
    state = server.start_server(quiet=True)
    try:
        yield state["url"], server.stop_server
    finally:
        server.stop_server()


def _files(tmp_path) -> list[str]:
    names = []
    for i in range(4):
        path = tmp_path / f"t{i}.txt"
        path.write_text(f"Der Betreiber rechnet jeoch mit Verspätungen , sagte er {i}.\n", encoding="utf-8")
        names.append(str(path))
    return names


def _die_after_first_check(monkeypatch, stop) -> None:
    check = LanguageToolClient.check
    calls = []

    def check_then_die(self, text):
        result = check(self, text)
        calls.append(text)
        if len(calls) == 1:
            stop()
        return result

    monkeypatch.setattr(LanguageToolClient, "check", check_then_die)


def test_every_file_after_the_server_died_says_so_once(cli, tmp_path, monkeypatch, own_server):
    url, stop = own_server
    names = _files(tmp_path)
    _die_after_first_check(monkeypatch, stop)
    result = cli("check", "--jobs", "1", "--format", "json", "--languagetool-url", url, *names)  # one at a time: the first file is the one before the death
    assert result.exit_code == 2
    entries = json.loads(result.stdout)["files"]
    first, *rest = entries
    assert "error" not in first
    assert {f["rule"] for f in first["findings"]} >= {"languagetool.GERMAN_SPELLER_RULE"}
    for entry in rest:
        assert entry["error"] == PLAIN.format(url=url)
        assert [f["rule"] for f in entry["findings"]] == ["typografie.leerzeichen-vor-satzzeichen"]
        assert not entry.get("warnings")


def test_the_text_summary_counts_the_files_checked_only_in_part_apart(cli, tmp_path, monkeypatch, own_server):
    url, stop = own_server
    names = _files(tmp_path)
    _die_after_first_check(monkeypatch, stop)
    result = cli("check", "--jobs", "1", "--languagetool-url", url, *names)
    assert result.exit_code == 2
    lines = result.stdout.splitlines()
    assert sum(PLAIN.format(url=url) in line for line in lines) == 3  # once per file it could not check
    assert lines[-1].startswith("1 file checked: 2 findings (1 error, 1 warning), 1 at or above error; ")
    assert lines[-1].endswith("; 3 files checked only in part (LanguageTool failed; 3 house findings listed).")
