"""The data-cost benchmark measures real child processes (its figures are printed, never asserted)."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARK = Path(__file__).parent.parent / "benchmarks" / "datacost.py"
_SPEC = importlib.util.spec_from_file_location("datacost", BENCHMARK)
datacost = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(datacost)

# A child's ru_maxrss starts at its parent's size when forked, so the measuring parent must be
# small, as the benchmark's own process is: a fresh interpreter, not this test session.
MEASURE = """
import importlib.util, os, sys
spec = importlib.util.spec_from_file_location("datacost", sys.argv[1])
datacost = importlib.util.module_from_spec(spec); spec.loader.exec_module(datacost)
small = datacost.measure([sys.executable, "-c", "pass"], dict(os.environ))[1]
large = datacost.measure([sys.executable, "-c", "x = b'1' * (200 * 1024 * 1024)"], dict(os.environ))[1]
print(small, large)
"""


def test_a_run_reports_the_childs_own_memory():
    out = subprocess.run([sys.executable, "-c", MEASURE, str(BENCHMARK)], check=True, capture_output=True, text=True)
    small, large = map(int, out.stdout.split())
    assert small < 60 * 1024 and large - small > 180 * 1024  # KiB: the children's own figures


def test_a_failing_child_is_an_error_not_a_figure():
    with pytest.raises(SystemExit, match="failed"):
        datacost.measure([sys.executable, "-c", "raise SystemExit(3)"], dict(os.environ))
