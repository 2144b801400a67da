"""The LanguageTool server lifecycle: real Java, real jars, real processes.

Every test runs in its own NEWSLINT_STATE_DIR (so it never touches a user's
running server) and stops what it started.  The jars come from the default
cache; a failure to provision them fails the tests.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from linter.errors import EngineError
from linter.languagetool import process, server, watchdog

REPO = Path(__file__).resolve().parents[1]

def _servers_in(state_root: Path) -> list[int]:
    """Pids of LanguageTool java processes whose --config lies in ``state_root`` (Linux /proc)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        cmdline = process.pid_cmdline(int(entry.name)) or ""
        if server.MAIN_CLASS in cmdline and str(state_root) in cmdline and process.pid_alive(int(entry.name)):
            pids.append(int(entry.name))
    return pids


@pytest.fixture
def state_root(tmp_path, monkeypatch, languagetool_installation):
    """A private state directory for real servers (LanguageTool provisioned first, so the
    tests using it are in the ``languagetool`` tier); whatever starts in it is stopped afterwards."""
    root = tmp_path / "state"
    monkeypatch.setenv("NEWSLINT_STATE_DIR", str(root))
    yield root
    monkeypatch.setenv("NEWSLINT_STATE_DIR", str(root))
    server.stop_server()
    for pid in _servers_in(root):  # belt and braces: nothing may outlive the test
        process.terminate(pid, grace=2)


def _check(url: str, text: str) -> list[str]:
    response = requests.post(f"{url}/v2/check", data={"text": text, "language": "de-DE"}, timeout=120)
    response.raise_for_status()
    return [m["rule"]["id"] for m in response.json()["matches"]]


# --------------------------------------------------------------------------- lifecycle


def test_start_reuse_status_stop(state_root):
    url = server.ensure_server(idle_timeout=60)  # with warm-up, as the CLI does
    assert url.startswith("http://127.0.0.1:")
    state = json.loads((state_root / "languagetool" / "server.json").read_text())
    assert state["url"] == url and state["version"] == "6.8"
    assert process.pid_alive(state["pid"]) and process.pid_alive(state["watchdog_pid"])
    assert "--public" not in state["java"]

    assert "GERMAN_SPELLER_RULE" in _check(url, "Das ist ein Tesst.")

    # A second call reuses the server, quickly.
    start = time.monotonic()
    assert server.ensure_server(idle_timeout=60) == url
    assert time.monotonic() - start < 5
    assert _servers_in(state_root) == [state["pid"]]

    status = server.server_status()
    assert status["pid"] == state["pid"] and status["idle_seconds"] < 60
    properties = (state_root / "languagetool" / "server.properties").read_text()
    assert "pipelineCaching=true" in properties and "\npipelinePrewarming" not in properties

    assert server.stop_server() is True
    assert not process.pid_alive(state["pid"])
    assert server.server_status() is None
    assert server.stop_server() is False
    # stop_server also ends the watchdog.
    deadline = time.monotonic() + 10
    while process.pid_alive(state["watchdog_pid"]) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert not process.pid_alive(state["watchdog_pid"])


def _non_loopback_address() -> str | None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        try:
            sock.connect(("192.0.2.1", 9))  # TEST-NET: no packet is sent for UDP connect
            address = sock.getsockname()[0]
        except OSError:
            return None
    return None if address.startswith("127.") else address


def test_bound_to_loopback_only(state_root):
    url = server.ensure_server(idle_timeout=600, warm_up=False)
    port = int(url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=5):
        pass
    other = _non_loopback_address()
    if other is not None:  # machines without a network interface have nothing more to test
        with pytest.raises(OSError):
            socket.create_connection((other, port), timeout=5).close()


def test_concurrent_starts_share_one_server(state_root):
    """Two newslint processes starting at the same moment end up on one server."""
    code = ("import json; from linter.languagetool import server; "
            "url = server.ensure_server(idle_timeout=600, warm_up=False); "
            "print(json.dumps({'url': url, 'pid': server.read_state()['pid']}))")
    env = {**os.environ, "NEWSLINT_STATE_DIR": str(state_root)}
    procs = [subprocess.Popen([sys.executable, "-c", code], cwd=REPO, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=240)
        assert proc.returncode == 0, err
        results.append(json.loads(out))
    assert results[0] == results[1]
    assert _servers_in(state_root) == [results[0]["pid"]]


def test_stale_state_after_kill_starts_new_server(state_root):
    url = server.ensure_server(idle_timeout=600, warm_up=False)
    old = server.read_state()
    os.kill(old["pid"], signal.SIGKILL)
    deadline = time.monotonic() + 10
    while process.pid_alive(old["pid"]) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert server.server_status() is None

    new_url = server.ensure_server(idle_timeout=600, warm_up=False)
    new = server.read_state()
    assert new["pid"] != old["pid"]
    assert server.answers(new_url)
    assert _servers_in(state_root) == [new["pid"]]
    del url


def test_state_pointing_at_foreign_pid_is_not_trusted(state_root):
    """A state file whose pid now belongs to another program (pid reuse) is ignored, not killed."""
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    try:
        directory = state_root / "languagetool"
        directory.mkdir(parents=True)
        (directory / "server.json").write_text(json.dumps(
            {"pid": sleeper.pid, "port": 9, "url": "http://127.0.0.1:9", "version": "6.8", "started": 0}))
        url = server.ensure_server(idle_timeout=600, warm_up=False)
        assert server.answers(url)
        assert sleeper.poll() is None  # untouched
    finally:
        sleeper.kill()
        sleeper.wait()


def test_idle_timeout_stops_server(state_root):
    server.ensure_server(idle_timeout=5, warm_up=False)
    state = server.read_state()
    assert process.pid_alive(state["pid"])
    deadline = time.monotonic() + 30
    while (process.pid_alive(state["pid"]) or server.read_state()) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert not process.pid_alive(state["pid"]), "watchdog did not stop the idle server"
    assert server.read_state() is None
    assert not process.pid_alive(state["watchdog_pid"]) or _wait_dead(state["watchdog_pid"])
    log = (state_root / "languagetool" / "watchdog.log").read_text()
    assert "stopped idle LanguageTool server" in log


def test_use_postpones_idle_shutdown(state_root):
    url = server.ensure_server(idle_timeout=6, warm_up=False)
    pid = server.read_state()["pid"]
    for _ in range(10):  # 10 s of activity, longer than the timeout
        server.touch()
        time.sleep(1)
    assert process.pid_alive(pid) and server.answers(url)


def _wait_dead(pid: int, seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while process.pid_alive(pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    return not process.pid_alive(pid)


def test_java_missing_raises_before_download(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "nocache"))  # would need a download
    with pytest.raises(EngineError, match="JAVA_HOME"):
        server.ensure_server()
    assert not (tmp_path / "nocache").exists()


# --------------------------------------------------------------------------- pure functions


def test_idle_expired():
    assert watchdog.idle_expired(last_used=100.0, started=0.0, idle_timeout=10, now=111.0)
    assert not watchdog.idle_expired(last_used=100.0, started=0.0, idle_timeout=10, now=109.0)
    assert watchdog.idle_expired(last_used=None, started=100.0, idle_timeout=10, now=111.0)


def test_poll_interval_bounds():
    assert watchdog.poll_interval(900) == 30
    assert watchdog.poll_interval(5) == 1
    assert watchdog.poll_interval(0.1) == 0.5


def test_a_run_given_the_managed_servers_url_counts_as_use(state_root, tmp_path):
    url = server.ensure_server(idle_timeout=600, warm_up=False)
    assert server.is_managed_url(url + "/") and not server.is_managed_url("http://127.0.0.1:1")
    a_while_ago = time.time() - 300  # inside the idle timeout, so the watchdog leaves the server up
    os.utime(server.state_dir() / "last-used", (a_while_ago, a_while_ago))
    article = tmp_path / "a.txt"
    article.write_text("Das ist ein Satz.\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "linter", "check", "--languagetool-url", url, str(article)],
                          capture_output=True, text=True, cwd=REPO, env={**os.environ})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert server.last_used() > a_while_ago + 200, "the watchdog would stop a server in use"


def test_a_busy_server_is_given_time_to_answer_not_restarted(monkeypatch):
    """Under load /v2/languages can wait seconds: a slow answer from our own server is no death."""
    replies = iter([False, False, True])
    monkeypatch.setattr(server, "_is_our_server", lambda state: True)
    monkeypatch.setattr(server, "answers", lambda url, timeout=2.0: next(replies))
    monkeypatch.setattr(server.time, "sleep", lambda seconds: None)
    assert server._alive({"url": "http://127.0.0.1:1", "pid": 1})


def test_a_server_that_never_answers_counts_as_dead(monkeypatch):
    clock = iter(range(0, 1000, 5))
    monkeypatch.setattr(server, "_is_our_server", lambda state: True)
    monkeypatch.setattr(server, "answers", lambda url, timeout=2.0: False)
    monkeypatch.setattr(server.time, "sleep", lambda seconds: None)
    monkeypatch.setattr(server.time, "monotonic", lambda: float(next(clock)))
    assert not server._alive({"url": "http://127.0.0.1:1", "pid": 1})


# --------------------------------------------------------------------------- a damaged state file


def _dead_pid() -> int:
    finished = subprocess.Popen([sys.executable, "-c", "pass"])
    finished.wait()
    return finished.pid


def _corrupt(kind: str, state_file: Path, stranger: int) -> None:
    """Damage the state file the way ``kind`` says."""
    text = state_file.read_text(encoding="utf-8")
    state = json.loads(text)
    if kind == "garbage":
        state_file.write_bytes(os.urandom(300))
    elif kind == "truncated":
        state_file.write_text(text[:len(text) // 2], encoding="utf-8")
    elif kind == "wrong types":
        state_file.write_text(json.dumps({**state, "pid": str(state["pid"]), "port": None}), encoding="utf-8")
    elif kind == "dead pid":
        state_file.write_text(json.dumps({**state, "pid": _dead_pid()}), encoding="utf-8")
    elif kind == "unrelated pid":
        state_file.write_text(json.dumps({**state, "pid": stranger}), encoding="utf-8")


@pytest.mark.parametrize("kind", ["garbage", "truncated", "wrong types", "dead pid", "unrelated pid"])
def test_whatever_the_state_file_says_one_server_runs_and_stop_stops_it(state_root, kind):
    stranger = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(300)"])
    try:
        server.ensure_server(idle_timeout=600, warm_up=False)
        first = server.read_state()["pid"]
        _corrupt(kind, state_root / "languagetool" / "server.json", stranger.pid)

        url = server.ensure_server(idle_timeout=600, warm_up=False)
        assert server.answers(url)
        assert _servers_in(state_root) == [server.read_state()["pid"]]
        assert not process.pid_alive(first)
        assert stranger.poll() is None  # an unrelated process named by the file is left alone

        _corrupt(kind, state_root / "languagetool" / "server.json", stranger.pid)
        assert server.stop_server() is True
        assert _servers_in(state_root) == []
        assert stranger.poll() is None
    finally:
        stranger.kill()
        stranger.wait()


def test_the_cli_after_a_garbage_state_file_leaves_one_server_and_server_stop_ends_it(state_root, tmp_path):
    env = {**os.environ, "NEWSLINT_STATE_DIR": str(state_root)}
    article = tmp_path / "a.txt"
    article.write_text("Das ist ein Satz.\n", encoding="utf-8")

    def newslint(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "linter", *args], capture_output=True, text=True,
                              cwd=REPO, env=env, timeout=300)

    assert newslint("server", "start").returncode == 0
    first = _servers_in(state_root)
    assert len(first) == 1
    (state_root / "languagetool" / "server.json").write_bytes(os.urandom(300))
    checked = newslint("check", str(article))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    running = _servers_in(state_root)
    assert len(running) == 1 and running != first
    (state_root / "languagetool" / "server.json").write_bytes(os.urandom(300))
    stopped = newslint("server", "stop")
    assert stopped.stdout.strip() == "LanguageTool server stopped"
    assert _servers_in(state_root) == []


def test_the_watchdog_keeps_guarding_a_server_whose_state_file_is_damaged(state_root):
    server.ensure_server(idle_timeout=3, warm_up=False)
    pid = server.read_state()["pid"]
    (state_root / "languagetool" / "server.json").write_bytes(os.urandom(300))
    assert _wait_dead(pid, seconds=30), "the idle watchdog gave up on a server whose state file broke"
    assert _servers_in(state_root) == []


def test_a_running_server_is_found_without_the_lock_and_anything_else_takes_it(state_root, monkeypatch):
    url = server.ensure_server(quiet=True)

    def no_lock():
        raise AssertionError("the lock was taken")

    with monkeypatch.context() as patched:  # undone before the fixture stops the server
        patched.setattr(server, "_locked", no_lock)
        assert server.ensure_server(quiet=True) == url  # all as it should be: no lock, no Java check
        with pytest.raises(AssertionError, match="the lock was taken"):
            server.ensure_server(quiet=True, idle_timeout=server.DEFAULT_IDLE_TIMEOUT + 1)  # its watchdog must change
    server._write_state({**server.read_state(), "version": "0.1"})
    assert server.running_server() is None  # another version: the locked path starts the right one
