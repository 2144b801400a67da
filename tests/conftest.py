"""Shared fixtures (the real LanguageTool, in-process CLI runs) and the test tiers.

Tests that need LanguageTool use the ``languagetool_url`` fixture (a running
server) or ``languagetool_installation`` (the download only). They provision
LanguageTool (cached in the user cache dir) and start or reuse newslint's
background server. If that is impossible the tests FAIL with the reason; they
never skip, so a CI machine without LanguageTool cannot pass by accident.

The run has a result cache of its own (see :func:`pytest_configure`), empty at its start, and
runs every command in its own process (``NEWSLINT_RESIDENT=off``) unless a test asks for the
resident engine.

Tiers: a test that uses one of those fixtures is marked ``languagetool``
automatically; a test that needs LanguageTool otherwise (Java itself, a
download from Maven Central, servers it starts) carries the marker by hand.
Every other test runs without Java on PATH, without JAVA_HOME and with an
empty NEWSLINT_STATE_DIR, so one that reaches for LanguageTool unmarked fails
in every run, not only on a machine without Java: ``pytest -m "not
languagetool"`` stays true. See README.md, Development.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"
SAMPLE = FIXTURES / "euronews-kim-zug-2023-09.txt"

#: Fixtures that provision LanguageTool: a test using one (directly or through another fixture) needs it.
LANGUAGETOOL_FIXTURES = frozenset({"languagetool_url", "languagetool_installation"})
TIER_HINT = ("This test carries no 'languagetool' marker, so it ran without Java (PATH, JAVA_HOME) and "
             "without a LanguageTool server (empty NEWSLINT_STATE_DIR). If it needs LanguageTool, use the "
             "languagetool_url fixture or mark it @pytest.mark.languagetool.")


@pytest.hookimpl(tryfirst=True)  # before -m deselects, so the automatic marker counts there
def pytest_collection_modifyitems(config, items):
    """Mark every test that uses a LanguageTool fixture ``languagetool``, so the marker cannot go stale."""
    for item in items:
        if LANGUAGETOOL_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.languagetool)


def needs_languagetool(item) -> bool:
    """Whether a collected test is in the LanguageTool tier."""
    return item.get_closest_marker("languagetool") is not None


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    """Run a test outside the LanguageTool tier without Java and without a known server (setup to teardown)."""
    if needs_languagetool(item):
        yield
        return
    saved = dict(os.environ)
    os.environ["NEWSLINT_STATE_DIR"] = tempfile.mkdtemp(prefix="state-", dir=_tier_folder())
    os.environ.pop("JAVA_HOME", None)
    os.environ["PATH"] = _path_without_java(saved.get("PATH", ""))
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Say why a test outside the LanguageTool tier may have failed."""
    outcome = yield
    report = outcome.get_result()
    if report.failed and not needs_languagetool(item):
        report.sections.append(("test tiers", TIER_HINT))


_TIERS: dict = {}  # the session's scratch folder and the PATH folders copied without java


def _tier_folder() -> str:
    """A scratch folder for the run (removed at its end) holding empty state dirs and java-free PATH copies."""
    if "folder" not in _TIERS:
        _TIERS["folder"] = tempfile.TemporaryDirectory(prefix="newslint-tiers-")
    return _TIERS["folder"].name


def pytest_configure(config):
    """Give the run a result cache of its own, so no test is answered from another run's (or a user's) results.

    ``NEWSLINT_CACHE_DIR`` points at a scratch folder whose ``languagetool``
    links to the real download, which is kept (and never fetched again).
    """
    from linter.languagetool.provision import cache_dir

    download = cache_dir() / "languagetool"
    download.mkdir(parents=True, exist_ok=True)
    cache = Path(_tier_folder()) / "cache"
    cache.mkdir()
    (cache / "languagetool").symlink_to(download, target_is_directory=True)
    os.environ["NEWSLINT_CACHE_DIR"] = str(cache)
    # Commands run in their own process unless a test asks for the resident engine (tests/test_resident*.py):
    # hundreds of state folders must not each start an engine that lives on after the run.
    os.environ["NEWSLINT_RESIDENT"] = "off"


def pytest_unconfigure(config):
    if "folder" in _TIERS:
        _TIERS.pop("folder").cleanup()


def _path_without_java(path: str) -> str:
    """``path`` with each folder that holds ``java`` replaced by a copy of it (symlinks) without ``java``."""
    folders = []
    for folder in path.split(os.pathsep):
        if folder and (Path(folder) / "java").exists():
            if folder not in _TIERS:
                shadow = Path(tempfile.mkdtemp(prefix="path-", dir=_tier_folder()))
                for entry in Path(folder).iterdir():
                    if entry.name != "java":
                        (shadow / entry.name).symlink_to(entry)
                _TIERS[folder] = str(shadow)
            folder = _TIERS[folder]
        folders.append(folder)
    return os.pathsep.join(folders)


@pytest.fixture(scope="session")
def languagetool_installation():
    """The LanguageTool download in the user cache (installed on first use), without starting a server."""
    from linter.languagetool.provision import DEFAULT_VERSION, ensure_languagetool

    try:
        return ensure_languagetool(DEFAULT_VERSION, quiet=True)
    except Exception as exc:  # any failure to provision is a test failure, never a skip
        pytest.fail(f"LanguageTool could not be provisioned: {exc}", pytrace=False)


@pytest.fixture(scope="session")
def languagetool_url() -> str:
    """URL of a running LanguageTool server with the German module."""
    from linter.languagetool.java import find_java
    from linter.languagetool.provision import DEFAULT_VERSION, ensure_languagetool
    from linter.languagetool.server import ensure_server

    try:
        find_java()  # first: without Java, no download is worth its 100 MB
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
