"""Which rules run is decided before they run: a disabled house rule does not hide LanguageTool.

"Der Zug ist langsam , sagt er." is flagged on the same span by the house rule
``typografie.leerzeichen-vor-satzzeichen`` and by LanguageTool's
``COMMA_PARENTHESIS_WHITESPACE``; house findings win the merge. Disabling one
must leave the other's finding. The requests newslint sends are recorded by a
small forwarding proxy in front of the real server, so the tests see what
LanguageTool was asked.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from linter.config import Config
from linter.policy import ConfigPolicy
from linter.rulebook import Rule, Rulebook

SENTENCE = "Der Zug ist langsam , sagt er.\n"
HOUSE = "typografie.leerzeichen-vor-satzzeichen"
LT = "languagetool.COMMA_PARENTHESIS_WHITESPACE"


class RecordingProxy:
    """Forwards every request to ``upstream`` (answering ``delay`` s late) and keeps each check request's form."""

    def __init__(self, upstream: str, delay: float = 0.0) -> None:
        self.checks: list[dict[str, list[str]]] = []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def _forward(self, body: bytes | None) -> None:
                if body is not None and self.path.endswith("/check"):
                    proxy.checks.append(urllib.parse.parse_qs(body.decode("utf-8")))
                request = urllib.request.Request(upstream + self.path, data=body, method=self.command,
                                                 headers={"Content-Type": self.headers.get("Content-Type", "")})
                with urllib.request.urlopen(request, timeout=120) as response:
                    data = response.read()
                    time.sleep(delay)  # a busy server: connected at once, answering late
                    self.send_response(response.status)
                    self.send_header("Content-Type", response.headers.get("Content-Type", "application/json"))
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)

            def do_GET(self):  # noqa: N802 - http.server's naming
                self._forward(None)

            def do_POST(self):  # noqa: N802
                self._forward(self.rfile.read(int(self.headers.get("Content-Length", 0))))

            def log_message(self, *args):  # keep the test output clean
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> "RecordingProxy":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def check(cli, tmp_path, monkeypatch, config: str, url: str) -> list[tuple[str, str]]:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".newslint.yaml").write_text(config, encoding="utf-8")
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    result = cli("check", "--format", "json", "--languagetool-url", url, "a.txt")
    assert result.exit_code in (0, 1), result.output
    findings = json.loads(result.stdout)["files"][0]["findings"]
    return [(f["rule"], f["text"]) for f in findings]


def sent(proxy: RecordingProxy, field: str) -> set[str]:
    """Every rule id sent in ``field`` (disabledRules, enabledRules) of the recorded checks."""
    assert proxy.checks, "no check request reached the server"
    return {rule for form in proxy.checks for value in form.get(field, []) for rule in value.split(",")}


@pytest.mark.languagetool
def test_with_the_house_rule_disabled_the_languagetool_finding_shows(cli, tmp_path, monkeypatch, languagetool_url):
    with RecordingProxy(languagetool_url) as proxy:
        found = check(cli, tmp_path, monkeypatch, f"disable: [{HOUSE}]\n", proxy.url)
    assert found == [(LT, " ,")]
    assert "COMMA_PARENTHESIS_WHITESPACE" not in sent(proxy, "disabledRules")


@pytest.mark.languagetool
def test_with_the_languagetool_rule_disabled_the_house_finding_shows_and_the_server_is_told(
        cli, tmp_path, monkeypatch, languagetool_url):
    with RecordingProxy(languagetool_url) as proxy:
        found = check(cli, tmp_path, monkeypatch, f"disable: [{LT}]\n", proxy.url)
    assert found == [(HOUSE, " ,")]
    assert "COMMA_PARENTHESIS_WHITESPACE" in sent(proxy, "disabledRules")


@pytest.mark.languagetool
def test_an_enabled_languagetool_rule_is_sent_as_enabled(cli, tmp_path, monkeypatch, languagetool_url):
    # DOPPELTES_LEERZEICHEN is off in the news profile; `enable` turns it back on in the server
    with RecordingProxy(languagetool_url) as proxy:
        check(cli, tmp_path, monkeypatch, "enable: [languagetool.DOPPELTES_LEERZEICHEN]\n", proxy.url)
    assert "DOPPELTES_LEERZEICHEN" in sent(proxy, "enabledRules")
    assert "DOPPELTES_LEERZEICHEN" not in sent(proxy, "disabledRules")


def _rule(rule_id: str) -> Rule:
    return type("R", (), {"id": rule_id})()


def test_the_rulebook_given_to_the_engine_holds_only_enabled_rules():
    config = Config(disable=("typografie",), enable=("typografie.gedankenstrich",))
    book = Rulebook([_rule("typografie.gedankenstrich"), _rule("typografie.x"), _rule("stil.y")])
    assert [r.id for r in ConfigPolicy(config).rulebook(book).rules] == ["typografie.gedankenstrich", "stil.y"]


def test_prefix_entries_are_not_sent_as_languagetool_ids():
    config = Config(disable=("languagetool", "languagetool.A", "typografie"), enable=("languagetool.B",))
    settings = ConfigPolicy(config).languagetool_settings()
    assert "A" in settings.disabled_rules and "B" in settings.enabled_rules
    assert not {"", "languagetool", "typografie"} & (settings.disabled_rules | settings.enabled_rules)
