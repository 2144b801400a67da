"""--format jsonl: one JSON line per file as it is checked, a summary line last; and --scheduler without dask."""

from __future__ import annotations

import json
import sys

import pytest

from conftest import FIXTURES


def parse(text: str) -> list[dict]:
    """Every line parsed on its own, as a consumer of the stream reads it."""
    return [json.loads(line) for line in text.splitlines()]


@pytest.mark.parametrize("jobs", ["1", "3"])
def test_jsonl_has_the_files_and_findings_of_json(cli, jobs):
    folder = str(FIXTURES / "cli")
    whole = cli("check", "--no-languagetool", "--no-cache", "--jobs", jobs, "--format", "json", folder)
    lines = cli("check", "--no-languagetool", "--no-cache", "--jobs", jobs, "--format", "jsonl", folder)
    assert lines.exit_code == whole.exit_code
    report = json.loads(whole.stdout)
    parsed = parse(lines.stdout)
    assert [line.pop("type") for line in parsed] == ["file"] * len(report["files"]) + ["summary"]
    assert parsed[:-1] == report["files"]
    assert any(f["findings"] for f in report["files"])
    summary = parsed[-1]
    assert {k: summary[k] for k in report["summary"]} == report["summary"]
    assert summary["failed_files"] == 0


def test_jsonl_output_appears_whole_and_names_an_unreadable_file(cli, tmp_path):
    (tmp_path / "gut.txt").write_text("Das ist ein Satz.\n", encoding="utf-8")
    (tmp_path / "kaputt.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00")  # binary
    out = tmp_path / "bericht.jsonl"
    result = cli("check", "--no-languagetool", "--no-cache", "--format", "jsonl", "--output", str(out),
                 str(tmp_path / "gut.txt"), str(tmp_path / "kaputt.txt"), str(tmp_path / "fehlt.txt"))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert not (tmp_path / "bericht.jsonl.partial").exists()
    parsed = parse(out.read_text(encoding="utf-8"))
    assert [line.get("path", "").rsplit("/", 1)[-1] for line in parsed] == ["gut.txt", "kaputt.txt", "fehlt.txt", ""]
    assert "error" not in parsed[0] and parsed[1]["error"] and parsed[2]["error"]
    assert parsed[-1]["failed_files"] == 2 and parsed[-1]["files"] == 3


def test_a_failed_jsonl_run_never_writes_the_output_file(cli, tmp_path):
    """A rule error stops the run: --output is never written, what was done stays in the .partial file."""
    (tmp_path / "a.txt").write_text("Text.\n", encoding="utf-8")
    broken = tmp_path / "kaputt.yaml"
    broken.write_text("rules: [\n", encoding="utf-8")
    out = tmp_path / "bericht.jsonl"
    result = cli("check", "--no-languagetool", "--no-cache", "--rules", str(broken), "--format", "jsonl",
                 "--output", str(out), str(tmp_path / "a.txt"))
    assert result.exit_code == 2
    assert "kaputt.yaml" in result.stderr
    assert not out.exists()


@pytest.mark.dask
def test_scheduler_without_dask_says_how_to_install_it(cli, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed now raises ImportError
    result = cli("check", "--no-languagetool", "--scheduler", "local:2", str(FIXTURES / "cli"))
    assert result.exit_code == 2
    assert result.stderr == "newslint: error: --scheduler needs dask.distributed: pip install 'newslint[dask]'\n"


@pytest.mark.dask
@pytest.mark.parametrize("address", ["local:0", "local:zwei", "127.0.0.1:8786", "tcp://"])
def test_a_bad_scheduler_address_says_what_is_expected(cli, address):
    result = cli("check", "--no-languagetool", "--scheduler", address, str(FIXTURES / "cli"))
    assert result.exit_code == 2
    assert f"--scheduler {address}:" in result.stderr
