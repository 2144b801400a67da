"""``newslint serve`` end to end: a real server process, a real HTTP client, every answer checked
against the served OpenAPI description (see serve_support.assert_described)."""

from __future__ import annotations

import socket
import subprocess
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from openapi_spec_validator import validate

from tests.conftest import SAMPLE
from tests.serve_support import NEWSLINT, Server, cli_json

pytestmark = pytest.mark.slow

TOKEN = "t0ken-for-the-test-suite-0123456789"
SLIPS = "Er kam , sah und siegte .  Dann ging er.\n"
ENTRY_KEYS = ("path", "findings", "error", "warnings")


def drafts() -> list[str]:
    """Eight different texts from the sample article, each with a house-rule slip added."""
    paragraphs = [p for p in SAMPLE.read_text(encoding="utf-8").split("\n\n") if len(p) > 200]
    return [paragraphs[i % len(paragraphs)] + ("\n\n" + SLIPS) * (1 + i % 3) for i in range(8)]


def entry(body: dict) -> dict:
    """The keys an answer shares with a file entry of ``check --format json``."""
    return {key: body[key] for key in ENTRY_KEYS if key in body}


def post(client: httpx.Client, path: str, body: dict) -> dict:
    response = client.post(path, json=body)
    assert response.status_code == 200, response.text
    return response.json()


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("serve")


@pytest.fixture(scope="module")
def house(workdir):
    """A server with the house rules only."""
    server = Server(["--no-languagetool"], cwd=workdir)
    yield server
    assert server.stop() == 0, server.log()


@pytest.fixture(scope="module")
def full(workdir, languagetool_url):
    """A server with LanguageTool (the suite's shared server) and four check threads."""
    server = Server(["--languagetool-url", languagetool_url, "--concurrency", "4"], cwd=workdir)
    yield server
    assert server.stop() == 0, server.log()


def test_served_description_is_valid_openapi(house):
    with house.client() as client:
        response = client.get("/v1/openapi.json")
    assert response.status_code == 200
    validate(response.json())


def test_check_answers_what_check_json_reports_for_the_same_file(house, workdir):
    (workdir / "slips.md").write_text(SLIPS, encoding="utf-8")
    with house.client() as client:
        answer = post(client, "/v1/check", {"text": SLIPS, "filename": "slips.md"})
    report = cli_json("--no-languagetool", "slips.md", cwd=workdir)
    assert answer["findings"], "the slips must give findings, or the comparison proves nothing"
    assert entry(answer) == report["files"][0]
    assert answer["summary"] == report["summary"]


def test_request_fields_choose_format_and_language(house):
    markdown = "Er rief `a , b` laut.\n"
    with house.client() as client:
        as_markdown = post(client, "/v1/check", {"text": markdown, "format": "markdown"})
        as_text = post(client, "/v1/check", {"text": markdown, "format": "text", "language": "de-CH"})
        unnamed = post(client, "/v1/check", {"text": markdown, "filename": None})
    assert as_markdown["findings"] == [] and as_markdown["path"] == "<text>"
    assert [f["text"] for f in as_text["findings"]] == [" ,"]
    assert unnamed["findings"] == as_text["findings"]


def test_fix_returns_the_text_newslint_fix_writes_and_what_is_left(house, workdir):
    draft = workdir / "fixme.txt"
    draft.write_text(SLIPS, encoding="utf-8")
    with house.client() as client:
        answer = post(client, "/v1/fix", {"text": SLIPS, "filename": "fixme.txt"})
    subprocess.run([NEWSLINT, "fix", "--no-languagetool", "--quiet", "fixme.txt"], cwd=workdir, check=False)
    fixed = draft.read_text(encoding="utf-8")
    assert fixed != SLIPS and answer["text"] == fixed and answer["changed"] is True
    assert answer["applied"] > 0
    assert answer["findings"] == cli_json("--no-languagetool", "fixme.txt", cwd=workdir)["files"][0]["findings"]


def test_eight_concurrent_checks_equal_single_ones_and_the_cli(house, workdir):
    assert_concurrent_equals_sequential(house, workdir, ["--no-languagetool"])


@pytest.mark.languagetool
def test_eight_concurrent_checks_with_languagetool_equal_single_ones_and_the_cli(full, workdir, languagetool_url):
    assert_concurrent_equals_sequential(full, workdir, ["--languagetool-url", languagetool_url])


def assert_concurrent_equals_sequential(server: Server, workdir: Path, cli_args: list[str]) -> None:
    texts = drafts()
    names = [f"draft{i}.txt" for i in range(len(texts))]
    for name, text in zip(names, texts):
        (workdir / name).write_text(text, encoding="utf-8")
    bodies = [{"text": text, "filename": name} for name, text in zip(names, texts)]
    with server.client() as client:
        single = [post(client, "/v1/check", body) for body in bodies]
    with ThreadPoolExecutor(len(bodies)) as threads:  # one connection each, all at once
        def one(body):
            with server.client() as client:
                return post(client, "/v1/check", body)
        concurrent = list(threads.map(one, bodies))
    assert concurrent == single
    assert sum(len(a["findings"]) for a in single) >= len(bodies)
    report = cli_json(*cli_args, *names, cwd=workdir)
    assert [entry(a) for a in single] == report["files"]


@pytest.mark.languagetool
def test_languagetool_findings_come_through(full):
    with full.client() as client:
        answer = post(client, "/v1/check", {"text": "Die Zeitng erscheint morgen.\n"})
        health = client.get("/v1/health").json()
    assert "languagetool" in {f["source"] for f in answer["findings"]}
    assert health["status"] == "ok" and health["languagetool"]["reachable"] is True


def test_a_languagetool_that_does_not_answer_is_an_error_beside_the_house_findings(workdir):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        nowhere = f"http://127.0.0.1:{probe.getsockname()[1]}"
    server = Server(["--languagetool-url", nowhere], cwd=workdir)
    try:
        with server.client() as client:
            answer = post(client, "/v1/check", {"text": SLIPS})
            health = client.get("/v1/health").json()
        assert nowhere in answer["error"]
        assert answer["findings"] and {f["source"] for f in answer["findings"]} == {"house"}
        assert health["status"] == "degraded"
        assert health["languagetool"] == {"enabled": True, "managed": False, "reachable": False}
    finally:
        assert server.stop() == 0
    assert f"warning: LanguageTool at {nowhere}" in server.log()


def test_health_without_languagetool(house):
    with house.client() as client:
        health = client.get("/v1/health").json()
    assert health["status"] == "ok"
    assert health["languagetool"] == {"enabled": False, "managed": False, "reachable": False}


@pytest.mark.parametrize("content, field, words", [
    (b'{"text": "Er kam', None, "not valid JSON"),
    (b'["Er kam"]', None, "must be a JSON object"),
    (b'{"text": 5}', "text", "must be a string, got a number"),
    (b'{"format": "text"}', "text", "is required"),
    (b'{"text": "a", "format": "pdf"}', "format", 'one of "text", "markdown", "html"'),
    (b'{"text": "a", "language": "en-US"}', "language", '"de-DE", "de-AT", "de-CH"'),
    (b'{"text": "a", "filename": 3}', "filename", "must be a string"),
    (b'{"text": "a", "unsafe": true}', "unsafe", "unknown field"),
    (b'{"text": "a", "txt": "b"}', "txt", "unknown field"),
    (b'{"text": "\\ud800"}', "text", "unpaired surrogate"),
    (b'\xff\xfe', None, "not UTF-8"),
])
def test_bad_bodies_are_400_naming_the_field(house, content, field, words):
    with house.client() as client:
        response = client.post("/v1/check", content=content, headers={"content-type": "application/json"})
    assert response.status_code == 400
    problem = response.json()
    assert words in problem["detail"]
    assert problem.get("field") == field


def test_fix_checks_its_own_field_types(house):
    with house.client() as client:
        response = client.post("/v1/fix", json={"text": "a", "unsafe": "yes"})
    assert response.status_code == 400 and response.json()["field"] == "unsafe"
    assert "true or false, got a string" in response.json()["detail"]


def test_unknown_path_is_404_and_wrong_method_405(house):
    with house.client() as client:
        missing = client.get("/v1/lint")
        wrong = client.get("/v1/check")
    assert missing.status_code == 404 and "/v1/openapi.json" in missing.json()["detail"]
    assert wrong.status_code == 405 and wrong.headers["allow"] == "POST"


def test_a_body_that_is_not_declared_json_is_415(house):
    with house.client() as client:
        response = client.post("/v1/check", content=b"text=Er kam", headers={"content-type": "text/plain"})
    assert response.status_code == 415 and "application/json" in response.json()["detail"]


def test_configuration_errors_are_500_with_the_reason(house, workdir):
    desk = workdir / "broken-desk"
    desk.mkdir()
    (desk / ".newslint.yaml").write_text("severity: [not, a, mapping]\n", encoding="utf-8")
    with house.client() as client:
        response = client.post("/v1/check", json={"text": SLIPS, "filename": "broken-desk/a.txt"})
        after = client.post("/v1/check", json={"text": SLIPS})
    assert response.status_code == 500
    assert ".newslint.yaml" in response.json()["detail"]
    assert after.status_code == 200  # one broken desk does not break the server
    assert ".newslint.yaml" in house.log()


def test_body_limits(workdir):
    server = Server(["--no-languagetool", "--max-body", "1KB"], cwd=workdir)
    try:
        with server.client() as client:
            fits = client.post("/v1/check", json={"text": "x" * 900})
            declared = client.post("/v1/check", json={"text": "x" * 1100})
            chunked = client.post("/v1/check", content=iter([b'{"text": "', b"x" * 600, b"x" * 600, b'"}']),
                                  headers={"content-type": "application/json"})
        assert fits.status_code == 200
        assert declared.status_code == 413 and "1024 bytes" in declared.json()["detail"]
        assert chunked.status_code == 413
        assert huge_declared_body_is_refused_unread(server).startswith("HTTP/1.1 413")
    finally:
        assert server.stop() == 0


def huge_declared_body_is_refused_unread(server: Server) -> str:
    """Declare a gigabyte and send none of it: the answer must come at once, not after reading."""
    host, port = server.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as raw:
        raw.sendall(b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    b"Content-Length: 1000000000\r\n\r\n")
        return raw.recv(4096).decode("latin-1")


def test_a_check_over_the_time_limit_is_504(workdir):
    server = Server(["--no-languagetool", "--timeout", "0.05"], cwd=workdir)
    try:
        with server.client() as client:
            slow = client.post("/v1/check", json={"text": SAMPLE.read_text(encoding="utf-8") * 100})
            health = client.get("/v1/health")
        assert slow.status_code == 504 and "--timeout" in slow.json()["detail"]
        assert health.status_code == 200  # the server goes on
    finally:
        assert server.stop() == 0


def test_beyond_threads_and_queue_is_503(workdir):
    server = Server(["--no-languagetool", "--concurrency", "1", "--queue", "0"], cwd=workdir)
    try:
        long_text = SAMPLE.read_text(encoding="utf-8") * 150
        with ThreadPoolExecutor(1) as background, server.client() as client:
            first = background.submit(lambda: server.client().post("/v1/check", json={"text": long_text}))
            time.sleep(0.5)  # the first check is running
            second = client.post("/v1/check", json={"text": "Er kam.\n"})
            assert second.status_code == 503 and second.headers["retry-after"] == "1"
            assert first.result().status_code == 200
            assert client.post("/v1/check", json={"text": "Er kam.\n"}).status_code == 200
    finally:
        assert server.stop() == 0


def test_sigterm_lets_the_request_in_flight_finish(workdir):
    server = Server(["--no-languagetool"], cwd=workdir)
    long_text = SAMPLE.read_text(encoding="utf-8") * 150 + SLIPS
    answers: list[httpx.Response] = []
    client = server.client()
    request = threading.Thread(target=lambda: answers.append(client.post("/v1/check", json={"text": long_text})))
    request.start()
    time.sleep(0.5)  # the check is running
    started = time.monotonic()
    assert server.process.poll() is None
    code = server.stop()
    request.join(30)
    client.close()
    assert code == 0, server.log()
    assert answers and answers[0].status_code == 200
    assert answers[0].json()["findings"]
    assert time.monotonic() - started > 0.1  # it did wait for the check
    with pytest.raises(httpx.ConnectError):
        httpx.get(server.url + "/v1/health")


def test_other_addresses_need_the_token_on_every_request(workdir):
    server = Server(["--no-languagetool", "--host", "0.0.0.0"], cwd=workdir, env={"NEWSLINT_SERVE_TOKEN": TOKEN})
    try:
        good = {"authorization": f"Bearer {TOKEN}"}
        with server.client(headers=good) as client:
            assert post(client, "/v1/check", {"text": SLIPS})["findings"]
            assert client.get("/v1/health").status_code == 200
        for headers in ({}, {"authorization": "Bearer wrong-token-but-long-enough"}, {"authorization": TOKEN},
                        {"authorization": f"Basic {TOKEN}"}):
            with server.client(headers=good) as client:
                client.headers.clear()
                client.headers.update(headers)
                for response in (client.post("/v1/check", json={"text": SLIPS}), client.get("/v1/health"),
                                 client.get("/v1/openapi.json"), client.get("/v1/nothing")):
                    assert response.status_code == 401, (headers, response.text)
                    assert response.headers["www-authenticate"].startswith("Bearer")
    finally:
        assert server.stop() == 0


def test_no_token_no_listening_beyond_loopback(workdir):
    done = subprocess.run([NEWSLINT, "serve", "--host", "0.0.0.0", "--no-languagetool"], cwd=workdir,
                          capture_output=True, text=True, timeout=60, env={"PATH": "/usr/bin:/bin"})
    assert done.returncode == 2
    assert "needs a token" in done.stderr and "NEWSLINT_SERVE_TOKEN" in done.stderr


@pytest.mark.languagetool
def test_a_stopped_managed_languagetool_server_is_started_again(workdir, tmp_path, monkeypatch, languagetool_url):
    """The background server stops itself when idle; the next check must bring it back, not fail.

    Its own state directory: the suite's shared server is never stopped.
    """
    from linter.languagetool.server import stop_server
    from tests.test_server import _servers_in

    state = tmp_path / "state"
    monkeypatch.setenv("NEWSLINT_STATE_DIR", str(state))
    # No --languagetool-url: newslint's own server, in ``state``; starting it again may take a while here.
    server = Server(["--timeout", "300"], cwd=workdir)
    try:
        with server.client(timeout=400.0) as client:
            before = client.get("/v1/health").json()["languagetool"]
            assert before == {"enabled": True, "managed": True, "reachable": True}
            assert stop_server()  # what the idle watchdog does
            assert client.get("/v1/health").json()["status"] == "degraded"
            answer = post(client, "/v1/check", {"text": "Die Zeitng erscheint morgen.\n"})
            assert "error" not in answer
            assert "languagetool" in {f["source"] for f in answer["findings"]}
            assert client.get("/v1/health").json()["status"] == "ok"
    finally:
        code = server.stop()
        # the JVMs of the private state directory go first, whatever the assertion below says
        stop_server()
        for pid in _servers_in(state):
            process_terminate(pid)
        assert code == 0, server.log()


def process_terminate(pid: int) -> None:
    from linter.languagetool import process

    process.terminate(pid, grace=2)  # a JVM of the private state directory that outlived its stop
