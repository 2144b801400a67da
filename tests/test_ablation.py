"""The measurement switch: means are switched off by whoever builds the engine, never read from below.

benchmarks/quality.py and cost.py set NEWSLINT_ABLATE on the newslint they run;
only the CLI reads it and passes the names on (``CheckRequest.ablate``).
"""

from __future__ import annotations

import subprocess
import sys

from linter.config import Config
from linter.languagetool.profile import NewsProfile, load_profile
from linter.precision import news_profile, parse_ablate, precision_means
from linter.precision.context import ContextRanking
from linter.precision.frequency import NO_FREQUENCY
from linter.precision.names import NameFilter
from linter.runner import CheckRequest, build_engine
from tests.conftest import REPO


def _kinds(items) -> set[str]:
    return {type(item).__name__ for item in items}


def test_ablated_means_are_left_out_of_the_engine():
    full = build_engine(CheckRequest(paths=[], use_languagetool=False), lambda _: None)
    bare = build_engine(CheckRequest(paths=[], use_languagetool=False, ablate=parse_ablate("names, context")),
                        lambda _: None)
    assert {"NameFilter", "AcceptFilter"} <= _kinds(full.filters) and "ContextRanking" in _kinds(full.adjusters)
    assert "NameFilter" not in _kinds(bare.filters) and "ContextRanking" not in _kinds(bare.adjusters)
    assert "AcceptFilter" in _kinds(bare.filters)


def test_the_environment_below_the_cli_changes_nothing(monkeypatch):
    monkeypatch.setenv("NEWSLINT_ABLATE", ",".join(["names", "vocabulary", "context", "profile", "frequency"]))
    engine = build_engine(CheckRequest(paths=[], use_languagetool=False), lambda _: None)
    assert {"NameFilter", "AcceptFilter"} <= _kinds(engine.filters)
    assert news_profile() == load_profile()


def test_frequency_off_reaches_every_means_that_uses_it():
    means = precision_means(Config(), ablate={"frequency"})
    users = [m for m in means.filters + means.adjusters if isinstance(m, (NameFilter, ContextRanking))]
    assert len(users) == 2 and all(m.freq is NO_FREQUENCY for m in users)


def test_profile_off_gives_the_client_an_empty_profile():
    assert news_profile({"profile"}) == NewsProfile()
    assert news_profile(set()).disabled_rules


def test_the_languagetool_client_does_not_import_the_precision_means():
    probe = "import sys, linter.languagetool.client; print(sorted(m for m in sys.modules if m.startswith('linter.precision')))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, check=True)
    assert result.stdout.strip() == "[]"
