"""Throughput of one ``newslint check`` over a corpus: --jobs 1, --jobs N and --scheduler local:N side by side.

Usage::

    .venv/bin/python benchmarks/scale.py /work/shared/corpus/dev/clean [--limit 60] [--workers 2]

The first ``--limit`` files (sorted) of the folder are checked three ways, each a
``python -m linter check --format jsonl --no-cache --languagetool-url URL FILES``
child process against the same warm LanguageTool server (started or reused as
the tests do): one file at a time, ``--jobs N`` threads, and a local Dask
cluster of N worker processes. Printed per way: wall seconds (the Dask figure
includes starting the cluster), articles and words per second, and the speed-up
over ``--jobs 1``; then the peak resident memory of a Dask worker process, of the
client process and of the LanguageTool JVM, sampled during the Dask run. The
corpus is read where it lies; nothing of it is copied.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parent.parent


def corpus_files(folder: Path, limit: int | None) -> list[Path]:
    """The articles to check: the folder's text files, sorted, the first ``limit`` of them."""
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in (".txt", ".md", ".html"))
    if not files:
        raise SystemExit(f"scale.py: no .txt, .md or .html files in {folder}")
    return files[:limit] if limit else files


def run(files: list[Path], url: str, extra: list[str]) -> tuple[float, dict, dict[str, int]]:
    """Wall seconds, the summary line, and peak RSS (bytes) of the client and of its largest child process."""
    cmd = [sys.executable, "-m", "linter", "check", "--format", "jsonl", "--no-cache", "--quiet",
           "--languagetool-url", url, *extra, *map(str, files)]
    report, errors = tempfile.TemporaryFile("w+"), tempfile.TemporaryFile("w+")  # a pipe would fill and block
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=report, stderr=errors, text=True, cwd=REPO,
                            env={**os.environ, "PYTHONPATH": str(REPO)})
    peaks = {"client": 0, "worker": 0}
    watched = psutil.Process(proc.pid)
    while proc.poll() is None:
        try:
            peaks["client"] = max(peaks["client"], watched.memory_info().rss)
            for child in watched.children(recursive=True):
                peaks["worker"] = max(peaks["worker"], child.memory_info().rss)
        except psutil.Error:  # a process ended between listing and reading
            pass
        time.sleep(0.2)
    seconds = time.perf_counter() - started
    report.seek(0), errors.seek(0)
    out, err = report.read(), errors.read()
    if proc.returncode not in (0, 1, 2) or not out.strip():
        raise SystemExit(f"scale.py: newslint failed ({proc.returncode}): {err[-2000:]}")
    summary = json.loads(out.strip().splitlines()[-1])
    return seconds, summary, peaks


def jvm_rss(url: str) -> int | None:
    """Resident memory of the LanguageTool server listening at ``url``, if it runs on this machine."""
    port = int(url.rsplit(":", 1)[1].split("/")[0])
    for conn in psutil.net_connections("tcp"):
        if conn.status == psutil.CONN_LISTEN and conn.laddr.port == port and conn.pid:
            return psutil.Process(conn.pid).memory_info().rss
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, help="folder of articles (e.g. /work/shared/corpus/dev/clean)")
    parser.add_argument("--limit", type=int, default=None, help="check only the first N files")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2, help="N for --jobs and local:N")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    from linter.languagetool.provision import DEFAULT_VERSION, ensure_languagetool
    from linter.languagetool.server import ensure_server

    ensure_languagetool(DEFAULT_VERSION, quiet=True)
    url = ensure_server(DEFAULT_VERSION, quiet=True)
    files = corpus_files(args.corpus, args.limit)
    words = sum(len(p.read_text(encoding="utf-8", errors="replace").split()) for p in files)
    n = args.workers
    ways = {"--jobs 1": ["--jobs", "1"], f"--jobs {n}": ["--jobs", str(n)],
            f"--scheduler local:{n}": ["--scheduler", f"local:{n}"]}
    run(files[:3], url, ["--jobs", "1"])  # warm the server and the OS caches for every way alike
    print(f"{len(files)} articles, {words} words; LanguageTool at {url}; {os.cpu_count()} cores\n")
    print(f"{'way':<22} {'seconds':>8} {'articles/s':>11} {'words/s':>9} {'vs --jobs 1':>12}")
    base = None
    peaks: dict[str, int] = {}
    for name, extra in ways.items():
        seconds, summary, peaks = run(files, url, extra)
        assert summary["files"] == len(files), summary
        base = base or seconds
        print(f"{name:<22} {seconds:8.1f} {len(files) / seconds:11.2f} {words / seconds:9.0f} "
              f"{base / seconds:11.2f}x")
    jvm = jvm_rss(url)
    print(f"\npeak RSS during the Dask run: worker process {peaks['worker'] / 2**20:.0f} MiB, "
          f"client {peaks['client'] / 2**20:.0f} MiB; LanguageTool JVM "
          + (f"{jvm / 2**20:.0f} MiB" if jvm else "not on this machine"))


if __name__ == "__main__":
    main()
