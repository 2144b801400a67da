"""How much time newslint adds to LanguageTool's own: each figure beside its baseline, in the same run.

Usage::

    .venv/bin/python benchmarks/speed.py [CORPUS_CLEAN_DIR] [--files 60] [--repeat 5] [--jobs N]

The benchmark starts its own LanguageTool server (the installed version, the
JVM options of newslint's server, a free port, a state folder of its own) with
LanguageTool's result cache switched off (``cacheSize=0``), so a repeated text
costs the server what a new one does. It warms the server with the sample
article, then measures, each against the raw request (``POST /v2/check`` of the
same text, default parameters) to the same server:

* **changed article**: ``newslint check --no-cache`` on the sample article,
  once with ``--languagetool-url`` and once through newslint's own server (a
  state folder whose ``server.json`` names the benchmark's server, so newslint
  finds it as it finds its own); target at most 1.3x the raw request;
* **unchanged article**: the same check answered from the result cache;
  target at most 0.5x the raw request;
* each of those three twice: handed to the resident engine (started with
  ``newslint engine start`` before the runs, as a command's second run in a
  row starts it by itself), and run in the command's own process
  (``NEWSLINT_RESIDENT=off``);
* **batch**: ``--files`` articles of the corpus folder (default
  /work/shared/corpus/dev/clean, read where it lies) in one ``newslint check
  --no-cache --jobs N`` (N: the cores) against the raw engine's throughput with
  N requests at once; target at least 0.85 of it;
* **memory**: the peak resident memory of the newslint process (``ru_maxrss``
  of the child) for the changed article, with the engine and without; target
  100 MB. The resident engine's own memory (``VmRSS`` between commands) is
  printed beside them.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
SAMPLE = REPO / "fixtures" / "euronews-kim-zug-2023-09.txt"
CORPUS = Path("/work/shared/corpus/dev/clean")

from linter.batch import default_jobs  # noqa: E402


def start_server(state: Path) -> tuple[subprocess.Popen, str, int]:
    """A LanguageTool server without its result cache, on a free port; returns the process, URL and port."""
    from linter.languagetool import server
    from linter.languagetool.java import find_java
    from linter.languagetool.provision import DEFAULT_VERSION, ensure_languagetool

    java = find_java()
    installation = ensure_languagetool(DEFAULT_VERSION, quiet=True)
    folder = state / "languagetool"
    folder.mkdir(parents=True)
    template = (REPO / "linter" / "languagetool" / "server.properties").read_text(encoding="utf-8")
    # no result cache; and the first check, which loads the German rules, may take minutes on a busy machine
    own = {"cacheSize": "0", "maxCheckTimeMillis": "900000"}
    lines = [line for line in template.splitlines() if line.partition("=")[0] not in own]
    properties = folder / "server.properties"
    properties.write_text("\n".join(lines + [f"{k}={v}" for k, v in own.items()]) + "\n", encoding="utf-8")
    port = server._free_port()
    command = [str(java.executable), *server.JVM_OPTIONS, "-Djava.net.preferIPv4Stack=true", "-Dfile.encoding=UTF-8",
               "-cp", installation.classpath_arg, server.MAIN_CLASS, "--port", str(port), "--config", str(properties)]
    log = open(folder / "server.log", "wb")  # noqa: SIM115 - open while the server runs
    proc = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, cwd=folder)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while not server.answers(url, timeout=1.0):
        if proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"the benchmark's LanguageTool did not start; see {folder / 'server.log'}")
        time.sleep(0.25)
    # newslint finds its own server through this file, as it finds the one it starts itself
    state_file = {"pid": proc.pid, "port": port, "url": url, "version": DEFAULT_VERSION, "started": time.time(),
                  "java": command, "idle_timeout": 900.0, "log": str(folder / "server.log"), "watchdog_pid": None}
    (folder / "server.json").write_text(json.dumps(state_file), encoding="utf-8")
    return proc, url, port


def raw_check(url: str, text: str) -> float:
    """Seconds of one raw LanguageTool request for ``text``."""
    import requests

    started = time.perf_counter()
    response = requests.post(f"{url}/v2/check", data={"text": text, "language": "de-DE"}, timeout=600)
    response.raise_for_status()
    return time.perf_counter() - started


def newslint(args: list[str], env: dict) -> tuple[float, int]:
    """Wall seconds and peak resident memory (KiB) of one ``newslint check`` child process."""
    cmd = [sys.executable, "-m", "linter", "check", "--format", "json", "--quiet", *args]
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=errors, cwd=REPO, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            errors.seek(0)
            raise RuntimeError(f"newslint failed ({code}): {errors.read()[-2000:].decode()}")
    return seconds, usage.ru_maxrss


def start_engine(env: dict) -> None:
    """Start the resident engine of this installation for the benchmark's state folder, and wait for it."""
    subprocess.run([sys.executable, "-m", "linter", "engine", "start"], check=True, cwd=REPO, env=env,
                   stdout=subprocess.DEVNULL)


@contextlib.contextmanager
def state_folder(path: str):
    """``NEWSLINT_STATE_DIR`` set to ``path`` in this process for a while (to ask newslint's own modules about it)."""
    saved = os.environ.get("NEWSLINT_STATE_DIR")
    os.environ["NEWSLINT_STATE_DIR"] = path
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop("NEWSLINT_STATE_DIR")
        else:
            os.environ["NEWSLINT_STATE_DIR"] = saved


def engine_rss(env: dict) -> float:
    """The resident engine's resident memory now, in MB (``VmRSS`` of its process)."""
    from linter.resident.control import engines

    with state_folder(env["NEWSLINT_STATE_DIR"]):
        running = engines()
    if not running:
        raise RuntimeError("the benchmark's resident engine is not running")
    for line in Path(f"/proc/{running[0]['pid']}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS for the resident engine")


def median(runs: list[float]) -> float:
    return statistics.median(runs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=CORPUS, help=f"folder of articles (default: {CORPUS})")
    parser.add_argument("--files", type=int, default=60, help="articles in the batch (default: 60)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per single-article figure (default: 5)")
    parser.add_argument("--jobs", type=int, default=default_jobs(), help="--jobs and parallel raw requests (default: cores)")
    args = parser.parse_args(argv)

    scratch = Path(tempfile.mkdtemp(prefix="newslint-speed-"))
    state, cache = scratch / "state", scratch / "cache"
    proc, url, _ = start_server(state)
    env = {**os.environ, "NEWSLINT_STATE_DIR": str(state)}
    text = SAMPLE.read_text(encoding="utf-8")
    sample = [str(SAMPLE)]
    rows = []
    here = {**env, "NEWSLINT_RESIDENT": "off"}
    resident = {**env, "NEWSLINT_RESIDENT": "on"}
    try:
        raw_check(url, text)  # the server's first check loads the German rules
        newslint(["--no-cache", "--languagetool-url", url, *sample], here)  # ... and newslint's rule set
        start_engine(resident)
        runs: dict[str, list[float]] = {}
        peaks: dict[str, list[int]] = {"resident": [], "here": []}
        raw = []
        newslint(["--cache-dir", str(cache), "--languagetool-url", url, *sample], here)  # fills the cache
        for _ in range(args.repeat):  # alternating, so neither side gets a quieter moment of the machine
            raw.append(raw_check(url, text))
            for way, way_env in (("resident", resident), ("here", here)):
                seconds, peak = newslint(["--no-cache", "--languagetool-url", url, *sample], way_env)
                runs.setdefault(f"url {way}", []).append(seconds)
                peaks[way].append(peak)
                runs.setdefault(f"own {way}", []).append(newslint(["--no-cache", *sample], way_env)[0])
                runs.setdefault(f"hit {way}", []).append(newslint(["--cache-dir", str(cache), *sample], way_env)[0])
        base = median(raw)
        for way, label in (("resident", "resident engine"), ("here", "in the command's process")):
            rows.append((f"changed article, --languagetool-url, {label}", median(runs[f"url {way}"]), base, "<= 1.3"))
            rows.append((f"changed article, own server, {label}", median(runs[f"own {way}"]), base, "<= 1.3"))
            rows.append((f"unchanged article (cache hit), {label}", median(runs[f"hit {way}"]), base, "<= 0.5"))
        engine_memory = engine_rss(resident)

        files = sorted(p for p in args.corpus.glob("*.txt"))[:args.files]
        if files:
            texts = [p.read_text(encoding="utf-8-sig") for p in files]
            started = time.perf_counter()
            with ThreadPoolExecutor(max_workers=args.jobs) as pool:
                list(pool.map(lambda t: raw_check(url, t), texts))
            raw_batch = time.perf_counter() - started
            batch, _ = newslint(["--no-cache", "--jobs", str(args.jobs), "--languagetool-url", url,
                                 *map(str, files)], resident)
            rows.append((f"batch of {len(files)}, --jobs {args.jobs} (throughput)", raw_batch / batch, 1.0, ">= 0.85"))
    finally:
        from linter.languagetool import server
        from linter.resident.control import stop_all

        with state_folder(str(state)):
            server.stop_server()  # the watchdog newslint may have started for it, too
            stop_all()  # the benchmark's resident engine
        proc.terminate()
        proc.wait(timeout=30)
        shutil.rmtree(scratch, ignore_errors=True)

    print(f"LanguageTool {url} without result cache; sample {SAMPLE.name} ({len(text.split())} words), "
          f"{args.repeat} runs each; {default_jobs()} core(s)")
    print("| figure | newslint | baseline | ratio | target |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, value, baseline, target in rows:
        if "throughput" in name:
            print(f"| {name} | {batch:.2f} s | {raw_batch:.2f} s raw, {args.jobs} at once | {value:.2f} | {target} |")
        else:
            print(f"| {name} | {value:.2f} s | {baseline:.2f} s raw request | {value / baseline:.2f}x | {target} |")
    for way, label in (("resident", "with the resident engine"), ("here", "in the command's process")):
        peak = max(peaks[way]) / 1024
        print(f"| memory of the newslint process (changed article), {label} | {peak:.0f} MB | 100 MB target "
              f"| {peak / 100:.2f}x | <= 1.0 |")
    print(f"| memory of the resident engine between commands | {engine_memory:.0f} MB | - | - | - |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
