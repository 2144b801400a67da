"""The house rules alone on clean copy: findings per 1,000 words by family and severity, and their speed.

Usage::

    .venv/bin/python benchmarks/style.py CORPUS_DIR [--limit N] [--sample N] [--seed S]
        [--rules PREFIX[,PREFIX...]] [--config PATH] [--new-since REF]

Runs ``newslint check --no-languagetool --format json`` (no Java needed) over
``CORPUS_DIR/clean`` with each file's variant from ``meta.json`` and prints:

* findings per 1,000 words of clean copy, by rule family (the first id segment)
  and severity, then by rule; clean copy has no injected slips, so every
  finding is either a real style slip of the published copy or a false alarm,
  which is what the audit (``--sample``) tells apart;
* the totals at warning+ and at info beside the pack's precision budget
  (at most 1.0 per 1,000 words at warning or error, 5.0 at info), for all
  rules and, with ``--new-since REF``, for the rules added since the git
  revision REF (ids of ``rules/**/*.yml`` there), which the budget is about;
* with ``--sample N``: N hits per rule at warning or error, drawn at random
  (``--seed``, default 2026), each with the text around it, for the audit in
  docs/quality.md. Stdout only;
* the time the house rules need per article: ``Rulebook.check`` of the rules
  that run by default on each clean text, scaled to 600 words, median and
  worst, beside the 50 ms budget, and on the sample article. The time is the
  process's CPU time (best of ``--repeat`` runs), since on a shared machine
  wall time mostly measures the other processes; the load average is printed
  beside it.

The straight-quote rule is left out of every figure, as in quality.py: the
corpus lost its typographic quotes when it was extracted. Nothing from the
corpus is written anywhere.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from linter.rulebook import default_rules_dir, load_rulebook  # noqa: E402

SAMPLE = REPO / "fixtures" / "euronews-kim-zug-2023-09.txt"
QUOTE_RULES = frozenset({"typografie.gerade-anfuehrungszeichen"})
WORD = re.compile(r"\w+(?:[-'’]\w+)*")  # the same word count as quality.py
BATCH = 60
BUDGET = {"warning+": 1.0, "info": 5.0}  # findings per 1,000 words of clean copy
TIME_BUDGET_MS = 50.0  # all house rules on a 600-word article
ARTICLE_WORDS = 600


def house_findings(corpus: Path, names: list[str], variants: dict[str, str],
                   config: Path | None) -> dict[str, list[dict]]:
    """Findings per file name from ``newslint check --no-languagetool --format json``."""
    by_variant: dict[str, list[str]] = collections.defaultdict(list)
    for name in names:
        by_variant[variants[name]].append(name)
    results: dict[str, list[dict]] = {}
    for variant, group in sorted(by_variant.items()):
        for i in range(0, len(group), BATCH):
            paths = [str(corpus / "clean" / f"{n}.txt") for n in group[i:i + BATCH]]
            cmd = [sys.executable, "-m", "linter", "check", "--no-languagetool", "--quiet", "--format", "json",
                   "--language", variant, *(["--config", str(config)] if config else []), *paths]
            proc = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO)
            try:
                report = json.loads(proc.stdout)
            except json.JSONDecodeError:
                raise SystemExit(f"newslint failed ({proc.returncode}): {proc.stderr[-2000:]}") from None
            for entry in report["files"]:
                if entry.get("error"):
                    raise SystemExit(f"{entry['path']}: {entry['error']}")
                results[Path(entry["path"]).stem] = [f for f in entry["findings"] if f["rule"] not in QUOTE_RULES]
    return results


def level(finding: dict) -> str:
    """The budget a finding counts against."""
    return "info" if finding["severity"] == "info" else "warning+"


def rule_ids_at(ref: str) -> frozenset[str]:
    """The ids of the default pack at git revision ``ref``, from its file paths (id = path)."""
    listing = subprocess.run(["git", "ls-tree", "-r", "--name-only", ref, "rules/"], capture_output=True,
                             text=True, cwd=REPO, check=True).stdout.split()
    return frozenset(p.removeprefix("rules/").removesuffix(".yml").replace("/", ".")
                     for p in listing if p.endswith(".yml"))


def print_totals(label: str, findings: list[dict], words: int) -> None:
    """Warning+ and info per 1,000 words beside the budget."""
    print(f"\n{label:<28} {'per 1k':>7} {'budget':>7} {'ratio':>6}")
    for name, budget in BUDGET.items():
        rate = 1000 * sum(1 for f in findings if level(f) == name) / words
        print(f"  {name:<26} {rate:>7.2f} {budget:>7.2f} {rate / budget:>6.2f}")


def print_rates(results: dict[str, list[dict]], words: int, wanted: tuple[str, ...],
                old: frozenset[str] | None) -> None:
    """Findings per 1,000 words by family and by rule, and the totals beside the budget."""
    findings = [f for fs in results.values() for f in fs if not wanted or f["rule"].startswith(wanted)]
    per_k = lambda n: 1000 * n / words  # noqa: E731
    families: dict[tuple[str, str], int] = collections.Counter(
        (f["rule"].split(".", 1)[0], level(f)) for f in findings)
    rules: dict[tuple[str, str], int] = collections.Counter((f["rule"], f["severity"]) for f in findings)
    print(f"{len(results)} clean files, {words} words\n")
    print(f"{'family':<18} {'warning+':>9} {'info':>9}   (per 1,000 words)")
    for family in sorted({fam for fam, _ in families}):
        print(f"{family:<18} {per_k(families[family, 'warning+']):>9.2f} {per_k(families[family, 'info']):>9.2f}")
    print(f"\n{'rule':<44} {'severity':<8} {'hits':>5} {'per 1k':>7}")
    for (rule, severity), n in sorted(rules.items()):
        print(f"{rule:<44} {severity:<8} {n:>5} {per_k(n):>7.2f}")
    print_totals("all house rules", findings, words)
    if old is not None:
        pack = {r.id for r in load_rulebook([default_rules_dir()]).rules}  # not the vocabulary's own findings
        print_totals("rules added since the ref", [f for f in findings if f["rule"] in pack - old], words)


def print_sample(results: dict[str, list[dict]], texts: dict[str, str], n: int, seed: int) -> None:
    """``n`` random hits per rule at warning or error, with their context, for a manual audit."""
    by_rule: dict[str, list[tuple[str, dict]]] = collections.defaultdict(list)
    for name, findings in sorted(results.items()):
        for f in findings:
            if level(f) == "warning+":
                by_rule[f["rule"]].append((name, f))
    rng = random.Random(seed)
    for rule, hits in sorted(by_rule.items()):
        drawn = rng.sample(hits, min(n, len(hits)))
        print(f"\n== {rule}: {len(drawn)} of {len(hits)}")
        for name, f in drawn:
            text = texts[name]
            start, end = f["offset"], f["offset"] + f["length"]
            context = text[max(0, start - 70):start] + "[[" + text[start:end] + "]]" + text[end:end + 70]
            suggestion = f" -> {f['replacements'][0]!r}" if f.get("replacements") else ""
            print(f"- {name}{suggestion}: …{' '.join(context.split())}…")


def print_timing(texts: dict[str, str], repeat: int) -> None:
    """Time of the whole default rulebook per text, scaled to a 600-word article, beside the budget."""
    book = load_rulebook([default_rules_dir()]).selected([])  # the rules that run by default
    book.check("Warm-up: 3 Krankenhäuser, 14:30 Uhr.", [])
    per_article = []
    for text in texts.values():
        words = len(WORD.findall(text)) or 1
        best = min(_seconds(book, text) for _ in range(repeat))
        per_article.append(1000 * best * ARTICLE_WORDS / words)
    sample = SAMPLE.read_text(encoding="utf-8")
    sample_ms = 1000 * min(_seconds(book, sample) for _ in range(repeat))
    load = os.getloadavg()[0] / (os.cpu_count() or 1)
    print(f"\nhouse rules ({len(book.rules)}), ms per {ARTICLE_WORDS}-word article   budget {TIME_BUDGET_MS:.0f} ms"
          f"   (load {load:.1f} per core)")
    rows = [("median over the corpus", statistics.median(per_article)), ("slowest", max(per_article)),
            (f"sample article ({len(WORD.findall(sample))} words)", sample_ms)]
    for label, ms in rows:
        print(f"{label:<34} {ms:>7.1f} ms   ratio {ms / TIME_BUDGET_MS:.2f}")


def _seconds(book, text: str) -> float:
    """CPU seconds of one check: on a shared machine wall time mostly measures the other processes."""
    started = time.process_time()
    book.check(text, [])
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, help="only the first N files (sorted by name)")
    parser.add_argument("--sample", type=int, default=0, metavar="N", help="print N hits per rule at warning+")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--rules", default="", help="only rules with these id prefixes (comma-separated)")
    parser.add_argument("--config", type=Path, help="a newsroom config to check with (families and options)")
    parser.add_argument("--new-since", metavar="REF", help="also total the rules added since git revision REF")
    parser.add_argument("--repeat", type=int, default=3, help="timing runs per text (the best counts)")
    args = parser.parse_args()

    meta = json.loads((args.corpus / "meta.json").read_text(encoding="utf-8"))
    names = sorted(meta["files"])[:args.limit] if args.limit else sorted(meta["files"])
    texts = {n: (args.corpus / "clean" / f"{n}.txt").read_text(encoding="utf-8-sig") for n in names}
    words = sum(len(WORD.findall(t)) for t in texts.values())
    results = house_findings(args.corpus, names, meta["files"], args.config)
    wanted = tuple(p.strip() for p in args.rules.split(",") if p.strip())
    print_rates(results, words, wanted, rule_ids_at(args.new_since) if args.new_since else None)
    if args.sample:
        print_sample({k: [f for f in v if not wanted or f["rule"].startswith(wanted)] for k, v in results.items()},
                     texts, args.sample, args.seed)
    print_timing(texts, args.repeat)


if __name__ == "__main__":
    main()
