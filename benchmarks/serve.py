"""What the check threads of ``newslint serve`` buy: eight drafts one after another vs. all at once.

Usage::

    .venv/bin/python benchmarks/serve.py --languagetool-url URL [--concurrency N] [--rounds R]

Starts ``newslint serve --concurrency N`` (default 4) against the given LanguageTool
server, sends eight paragraphs of the sample article (each with house-rule slips),
first one request at a time (the baseline: what a server without a pool would do),
then all eight at once, ``--rounds`` times (default 3), alternating. The texts differ
per round so LanguageTool's result cache helps neither. Printed: the median wall time
of each and their ratio, and the server's peak resident memory.
"""

from __future__ import annotations

import argparse
import re
import signal
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "fixtures" / "euronews-kim-zug-2023-09.txt"
NEWSLINT = str(Path(sys.executable).with_name("newslint"))


def drafts(round_no: int) -> list[str]:
    """Eight texts; every sentence differs in every round, so LanguageTool's sentence cache answers none."""
    paragraphs = [p for p in SAMPLE.read_text(encoding="utf-8").split("\n\n") if len(p) > 200]
    texts = []
    for i in range(8):
        tag = f"(Runde {round_no}, Text {i})"
        text = paragraphs[i % len(paragraphs)] + "\n\nEr kam , sah und siegte ."
        texts.append(re.sub(r"([.!?])(\s|$)", lambda m: f" {tag}{m.group(1)}{m.group(2)}", text) + "\n")
    return texts


def timed(function) -> float:
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--languagetool-url", required=True)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    proc = subprocess.Popen([NEWSLINT, "serve", "--port", "0", "--concurrency", str(args.concurrency),
                             "--languagetool-url", args.languagetool_url], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    url = re.search(r"listening on (http://\S+)", proc.stdout.readline()).group(1)
    post = lambda client, text: client.post("/v1/check", json={"text": text}).raise_for_status()  # noqa: E731
    sequential, parallel = [], []
    try:
        # One client per concurrent request, made before timing: building one costs tens of ms.
        clients = [httpx.Client(base_url=url, timeout=300) for _ in range(8)]
        with ThreadPoolExecutor(8) as threads:
            for round_no in range(args.rounds):
                one_by_one, at_once = drafts(2 * round_no), drafts(2 * round_no + 1)
                sequential.append(timed(lambda: [post(clients[0], t) for t in one_by_one]))
                parallel.append(timed(lambda: list(threads.map(post, clients, at_once))))
        for client in clients:
            client.close()
        peak = _peak_kib(proc.pid)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(120)
    base, pooled = statistics.median(sequential), statistics.median(parallel)
    print(f"8 checks, one at a time (baseline): {base:6.2f} s")
    print(f"8 checks at once, {args.concurrency} threads:     {pooled:6.2f} s   ratio {pooled / base:.2f}")
    print(f"server peak resident memory:        {peak / 1024:6.0f} MiB")


def _peak_kib(pid: int) -> int:
    """VmHWM of the server process (Linux /proc), in KiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


if __name__ == "__main__":
    main()
