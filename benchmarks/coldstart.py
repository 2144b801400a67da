"""Cold start of the LanguageTool server: JVM start, first answer, first German check.

Usage::

    .venv/bin/python benchmarks/coldstart.py [--repeat N] [--compare "JVM OPTION ..."]

Each run starts a fresh server in its own ``NEWSLINT_STATE_DIR`` (a temporary
directory) with ``linter.languagetool.server.start_server``, records how long the JVM took
to answer ``/v2/languages`` ("ready") and the warm-up check ("first check": one German
sentence with a misspelling, which loads the rules and the speller), times one check of
the sample article after that, and stops the server. The baseline is the server as
newslint starts it (``JVM_OPTIONS``); ``--compare`` adds JVM options for a second
configuration, run alternately with the baseline so machine load favours neither, and
prints medians side by side with ratios. The shared server of other processes is not
touched.
"""

from __future__ import annotations

import argparse
import os
import shlex
import statistics
import tempfile
import time
from pathlib import Path

import requests

from linter.languagetool import server

SAMPLE = Path(__file__).resolve().parent.parent / "fixtures" / "euronews-kim-zug-2023-09.txt"


def one_start(extra: list[str]) -> dict[str, float]:
    """Start a fresh server with JVM_OPTIONS plus ``extra``, time it, stop it."""
    saved_options, saved_env = server.JVM_OPTIONS, os.environ.get("NEWSLINT_STATE_DIR")
    with tempfile.TemporaryDirectory() as state:
        os.environ["NEWSLINT_STATE_DIR"] = state
        server.JVM_OPTIONS = (*saved_options, *extra)
        try:
            started = time.monotonic()
            info = server.start_server(quiet=True, idle_timeout=120)
            total = time.monotonic() - started
            check = time.monotonic()
            requests.post(f"{info['url']}/v2/check", data={"text": SAMPLE.read_text(encoding="utf-8"),
                                                           "language": "de-DE"}, timeout=300).raise_for_status()
            article = time.monotonic() - check
        finally:
            server.stop_server()
            server.JVM_OPTIONS = saved_options
            if saved_env is None:
                os.environ.pop("NEWSLINT_STATE_DIR", None)
            else:
                os.environ["NEWSLINT_STATE_DIR"] = saved_env
    return {"ready": info["ready_seconds"], "first check": info["warmup_seconds"] or float("nan"),
            "start to warm": total, "article after warm-up": article}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--compare", default="", help="JVM options of the configuration to compare")
    args = parser.parse_args()
    extra = shlex.split(args.compare)
    configs = {"baseline": []} | ({args.compare: extra} if extra else {})
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in configs}
    for _ in range(args.repeat):
        for name, options in configs.items():
            runs[name].append(one_start(options))
    medians = {name: {k: statistics.median(r[k] for r in rs) for k in rs[0]} for name, rs in runs.items()}
    print(f"JVM options: {' '.join(server.JVM_OPTIONS)}; {args.repeat} fresh servers per configuration, medians")
    header = f"{'':24s} {'baseline':>10s}"
    if extra:
        header += f" {args.compare:>28s} {'ratio':>6s}"
    print(header)
    for key in medians["baseline"]:
        line = f"{key:24s} {medians['baseline'][key]:9.2f}s"
        if extra:
            value = medians[args.compare][key]
            line += f" {value:27.2f}s {value / medians['baseline'][key]:6.2f}"
        print(line)


if __name__ == "__main__":
    main()
