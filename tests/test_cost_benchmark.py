"""The cost benchmark measures a real newslint process (its figures are printed, never asserted)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest


_SPEC = importlib.util.spec_from_file_location("cost", Path(__file__).parent.parent / "benchmarks" / "cost.py")
cost = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(cost)


def test_one_run_reports_its_own_process(languagetool_url):
    seconds, peak_kib = cost.run_once(cost.SAMPLE, languagetool_url, "")
    assert seconds > 0
    assert peak_kib > 10 * 1024  # a Python process with the linter loaded, not the benchmark's own figure


def test_a_failing_check_is_an_error_not_a_figure(languagetool_url, tmp_path):
    with pytest.raises(RuntimeError, match="newslint failed"):
        cost.run_once(tmp_path / "missing.txt", "http://127.0.0.1:9", "")
