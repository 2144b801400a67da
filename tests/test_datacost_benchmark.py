"""The data-cost benchmark measures real child processes (its figures are printed, never asserted)."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

_SPEC = importlib.util.spec_from_file_location("datacost", Path(__file__).parent.parent / "benchmarks" / "datacost.py")
datacost = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(datacost)


def test_a_run_reports_the_childs_own_memory():
    small = datacost.measure([sys.executable, "-c", "pass"], dict(os.environ))[1]
    large = datacost.measure([sys.executable, "-c", "x = b'1' * (200 * 1024 * 1024)"],
                             dict(os.environ))[1]
    assert large - small > 120 * 1024  # KiB: the child's 200 MB, not the benchmark's own figure


def test_a_failing_child_is_an_error_not_a_figure():
    with pytest.raises(SystemExit, match="failed"):
        datacost.measure([sys.executable, "-c", "raise SystemExit(3)"], dict(os.environ))
