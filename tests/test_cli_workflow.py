"""End-to-end tests of the workflow features: config files, inline suppressions,
standard input and ``--changed-since`` in a real git repository.

All against the real LanguageTool server; fixture texts in ``fixtures/cli/``.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO

HERE = REPO / "fixtures" / "cli"
SPELLER = "languagetool.GERMAN_SPELLER_RULE"
SPACE = "typografie.leerzeichen-vor-satzzeichen"
# LanguageTool's rule for the same space; it shows when the house rule is disabled (docs/configuration.md)
LT_SPACE = "languagetool.COMMA_PARENTHESIS_WHITESPACE"
UNUSED = "newslint.unbenutzte-unterdrueckung"

@pytest.fixture(autouse=True)
def in_fixture_folder(monkeypatch):
    monkeypatch.chdir(HERE)


def report(stdout: str) -> dict[str, list[tuple]]:
    """Path -> [(rule, severity, line, column, text)] of a JSON report."""
    return {e["path"]: [(f["rule"], f["severity"], f["line"], f["column"], f["text"]) for f in e["findings"]]
            for e in json.loads(stdout)["files"]}


# --------------------------------------------------------------------------- config files


def test_config_is_discovered_from_the_checked_files_folder(cli, languagetool_url):
    # konfig/.newslint.yaml: disable typografie (prefix), speller -> warning, fail_on warning
    result = cli("check", "--format", "json", "konfig/ressort/meldung.txt")
    assert result.exit_code == 1  # a warning reaches fail_on: warning
    # the house typography rule does not run, so LanguageTool's finding on the same space shows
    assert report(result.stdout) == {"konfig/ressort/meldung.txt": [
        (LT_SPACE, "warning", 1, 42, " ,"), (SPELLER, "warning", 1, 45, "jeoch")]}


def test_command_line_fail_on_beats_the_config_file(cli, languagetool_url):
    result = cli("check", "--fail-on", "error", "konfig/ressort/meldung.txt")
    assert result.exit_code == 0
    assert result.stdout.endswith("1 file checked: 2 findings (2 warnings), 0 at or above error.\n")


def test_without_that_config_both_findings_are_reported(cli, languagetool_url, tmp_path):
    empty = tmp_path / "leer.yaml"
    empty.write_text("{}\n", encoding="utf-8")
    result = cli("check", "--format", "json", "--config", str(empty), "konfig/ressort/meldung.txt")
    assert result.exit_code == 1
    assert report(result.stdout) == {"konfig/ressort/meldung.txt": [
        (SPACE, "warning", 1, 42, " ,"), (SPELLER, "error", 1, 45, "jeoch")]}


def test_explicit_config_path_is_used(cli, languagetool_url):
    # streng.yaml: severity typografie -> error
    plain = cli("check", "leerzeichen.txt")
    assert plain.exit_code == 0
    result = cli("check", "--format", "json", "--config", "streng.yaml", "leerzeichen.txt")
    assert result.exit_code == 1
    assert report(result.stdout) == {"leerzeichen.txt": [(SPACE, "error", 1, 46, " ,")]}


def test_config_discovery_is_per_checked_file(cli, languagetool_url):
    result = cli("check", "--format", "json", "sauber.txt", "konfig/ressort/meldung.txt")
    assert report(result.stdout)["konfig/ressort/meldung.txt"] == [
        (LT_SPACE, "warning", 1, 42, " ,"), (SPELLER, "warning", 1, 45, "jeoch")]


def test_config_error_gives_exit_2_with_file_line_key_problem(cli, tmp_path, monkeypatch):
    (tmp_path / ".newslint.yaml").write_text("language: de-DE\n\nfail_on: severe\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Die Fähre ist neu.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = cli("check", "a.txt")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == "newslint: error: .newslint.yaml:3: fail_on: 'severe' is not one of error, warning, info\n"


def test_config_error_in_explicit_file_names_it(cli, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("language: de-DE\nlanguagetool:\n  levle: picky\n", encoding="utf-8")
    result = cli("check", "--config", str(bad), "sauber.txt")
    assert result.exit_code == 2
    assert result.stderr == f"newslint: error: {bad}:3: languagetool.levle: unknown key (did you mean 'level'?)\n"


def test_missing_config_file_is_an_error(cli, tmp_path):
    result = cli("check", "--config", str(tmp_path / "fehlt.yaml"), "sauber.txt")
    assert result.exit_code == 2
    assert result.stderr == f"newslint: error: {tmp_path / 'fehlt.yaml'}: config file not found\n"


def test_config_show_prints_values_with_origins(cli):
    result = cli("config", "show", "konfig/ressort/meldung.txt")
    assert result.exit_code == 0
    rows = {}
    for line in result.stdout.splitlines()[1:]:
        value, _, origin = line.partition("# from: ")
        rows[value.rstrip()] = origin
    assert result.stdout.splitlines()[0] == f"# config file: {HERE / 'konfig' / '.newslint.yaml'}"
    assert rows["language: de-DE"] == "konfig/.newslint.yaml:2"
    assert rows["disable: [typografie]"] == "konfig/.newslint.yaml:3"
    assert rows["severity:"] == "konfig/.newslint.yaml:5"
    assert "  languagetool.GERMAN_SPELLER_RULE: warning" in rows
    assert rows["fail_on: warning"] == "konfig/.newslint.yaml:7"
    assert rows["default_rules: true"] == "default"
    assert rows["  url: null"] == "default"


def test_config_show_json(cli):
    result = cli("config", "show", "--json", "konfig/ressort/meldung.txt")
    data = json.loads(result.stdout)
    assert data["source"] == str(HERE / "konfig" / ".newslint.yaml")
    assert data["values"]["disable"] == ["typografie"]
    assert data["values"]["severity"] == {SPELLER: "warning"}
    assert data["values"]["fail_on"] == "warning"
    assert data["origins"]["fail_on"] == "konfig/.newslint.yaml:7"
    assert data["origins"]["language"] == "konfig/.newslint.yaml:2"


def test_config_show_output_is_itself_a_valid_config(cli, tmp_path):
    shown = cli("config", "show", "konfig/ressort/meldung.txt").stdout
    copy = tmp_path / "kopie.yaml"
    copy.write_text(shown, encoding="utf-8")
    again = cli("config", "show", "--json", "--config", str(copy))
    assert again.exit_code == 0, again.stderr
    assert json.loads(again.stdout)["values"] == json.loads(cli("config", "show", "--json", "konfig/ressort/meldung.txt").stdout)["values"]


# --------------------------------------------------------------------------- suppressions


TXT_KEPT = [
    (SPELLER, "error", 1, 23, "jeoch"),        # before any directive
    (SPELLER, "error", 5, 24, "jeoch"),        # after the bare enable
    (SPELLER, "error", 8, 21, "jeoch"),        # the line after the disable-next-line line
    (SPACE, "warning", 14, 30, " ,"),          # disable-next-line covered line 13 only
]


def test_suppressions_in_plain_text(cli, languagetool_url):
    result = cli("check", "--format", "json", "unterdrueckung.txt")
    assert result.exit_code == 1
    assert report(result.stdout) == {"unterdrueckung.txt": TXT_KEPT}


def test_suppression_comments_are_not_checked_as_copy(cli, languagetool_url):
    # The directive on line 12 contains " , " which would be a stray space in copy.
    result = cli("check", "--format", "json", "unterdrueckung.txt", "unterdrueckung.md")
    lines_with_directives = {
        "unterdrueckung.txt": {2, 4, 6, 9, 11, 12, 15},
        "unterdrueckung.md": {5, 8, 10, 14},
    }
    for path, findings in report(result.stdout).items():
        assert not [f for f in findings if f[2] in lines_with_directives[path]], path


def test_report_unused_disables_lists_the_unused_one(cli, languagetool_url):
    result = cli("check", "--format", "json", "--report-unused-disables", "unterdrueckung.txt")
    assert report(result.stdout) == {"unterdrueckung.txt": sorted(
        TXT_KEPT + [(UNUSED, "warning", 12, 1, "<!-- newslint-disable-next-line typografie , languagetool.GERMAN_SPELLER_RULE -->")],
        key=lambda f: (f[2], f[3]))}
    message = [f for e in json.loads(result.stdout)["files"] for f in e["findings"] if f["rule"] == UNUSED][0]["message"]
    assert message == ("Diese Unterdrückung (typografie, languagetool.GERMAN_SPELLER_RULE) hat nichts unterdrückt "
                       "und kann entfernt werden.")


def test_unused_disables_are_not_reported_without_the_flag(cli, languagetool_url):
    result = cli("check", "--format", "json", "unterdrueckung.txt")
    assert UNUSED not in result.stdout


def test_suppressions_in_markdown(cli, languagetool_url):
    result = cli("check", "--format", "json", "--report-unused-disables", "unterdrueckung.md")
    assert result.exit_code == 1
    assert report(result.stdout) == {"unterdrueckung.md": [
        (SPELLER, "error", 3, 23, "jeoch"),
        (SPACE, "warning", 12, 23, " ,"),  # after the bare enable
    ]}


def test_suppressions_in_html(cli, languagetool_url, tmp_path):
    page = tmp_path / "seite.html"
    page.write_text(
        "<p>Der Betreiber rechnet jeoch mit Staus.</p>\n"
        "<!-- newslint-disable-next-line languagetool -->\n"
        "<p>Eine Reederei rechnet jeoch mit Ausfällen.</p>\n"
        "<!-- newslint-disable typografie -->\n"
        "<p>Laut Crew sei es schwer , hieß es.</p>\n", encoding="utf-8")
    result = cli("check", "--format", "json", "--report-unused-disables", str(page))
    assert report(result.stdout) == {str(page): [(SPELLER, "error", 1, 26, "jeoch")]}


# --------------------------------------------------------------------------- standard input


MARKDOWN_INPUT = "# Titel mit jeoch im Kopf\n\nDer Betreiber rechnet `jeoch` mit [jeoch](https://example.de/jeoch) Staus.\n"


def test_stdin_with_filename_reports_under_that_name_and_reads_markdown(cli, languagetool_url):
    result = cli("check", "--format", "json", "-", "--stdin-filename", "artikel.md", input=MARKDOWN_INPUT)
    assert result.exit_code == 1
    # the code span and the link target are skipped: only Markdown prose is checked
    assert report(result.stdout) == {"artikel.md": [(SPELLER, "error", 1, 13, "jeoch"), (SPELLER, "error", 3, 36, "jeoch")]}


def test_stdin_as_plain_text_checks_everything(cli, languagetool_url):
    result = cli("check", "--format", "json", "-", "--stdin-filename", "artikel.txt", input=MARKDOWN_INPUT)
    found = report(result.stdout)["artikel.txt"]
    assert [(rule, line, col) for rule, _, line, col, text in found if text == "jeoch"] == [
        (SPELLER, 1, 13), (SPELLER, 3, 24), (SPELLER, 3, 36)]


def test_stdin_without_a_name(cli, languagetool_url):
    result = cli("check", "-", input="Der Betreiber rechnet jeoch.\n")
    assert result.exit_code == 1
    assert result.stdout.startswith("<stdin>:1:23: error languagetool.GERMAN_SPELLER_RULE: ")


def test_stdin_filename_drives_config_discovery(cli, languagetool_url):
    result = cli("check", "--format", "json", "-", "--stdin-filename", "konfig/ressort/neu.txt",
                 input="Ein Sprecher sagte, die Arbeit sei schwer , jeoch machbar.\n")
    assert result.exit_code == 1
    assert report(result.stdout) == {"konfig/ressort/neu.txt": [
        (LT_SPACE, "warning", 1, 42, " ,"), (SPELLER, "warning", 1, 45, "jeoch")]}


def test_stdin_latin1_is_a_clear_error(cli, languagetool_url):
    from typer.testing import CliRunner

    from linter.cli import app

    result = CliRunner().invoke(app, ["check", "--format", "json", "-", "--stdin-filename", "a.txt"],
                                input="Straße".encode("latin-1"))
    assert result.exit_code == 2
    assert json.loads(result.stdout)["files"][0]["error"] == (
        "a.txt:1: not valid UTF-8 (byte 0xdf at byte offset 4); save the file as UTF-8 and check it again")


# --------------------------------------------------------------------------- --changed-since


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True,
                          env={"GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.de",
                               "GIT_COMMITTER_NAME": "T", "GIT_COMMITTER_EMAIL": "t@example.de",
                               "HOME": str(repo), "PATH": "/usr/bin:/bin:/usr/local/bin"}).stdout


@pytest.fixture
def repo(tmp_path) -> Path:
    """main: art/alt.txt, art/b.txt; branch feature: b.txt changed, neu.txt added;
    main later changes alt.txt; the working tree has an untracked, an uncommitted and an ignored file."""
    root = tmp_path / "repo"
    (root / "art").mkdir(parents=True)
    git(root, "init", "-q", "-b", "main")
    (root / "art" / "alt.txt").write_text("Die Fähre fährt pünktlich.\n", encoding="utf-8")
    (root / "art" / "b.txt").write_text("Die Fähre fährt schnell.\n", encoding="utf-8")
    (root / "art" / "geloescht.txt").write_text("Die Fähre fährt jeoch.\n", encoding="utf-8")
    (root / ".gitignore").write_text("*.bak.txt\n", encoding="utf-8")
    git(root, "add", ".")
    git(root, "commit", "-qm", "start")
    git(root, "checkout", "-qb", "feature")
    (root / "art" / "b.txt").write_text("Die Fähre fährt schnell, jeoch laut.\n", encoding="utf-8")
    (root / "art" / "neu.txt").write_text("Der Kapitän ist diekt gefahren.\n", encoding="utf-8")
    git(root, "rm", "-q", "art/geloescht.txt")
    git(root, "add", ".")
    git(root, "commit", "-qm", "feature")
    git(root, "checkout", "-q", "main")
    (root / "art" / "alt.txt").write_text("Die Fähre fährt jeoch nicht.\n", encoding="utf-8")  # only on main
    git(root, "commit", "-qam", "main later")
    git(root, "checkout", "-q", "feature")
    (root / "art" / "unversioniert.txt").write_text("Die Crew ist diekt.\n", encoding="utf-8")
    (root / "art" / "sicherung.bak.txt").write_text("Die Crew ist diekt.\n", encoding="utf-8")
    (root / "sonst").mkdir()
    (root / "sonst" / "offen.md").write_text("Die Crew rechnet jeoch mit Staus.\n", encoding="utf-8")
    return root


def test_changed_since_checks_only_changed_and_untracked_files(cli, languagetool_url, repo, monkeypatch):
    monkeypatch.chdir(repo)
    git(repo, "checkout", "-q", "main", "--", ".gitignore")  # unchanged file, still not listed
    result = cli("check", "--format", "json", "--changed-since", "main", "art")
    assert result.exit_code == 1
    assert report(result.stdout) == {
        "art/b.txt": [(SPELLER, "error", 1, 26, "jeoch")],
        "art/neu.txt": [(SPELLER, "error", 1, 17, "diekt")],
        "art/unversioniert.txt": [(SPELLER, "error", 1, 14, "diekt")],
    }


def test_changed_since_without_paths_checks_the_working_directory(cli, languagetool_url, repo, monkeypatch):
    monkeypatch.chdir(repo)
    result = cli("check", "--format", "json", "--changed-since", "main")
    assert sorted(report(result.stdout)) == ["art/b.txt", "art/neu.txt", "art/unversioniert.txt", "sonst/offen.md"]


def test_changed_since_sees_uncommitted_edits(cli, languagetool_url, repo, monkeypatch):
    monkeypatch.chdir(repo)
    git(repo, "commit", "-qam", "nothing", "--allow-empty")
    (repo / "art" / "b.txt").write_text("Die Fähre fährt diekt.\n", encoding="utf-8")
    result = cli("check", "--format", "json", "--changed-since", "HEAD", "art")
    assert report(result.stdout) == {
        "art/b.txt": [(SPELLER, "error", 1, 17, "diekt")],
        "art/unversioniert.txt": [(SPELLER, "error", 1, 14, "diekt")],
    }


def test_changed_since_from_a_subfolder_sees_untracked_files_elsewhere(cli, languagetool_url, repo, monkeypatch):
    monkeypatch.chdir(repo / "art")
    result = cli("check", "--format", "json", "--changed-since", "main", ".", "../sonst")
    assert report(result.stdout) == {
        "b.txt": [(SPELLER, "error", 1, 26, "jeoch")],
        "neu.txt": [(SPELLER, "error", 1, 17, "diekt")],
        "unversioniert.txt": [(SPELLER, "error", 1, 14, "diekt")],
        "../sonst/offen.md": [(SPELLER, "error", 1, 18, "jeoch")],
    }


def test_changed_since_unknown_ref_is_a_usage_error(cli, repo, monkeypatch):
    monkeypatch.chdir(repo)
    result = cli("check", "--changed-since", "origin/gibtsnicht", "art")
    assert result.exit_code == 2
    assert result.stderr == ("newslint: error: --changed-since: 'origin/gibtsnicht' is not a commit in this "
                             "repository (fetch it first, e.g. 'git fetch origin origin/gibtsnicht')\n")


def test_changed_since_outside_a_git_repository_is_a_usage_error(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Text.\n", encoding="utf-8")
    result = cli("check", "--changed-since", "main", "a.txt")
    assert result.exit_code == 2
    assert re.match(r"newslint: error: --changed-since: git rev-parse --show-toplevel failed: fatal: not a git repository",
                    result.stderr)
