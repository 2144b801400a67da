"""LanguageTool first: the request goes out on its own thread, the engine is built while it is out.

The findings must be what the engine finds when everything is built first, and
errors must reach the run in the order they always did.
"""

from __future__ import annotations

import threading

import pytest

import linter.cached
import linter.rulecache
from linter.config import Config
from linter.config.model import LanguageToolOptions
from linter.document import Document
from linter.errors import EngineError
from linter.inflight import InFlight
from linter.request import CheckRequest
from linter.runner import RunContext, check_file

from conftest import FIXTURES

TYPO = FIXTURES / "cli" / "tippfehler.txt"


def _context(url: str) -> tuple[RunContext, Config]:
    config = Config(languagetool=LanguageToolOptions(url=url))
    return RunContext(CheckRequest(paths=[], config=config), lambda _: None), config


def test_the_result_and_the_failure_come_back_to_the_asking_thread():
    asked = []

    class Checker:
        def check(self, text):
            asked.append((threading.current_thread().name, text))
            if text == "kaputt":
                raise EngineError("LanguageTool at X stopped answering")
            return [text.upper()]

    assert InFlight(lambda language: Checker(), "de-DE", "gut").result() == ["GUT"]
    failing = InFlight(lambda language: Checker(), "de-DE", "kaputt")
    with pytest.raises(EngineError, match="stopped answering"):
        failing.result()
    assert failing.done() and failing.serves("de-DE", "kaputt") and not failing.serves("de-CH", "kaputt")
    assert {name for name, _ in asked} == {"newslint-languagetool"}


@pytest.mark.languagetool
def test_the_first_check_asks_languagetool_before_the_rule_pack_loads(languagetool_url, monkeypatch):
    events: list[str] = []
    load = linter.rulecache.load_rulebook_cached

    class Recorded(InFlight):
        def __init__(self, *args):
            events.append("request")
            super().__init__(*args)

        def wait_sent(self, timeout):
            out = super().wait_sent(timeout)
            events.append(f"out={out}, answered={self.done()}")
            return out

    def loading(*args, **kwargs):
        events.append("rule pack")
        return load(*args, **kwargs)

    monkeypatch.setattr(linter.rulecache, "load_rulebook_cached", loading)
    monkeypatch.setattr(linter.cached, "InFlight", Recorded)
    context, config = _context(languagetool_url)
    early = check_file(context.engine_for(config), TYPO, config)
    # the rule pack loads once the request is out, while LanguageTool still works on it
    assert events == ["request", "out=True, answered=False", "rule pack"]

    # the same file through an engine built beforehand, the request sent by the engine itself
    built_context, built_config = _context(languagetool_url)
    engine = built_context.engine_for(built_config).engine()
    built = check_file(engine, TYPO, built_config)
    assert early.error is None and early.findings and early.findings == built.findings
    assert any(f.rule == "languagetool.GERMAN_SPELLER_RULE" for f in early.findings)


@pytest.mark.languagetool
def test_a_request_for_another_text_is_not_used(languagetool_url):
    context, config = _context(languagetool_url)
    engine = context.engine_for(config).engine()
    document = Document.read(TYPO)
    stale = InFlight(engine.languagetool, "de-DE", "Ganz andere Worte, ohne Fehler.")
    assert engine.check(document, "de-DE", request=stale).findings == engine.check(document, "de-DE").findings
    assert stale.result() == []


def test_a_rule_error_still_wins_over_a_languagetool_that_cannot_start(cli, tmp_path, monkeypatch):
    """Without Java (this tier runs without it) newslint's own server cannot start; the broken rule is reported."""
    monkeypatch.setenv("NEWSLINT_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("PATH", str(tmp_path / "no-java"))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    rule = tmp_path / "kaputt.yml"
    rule.write_text("id: t.kaputt\ntype: substitution\n", encoding="utf-8")
    (tmp_path / "text.txt").write_text("Ein Satz.\n", encoding="utf-8")
    result = cli("check", "--no-cache", "--rules", str(rule), str(tmp_path / "text.txt"))
    assert result.exit_code == 2
    assert "kaputt.yml" in result.stderr and "Java not found" not in result.stderr

    result = cli("check", "--no-cache", str(tmp_path / "text.txt"))  # the rules are fine: Java is the error
    assert result.exit_code == 2 and "Java not found" in result.stderr
