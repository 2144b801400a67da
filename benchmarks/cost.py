"""What the precision means cost: time and peak memory of one ``newslint check``, with and without them.

Usage::

    .venv/bin/python benchmarks/cost.py [FILE ...] [--repeat N]

Each FILE (default: the sample article) is checked ``--repeat`` times (default 5)
by ``python -m linter check --format json --no-cache`` (every run a real check) against the running LanguageTool
server, once as configured and once with every precision means switched off
(``NEWSLINT_ABLATE``, the measurement switch the quality benchmark uses): the
baseline, LanguageTool and the house rules alone. Both run in the same session
against the same warm server, alternating, so server warm-up favours neither.
Printed: the median wall time and the largest peak resident memory of the
newslint process (``ru_maxrss`` of each child, from ``os.wait4``), side by side.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "fixtures" / "euronews-kim-zug-2023-09.txt"


def run_once(path: Path, url: str, ablate: str) -> tuple[float, int]:
    """Wall seconds and peak resident memory (KiB) of one ``newslint check`` child process."""
    env = {**os.environ, "NEWSLINT_ABLATE": ablate}
    cmd = [sys.executable, "-m", "linter", "check", "--format", "json", "--no-cache", "--languagetool-url", url, str(path)]
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=errors, cwd=REPO, env=env)
        _, status, usage = os.wait4(proc.pid, 0)  # this child's own rusage, not all children's
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode not in (0, 1):
            errors.seek(0)
            raise RuntimeError(f"newslint failed ({proc.returncode}): {errors.read()[-2000:].decode()}")
    return seconds, usage.ru_maxrss


def measure(paths: list[Path], url: str, repeat: int) -> dict[str, tuple[float, int]]:
    """Median seconds and peak KiB per configuration, the two alternating run by run."""
    from linter.precision import MEANS

    configurations = {"newslint": "", "baseline (no precision means)": ",".join(MEANS)}
    times: dict[str, list[float]] = {name: [] for name in configurations}
    peaks: dict[str, int] = {name: 0 for name in configurations}
    for _ in range(repeat):
        for name, ablate in configurations.items():
            for path in paths:
                seconds, peak = run_once(path, url, ablate)
                times[name].append(seconds)
                peaks[name] = max(peaks[name], peak)
    return {name: (statistics.median(times[name]), peaks[name]) for name in configurations}


def main(argv: list[str] | None = None) -> int:
    """Measure and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=[SAMPLE])
    parser.add_argument("--repeat", type=int, default=5, help="runs per file and configuration (default: 5)")
    args = parser.parse_args(argv)

    from linter.languagetool.server import ensure_server

    url = ensure_server(quiet=True)
    run_once(args.files[0], url, "")  # warm the server once before anything is timed
    results = measure(args.files, url, args.repeat)
    print(f"{len(args.files)} file(s), {args.repeat} runs each, server {url}")
    print("| configuration | median wall time | peak memory |")
    print("| --- | ---: | ---: |")
    for name, (seconds, peak) in results.items():
        print(f"| {name} | {seconds:.2f} s | {peak / 1024:.0f} MB |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
