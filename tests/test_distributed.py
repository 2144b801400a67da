"""--scheduler on real Dask clusters: a local one and a real scheduler with worker processes.

Most tests use the shared LanguageTool server (``--languagetool-url``); one lets
the worker plugin provision its own, in a state dir of its own.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import FIXTURES, REPO, SAMPLE

pytestmark = [pytest.mark.dask, pytest.mark.slow]

DASK = str(Path(sys.executable).with_name("dask"))


def make_articles(folder: Path, copies: int) -> Path:
    """``copies`` articles from the sample article with typos, each of its own length, plus the CLI fixtures."""
    folder.mkdir()
    text = SAMPLE.read_text(encoding="utf-8")
    typos = text.replace("Gipfeltreffen", "Gipfeltrefen").replace("Moskau hat", "Moskau hatt")
    for number in range(copies):
        (folder / f"artikel-{number:03d}.txt").write_text(typos[: 600 + 300 * (number % 9)], encoding="utf-8")
    for source in (FIXTURES / "cli").glob("*.txt"):
        shutil.copy(source, folder / f"cli-{source.name}")
    (folder / "kaputt.txt").write_bytes(b"\xff\xfe\x00 kein Text \x00")  # an error in the report, like a plain run
    return folder


def newslint(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "linter", "check", "--no-cache", *args], cwd=cwd,
                          capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})},
                          timeout=900)


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    return make_articles(tmp_path_factory.mktemp("dask") / "artikel", 6)


@pytest.fixture(scope="module")
def plain(articles, languagetool_url) -> subprocess.CompletedProcess:
    """The plain run's JSON report of the folder: what every cluster run must give."""
    done = newslint("--format", "json", "--jobs", "1", "--languagetool-url", languagetool_url, ".", cwd=articles)
    assert done.returncode == 2, done.stderr  # kaputt.txt cannot be read
    assert any(f["findings"] for f in json.loads(done.stdout)["files"])
    return done


def file_lines(stdout: str) -> tuple[list[dict], dict]:
    """The file lines and the summary line of a jsonl report, each line parsed on its own."""
    lines = [json.loads(line) for line in stdout.splitlines()]
    assert [line["type"] for line in lines] == ["file"] * (len(lines) - 1) + ["summary"]
    files = [{k: v for k, v in line.items() if k != "type"} for line in lines[:-1]]
    return files, lines[-1]


def test_local_cluster_reports_exactly_what_a_plain_run_does(articles, plain, languagetool_url):
    done = newslint("--format", "json", "--scheduler", "local:2", "--languagetool-url", languagetool_url, ".",
                    cwd=articles)
    assert (done.returncode, done.stdout) == (plain.returncode, plain.stdout), done.stderr


def test_local_cluster_streams_jsonl_with_the_findings_of_json(articles, plain, languagetool_url, tmp_path):
    out = tmp_path / "bericht.jsonl"
    done = newslint("--format", "jsonl", "--scheduler", "local:2", "--languagetool-url", languagetool_url,
                    "--output", str(out), ".", cwd=articles)
    assert done.returncode == plain.returncode, done.stderr
    assert not out.with_name("bericht.jsonl.partial").exists()
    files, summary = file_lines(out.read_text(encoding="utf-8"))
    report = json.loads(plain.stdout)
    assert files == report["files"]
    assert {k: summary[k] for k in report["summary"]} == report["summary"]
    assert summary["failed_files"] == sum("error" in f for f in report["files"]) == 1


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def cluster(tmp_path):
    """A real ``dask scheduler`` and two ``dask worker`` processes on 127.0.0.1; all stopped afterwards."""
    from distributed import Client

    info = tmp_path / "scheduler.json"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    logs = open(tmp_path / "dask.log", "w")
    procs = [subprocess.Popen([DASK, "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                               "--scheduler-file", str(info)], env=env, stdout=logs, stderr=logs)]
    try:
        deadline = time.monotonic() + 60
        while not info.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        address = json.loads(info.read_text())["address"]
        for _ in range(2):
            procs.append(subprocess.Popen([DASK, "worker", address, "--nworkers", "1", "--nthreads", "1",
                                           "--no-nanny", "--no-dashboard", "--host", "127.0.0.1"],
                                          env=env, stdout=logs, stderr=logs))
        with Client(address, timeout=30) as client:
            client.wait_for_workers(2, timeout=120)
        yield address, procs[1:], procs[0]
    finally:
        for proc in reversed(procs):
            proc.kill()
            proc.wait()
        logs.close()


def test_real_scheduler_reports_exactly_what_a_plain_run_does(articles, plain, cluster, languagetool_url):
    address, _, _ = cluster
    done = newslint("--format", "json", "--scheduler", address, "--languagetool-url", languagetool_url, ".",
                    cwd=articles)
    assert (done.returncode, done.stdout) == (plain.returncode, plain.stdout), done.stderr


def test_a_worker_killed_mid_run_loses_no_file(tmp_path, cluster, languagetool_url):
    address, workers, _ = cluster
    folder = make_articles(tmp_path / "viele", 60)
    expected = newslint("--format", "json", "--jobs", "2", "--languagetool-url", languagetool_url, ".", cwd=folder)
    run = subprocess.Popen([sys.executable, "-m", "linter", "check", "--no-cache", "--format", "jsonl",
                            "--scheduler", address, "--languagetool-url", languagetool_url, "."],
                           cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                           env={**os.environ, "PYTHONPATH": str(REPO)})
    lines = [run.stdout.readline() for _ in range(5)]  # the run is under way on both workers
    workers[0].send_signal(signal.SIGKILL)
    rest, errors = run.communicate(timeout=600)
    assert workers[0].wait() == -signal.SIGKILL
    assert run.returncode == expected.returncode == 2, errors
    files, summary = file_lines("".join(lines) + rest)
    assert files == json.loads(expected.stdout)["files"]
    assert summary["files"] == len(files) == 60 + len(list((FIXTURES / "cli").glob("*.txt"))) + 1


def test_unreachable_scheduler_is_a_clear_error(articles):
    address = f"tcp://127.0.0.1:{free_port()}"
    started = time.monotonic()
    done = newslint("--no-languagetool", "--scheduler", address, ".", cwd=articles)
    assert done.returncode == 2
    assert f"cannot reach the Dask scheduler at {address}" in done.stderr
    assert "Traceback" not in done.stderr
    assert time.monotonic() - started < 60


def test_a_scheduler_that_goes_away_ends_the_run_with_a_clear_error(tmp_path, cluster):
    address, _, scheduler = cluster
    folder = tmp_path / "viele"
    folder.mkdir()
    for number in range(400):
        shutil.copy(SAMPLE, folder / f"a{number:03d}.txt")
    run = subprocess.Popen([sys.executable, "-m", "linter", "check", "--no-cache", "--no-languagetool",
                            "--format", "jsonl", "--scheduler", address, "."],
                           cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                           env={**os.environ, "PYTHONPATH": str(REPO)})
    first = run.stdout.readline()
    scheduler.send_signal(signal.SIGKILL)
    rest, errors = run.communicate(timeout=120)
    assert run.returncode == 2
    assert f"newslint: error: lost the Dask scheduler at {address} during the run" in errors
    lines = (first + rest).splitlines()
    assert all(json.loads(line)["type"] == "file" for line in lines)  # no summary: the stream was cut short
    assert len(lines) < 400


def test_worker_plugin_provisions_the_nodes_own_server(articles, plain, tmp_path):
    """No --languagetool-url: the plugin starts one server for the node, in the node's state dir."""
    env = {"NEWSLINT_STATE_DIR": str(tmp_path / "state")}
    try:
        done = newslint("--format", "json", "--scheduler", "local:2", ".", cwd=articles, env=env)
        assert (done.returncode, done.stdout) == (plain.returncode, plain.stdout), done.stderr
        state = json.loads((tmp_path / "state" / "languagetool" / "server.json").read_text())
        assert state["url"].startswith("http://127.0.0.1:")
    finally:
        subprocess.run([sys.executable, "-m", "linter", "server", "stop"], env={**os.environ, **env,
                       "PYTHONPATH": str(REPO)}, capture_output=True, timeout=120)
