"""Precision and recall of newslint on an evaluation corpus, beside LanguageTool alone.

Usage::

    .venv/bin/python benchmarks/quality.py CORPUS_DIR [--limit N] [--output docs/quality.md]
        [--ablate MEANS[,MEANS...]] [--ablation] [--answers FILE] [--sample N --seed S]

CORPUS_DIR holds ``clean/``, ``injected/``, ``truth.jsonl`` and ``meta.json``
(see the corpus README). newslint runs through its public JSON output (a
subprocess per batch of files, ``--language`` from meta.json); the baseline is
the same LanguageTool server called directly at its default settings.

Every figure is given for each fold of a two-fold split by file (:func:`fold_of`:
an MD5 hash of the file name, so the split is fixed and needs no list), and for
the whole corpus: a means is tuned on one fold and confirmed on the other.

Nothing from the corpus is written anywhere except figures (and, on stdout
only, the most often flagged words, for diagnosis).
"""

from __future__ import annotations

import argparse
import collections
import datetime
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from linter.findings import Severity  # noqa: E402
from linter.languagetool.categories import severity_for  # noqa: E402
from linter.languagetool.units import code_point_length  # noqa: E402

#: Findings about straight quotes are left out of every figure: the corpus lost its
#: typographic quotes when it was extracted, so these say nothing about the copy.
QUOTE_RULES = frozenset({
    "typografie.gerade-anfuehrungszeichen",
    "languagetool.TYPOGRAFISCHE_ANFUEHRUNGSZEICHEN",
    "languagetool.EINHEITLICHE_ANFUEHRUNGSZEICHEN",
    "languagetool.DE_UNPAIRED_QUOTES",
})
KINDS = ("typo", "compound", "space")
WORD = re.compile(r"\w+(?:[-'’]\w+)*")
BATCH = 40  # files per newslint invocation
PARALLEL = 3  # newslint processes / baseline threads at once; the server has 4 check threads

TARGETS = {
    "recall typo (warning+)": (">=", 97.0),
    "recall compound (warning+)": (">=", 97.0),
    "recall space (warning+)": (">=", 100.0),
    "top-1 typo": (">=", 85.0),
    "top-1 compound": (">=", 90.0),
    "false alarms / 1k words (warning+)": ("<=", 3.5),
    "false alarms / 1k words (error)": ("<=", 2.5),
}
FOLDS = ("A", "B")


def fold_of(name: str) -> str:
    """The fold a corpus file belongs to: "A" or "B", by the parity of the MD5 hash of its name."""
    return FOLDS[int(hashlib.md5(name.encode("utf-8")).hexdigest(), 16) % 2]


@dataclass(frozen=True)
class Hit:
    """One finding reduced to what the figures need."""

    file: str
    offset: int
    length: int
    rule: str
    source: str
    category: str
    severity: Severity
    text: str
    replacements: tuple[str, ...]


# ---------------------------------------------------------------- corpus

def load_corpus(corpus: Path, limit: int | None):
    """The file names (sorted, limited), their variants, and the truth per file."""
    meta = json.loads((corpus / "meta.json").read_text(encoding="utf-8"))
    names = sorted(meta["files"])[:limit] if limit else sorted(meta["files"])
    truth: dict[str, list[dict]] = collections.defaultdict(list)
    for line in (corpus / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            name = record["file"].removesuffix(".txt")
            if name in names:
                truth[name].append(record)
    return names, meta["files"], truth, meta


def read(corpus: Path, part: str, name: str) -> str:
    """One corpus text, decoded as the linter decodes it (UTF-8, BOM dropped, CRLF kept)."""
    return (corpus / part / f"{name}.txt").read_text(encoding="utf-8-sig")


# ---------------------------------------------------------------- runners

def run_newslint(corpus: Path, part: str, names: list[str], variants: dict, url: str,
                 env: dict, reconnect=None) -> dict[str, list[Hit]]:
    """Findings per file from ``newslint check --format json``, files batched per variant.

    ``reconnect()`` gives the URL to retry failed files with (default: the shared
    server's current one; through --answers, the answer cache's, aimed at it).
    """
    jobs = []
    by_variant = collections.defaultdict(list)
    for name in names:
        by_variant[variants[name]].append(name)
    for variant, group in sorted(by_variant.items()):
        for i in range(0, len(group), BATCH):
            jobs.append((variant, group[i:i + BATCH]))

    def one(job):
        variant, group = job
        paths = [str(corpus / part / f"{n}.txt") for n in group]
        cmd = [sys.executable, "-m", "linter", "check", "--no-cache", "--format", "json", "--language", variant,
               "--languagetool-url", url, *paths]
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, env=env)
        try:  # exit 2 with a JSON report means a file error, reported below with its message
            return json.loads(proc.stdout)
        except json.JSONDecodeError:
            raise RuntimeError(f"newslint failed ({proc.returncode}): {proc.stderr[-2000:]}") from None

    results: dict[str, list[Hit]] = {}
    failed: list[tuple[str, str]] = []
    with ThreadPoolExecutor(PARALLEL) as pool:
        reports = list(pool.map(one, jobs))
    for attempt in range(4):
        for report in reports:
            for entry in report["files"]:
                name = Path(entry["path"]).stem
                if entry.get("error"):  # a shared server may drop a connection under load: retried below
                    failed.append((variants[name], name))
                    continue
                results[name] = [
                    Hit(name, f["offset"], f["length"], f["rule"], f["source"], f["category"],
                        Severity.parse(f["severity"]), f["text"], tuple(f.get("replacements", ())))
                    for f in entry["findings"]
                ]
        if not failed:
            return results
        if attempt == 3:
            raise RuntimeError(f"newslint could not check {[n for _, n in failed]}")
        time.sleep(2)
        url = (reconnect or current_url)()  # the shared server may have been restarted on another port
        reports = [one((variant, [name])) for variant, name in failed]
        failed = []
    return results


def run_baseline(corpus: Path, part: str, names: list[str], variants: dict, url: str) -> dict[str, list[Hit]]:
    """LanguageTool alone: the same server, default settings, no newslint filtering."""
    import language_tool_python

    tools = {v: language_tool_python.LanguageTool(v, remote_server=url) for v in set(variants[n] for n in names)}

    from linter.languagetool.server import touch

    def one(name: str):
        touch()  # direct requests: tell the idle watchdog the shared server is in use
        text = read(corpus, part, name)
        hits = []
        for m in _retry(lambda: tools[variants[name]].check(text)):
            length = code_point_length(text, m.offset, m.error_length)
            hits.append(Hit(name, m.offset, length, "languagetool." + m.rule_id, "languagetool", m.category,
                            severity_for(m.category, getattr(m, "rule_issue_type", None)),
                            text[m.offset:m.offset + length], tuple(m.replacements[:5])))
        return name, hits

    with ThreadPoolExecutor(PARALLEL) as pool:
        return dict(pool.map(one, names))


def current_url() -> str:
    """The running shared server's URL (it may have moved since the run began)."""
    from linter.languagetool.server import ensure_server

    return ensure_server(quiet=True)


def _retry(call, attempts: int = 4):
    """Call again after a pause when a shared server drops the connection."""
    for attempt in range(attempts):
        try:
            return call()
        except Exception:
            if attempt == attempts - 1:
                raise
            time.sleep(2)


# ---------------------------------------------------------------- figures

def counted(hit: Hit) -> bool:
    """Findings that count: warning or error, not about straight quotes."""
    return hit.severity >= Severity.WARNING and hit.rule not in QUOTE_RULES


def overlaps(hit: Hit, offset: int, length: int) -> bool:
    """True when the finding shares a code point with the span."""
    return hit.offset < offset + max(length, 1) and offset < hit.offset + max(hit.length, 1)


#: A finding is about an injected error when it overlaps it and is at most this many code points
#: longer: a word or a short phrase (an agreement match spans a few words), not a finding about a
#: whole sentence or paragraph (sentence length, readability) that happens to contain the error.
SPAN_SLACK = 30


def about(hit: Hit, err: dict) -> bool:
    """True when the finding overlaps the injected error and is about it, not about a longer stretch."""
    return overlaps(hit, err["offset"], err["length"]) and hit.length <= err["length"] + SPAN_SLACK


def fixes(hit: Hit, replacement: str, text: str, err: dict) -> bool:
    """True when applying ``replacement`` to the finding gives the right text around the error."""
    start = min(hit.offset, err["offset"])
    end = max(hit.offset + hit.length, err["offset"] + err["length"])
    got = text[start:hit.offset] + replacement + text[hit.offset + hit.length:end]
    want = text[start:err["offset"]] + err["right"] + text[err["offset"] + err["length"]:end]
    return got == want


def recall_figures(corpus: Path, names, truth, findings) -> dict[str, float]:
    """Recall per kind and first/top-3 suggestion accuracy for typo and compound, in percent.

    A hit is a finding of any severity that overlaps the injected span and is about it
    (:func:`about`: not a sentence-long style finding; quote findings excepted): an info finding is
    shown to the copy editor too. ``recall KIND (warning+)`` counts only findings
    at warning or error, so what severity calibration moves to info stays visible.
    """
    found, found_strict, found_error, top1, top3, total = (collections.Counter() for _ in range(6))
    for name in names:
        text = read(corpus, "injected", name)
        hits = [h for h in findings.get(name, []) if h.rule not in QUOTE_RULES]
        for err in truth.get(name, []):
            kind = err["kind"]
            total[kind] += 1
            over = [h for h in hits if about(h, err)]
            if not over:
                continue
            found[kind] += 1
            found_strict[kind] += any(counted(h) for h in over)
            found_error[kind] += any(counted(h) and h.severity >= Severity.ERROR for h in over)
            # the finding that overlaps most carries the suggestion (ties: the shorter, then the earlier one)
            best = max(over, key=lambda h: (min(h.offset + h.length, err["offset"] + err["length"])
                                            - max(h.offset, err["offset"]), -h.length, -h.offset))
            reps = best.replacements
            top1[kind] += bool(reps) and fixes(best, reps[0], text, err)
            top3[kind] += any(fixes(best, r, text, err) for r in reps[:3])
    out = {}
    for kind in KINDS:
        n = total[kind] or 1
        out[f"recall {kind}"] = 100 * found[kind] / n
        out[f"recall {kind} (warning+)"] = 100 * found_strict[kind] / n
        out[f"recall {kind} (error)"] = 100 * found_error[kind] / n
        if kind != "space":
            out[f"top-1 {kind}"] = 100 * top1[kind] / n
            out[f"top-3 {kind}"] = 100 * top3[kind] / n
    out["errors"] = dict(total)
    return out


def false_alarm_figures(corpus: Path, names, findings) -> dict:
    """False alarms on clean copy per 1,000 words, with breakdowns."""
    words = sum(len(WORD.findall(read(corpus, "clean", n))) for n in names)
    all_hits = [h for n in names for h in findings.get(n, [])]
    counted_hits = [h for h in all_hits if counted(h)]
    error_hits = [h for h in counted_hits if h.severity >= Severity.ERROR]
    per_k = lambda k: 1000 * k / max(words, 1)  # noqa: E731
    return {
        "words": words,
        "total": len(all_hits),
        "total / 1k": per_k(len(all_hits)),
        "no quotes / 1k": per_k(len([h for h in all_hits if h.rule not in QUOTE_RULES])),
        "warning+": len(counted_hits),
        "warning+ / 1k": per_k(len(counted_hits)),
        "error": len(error_hits),
        "error / 1k": per_k(len(error_hits)),
        "by source": collections.Counter(h.source for h in counted_hits),
        "by category": collections.Counter(h.category for h in counted_hits),
        "by rule": collections.Counter(h.rule for h in counted_hits),
        "words flagged": collections.Counter(h.text for h in counted_hits),
    }


def evaluate(corpus: Path, names, truth, clean, injected) -> dict:
    """All figures of one system."""
    figures = recall_figures(corpus, names, truth, injected)
    figures["fa"] = false_alarm_figures(corpus, names, clean)
    figures["false alarms / 1k words (warning+)"] = figures["fa"]["warning+ / 1k"]
    figures["false alarms / 1k words (error)"] = figures["fa"]["error / 1k"]
    return figures


def evaluate_folds(corpus: Path, names, truth, clean, injected) -> dict[str, dict]:
    """The figures of one system for each fold and for the whole corpus ("all")."""
    out = {fold: evaluate(corpus, [n for n in names if fold_of(n) == fold], truth, clean, injected)
           for fold in FOLDS}
    out["all"] = evaluate(corpus, names, truth, clean, injected)
    return out


def passes(value: float, target: tuple[str, float]) -> bool:
    """True when a figure meets its target (``(">=", 97.0)`` or ``("<=", 3.5)``)."""
    op, bound = target
    return value >= bound if op == ">=" else value <= bound


def verdicts(ours: dict[str, dict]) -> list[tuple[str, str, bool]]:
    """(target, condition, passed on every fold) for every target."""
    return [(key, f"{op} {bound:g}", all(passes(ours[fold][key], (op, bound)) for fold in FOLDS))
            for key, (op, bound) in TARGETS.items()]


# ---------------------------------------------------------------- output

ROWS = ([f"recall {k}" for k in KINDS] + [f"recall {k} (warning+)" for k in KINDS]
        + [f"recall {k} (error)" for k in KINDS]
        + ["top-1 typo", "top-3 typo", "top-1 compound", "top-3 compound",
           "false alarms / 1k words (warning+)", "false alarms / 1k words (error)"])


def table(ours: dict[str, dict], base: dict[str, dict]) -> str:
    """The Markdown table: newslint on each fold and on all files, LanguageTool alone, the targets."""
    rows = ["| figure | newslint fold A | newslint fold B | newslint all | LanguageTool alone (all) "
            "| target (each fold) | pass |",
            "| --- | ---: | ---: | ---: | ---: | --- | --- |"]
    checks = {k: (c, ok) for k, c, ok in verdicts(ours)}
    for key in ROWS:
        cond, ok = checks.get(key, ("", None))
        unit = "" if "false" in key else " %"
        mark = "" if ok is None else ("yes" if ok else "**no**")
        cells = " | ".join(f"{ours[f][key]:.1f}{unit}" for f in (*FOLDS, "all"))
        rows.append(f"| {key} | {cells} | {base['all'][key]:.1f}{unit} | {cond} | {mark} |")
    cells = " | ".join(f"{ours[f]['fa']['no quotes / 1k']:.2f}" for f in (*FOLDS, "all"))
    rows.append(f"| false alarms / 1k words, all severities (quotes aside) | {cells} "
                f"| {base['all']['fa']['no quotes / 1k']:.2f} | | |")
    cells = " | ".join(str(ours[f]["fa"]["words"]) for f in (*FOLDS, "all"))
    rows.append(f"| words of clean copy | {cells} | {base['all']['fa']['words']} | | |")
    cells = " | ".join(str(ours[f]["fa"]["total"]) for f in (*FOLDS, "all"))
    rows.append(f"| findings on clean copy, raw total | {cells} | {base['all']['fa']['total']} | | |")
    return "\n".join(rows)


def breakdown(fa: dict, top: int = 15) -> str:
    """Counted false alarms by source, category and rule."""
    lines = []
    for title in ("by source", "by category", "by rule"):
        items = ", ".join(f"{k} {v}" for k, v in fa[title].most_common(top))
        lines.append(f"- {title}: {items or '(none)'}")
    return "\n".join(lines)


def languagetool_version(url: str) -> str:
    """The server's LanguageTool version, from its /v2/languages-independent check endpoint."""
    import requests

    try:
        data = requests.post(f"{url}/v2/check", data={"text": "Test.", "language": "de-DE"}, timeout=30).json()
        software = data.get("software", {})
        return f"{software.get('name', 'LanguageTool')} {software.get('version', '?')}"
    except Exception as exc:  # a figure without the version is still a figure
        return f"unknown ({exc})"


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print (and optionally write) the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="only the first N files (sorted by name)")
    parser.add_argument("--output", type=Path, default=None, help="write the Markdown report here")
    parser.add_argument("--ablate", default="", help="comma-separated precision means to switch off "
                        "(vocabulary, names, byline, profile, variants); measurement only")
    parser.add_argument("--ablation", action="store_true", help="also run newslint once per means switched off")
    parser.add_argument("--sample", type=int, default=0, metavar="N",
                        help="also print N counted false alarms drawn at random, with context, for a manual "
                             "audit (stdout only, never written to --output)")
    parser.add_argument("--seed", type=int, default=2026, help="random seed for --sample (default: 2026)")
    parser.add_argument("--answers", type=Path, default=None, metavar="FILE",
                        help="keep LanguageTool's answers in this SQLite file and reuse them in later runs "
                             "(benchmarks/ltcache.py): a rerun after a change to newslint's own means "
                             "checks only what newslint now sends differently")
    args = parser.parse_args(argv)

    from linter.languagetool.server import ensure_server, touch

    started = time.time()
    url = ensure_server(quiet=True)
    if args.answers:
        from ltcache import AnswerCache

        with AnswerCache(url, args.answers, on_forward=touch) as cache:
            def reconnect() -> str:
                cache.upstream = current_url().rstrip("/")  # retries keep using (and filling) the answers
                return cache.url

            code = measure(args, cache.url, started, reconnect)
            print(f"\nLanguageTool answers: {cache.hits} reused, {cache.misses} asked ({args.answers})")
            return code
    return measure(args, url, started)


def measure(args, url: str, started: float, reconnect=None) -> int:
    """Run newslint and LanguageTool alone through ``url``, print the report and write --output."""
    names, variants, truth, meta = load_corpus(args.corpus, args.limit)
    base_env = {**os.environ, "NEWSLINT_ABLATE": args.ablate}

    def newslint(env):
        """The figures of one newslint run, and its findings on the clean copy."""
        clean = run_newslint(args.corpus, "clean", names, variants, url, env, reconnect)
        injected = run_newslint(args.corpus, "injected", names, variants, url, env, reconnect)
        return evaluate_folds(args.corpus, names, truth, clean, injected), clean

    ours, ours_clean = newslint(base_env)
    base = evaluate_folds(args.corpus, names, truth,
                          run_baseline(args.corpus, "clean", names, variants, url),
                          run_baseline(args.corpus, "injected", names, variants, url))
    ablations = {}
    if args.ablation:
        from linter.precision import MEANS

        for means in MEANS:
            ablations[means] = newslint({**os.environ, "NEWSLINT_ABLATE": means})[0]
    version = languagetool_version(url)
    report = render(args, names, truth, ours, base, ablations, version, time.time() - started)
    print(report)
    print("\nMost often flagged words on clean copy (diagnosis only; not written to --output):")
    print("- newslint: " + ", ".join(f"{w} {c}" for w, c in ours["all"]["fa"]["words flagged"].most_common(30)))
    print("- LanguageTool alone: " + ", ".join(f"{w} {c}" for w, c in base["all"]["fa"]["words flagged"].most_common(30)))
    if args.sample:
        print(f"\n{args.sample} counted false alarms at random (seed {args.seed}; for a manual audit, "
              "not written to --output):")
        for line in audit_sample(args.corpus, ours_clean, args.sample, args.seed):
            print(line)
    if args.output:
        write_output(args.output, report)
    return 0


def audit_sample(corpus: Path, findings: dict[str, list[Hit]], size: int, seed: int,
                 context: int = 50) -> list[str]:
    """``size`` counted false alarms drawn at random (reproducibly, by ``seed``), one line each:
    file, rule, flagged text, first suggestions and the text around it, to judge by hand whether
    each is a slip in the published copy, an artifact of collection or a false alarm."""
    pool = [hit for name in sorted(findings) for hit in findings[name] if counted(hit)]
    chosen = random.Random(seed).sample(pool, min(size, len(pool)))
    lines = []
    for number, hit in enumerate(chosen, 1):
        text = read(corpus, "clean", hit.file)
        around = text[max(0, hit.offset - context):hit.offset + hit.length + context].replace("\n", " ")
        lines.append(f"{number:3} {hit.file} {hit.rule} {hit.text!r} -> {list(hit.replacements[:2])} | {around}")
    return lines


START, END = "<!-- figures:start -->", "<!-- figures:end -->"


def write_output(path: Path, report: str) -> None:
    """Write the report; into an existing file only between the figure markers, keeping the prose around it."""
    block = f"{START}\n{report}\n{END}"
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if START in old and END in old:
        new = old[:old.index(START)] + block + old[old.index(END) + len(END):]
    else:
        new = block + "\n"
    path.write_text(new, encoding="utf-8")


def render(args, names, truth, ours, base, ablations, version, seconds) -> str:
    """The whole Markdown report."""
    errors = ours["all"]["errors"]
    command = "python benchmarks/quality.py CORPUS_DIR" + (f" --limit {args.limit}" if args.limit else "") \
        + (f" --ablate {args.ablate}" if args.ablate else "") + (" --ablation" if args.ablation else "") \
        + (f" --output {args.output}" if args.output else "")
    parts = [
        "## Figures",
        "",
        f"Date: {datetime.date.today().isoformat()}; {version}; {len(names)} files; "
        f"{ours['all']['fa']['words']} words of clean copy (regex `\\w+(?:[-'’]\\w+)*`); "
        f"injected errors: " + ", ".join(f"{k} {errors.get(k, 0)}" for k in KINDS) + f"; {seconds:.0f} s.",
        "",
        f"Command: `{command}`",
        "",
        "Folds: a file is in fold A when the MD5 hash of its name (`10kgnad-test-0040`) is even, "
        "else in fold B (`fold_of`); " + ", ".join(
            f"fold {f} {sum(fold_of(n) == f for n in names)} files" for f in FOLDS) + ".",
        "",
        table(ours, base),
        "",
        "Counted (warning+) findings on clean copy, newslint (all files):",
        breakdown(ours["all"]["fa"]),
        "",
        "Counted (warning+) findings on clean copy, LanguageTool alone:",
        breakdown(base["all"]["fa"]),
    ]
    if ablations:
        keys = ["recall typo (warning+)", "recall compound (warning+)", "top-1 typo", "top-1 compound",
                "false alarms / 1k words (warning+)", "false alarms / 1k words (error)"]
        parts += ["", "### Ablation: newslint with one means switched off (fold A / fold B)", "",
                  "| switched off | " + " | ".join(keys) + " |", "| --- |" + " ---: |" * len(keys)]
        for label, fig in [("(nothing)", ours), *ablations.items()]:
            parts.append(f"| {label} | " + " | ".join(
                " / ".join(f"{fig[f][k]:.1f}" if "false" not in k else f"{fig[f][k]:.2f}" for f in FOLDS)
                for k in keys) + " |")
    return "\n".join(parts)


if __name__ == "__main__":
    sys.exit(main())
