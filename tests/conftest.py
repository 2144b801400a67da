"""Shared fixtures: the real LanguageTool server and in-process CLI runs.

Tests that need LanguageTool use the ``languagetool_url`` fixture. It provisions
LanguageTool (cached in the user cache dir) and starts or reuses newslint's
background server. If that is impossible the tests FAIL with the reason; they
never skip, so a CI machine without LanguageTool cannot pass by accident.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"
SAMPLE = FIXTURES / "euronews-kim-zug-2023-09.txt"


@pytest.fixture(scope="session")
def languagetool_url() -> str:
    """URL of a running LanguageTool server with the German module."""
    from linter.languagetool.java import find_java
    from linter.languagetool.provision import DEFAULT_VERSION, ensure_languagetool
    from linter.languagetool.server import ensure_server

    try:
        find_java()
        ensure_languagetool(DEFAULT_VERSION, quiet=True)
        return ensure_server(DEFAULT_VERSION, quiet=True)
    except Exception as exc:  # any failure to provision is a test failure, never a skip
        pytest.fail(f"LanguageTool could not be provisioned or started: {exc}", pytrace=False)


@pytest.fixture
def cli():
    """Run the newslint CLI in-process; returns a function taking the argument list."""
    from linter.cli import app

    runner = CliRunner()

    def run(*args: str, input: str | None = None):
        return runner.invoke(app, list(args), input=input, catch_exceptions=False)

    return run
