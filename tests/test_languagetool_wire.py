"""LanguageTool's HTTP API on the standard library: the request newslint sends, and every way it fails.

The failures are played by small real HTTP servers on loopback (a socket that
closes, a server that answers late, an answer that is not JSON); the request
itself is compared with what language-tool-python's own client sends to the
real LanguageTool server, so the two ask the same question.
"""

from __future__ import annotations

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from linter.languagetool import wire
from linter.languagetool.client import LanguageToolClient, LanguageToolSettings, check_fields, read_matches
from tests.test_rule_selection import RecordingProxy


class Scripted:
    """A loopback HTTP server whose every answer is ``respond(handler)``; counts the requests it gets."""

    def __init__(self, respond) -> None:
        self.requests: list[tuple[str, str, bytes]] = []
        scripted = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's naming
                scripted.requests.append(("GET", self.path, b""))
                respond(self)

            def do_POST(self):  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                scripted.requests.append(("POST", self.path, body))
                respond(self)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> "Scripted":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def answer(status: int, body: bytes, content_type: str = "application/json"):
    def respond(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)
    return respond


def test_a_form_post_comes_back_as_json_and_reaches_the_path_under_the_base_url():
    with Scripted(answer(200, b'{"matches": []}')) as server:
        assert wire.post_json(server.url + "/lt/", "/v2/check", {"text": "Zwei Wörter & mehr", "language": "de-DE"}) \
            == {"matches": []}
    method, path, body = server.requests[0]
    assert (method, path) == ("POST", "/lt/v2/check")
    assert body == b"text=Zwei+W%C3%B6rter+%26+mehr&language=de-DE"


def test_an_error_status_carries_the_servers_own_words():
    with Scripted(answer(400, b"Error: 'xx-YY' is not a language code known to LanguageTool.", "text/plain")) as server:
        with pytest.raises(wire.WireError) as caught:
            wire.post_json(server.url, "/v2/check", {"text": "x", "language": "xx-YY"})
    assert caught.value.reason == "HTTP 400: Error: 'xx-YY' is not a language code known to LanguageTool."


def test_an_answer_that_is_not_json_is_an_error_not_a_crash():
    with Scripted(answer(200, b"<html>proxy login</html>", "text/html")) as server:
        with pytest.raises(wire.WireError, match="the answer is not JSON: <html>proxy login</html>"):
            wire.post_json(server.url, "/v2/check", {"text": "x"})


def test_a_get_gives_the_status_and_none_for_a_body_that_is_not_json():
    with Scripted(answer(503, b"busy", "text/plain")) as server:
        assert wire.get_json(server.url, "/v2/info", timeout=5) == (503, None)


def test_a_dropped_connection_is_tried_once_more():
    calls = []

    def drop_first(handler):
        calls.append(1)
        if len(calls) == 1:
            handler.close_connection = True
            handler.connection.shutdown(socket.SHUT_RDWR)  # no status line at all
            return
        answer(200, b'{"matches": []}')(handler)

    with Scripted(drop_first) as server:
        assert wire.post_json(server.url, "/v2/check", {"text": "x"}) == {"matches": []}
    assert len(server.requests) == 2


def test_a_server_that_keeps_dropping_the_connection_says_so():
    def drop(handler):
        handler.close_connection = True
        handler.connection.shutdown(socket.SHUT_RDWR)

    with Scripted(drop) as server:
        with pytest.raises(wire.WireError) as caught:
            wire.post_json(server.url, "/v2/check", {"text": "x"})
    assert caught.value.reason == "the server closed the connection"
    assert len(server.requests) == wire.TRIES


def test_a_late_answer_past_the_read_timeout_is_a_clear_error():
    def late(handler):
        time.sleep(1.5)
        answer(200, b'{"matches": []}')(handler)

    with Scripted(late) as server:
        started = time.monotonic()
        with pytest.raises(wire.WireError) as caught:
            wire.post_json(server.url, "/v2/check", {"text": "x"}, read_timeout=0.5)
    assert caught.value.reason == "no answer within 0.5 s"
    assert time.monotonic() - started < 1.4  # the timeout ended the wait, not the answer


def test_a_closed_port_and_an_unknown_host_and_a_wrong_scheme():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(wire.WireError, match="^connection refused: the server is not running$"):
        wire.post_json(f"http://127.0.0.1:{port}", "/v2/check", {"text": "x"})
    with pytest.raises(wire.WireError, match="^unknown host name 'no-such-host.invalid'$"):
        wire.get_json("http://no-such-host.invalid:8081", "/v2/info", timeout=5)
    with pytest.raises(wire.WireError, match="is not an http:// or https:// URL"):
        wire.get_json("ftp://127.0.0.1:21", "/v2/info", timeout=5)


def test_https_against_a_plain_http_server_says_to_write_http():
    with Scripted(answer(200, b"{}")) as server:
        with pytest.raises(wire.WireError) as caught:
            wire.get_json(server.url.replace("http://", "https://"), "/v2/info", timeout=2)
    # the plain server answers the TLS hello with an HTTP error page, which TLS cannot read
    assert caught.value.reason.startswith(("the TLS handshake failed (if the server speaks plain HTTP, write its "
                                           "URL with http://)", "no TLS handshake within 2 s (if the server"))


def test_a_proxy_from_the_environment_gets_the_whole_url(monkeypatch):
    with Scripted(answer(200, b'{"software": {"version": "6.8"}}')) as proxy:
        monkeypatch.setenv("http_proxy", proxy.url)
        monkeypatch.delenv("no_proxy", raising=False)
        monkeypatch.delenv("NO_PROXY", raising=False)
        assert wire.get_json("http://lt.invalid:8081", "/v2/info", timeout=5) == (200, {"software": {"version": "6.8"}})
        monkeypatch.setenv("no_proxy", "lt.invalid")
        with pytest.raises(wire.WireError, match="unknown host name"):  # bypassed: straight to the unknown host
            wire.get_json("http://lt.invalid:8081", "/v2/info", timeout=5)
    assert proxy.requests == [("GET", "http://lt.invalid:8081/v2/info", b"")]


def test_an_inflight_request_says_when_it_is_out_long_before_the_answer():
    from linter.inflight import InFlight

    released = threading.Event()

    def held(handler):
        released.wait(10)  # the server has the request and holds the answer back
        answer(200, b'{"matches": []}')(handler)

    class Poster:
        def __init__(self, url):
            self.url = url

        def check(self, text):
            return wire.post_json(self.url, "/v2/check", {"text": text})["matches"]

    with Scripted(held) as server:
        request = InFlight(lambda language: Poster(server.url), "de-DE", "Ein Satz.")
        assert request.wait_sent(10) and not request.done()
        deadline = time.monotonic() + 5
        while not server.requests and time.monotonic() < deadline:  # the server reads what was sent
            time.sleep(0.01)
        assert [method for method, _, _ in server.requests] == ["POST"]
        released.set()
        assert request.result() == []


def test_a_failed_request_ends_the_wait_for_it_too():
    from linter.inflight import InFlight

    class Broken:
        def check(self, text):
            raise wire.WireError("connection refused: the server is not running")

    request = InFlight(lambda language: Broken(), "de-DE", "Ein Satz.")
    assert request.wait_sent(10)
    with pytest.raises(wire.WireError):
        request.result()


def test_check_fields_name_each_switch_as_languagetool_expects():
    settings = LanguageToolSettings(level="picky", disabled_rules=frozenset({"B_RULE", "A_RULE"}),
                                    enabled_rules=frozenset({"C_RULE"}), disabled_categories=frozenset({"TYPOS"}),
                                    enabled_categories=frozenset({"STYLE"}))
    assert check_fields("de-AT", "Text", settings) == {
        "language": "de-AT", "text": "Text", "disabledRules": "A_RULE,B_RULE", "enabledRules": "C_RULE",
        "disabledCategories": "TYPOS", "enabledCategories": "STYLE", "level": "picky"}
    assert check_fields("de-DE", "Text", LanguageToolSettings()) == {"language": "de-DE", "text": "Text"}


def test_an_answer_without_matches_is_an_error():
    with pytest.raises(wire.WireError, match="no list of matches"):
        read_matches({"software": {}}, "Text")


@pytest.mark.languagetool
def test_newslint_asks_what_language_tool_pythons_own_client_asks(languagetool_url):
    """The same switches, sent by language-tool-python's client and by newslint's, reach the server alike."""
    import language_tool_python

    text = "Das ist ein Tetx mit  zwei Leerzeichen ."
    settings = LanguageToolSettings(level="picky", disabled_rules=frozenset({"WHITESPACE_RULE"}),
                                    disabled_categories=frozenset({"STYLE"}))
    from linter.languagetool.profile import NewsProfile

    with RecordingProxy(languagetool_url) as proxy:
        ours = LanguageToolClient(proxy.url, "de-DE", settings, profile=NewsProfile()).check(text)
        tool = language_tool_python.LanguageTool("de-DE", remote_server=proxy.url)
        tool.picky = True
        tool.disabled_rules = {"WHITESPACE_RULE"}
        tool.disabled_categories = {"STYLE"}
        theirs = tool.check(text)
        tool.close()
    assert len(proxy.checks) == 2
    assert proxy.checks[0] == proxy.checks[1]
    assert [(m.offset, m.rule) for m in ours] == [(m.offset, "languagetool." + m.rule_id) for m in theirs]
    assert any(m.rule.endswith("SPELLER_RULE") for m in ours)  # the typo was found: the check was real


@pytest.mark.languagetool
def test_a_language_the_server_does_not_know_is_a_clear_error(languagetool_url):
    from linter.errors import EngineError

    with pytest.raises(EngineError) as caught:
        LanguageToolClient(languagetool_url, "xx-YY").check("Ein Satz.")
    assert str(caught.value).startswith(f"LanguageTool at {languagetool_url} cannot check xx-YY (HTTP 400: ")
    assert "check that the server is running and has the German module" in str(caught.value)


@pytest.mark.languagetool
def test_offsets_after_characters_outside_the_basic_plane_are_code_points(languagetool_url):
    text = "Ein Gruß 🎉🎉 an alle Lesser."
    matches = LanguageToolClient(languagetool_url, "de-DE").check(text)
    typo = [m for m in matches if m.rule.endswith("SPELLER_RULE")]
    assert [text[m.offset:m.offset + m.length] for m in typo] == ["Lesser"]
