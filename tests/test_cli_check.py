"""End-to-end tests of ``newslint check``: formats, exit codes, options, paths.

Everything runs against the real LanguageTool server (the session fixture
``languagetool_url`` provisions it and fails, never skips, when it cannot). The
fixture texts live in ``fixtures/cli/``; each test runs from that folder so the
paths in the reports are short and exact.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import REPO

HERE = REPO / "fixtures" / "cli"
SCHEMA_CANDIDATES = (Path("/work/shared/schemas/sarif-schema-2.1.0.json"), REPO / "tests" / "data" / "sarif-schema-2.1.0.json")
FINDING_KEYS = {"rule", "source", "category", "severity", "message", "line", "column", "offset", "length", "text", "replacements"}
LT_NOTE = "note: LanguageTool is off (--no-languagetool): only the house rules were checked."


TIPPFEHLER_TEXT = (
    "tippfehler.txt:1:23: error languagetool.GERMAN_SPELLER_RULE: Möglicher Tippfehler gefunden. (-> jedoch, noch, doch)\n"
    "  1 | Der Betreiber rechnet jeoch mit Verspätungen in den ersten Wochen.\n"
    "    |                       ^^^^^\n"
    "\n"
)
LEERZEICHEN_TEXT = (
    "leerzeichen.txt:1:46: warning typografie.leerzeichen-vor-satzzeichen: Vor „,“ steht im Deutschen kein Leerzeichen. (-> ,)\n"
    "  1 | Ein Sprecher sagte, die Umstellung sei schwer , aber machbar.\n"
    "    |                                              ^^\n"
    "\n"
)


@pytest.fixture(autouse=True)
def in_fixture_folder(monkeypatch):
    """Run every test from fixtures/cli so report paths are the short names."""
    monkeypatch.chdir(HERE)


def findings_of(stdout: str) -> dict[str, list[dict]]:
    """Path -> findings of a JSON report."""
    return {entry["path"]: entry["findings"] for entry in json.loads(stdout)["files"]}


def brief(findings: list[dict]) -> list[tuple]:
    return [(f["rule"], f["severity"], f["line"], f["column"], f["offset"], f["length"], f["text"]) for f in findings]


# --------------------------------------------------------------------------- text format


def test_text_report_of_a_typo_is_exact(cli, languagetool_url):
    result = cli("check", "tippfehler.txt")
    assert result.exit_code == 1
    assert result.stdout == TIPPFEHLER_TEXT + "1 file checked: 1 finding (1 error), 1 at or above error.\n"


def test_text_report_of_several_files_in_the_given_order(cli, languagetool_url):
    result = cli("check", "tippfehler.txt", "sauber.txt", "leerzeichen.txt")
    assert result.exit_code == 1
    assert result.stdout == (
        TIPPFEHLER_TEXT + LEERZEICHEN_TEXT
        + "3 files checked: 2 findings (1 error, 1 warning), 1 at or above error.\n"
    )


def test_clean_file_exits_0_with_clean_summary(cli, languagetool_url):
    result = cli("check", "sauber.txt")
    assert (result.exit_code, result.stdout) == (0, "1 file checked: no findings.\n")


def test_subprocess_python_m_linter_gives_the_same_text_report(languagetool_url):
    env = {**os.environ, "PYTHONPATH": str(REPO), "NO_COLOR": "1"}
    done = subprocess.run([sys.executable, "-m", "linter", "check", "tippfehler.txt", "leerzeichen.txt"],
                          cwd=HERE, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stderr
    assert done.stdout == (
        TIPPFEHLER_TEXT + LEERZEICHEN_TEXT
        + "2 files checked: 2 findings (1 error, 1 warning), 1 at or above error.\n"
    )
    assert "\x1b[" not in done.stdout  # not a terminal: no colours


def test_subprocess_json_and_exit_2_for_missing_path(languagetool_url):
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-m", "linter", "check", "--format", "json", "sauber.txt", "fehlt.txt"],
                          cwd=HERE, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 2
    report = json.loads(done.stdout)
    entries = {e["path"]: e for e in report["files"]}
    assert entries["fehlt.txt"] == {"path": "fehlt.txt", "findings": [], "error": "fehlt.txt: no such file or folder"}
    assert entries["sauber.txt"] == {"path": "sauber.txt", "findings": []}


# --------------------------------------------------------------------------- json / sarif / github


def test_json_report_has_the_documented_shape(cli, languagetool_url):
    result = cli("check", "--format", "json", "tippfehler.txt", "leerzeichen.txt", "wiederholung.txt", "sauber.txt")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert set(report) == {"version", "files", "summary"}
    assert report["version"] == 1
    assert [e["path"] for e in report["files"]] == ["tippfehler.txt", "leerzeichen.txt", "wiederholung.txt", "sauber.txt"]
    for entry in report["files"]:
        assert set(entry) == {"path", "findings"}
        for finding in entry["findings"]:
            assert set(finding) == FINDING_KEYS
    tipp, leer, wieder, sauber = (e["findings"] for e in report["files"])
    assert tipp == [{
        "rule": "languagetool.GERMAN_SPELLER_RULE", "source": "languagetool", "category": "TYPOS",
        "severity": "error", "message": "Möglicher Tippfehler gefunden.", "line": 1, "column": 23,
        "offset": 22, "length": 5, "text": "jeoch", "replacements": ["jedoch", "noch", "doch", "hoch", "reich"],
    }]
    assert leer == [{
        "rule": "typografie.leerzeichen-vor-satzzeichen", "source": "house", "category": "typografie",
        "severity": "warning", "message": "Vor „,“ steht im Deutschen kein Leerzeichen.", "line": 1,
        "column": 46, "offset": 45, "length": 2, "text": " ,", "replacements": [","],
    }]
    assert brief(wieder) == [("languagetool.GERMAN_WORD_REPEAT_RULE", "info", 1, 42, 41, 7, "die die")]
    assert sauber == []
    assert report["summary"] == {"files": 4, "findings": 3, "errors": 1, "warnings": 1, "infos": 1}
    assert "\\u" not in result.stdout  # UTF-8, not ASCII escapes


def load_sarif_schema() -> dict:
    for candidate in SCHEMA_CANDIDATES:
        if candidate.exists():
            return json.loads(candidate.read_text(encoding="utf-8"))
    pytest.fail(f"SARIF schema not found in {[str(c) for c in SCHEMA_CANDIDATES]}")


def test_sarif_report_validates_and_carries_the_findings(cli, languagetool_url):
    result = cli("check", "--format", "sarif", "tippfehler.txt", "leerzeichen.txt", "fehlt.txt")
    assert result.exit_code == 2
    log = json.loads(result.stdout)
    schema = load_sarif_schema()
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    assert run["tool"]["driver"]["name"] == "newslint"
    assert run["columnKind"] == "unicodeCodePoints"
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == [
        "languagetool.GERMAN_SPELLER_RULE", "typografie.leerzeichen-vor-satzzeichen"]
    regions = [(r["ruleId"], r["level"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                r["locations"][0]["physicalLocation"]["region"]) for r in run["results"]]
    assert [(rule, level, uri, reg["startLine"], reg["startColumn"], reg["endColumn"], reg["charOffset"],
             reg["charLength"], reg["snippet"]["text"]) for rule, level, uri, reg in regions] == [
        ("languagetool.GERMAN_SPELLER_RULE", "error", "tippfehler.txt", 1, 23, 28, 22, 5, "jeoch"),
        ("typografie.leerzeichen-vor-satzzeichen", "warning", "leerzeichen.txt", 1, 46, 48, 45, 2, " ,"),
    ]
    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert [n["level"] for n in invocation["toolExecutionNotifications"]] == ["error"]
    assert "fehlt.txt: no such file or folder" in invocation["toolExecutionNotifications"][0]["message"]["text"]


def test_github_format_lines(cli, languagetool_url):
    result = cli("check", "--format", "github", "tippfehler.txt", "leerzeichen.txt", "wiederholung.txt")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "::error file=tippfehler.txt,line=1,col=23,endLine=1,endColumn=27,title=languagetool.GERMAN_SPELLER_RULE"
        "::Möglicher Tippfehler gefunden. (-> jedoch, noch, doch)",
        "::warning file=leerzeichen.txt,line=1,col=46,endLine=1,endColumn=47,title=typografie.leerzeichen-vor-satzzeichen"
        "::Vor „,“ steht im Deutschen kein Leerzeichen. (-> ,)",
        "::notice file=wiederholung.txt,line=1,col=42,endLine=1,endColumn=48,title=languagetool.GERMAN_WORD_REPEAT_RULE"
        "::Möglicher Tippfehler: ein Wort wird wiederholt (-> die)",
    ]


def test_output_file_is_written_and_stdout_stays_empty(cli, languagetool_url, tmp_path):
    target = tmp_path / "bericht.json"
    result = cli("check", "--format", "json", "--output", str(target), "tippfehler.txt")
    assert result.exit_code == 1
    assert result.stdout == ""
    written = json.loads(target.read_text(encoding="utf-8"))
    assert brief(written["files"][0]["findings"]) == [
        ("languagetool.GERMAN_SPELLER_RULE", "error", 1, 23, 22, 5, "jeoch")]
    assert not [p for p in tmp_path.iterdir() if p.name != "bericht.json"]  # no temp file left behind


def test_output_text_file_has_no_colours(cli, languagetool_url, tmp_path):
    target = tmp_path / "bericht.txt"
    result = cli("check", "--color", "--output", str(target), "tippfehler.txt")
    assert (result.exit_code, result.stdout) == (1, "")
    assert target.read_text(encoding="utf-8") == TIPPFEHLER_TEXT + "1 file checked: 1 finding (1 error), 1 at or above error.\n"


# --------------------------------------------------------------------------- exit codes and --fail-on


@pytest.mark.parametrize(("name", "fail_on", "code"), [
    ("leerzeichen.txt", None, 0),           # warning only: below the default fail level
    ("leerzeichen.txt", "warning", 1),
    ("leerzeichen.txt", "info", 1),
    ("leerzeichen.txt", "error", 0),
    ("wiederholung.txt", None, 0),          # info only
    ("wiederholung.txt", "warning", 0),
    ("wiederholung.txt", "info", 1),
    ("tippfehler.txt", None, 1),
    ("sauber.txt", "info", 0),
])
def test_exit_code_follows_fail_on(cli, languagetool_url, name, fail_on, code):
    args = ["check", "--format", "json", name] + (["--fail-on", fail_on] if fail_on else [])
    assert cli(*args).exit_code == code


def test_summary_names_the_fail_level(cli, languagetool_url):
    result = cli("check", "--fail-on", "warning", "leerzeichen.txt")
    assert result.exit_code == 1
    assert result.stdout.endswith("1 file checked: 1 finding (1 warning), 1 at or above warning.\n")


def test_bad_fail_on_value_is_a_usage_error(cli):
    result = cli("check", "--fail-on", "severe", "sauber.txt")
    assert result.exit_code == 2
    assert "severe" in result.stderr


def test_no_paths_is_a_usage_error(cli):
    result = cli("check")
    assert result.exit_code == 2
    assert result.stderr == "newslint: error: no paths given: name files or folders to check, or '-' for standard input\n"


# --------------------------------------------------------------------------- language variants


def speller(stdout: str) -> list[tuple[str, str, int]]:
    return [(f["rule"], f["text"], f["column"]) for f in findings_of(stdout)["schweiz.txt"]]


def test_de_de_flags_swiss_ss_spellings(cli, languagetool_url):
    result = cli("check", "--format", "json", "--language", "de-DE", "schweiz.txt")
    assert result.exit_code == 1
    assert speller(result.stdout) == [
        ("languagetool.GERMAN_SPELLER_RULE", "Strasse", 5), ("languagetool.GERMAN_SPELLER_RULE", "gross", 24)]
    messages = [f["message"] for f in findings_of(result.stdout)["schweiz.txt"]]
    assert messages[0] == "Nach einer lang gesprochenen Silbe (hier: a) schreibt man ‚ß‘ statt ‚ss‘."


def test_de_at_uses_the_austrian_speller_and_flags_ss(cli, languagetool_url):
    result = cli("check", "--format", "json", "--language", "de-AT", "schweiz.txt")
    assert result.exit_code == 1
    assert speller(result.stdout) == [
        ("languagetool.AUSTRIAN_GERMAN_SPELLER_RULE", "Strasse", 5),
        ("languagetool.AUSTRIAN_GERMAN_SPELLER_RULE", "gross", 24)]


def test_de_ch_accepts_ss_for_sharp_s(cli, languagetool_url):
    result = cli("check", "--format", "json", "-l", "de-CH", "schweiz.txt")
    assert result.exit_code == 0
    assert findings_of(result.stdout) == {"schweiz.txt": []}


def _variant_project(root: Path) -> None:
    """A de-AT project whose Swiss pages are de-CH by a ``languages`` glob."""
    text = (HERE / "schweiz.txt").read_text(encoding="utf-8")
    (root / "schweiz").mkdir()
    (root / "schweiz" / "zug.txt").write_text(text, encoding="utf-8")
    (root / "wien.txt").write_text(text, encoding="utf-8")
    (root / ".newslint.yaml").write_text('language: de-AT\nlanguages:\n  "schweiz/**": de-CH\n', encoding="utf-8")


def test_languages_globs_choose_the_variant_per_file(cli, languagetool_url, tmp_path, monkeypatch):
    _variant_project(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = cli("check", "--format", "json", "wien.txt", "schweiz/zug.txt")
    rules = {path: [f["rule"] for f in found] for path, found in findings_of(result.stdout).items()}
    assert rules["wien.txt"] == ["languagetool.AUSTRIAN_GERMAN_SPELLER_RULE"] * 2  # Strasse, gross
    assert rules["schweiz/zug.txt"] == []  # Swiss "ss" is right there


def test_the_language_flag_beats_the_languages_globs(cli, languagetool_url, tmp_path, monkeypatch):
    _variant_project(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = cli("check", "--format", "json", "--language", "de-DE", "schweiz/zug.txt")
    assert [f["rule"] for f in findings_of(result.stdout)["schweiz/zug.txt"]] == ["languagetool.GERMAN_SPELLER_RULE"] * 2


def test_de_ch_still_finds_real_typos(cli, languagetool_url):
    result = cli("check", "--format", "json", "-l", "de-CH", "tippfehler.txt")
    assert [(f["rule"], f["text"]) for f in findings_of(result.stdout)["tippfehler.txt"]] == [
        ("languagetool.SWISS_GERMAN_SPELLER_RULE", "jeoch")]


def test_unknown_language_is_a_usage_error(cli):
    result = cli("check", "--language", "de-de", "sauber.txt")
    assert result.exit_code == 2


def test_sharp_s_suggestion_stays_first(cli, languagetool_url):
    result = cli("check", "--format", "json", "schweiz.txt")
    firsts = [f["replacements"][0] for f in findings_of(result.stdout)["schweiz.txt"]]
    assert firsts == ["Straße", "groß"]


# --------------------------------------------------------------------------- LanguageTool switches


def test_no_languagetool_runs_house_rules_only_and_says_so(cli, monkeypatch, tmp_path):
    # No server may be needed or started: point the state dir at an empty folder.
    monkeypatch.setenv("NEWSLINT_STATE_DIR", str(tmp_path / "state"))
    result = cli("check", "--no-languagetool", "tippfehler.txt", "leerzeichen.txt")
    assert result.exit_code == 0
    assert result.stdout == LEERZEICHEN_TEXT + "2 files checked: 1 finding (1 warning), 0 at or above error.\n"
    assert result.stderr == LT_NOTE + "\n"
    assert not (tmp_path / "state" / "languagetool" / "server.json").exists()


def test_no_languagetool_quiet_has_no_note(cli):
    result = cli("check", "--no-languagetool", "-q", "leerzeichen.txt")
    assert result.stderr == ""


def test_languagetool_url_uses_that_server_and_starts_none(cli, languagetool_url, monkeypatch, tmp_path):
    from linter.languagetool import server
    from linter.languagetool.provision import DEFAULT_VERSION

    # The session URL can go stale when another test stops the shared server: ask again (reuses it).
    url = server.ensure_server(DEFAULT_VERSION, quiet=True)
    own_state = server.read_state()
    # Our own server would be recorded here if newslint started one despite --languagetool-url.
    monkeypatch.setenv("NEWSLINT_STATE_DIR", str(tmp_path / "state"))
    try:
        result = cli("check", "--format", "json", "--languagetool-url", url, "tippfehler.txt")
        assert result.exit_code == 1, result.stdout
        assert brief(findings_of(result.stdout)["tippfehler.txt"]) == [
            ("languagetool.GERMAN_SPELLER_RULE", "error", 1, 23, 22, 5, "jeoch")]
        assert server.read_state() is None
        assert not (tmp_path / "state" / "languagetool" / "server.json").exists()
    finally:
        if server.read_state():  # clean up a server that should never have been started
            server.stop_server()
    monkeypatch.delenv("NEWSLINT_STATE_DIR")
    assert server.read_state() == own_state


def test_unreachable_languagetool_url_gives_exit_2_and_keeps_house_findings(cli, monkeypatch, tmp_path):
    monkeypatch.setenv("NEWSLINT_STATE_DIR", str(tmp_path / "state"))
    result = cli("check", "--format", "json", "--languagetool-url", "http://127.0.0.1:9",
                 "tippfehler.txt", "leerzeichen.txt")
    assert result.exit_code == 2
    entries = {e["path"]: e for e in json.loads(result.stdout)["files"]}
    for name in ("tippfehler.txt", "leerzeichen.txt"):
        error = entries[name]["error"]
        assert error == ("LanguageTool at http://127.0.0.1:9 cannot check de-DE (connection refused: the server is "
                         "not running); check that the server is running and has the German module; this file was "
                         "checked with the house rules only, so its check is incomplete")
    assert entries["tippfehler.txt"]["findings"] == []
    assert brief(entries["leerzeichen.txt"]["findings"]) == [
        ("typografie.leerzeichen-vor-satzzeichen", "warning", 1, 46, 45, 2, " ,")]
    assert not (tmp_path / "state" / "languagetool" / "server.json").exists()


def test_unreachable_languagetool_url_text_report(cli, monkeypatch, tmp_path):
    monkeypatch.setenv("NEWSLINT_STATE_DIR", str(tmp_path / "state"))
    result = cli("check", "--languagetool-url", "http://127.0.0.1:9", "sauber.txt")
    assert result.exit_code == 2
    first, *_, last = result.stdout.splitlines()
    assert first.startswith("sauber.txt: error: LanguageTool at http://127.0.0.1:9 cannot check de-DE (")
    assert last == "0 files checked: no findings; 1 file checked only in part (LanguageTool failed; 0 house findings listed)."


# --------------------------------------------------------------------------- paths


def test_folder_recurses_into_txt_md_html_only(cli, languagetool_url):
    result = cli("check", "--format", "json", "ordner")
    assert result.exit_code == 1
    found = findings_of(result.stdout)
    assert list(found) == ["ordner/a.txt", "ordner/b.md", "ordner/c.html", "ordner/unter/d.txt"]
    assert {path: [(f["line"], f["column"], f["text"]) for f in fs] for path, fs in found.items()} == {
        "ordner/a.txt": [(1, 34, "jeoch")],
        "ordner/b.md": [(3, 17, "diekt")],
        "ordner/c.html": [(1, 24, "jeoch")],
        "ordner/unter/d.txt": [(1, 27, "seltner")],
    }


def test_explicitly_named_file_is_checked_whatever_its_ending(cli, languagetool_url):
    result = cli("check", "--format", "json", "ordner/ignoriert.rst")
    assert [(f["rule"], f["text"]) for f in findings_of(result.stdout)["ordner/ignoriert.rst"]] == [
        ("languagetool.GERMAN_SPELLER_RULE", "jeoch")]


def test_same_file_twice_is_reported_once(cli, languagetool_url):
    result = cli("check", "--format", "json", "ordner", "ordner/a.txt")
    assert [e["path"] for e in json.loads(result.stdout)["files"]] == [
        "ordner/a.txt", "ordner/b.md", "ordner/c.html", "ordner/unter/d.txt"]


def test_missing_path_gives_exit_2_and_other_files_are_reported(cli, languagetool_url):
    result = cli("check", "tippfehler.txt", "fehlt.txt")
    assert result.exit_code == 2
    assert "fehlt.txt: error: no such file or folder\n" in result.stdout
    assert TIPPFEHLER_TEXT in result.stdout
    assert result.stdout.endswith(
        "1 file checked: 1 finding (1 error), 1 at or above error; 1 file could not be checked.\n")


def test_missing_path_is_reported_in_the_given_order(cli, languagetool_url):
    result = cli("check", "--format", "json", "tippfehler.txt", "fehlt.txt", "sauber.txt")
    assert [e["path"] for e in json.loads(result.stdout)["files"]] == ["tippfehler.txt", "fehlt.txt", "sauber.txt"]


# --------------------------------------------------------------------------- the exit


def test_a_report_bigger_than_a_pipe_arrives_whole_and_the_exit_code_with_it(tmp_path):
    for i in range(300):
        (tmp_path / f"t{i:03}.txt").write_text("Ein Satz , der stimmt.\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "linter", "check", "--no-languagetool", "--no-cache", "--quiet",
                             "--format", "json", "."], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert len(result.stdout) > 65536  # more than a pipe holds: the end is written only at exit
    report = json.loads(result.stdout)
    assert len(report["files"]) == 300 and all(len(entry["findings"]) == 1 for entry in report["files"])
    assert result.returncode == 0  # warnings only, below the default --fail-on error


def test_the_quick_exit_runs_the_exit_handlers_and_keeps_the_code():
    program = ("import atexit, sys, linter.cli\n"
               "atexit.register(lambda: print('handler ran', flush=True))\n"
               "sys.stdout.write('report')\n"
               "linter.cli._exit_at_once(3)\n"
               "print('not reached')\n")
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stdout) == (3, "reporthandler ran\n")


def test_the_quick_exit_waits_for_a_thread_still_at_work():
    import threading

    from linter.cli import _exit_at_once

    release = threading.Event()
    worker = threading.Thread(target=release.wait, args=(10,))
    worker.start()
    try:
        assert _exit_at_once(0) is None  # returned: the ordinary exit will wait for the thread
    finally:
        release.set()
        worker.join()
