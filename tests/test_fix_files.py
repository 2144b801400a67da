"""``newslint fix`` on real files: exit codes, nothing lost, atomic writes (house rules only).

Every test works on copies in tmp_path; the fixtures are never modified.
"""

from __future__ import annotations

import codecs
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES, REPO

HOUSE_ONLY = ("--no-languagetool", "--quiet")
BROKEN = "Er kam spät , sagte er.  Dann ging er.\nEr sagte \"Hallo\" und ging ...\n"
FIXED = "Er kam spät, sagte er. Dann ging er.\nEr sagte „Hallo“ und ging …\n"


def write(path: Path, text: str, **kw) -> Path:
    path.write_bytes(text.encode("utf-8"), **kw)
    return path


def test_fix_writes_safe_fixes_and_reports_counts(cli, tmp_path):
    target = write(tmp_path / "a.txt", BROKEN)
    result = cli("fix", *HOUSE_ONLY, str(target))
    assert result.exit_code == 1, result.output
    assert target.read_text(encoding="utf-8") == FIXED
    assert f"{target}: 4 fixes applied, 0 findings left for a person to decide" in result.output
    again = cli("fix", *HOUSE_ONLY, str(target))
    assert again.exit_code == 0 and "Nothing to fix" in again.output
    assert target.read_text(encoding="utf-8") == FIXED
    check = cli("check", *HOUSE_ONLY, "--fail-on", "info", str(target))
    assert check.exit_code == 0, check.output


def test_check_and_diff_write_nothing(cli, tmp_path):
    target = write(tmp_path / "a.txt", BROKEN)
    before = target.read_bytes()
    checked = cli("fix", *HOUSE_ONLY, "--check", str(target))
    assert checked.exit_code == 1 and "4 fixes would be applied" in checked.output
    diffed = cli("fix", *HOUSE_ONLY, "--diff", str(target))
    assert diffed.exit_code == 1
    assert "\n-Er kam spät , sagte er.  Dann ging er.\n" in diffed.stdout
    assert "\n+Er kam spät, sagte er. Dann ging er.\n" in diffed.stdout
    assert target.read_bytes() == before
    clean = write(tmp_path / "b.txt", FIXED)
    assert cli("fix", *HOUSE_ONLY, "--check", str(clean)).exit_code == 0
    assert cli("fix", *HOUSE_ONLY, "--diff", str(clean)).stdout == ""
    assert cli("fix", *HOUSE_ONLY, "--check", "--diff", str(clean)).exit_code == 2


def test_diff_applies_with_git_apply(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "a.txt", BROKEN.rstrip("\n"))  # no newline at the end of the file
    diff = cli("fix", *HOUSE_ONLY, "--diff", "a.txt").stdout
    (tmp_path / "fix.patch").write_text(diff, encoding="utf-8")
    subprocess.run(["git", "apply", "fix.patch"], cwd=tmp_path, check=True)
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == FIXED.rstrip("\n")


def test_unsafe_fixes_only_on_request(cli, tmp_path):
    target = write(tmp_path / "a.txt", "Er sah die die Kinder am Bahnhof.\n")
    result = cli("fix", *HOUSE_ONLY, str(target))
    assert result.exit_code == 0 and "0 fixes applied, 1 finding left" in result.output
    assert cli("fix", *HOUSE_ONLY, "--unsafe-fixes", str(target)).exit_code == 1
    assert target.read_text(encoding="utf-8") == "Er sah die Kinder am Bahnhof.\n"


def test_bom_crlf_and_mode_are_kept(cli, tmp_path):
    target = tmp_path / "a.txt"
    target.write_bytes(codecs.BOM_UTF8 + BROKEN.replace("\n", "\r\n").encode("utf-8"))
    target.chmod(0o640)
    assert cli("fix", *HOUSE_ONLY, str(target)).exit_code == 1
    assert target.read_bytes() == codecs.BOM_UTF8 + FIXED.replace("\n", "\r\n").encode("utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_crlf_line_break_inside_a_fixed_span_stays_crlf(cli, tmp_path):
    target = tmp_path / "a.txt"
    target.write_bytes(b'Sie schrieb: "Das Treffen findet statt,\r\naber ohne Presse."\r\n')
    assert cli("fix", *HOUSE_ONLY, str(target)).exit_code == 1
    assert target.read_bytes() == "Sie schrieb: „Das Treffen findet statt,\r\naber ohne Presse.“\r\n".encode()


def test_symlink_stays_a_link(cli, tmp_path):
    real = write(tmp_path / "real.txt", BROKEN)
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    assert cli("fix", *HOUSE_ONLY, str(link)).exit_code == 1
    assert link.is_symlink() and real.read_text(encoding="utf-8") == FIXED


def test_unreadable_file_is_an_error_and_others_are_still_fixed(cli, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9 , oder\n")
    good = write(tmp_path / "good.txt", BROKEN)
    result = cli("fix", *HOUSE_ONLY, str(bad), str(good))
    assert result.exit_code == 2
    assert "not valid UTF-8" in result.output
    assert bad.read_bytes() == b"caf\xe9 , oder\n"
    assert good.read_text(encoding="utf-8") == FIXED


def test_standard_input_is_refused(cli):
    result = cli("fix", *HOUSE_ONLY, "-", input="Er kam , ja.\n")
    assert result.exit_code == 2 and "standard input" in result.output


def test_file_changed_on_disk_meanwhile_is_left_alone(cli, tmp_path, monkeypatch):
    import linter.fixing.run as run

    target = write(tmp_path / "a.txt", BROKEN)
    real_fix_document = run.fix_document

    def editor_saves_meanwhile(*args, **kwargs):
        result = real_fix_document(*args, **kwargs)
        target.write_text("Ein Redakteur hat gespeichert , ja.\n", encoding="utf-8")
        return result

    monkeypatch.setattr(run, "fix_document", editor_saves_meanwhile)
    result = cli("fix", "--no-languagetool", str(target))
    assert result.exit_code == 1
    assert "changed on disk" in result.stderr
    assert result.stdout.splitlines()[-1].endswith("fixes not applied: 1 file changed on disk meanwhile; "
                                                   "0 findings left for a person to decide.")
    assert target.read_text(encoding="utf-8") == "Ein Redakteur hat gespeichert , ja.\n"


@pytest.mark.parametrize("failing", ["replace", "fsync"])
def test_crash_while_writing_leaves_the_original(cli, tmp_path, monkeypatch, failing):
    target = write(tmp_path / "a.txt", BROKEN)
    before = target.read_bytes()

    def boom(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, failing, boom)
    result = cli("fix", *HOUSE_ONLY, str(target))
    assert result.exit_code == 2
    assert "left unchanged" in result.output and "No space left" in result.output
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]  # no temporary file left behind


def test_process_killed_between_temp_write_and_rename_leaves_the_original(tmp_path):
    """A hard kill (no cleanup runs at all) still never exposes a half-written file."""
    target = write(tmp_path / "a.txt", BROKEN)
    before = target.read_bytes()
    script = (
        "import os, signal, sys\n"
        "os.replace = lambda *a: os.kill(os.getpid(), signal.SIGKILL)\n"
        "from linter.cli import main\n"
        f"sys.argv = ['newslint', 'fix', '--no-languagetool', '--quiet', {str(target)!r}]\n"
        "main()\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True)
    assert proc.returncode == -9
    assert target.read_bytes() == before
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "a.txt"]
    # Only a hidden, complete temporary copy may remain after SIGKILL; never a partial target.
    assert all(name.startswith(".a.txt.") and name.endswith(".tmp") for name in leftovers)


# --- markup ----------------------------------------------------------------------

@pytest.mark.parametrize("name", ["artikel.md", "artikel.html"])
def test_markup_only_the_intended_characters_change(cli, tmp_path, name):
    target = tmp_path / name
    target.write_bytes((FIXTURES / "markup" / name).read_bytes())
    before = target.read_text(encoding="utf-8")
    assert cli("fix", *HOUSE_ONLY, str(target)).exit_code == 1
    after = target.read_text(encoding="utf-8")
    assert after == before.replace("schwer ist , mit", "schwer ist, mit")
    assert cli("fix", *HOUSE_ONLY, str(target)).exit_code == 0


@pytest.mark.parametrize("name, source, expected", [
    ("a.html", '<p>Er sagte "<i>Hallo</i>" und &quot;Tschüss&quot; , dann "ging" er.</p>\n',
     '<p>Er sagte "<i>Hallo</i>" und &quot;Tschüss&quot;, dann „ging“ er.</p>\n'),
    ("a.md", 'Er sagte "*Hallo*" und dann "ging" er &hellip;...\n',
     'Er sagte "*Hallo*" und dann „ging“ er &hellip;…\n'),
])
def test_markup_fix_over_markup_or_entity_is_not_applied(cli, tmp_path, name, source, expected):
    target = tmp_path / name
    target.write_text(source, encoding="utf-8")
    result = cli("fix", *HOUSE_ONLY, str(target))
    assert target.read_text(encoding="utf-8") == expected, result.output
    assert "fix applied" in result.output or "fixes applied" in result.output
    assert ", 0 findings left" not in result.output  # the refused fixes stay for a person


@pytest.mark.slow  # runs the real pre-commit on the manifest
def test_pre_commit_manifest_has_the_fix_hook():
    import yaml

    manifest = REPO / ".pre-commit-hooks.yaml"
    hooks = {hook["id"]: hook for hook in yaml.safe_load(manifest.read_text(encoding="utf-8"))}
    assert hooks["newslint-fix"]["entry"] == "newslint fix"
    assert hooks["newslint-fix"]["types_or"] == hooks["newslint"]["types_or"]
    subprocess.run([sys.executable, "-m", "pre_commit", "validate-manifest", str(manifest)], check=True)
