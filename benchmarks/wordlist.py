"""What an editors' word list of 10,000 entries costs: loading the rule, and checking an article.

Usage::

    .venv/bin/python benchmarks/wordlist.py [--entries N] [--repeat N]

Generates N synthetic entries (default 10,000; made-up words, a tenth of them
two-word phrases, a few with a note) into a TSV list for a ``substitution`` rule
(``swap_file``) and a ``consistency`` rule (``either_file``) in a temporary folder,
then measures, per rule type:

* **load**: ``load_rulebook`` of the one rule, list parsing and automaton included
  (median of the repeats); budget 0.3 s;
* **added per article**: the median time of ``Rulebook.check`` on a 600-word article
  with the rule, minus the same without it (an empty rulebook); budget 50 ms.

The article is the sentence benchmark's text with a few listed words planted, so
the rule has something to find. Printed: each figure as wall and CPU time beside
its budget, and the ratio of CPU time to budget (below 1.0 is within budget); CPU
time is compared because on a shared machine other processes inflate wall time.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sentences import article  # noqa: E402  (the benchmark's own 600-word text)

from linter.rulebook import Rulebook, load_rulebook  # noqa: E402

LOAD_BUDGET = 0.3  # seconds to load a rule with its list
CHECK_BUDGET = 0.050  # seconds a list may add to one 600-word article
LETTERS = "abcdefghijklmnopqrstuvwxyzäöüß"

RULES = {
    "substitution": ('type: substitution\nmessage: "Statt „{match}“: „{replacement}“."\n'
                     "severity: warning\nswap_file: liste.tsv\n"),
    "consistency": ('type: consistency\nmessage: "Auch „{other}“ steht im Text."\n'
                    "severity: warning\neither_file: liste.tsv\n"),
}


def word(rng: random.Random) -> str:
    """A made-up word of 5 to 12 letters, capitalised half of the time."""
    made = "".join(rng.choice(LETTERS) for _ in range(rng.randint(5, 12)))
    return made.capitalize() if rng.random() < 0.5 else made


def entries(count: int, seed: int = 2026) -> list[tuple[str, str, str]]:
    """``count`` distinct (wrong, right, note) rows; every form unique ignoring case."""
    rng = random.Random(seed)
    seen: set[str] = set()
    rows = []
    while len(rows) < count:
        wrong = word(rng) if rng.random() < 0.9 else f"{word(rng)} {word(rng)}"
        right = word(rng)
        if wrong.lower() in seen or right.lower() in seen:
            continue
        seen.update((wrong.lower(), right.lower()))
        rows.append((wrong, right, "Hausschreibweise" if rng.random() < 0.1 else ""))
    return rows


def write_rule(folder: Path, kind: str, rows: list[tuple[str, str, str]]) -> Path:
    """The list and one rule of ``kind`` that reads it, with examples from the list itself."""
    lines = ["# falsch\trichtig\tHinweis"] + ["\t".join(r).rstrip("\t") for r in rows]
    (folder / "liste.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    wrong, right, _ = rows[0]
    if kind == "consistency":  # a tie: the later spelling is flagged and the earlier one suggested
        bad, fixed = f"{right} und [[{wrong}]].", f"{right} und {right}."
    else:
        bad, fixed = f"Hier steht [[{wrong}]].", f"Hier steht {right}."
    path = folder / f"{kind}.yml"
    path.write_text(f"id: bench.{kind}\n{RULES[kind]}examples:\n  bad:\n    - text: {bad!r}\n      fix: {fixed!r}\n"
                    "  good:\n    - 'nichts'\n", encoding="utf-8")
    return path


def planted(rows: list[tuple[str, str, str]]) -> str:
    """The 600-word article with five listed words (and, for consistency, their partners) in it."""
    extra = " ".join(f"Dort stand {w} neben {r}." for w, r, _ in rows[:5])
    return article() + "\n\n" + extra


def median_seconds(action, repeat: int) -> tuple[float, float]:
    """Median wall and CPU seconds of ``action`` (CPU time is what other processes on a busy machine cannot inflate)."""
    wall, cpu = [], []
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        action()
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return statistics.median(wall), statistics.median(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    rows = entries(args.entries)
    text = planted(rows)
    empty = Rulebook([])
    baseline = median_seconds(lambda: empty.check(text), args.repeat)
    print(f"{args.entries} entries; article of {len(text.split())} words; ratio = CPU figure / budget")
    print(f"{'rule type':<14}{'measure':<20}{'wall':>10}{'CPU':>10}{'budget':>10}{'ratio':>8}  findings")
    with tempfile.TemporaryDirectory() as tmp:
        for kind in RULES:
            path = write_rule(Path(tmp), kind, rows)
            load_rulebook([path])  # warm imports, not the list
            load, load_cpu = median_seconds(lambda: load_rulebook([path]), args.repeat)
            book = load_rulebook([path])
            found = len(book.check(text))
            wall, cpu = median_seconds(lambda: book.check(text), args.repeat)
            added, added_cpu = max(0.0, wall - baseline[0]), max(0.0, cpu - baseline[1])
            print(f"{kind:<14}{'load':<20}{load:>9.3f}s{load_cpu:>9.3f}s{LOAD_BUDGET:>9.3f}s{load_cpu / LOAD_BUDGET:>8.2f}")
            print(f"{'':<14}{'added per article':<20}{added * 1000:>8.1f}ms{added_cpu * 1000:>8.1f}ms"
                  f"{CHECK_BUDGET * 1000:>8.0f}ms{added_cpu / CHECK_BUDGET:>8.2f}  {found}")


if __name__ == "__main__":
    main()
