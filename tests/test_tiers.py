"""The test tiers hold: outside the ``languagetool`` tier there is no Java and no LanguageTool server.

conftest.py marks every test that uses a LanguageTool fixture and runs every
other test without Java and with an empty state folder. These tests check both
halves, so ``pytest -m "not languagetool"`` stays a tier that needs no Java.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from linter.errors import EngineError


def test_an_unmarked_test_finds_no_java_and_no_server(request):
    from linter.languagetool.java import find_java
    from linter.languagetool.server import read_state

    assert request.node.get_closest_marker("languagetool") is None
    assert "JAVA_HOME" not in os.environ and shutil.which("java") is None
    with pytest.raises(EngineError, match="Java not found"):
        find_java()
    state = Path(os.environ["NEWSLINT_STATE_DIR"])
    assert state.is_dir() and not any(state.iterdir())
    assert read_state() is None
    assert shutil.which("git") is not None  # the other programs on PATH are still there


def test_an_unmarked_cli_run_that_needs_languagetool_fails_clearly(cli, tmp_path):
    """Without the marker a check with LanguageTool cannot start a server: exit 2, saying why."""
    article = tmp_path / "a.txt"
    article.write_text("Ein Satz.\n", encoding="utf-8")
    result = cli("check", str(article))
    assert result.exit_code == 2 and "Java not found" in result.stderr


def test_a_test_using_the_server_fixture_is_marked_and_has_java(request, languagetool_url):
    from linter.languagetool.java import find_java

    assert request.node.get_closest_marker("languagetool") is not None
    assert find_java().major >= 17
    assert languagetool_url.startswith("http://127.0.0.1:")


@pytest.fixture
def through_another_fixture(languagetool_installation):
    return languagetool_installation


def test_a_fixture_that_uses_the_installation_marks_its_tests_too(request, through_another_fixture):
    assert request.node.get_closest_marker("languagetool") is not None
    assert through_another_fixture.classpath
