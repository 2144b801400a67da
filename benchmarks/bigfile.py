"""Big files: time per MB of one ``newslint check`` at 1, 2, 5 and 10 MB, and newslint's own share.

Usage::

    .venv/bin/python benchmarks/bigfile.py                      # 1, 2, 5, 10 MB against newslint's server
    .venv/bin/python benchmarks/bigfile.py --sizes 1 2 --languagetool-url http://127.0.0.1:8081

Each size is German copy made from the fixtures' articles repeated, with a typing
slip (two letters swapped) planted in every few paragraphs. One ``newslint check
--format json`` child process checks it against the LanguageTool server; inside
the child, the time spent waiting for LanguageTool (``LanguageToolClient.check``:
the requests and their answers) is measured apart from the rest. Printed per size:
wall time, time per MB (it must stay flat as the file grows: every step is linear
or n log n in the size of the file), LanguageTool's time for the text, newslint's
own time (everything else: reading, markup, house rules, precision means, mapping
positions, the report) and the ratio of the two (the goal: below 0.5), plus how
many planted slips were reported at exactly the line and column they were planted at.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCES = (REPO / "fixtures" / "euronews-kim-zug-2023-09.txt", REPO / "fixtures" / "markup" / "artikel.txt")
MB = 1_000_000
#: One planted slip per this many paragraphs: a few slips per page, as in a rough draft.
SLIP_EVERY = 4
_SLIPPABLE = re.compile(r"\b[a-zäöüß]{7,}\b")
#: Goal for newslint's own time as a share of LanguageTool's time on the same text.
OWN_SHARE_GOAL = 0.5


def paragraphs() -> list[str]:
    """The fixtures' paragraphs (comments and the dateline left out: they are not repeated copy)."""
    found = []
    for source in SOURCES:
        for block in source.read_text(encoding="utf-8").split("\n\n"):
            block = block.strip()
            if block and not block.startswith(("<!--", "date ")):
                found.append(block)
    return found


def generate(size: int, seed: int = 2026) -> tuple[str, list[tuple[int, str]]]:
    """German copy of about ``size`` characters and the (offset, word) of every planted slip."""
    rng = random.Random(seed)
    base = paragraphs()
    pieces: list[str] = []
    planted: list[tuple[int, str]] = []
    length = 0
    index = 0
    while length < size:
        block = base[index % len(base)]
        words = list(_SLIPPABLE.finditer(block)) if index % SLIP_EVERY == 0 else []
        if words:
            word = rng.choice(words)
            at = rng.randrange(1, len(word.group()) - 2)
            w = word.group()
            slip = w[:at] + w[at + 1] + w[at] + w[at + 2:]
            block = block[:word.start()] + slip + block[word.end():]
            planted.append((length + word.start(), slip))
        pieces.append(block)
        length += len(block) + 2
        index += 1
    return "\n\n".join(pieces) + "\n", planted


def child(path: str, url: str, timings: str) -> None:
    """In the child process: run ``newslint check`` with the LanguageTool requests timed."""
    from linter.languagetool.client import LanguageToolClient

    waited = [0.0]
    original = LanguageToolClient.check

    def timed(self, text):
        started = time.perf_counter()
        try:
            return original(self, text)
        finally:
            waited[0] += time.perf_counter() - started

    LanguageToolClient.check = timed
    from linter.cli import main

    sys.argv = ["newslint", "check", "--format", "json", "--quiet", "--languagetool-url", url,
                "--output", path + ".json", path]
    started = time.perf_counter()
    try:
        main()
    except SystemExit as exc:
        code = exc.code
    else:
        code = 0
    Path(timings).write_text(json.dumps({"total": time.perf_counter() - started, "languagetool": waited[0],
                                         "exit": code}))


def measure(size_mb: float, url: str, folder: Path) -> dict:
    """Generate, check in a child process, and return its timings and the positions check."""
    text, planted = generate(int(size_mb * MB))
    path = folder / f"gross-{size_mb:g}mb.txt"
    path.write_text(text, encoding="utf-8")
    timings = folder / "timings.json"
    started = time.perf_counter()
    subprocess.run([sys.executable, __file__, "--child", str(path), url, str(timings)], cwd=REPO, check=True)
    wall = time.perf_counter() - started
    figures = json.loads(timings.read_text())
    if figures["exit"] not in (0, 1):
        raise RuntimeError(f"newslint failed on {path} (exit {figures['exit']})")
    report = json.loads(Path(str(path) + ".json").read_text(encoding="utf-8"))
    findings = report["files"][0]["findings"]
    at = {(f["line"], f["column"], f["text"]) for f in findings}
    exact = sum((text.count("\n", 0, o) + 1, o - text.rfind("\n", 0, o), w) in at for o, w in planted)
    return {"chars": len(text), "wall": wall, **figures, "planted": len(planted), "exact": exact,
            "findings": len(findings)}


def main(argv: list[str] | None = None) -> int:
    """Measure every size and print the table."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        child(*argv[1:4])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", type=float, default=[1, 2, 5, 10], help="sizes in MB (default: 1 2 5 10)")
    parser.add_argument("--languagetool-url", help="a running server (default: newslint's own, started if needed)")
    args = parser.parse_args(argv)
    url = args.languagetool_url
    if not url:
        from linter.languagetool.server import ensure_server

        url = ensure_server(quiet=True)
    print(f"server {url}; copy from {', '.join(p.name for p in SOURCES)}, a slip every {SLIP_EVERY} paragraphs")
    print("| size | findings | wall | per MB | LanguageTool | newslint own | own per MB | own / LanguageTool "
          "| planted slips at exact line:column |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory(prefix="newslint-bigfile-") as tmp:
        for size in args.sizes:
            r = measure(size, url, Path(tmp))
            mb = r["chars"] / MB
            own = r["total"] - r["languagetool"]
            share = own / r["languagetool"] if r["languagetool"] else float("inf")
            print(f"| {mb:.1f} MB | {r['findings']} | {r['wall']:.1f} s | {r['wall'] / mb:.1f} s | "
                  f"{r['languagetool']:.1f} s | {own:.1f} s | {own / mb:.2f} s | {share:.2f} "
                  f"(goal < {OWN_SHARE_GOAL}) | {r['exact']}/{r['planted']} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
