"""Talking to a LanguageTool server that is not what the URL says: a clear error within seconds.

``https://`` against the real (plain-HTTP) server used to wait for a TLS handshake for
language-tool-python's 300 s per request. The runs here are bounded by a subprocess
timeout far below that, so a regression fails instead of hanging the suite.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys

import pytest

from linter.languagetool.client import CONNECT_TIMEOUT
from tests.test_rule_selection import SENTENCE, RecordingProxy

BOUND = 60  # seconds for a whole run; the hang was 300 s per request


def run_check(tmp_path, url: str, files: int = 1) -> tuple[int, dict]:
    names = [f"a{i}.txt" for i in range(files)]
    for name in names:
        (tmp_path / name).write_text(SENTENCE, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "linter", "check", "--format", "json", "--languagetool-url", url,
                             *names], cwd=tmp_path, capture_output=True, text=True, timeout=BOUND)
    return result.returncode, json.loads(result.stdout)


@pytest.mark.languagetool
def test_https_against_the_plain_http_server_is_a_clear_error(tmp_path, languagetool_url):
    code, report = run_check(tmp_path, languagetool_url.replace("http://", "https://"), files=3)
    assert code == 2
    errors = [entry["error"] for entry in report["files"]]
    assert len(errors) == 3
    for error in errors:
        assert f"no TLS handshake within {CONNECT_TIMEOUT} s" in error
        assert "write its URL with http://" in error


def test_a_closed_port_is_a_clear_error(tmp_path):
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    code, report = run_check(tmp_path, f"http://127.0.0.1:{port}")
    assert code == 2
    assert "connection refused: the server is not running" in report["files"][0]["error"]


@pytest.mark.languagetool
def test_a_busy_server_that_answers_late_gets_the_time_it_needs(tmp_path, languagetool_url):
    with RecordingProxy(languagetool_url, delay=CONNECT_TIMEOUT + 2) as slow:
        code, report = run_check(tmp_path, slow.url)
    assert code in (0, 1), report
    entry = report["files"][0]
    assert "error" not in entry or not entry["error"]
    assert {f["rule"] for f in entry["findings"]} == {"typografie.leerzeichen-vor-satzzeichen"}
    assert slow.checks  # LanguageTool itself was asked, and answered
