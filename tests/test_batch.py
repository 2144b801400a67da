"""Checking a batch with the real LanguageTool: --jobs, the result cache and a pool whose member dies."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import FIXTURES, REPO, SAMPLE


@pytest.fixture
def articles(tmp_path) -> Path:
    """A folder of real copy: the sample article, the CLI and markup fixtures (plain text, Markdown, HTML)."""
    folder = tmp_path / "artikel"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / SAMPLE.name)
    for source in [*(FIXTURES / "cli").glob("*.txt"), *(FIXTURES / "cli").glob("*.md"), *(FIXTURES / "markup").glob("*")]:
        if source.is_file():
            shutil.copy(source, folder / f"{source.parent.name}-{source.name}")
    return folder


def newslint(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "linter", "check", "--format", "json", *args], cwd=cwd,
                          capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})},
                          timeout=900)


def test_jobs_give_the_same_report_as_one_at_a_time(articles, languagetool_url):
    serial = newslint("--no-cache", "--jobs", "1", "--languagetool-url", languagetool_url, ".", cwd=articles)
    parallel = newslint("--no-cache", "--jobs", "4", "--languagetool-url", languagetool_url, ".", cwd=articles)
    assert serial.returncode == parallel.returncode == 1, serial.stderr
    assert parallel.stdout == serial.stdout
    report = json.loads(serial.stdout)
    assert len(report["files"]) >= 10 and not any(f.get("error") for f in report["files"])
    assert any(f["source"] == "languagetool" for entry in report["files"] for f in entry["findings"])


def test_cached_languagetool_findings_equal_fresh_ones(articles, languagetool_url, tmp_path):
    cache = tmp_path / "cache"
    fresh = newslint("--no-cache", "--languagetool-url", languagetool_url, ".", cwd=articles)
    stored = newslint("--cache-dir", str(cache), "--languagetool-url", languagetool_url, ".", cwd=articles)
    # newslint's own server runs the same version: its runs hit the entries of the URL's run
    hit = newslint("--cache-dir", str(cache), ".", cwd=articles)
    assert fresh.stdout == stored.stdout == hit.stdout
    assert fresh.returncode == stored.returncode == hit.returncode == 1


def _checks_done(log: Path) -> int:
    """How many checks the server has answered (LanguageTool logs "Check done" for each)."""
    return log.read_text(encoding="utf-8", errors="replace").count("Check done")


def _wait_for_checks(log: Path, before: int, timeout: float = 300) -> None:
    """Until the server's log shows that it has answered a check more than ``before`` (the warm-up)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if _checks_done(log) > before:
            return
        time.sleep(0.05)
    raise AssertionError(f"the second server checked nothing within {timeout:.0f} s")


@pytest.mark.slow
def test_a_pool_member_dying_mid_run_leaves_its_files_to_the_others(articles, languagetool_url, tmp_path, monkeypatch):
    from linter.languagetool import server

    for i in range(3):  # enough files that the second server is killed while some are still to come
        for source in list(articles.glob("*.txt"))[:8]:
            shutil.copy(source, articles / f"kopie{i}-{source.name}")
    expected = newslint("--no-cache", "--jobs", "1", "--languagetool-url", languagetool_url, ".", cwd=articles)

    monkeypatch.setenv("NEWSLINT_STATE_DIR", str(tmp_path / "state"))
    second = server.ensure_server(idle_timeout=600, quiet=True)
    pid = server.read_state()["pid"]
    warm_up = _checks_done(server.log_file())
    try:
        run = subprocess.Popen(
            [sys.executable, "-m", "linter", "check", "--format", "json", "--no-cache", "--jobs", "4",
             "--languagetool-url", f"{second},{languagetool_url}", "."],
            cwd=articles, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONPATH": str(REPO)})
        _wait_for_checks(server.log_file(), warm_up)
        os.kill(pid, signal.SIGKILL)
        out, err = run.communicate(timeout=900)
    finally:
        server.stop_server()
    assert f"LanguageTool at {second} stopped answering" in err
    assert run.returncode == expected.returncode == 1, err
    assert out == expected.stdout, "every file still gets its findings, from the server that is left"


def test_a_pool_with_every_member_gone_is_each_files_error(articles, tmp_path, cli):
    dead = "http://127.0.0.1:9,http://127.0.0.1:7"
    result = cli("check", "--format", "json", "--no-cache", "--languagetool-url", dead, str(articles / SAMPLE.name))
    assert result.exit_code == 2
    [entry] = json.loads(result.stdout)["files"]
    assert entry["error"].startswith("no LanguageTool server of the pool answers any more (http://127.0.0.1:9: ")
    assert entry["findings"], "the house rules' findings are kept"
