"""What loading the precision data costs: each source loaded from its library and from newslint's cache.

Usage::

    .venv/bin/python benchmarks/datacost.py [--repeat N] [--languagetool-url URL]

Each row runs a fresh Python child process ``--repeat`` times (default 3) that loads one
data source and looks up one word, once the libraries' way (wordfreq's dict,
gender-guesser's detector, HanTa with numpy) and once newslint's way (the SQLite copies
in the cache, built first if missing; HanTa without numpy). Printed: median wall time
and peak resident memory (``ru_maxrss`` of the child, from ``os.wait4``), the
library figure, newslint's, and their ratio. A bare ``python -c pass`` is the first
row, for scale. (A child's ``ru_maxrss`` starts at the size of the process that forked it,
so this script imports nothing large itself.)

With ``--languagetool-url`` a last row checks the sample article with
``python -m linter check`` against that server: "library" runs with an unwritable
``NEWSLINT_CACHE_DIR`` (every lookup falls back to the libraries) and numpy imported
first (HanTa as it is), which is how the data was loaded before the cache.
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

#: (row, the library's way, newslint's way): Python source for ``python -c``.
SOURCES = [
    ("python -c pass", "pass", "pass"),
    ("German frequency list",
     "from wordfreq import zipf_frequency; zipf_frequency('Anwohner', 'de')",
     "from linter.precision.frequency import zipf; zipf('Anwohner')"),
    ("English frequency list",
     "from wordfreq import zipf_frequency; zipf_frequency('house', 'en')",
     "from linter.precision.frequency import zipf; zipf('house', 'en')"),
    ("common German words (Zipf >= 4)",
     "from wordfreq import get_frequency_list; frozenset(w for b in get_frequency_list('de')[:501] for w in b)",
     "from linter.precision.frequency import _common_words; _common_words()"),
    ("first names",
     "from linter.precision.names import _library_first_names as f; f()",
     "from linter.precision.names import first_names as f; f()"),
    ("HanTa sentence model",
     "import numpy; from linter.precision.context import SentenceModel; SentenceModel()",
     "from linter.precision.context import SentenceModel; SentenceModel()"),
]


def measure(argv: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall seconds and peak resident memory (KiB) of one child process; it must succeed."""
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=errors, cwd=REPO, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):  # a check with findings exits 1
            errors.seek(0)
            raise SystemExit(f"{' '.join(argv)} failed ({code}):\n{errors.read().decode(errors='replace')}")
    return seconds, usage.ru_maxrss


def row(name: str, runs: list[tuple[float, int]], baseline: list[tuple[float, int]]) -> str:
    """One printed line: library and newslint figures, time and memory, with ratios."""
    t_old, t_new = statistics.median(t for t, _ in baseline), statistics.median(t for t, _ in runs)
    m_old, m_new = max(m for _, m in baseline) / 1024, max(m for _, m in runs) / 1024
    return (f"{name:34s} {t_old:6.2f} s {t_new:6.2f} s  x{t_new / t_old:4.2f}   "
            f"{m_old:5.0f} MB {m_new:5.0f} MB  x{m_new / m_old:4.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--languagetool-url", help="also check the sample article against this server")
    args = parser.parse_args()
    env = dict(os.environ)
    with tempfile.TemporaryDirectory() as scratch:
        unwritable = Path(scratch) / "not-a-directory"
        unwritable.write_text("")
        library_env = {**env, "NEWSLINT_CACHE_DIR": str(unwritable)}
        # build the copies once, so the figures are of reading them, not of the first build
        subprocess.run([sys.executable, "-c", "; ".join(new for _, _, new in SOURCES)], cwd=REPO, env=env, check=True)
        print(f"{'':34s} {'time':>19s} {'ratio':>6s}   {'peak memory':>17s} {'ratio':>5s}")
        print(f"{'source':34s} {'library':>8s} {'newslint':>10s}          {'library':>8s} {'newslint':>8s}")
        for name, old, new in SOURCES:
            baseline, runs = [], []
            for _ in range(args.repeat):  # alternating, so machine load favours neither
                baseline.append(measure([sys.executable, "-c", old], library_env))
                runs.append(measure([sys.executable, "-c", new], env))
            print(row(name, runs, baseline), flush=True)
        if args.languagetool_url:
            check = ["-m", "linter", "check", "--format", "json", "--languagetool-url", args.languagetool_url,
                     str(SAMPLE)]
            preload = "import numpy, runpy, sys; sys.argv = ['linter', *sys.argv[1:]]; " \
                      "runpy.run_module('linter', run_name='__main__', alter_sys=True)"
            baseline, runs = [], []
            for _ in range(args.repeat):
                baseline.append(measure([sys.executable, "-c", preload, *check[2:]], library_env))
                runs.append(measure([sys.executable, *check], env))
            print(row("newslint check, sample article", runs, baseline))


if __name__ == "__main__":
    main()
