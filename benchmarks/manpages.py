"""The house rules on Debian's German manual pages: 1.5 million words of edited German nobody here tuned for.

Usage::

    .venv/bin/python benchmarks/manpages.py [--rules PREFIX[,PREFIX...]] [--show] [--limit N]

Debian's ``manpages-de`` package holds the German translations of some 540 manual pages
(GPL, translated and reviewed by the German man-pages project). They are technical prose, not
news copy, but correct German written by many hands, so a house rule's hits there are either
false alarms or slips of the translators, and each is to be read. The benchmark renders every page
with ``man -l`` (``MANWIDTH=2000``, so a paragraph stays on one line; ``col -b`` drops the
overstrikes), folds runs of blanks, runs ``newslint check --no-languagetool --format json`` over
the pages (one file each) and prints the hits at warning or above per rule, beside the number of
words; ``--show`` prints each hit in its context. ``--rules`` keeps rules whose id starts with one
of the prefixes (default ``verwechslung.``; ``--rules ""`` counts every rule).

Needs ``man`` and the pages: ``apt-get install man-db manpages-de`` (Debian, Ubuntu).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

from example_sentences import report  # noqa: E402

PAGES = Path("/usr/share/man/de")


def rendered_pages(limit: int | None = None) -> list[tuple[str, str]]:
    """(page name, plain text) of every German manual page, sorted by name."""
    if shutil.which("man") is None or not PAGES.is_dir():
        raise SystemExit("needs man and Debian's German manual pages: apt-get install man-db manpages-de")
    files = sorted(PAGES.glob("man*/*.gz"))[:limit]
    env = {**os.environ, "MANWIDTH": "2000", "MAN_KEEP_FORMATTING": "", "LANG": "C.UTF-8"}
    pages = []
    for path in files:
        rendered = subprocess.run(["man", "-l", str(path)], capture_output=True, env=env, check=False).stdout
        plain = subprocess.run(["col", "-b"], input=rendered, capture_output=True, check=False).stdout
        text = re.sub(r"[ \t]+", " ", plain.decode("utf-8", "replace"))
        pages.append((path.name.removesuffix(".gz"), text))
    return pages


def house_findings(pages: list[tuple[str, str]]) -> list[tuple[str, list[dict]]]:
    """(text, findings of the house rules) for each page, from one newslint run over all of them."""
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for number, (_, text) in enumerate(pages):
            path = Path(folder) / f"{number:04d}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        proc = subprocess.run([sys.executable, "-m", "linter", "check", "--no-languagetool", "--no-cache",
                               "--format", "json", *map(str, paths)], capture_output=True, text=True, cwd=REPO)
        if proc.returncode not in (0, 1):
            raise SystemExit(f"newslint check failed ({proc.returncode}): {proc.stderr.strip()[-2000:]}")
        by_name = {Path(entry["path"]).name: entry for entry in json.loads(proc.stdout)["files"]}
    return [(text, by_name[path.name].get("findings", [])) for (_, text), path in zip(pages, paths)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rules", default="verwechslung.", help="comma-separated rule id prefixes to count")
    parser.add_argument("--show", action="store_true", help="print each hit with the text around it")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages (sorted by name)")
    args = parser.parse_args(argv)
    prefixes = tuple(p.strip() for p in args.rules.split(",") if p.strip()) or ("",)
    pages = rendered_pages(args.limit)
    report(f"{len(pages)} German manual pages of {PAGES}", house_findings(pages), prefixes, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
