"""Real-word errors: what newslint finds beside LanguageTool alone, on sentences written for it.

Usage::

    .venv/bin/python benchmarks/confused_words.py [--show]

A real-word error is a word the dictionary knows, written where the sentence wants another
("den" for "denn", "das" for "dass", "Tod" for "tot"); no speller sees it. The data
(``benchmarks/data/confused-words.tsv``, written for this benchmark, no corpus text) holds slips
with the wrong word marked ``[[...]]`` and correct sentences that use the same look-alike words
rightly. Each sentence is checked on its own, by newslint (``python -m linter check --format json``
against the shared LanguageTool server, default configuration) and by LanguageTool alone on the
same server (``language_tool_python``, default settings, severities mapped with
``severity_for`` as in quality.py). Printed: slips found at warning or error (a finding that
overlaps the marked word), and correct sentences with any finding at warning or error, for both,
with newslint's figure as a ratio to LanguageTool's.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from linter.findings import Severity  # noqa: E402
from linter.languagetool.categories import severity_for  # noqa: E402

DATA = REPO / "benchmarks" / "data" / "confused-words.tsv"
LANGUAGE = "de-DE"


def load(path: Path = DATA) -> list[tuple[str, str, tuple[int, int] | None]]:
    """(kind, sentence, marked span or None) for each line of the data file."""
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, marked = line.split("\t")
        if kind == "slip":
            start = marked.index("[[")
            end = marked.index("]]") - 2
            cases.append((kind, marked.replace("[[", "").replace("]]", ""), (start, end)))
        else:
            cases.append((kind, marked, None))
    return cases


def newslint_findings(sentences: list[str], url: str) -> list[list[tuple[int, int, str, Severity]]]:
    """(offset, end, rule, severity) of newslint's findings on each sentence, one file per sentence."""
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for i, sentence in enumerate(sentences):
            path = Path(folder) / f"{i:03d}.txt"
            path.write_text(sentence + "\n", encoding="utf-8")
            paths.append(str(path))
        proc = subprocess.run([sys.executable, "-m", "linter", "check", "--no-cache", "--format", "json",
                               "--language", LANGUAGE, "--languagetool-url", url, *paths],
                              capture_output=True, text=True, cwd=REPO)
        report = json.loads(proc.stdout)
    by_path = {Path(entry["path"]).name: entry for entry in report["files"]}
    results = []
    for path in paths:
        entry = by_path[Path(path).name]
        if entry.get("error"):
            raise RuntimeError(f"newslint could not check {path}: {entry['error']}")
        results.append([(f["offset"], f["offset"] + f["length"], f["rule"], Severity.parse(f["severity"]))
                        for f in entry["findings"]])
    return results


def languagetool_findings(sentences: list[str], url: str) -> list[list[tuple[int, int, str, Severity]]]:
    """The same for LanguageTool alone."""
    import language_tool_python

    tool = language_tool_python.LanguageTool(LANGUAGE, remote_server=url)
    return [[(m.offset, m.offset + m.error_length, "languagetool." + m.rule_id,
              severity_for(m.category, getattr(m, "rule_issue_type", None))) for m in tool.check(sentence)]
            for sentence in sentences]


def score(cases, findings) -> tuple[list[int], list[int]]:
    """Indexes of the slips found at warning+ and of the correct sentences flagged at warning+."""
    found, flagged = [], []
    for i, ((kind, _, span), hits) in enumerate(zip(cases, findings)):
        counted = [h for h in hits if h[3] >= Severity.WARNING]
        if kind == "slip" and any(start < span[1] and span[0] < end for start, end, _, _ in counted):
            found.append(i)
        if kind == "correct" and counted:
            flagged.append(i)
    return found, flagged


def _shown(path: Path) -> str:
    """The data file's path as printed: relative to the repository when it lies inside it."""
    resolved = path.resolve()
    return str(resolved.relative_to(REPO)) if resolved.is_relative_to(REPO) else str(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="list each sentence with what each tool said")
    parser.add_argument("--data", type=Path, default=DATA,
                        help="sentences to score, in the data file's format (default: %(default)s)")
    args = parser.parse_args(argv)

    from linter.languagetool.server import ensure_server

    url = ensure_server(quiet=True)
    cases = load(args.data)
    sentences = [sentence for _, sentence, _ in cases]
    ours = newslint_findings(sentences, url)
    base = languagetool_findings(sentences, url)
    slips = sum(kind == "slip" for kind, _, _ in cases)
    correct = len(cases) - slips
    our_found, our_flagged = score(cases, ours)
    base_found, base_flagged = score(cases, base)

    def ratio(a: int, b: int) -> str:
        return f"{a / b:.2f}" if b else "n/a"

    print(f"{slips} slips, {correct} correct sentences ({_shown(args.data)})")
    print(f"{'':38} {'newslint':>9} {'LanguageTool alone':>19} {'ratio':>6}")
    print(f"{'slips found (warning+)':38} {len(our_found):>9} {len(base_found):>19} "
          f"{ratio(len(our_found), len(base_found)):>6}")
    print(f"{'correct sentences flagged (warning+)':38} {len(our_flagged):>9} {len(base_flagged):>19} "
          f"{ratio(len(our_flagged), len(base_flagged)):>6}")
    if args.show:
        for i, (kind, sentence, _) in enumerate(cases):
            mark = {True: "found", False: "missed"}[i in our_found] if kind == "slip" else \
                {True: "FLAGGED", False: "quiet"}[i in our_flagged]
            rules = sorted({h[2] for h in ours[i] if h[3] >= Severity.WARNING})
            alone = sorted({h[2] for h in base[i] if h[3] >= Severity.WARNING})
            print(f"{kind:7} {mark:7} {sentence}\n        newslint {rules}\n        alone    {alone}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
