"""The house rules on LanguageTool's own correct example sentences: text no house rule was written on.

Usage::

    .venv/bin/python benchmarks/example_sentences.py [--rules PREFIX[,PREFIX...]] [--show]

LanguageTool's German rule files (``grammar.xml`` and ``style.xml`` inside the installed
``language-de`` jar) carry example sentences for each rule: the incorrect ones mark the error
(``<marker>``, ``correction=``), the others are sentences that rule must leave alone. Those others
are German sentences written by LanguageTool's authors, none for newslint, so they test the house
rules' precision on text nobody here tuned for. Most are correct German; some hold a slip another
rule is about, so every hit is to be read, not counted as a false alarm unseen.

The benchmark extracts them (one paragraph each), runs ``newslint check --no-languagetool
--format json`` over them and prints the hits at warning or above per rule, beside the number of
sentences and words; ``--show`` prints each hit with the text around it. ``--rules`` keeps rules
whose id starts with one of the prefixes (default ``verwechslung.``; an empty ``--rules ""`` counts every rule). Nothing is written anywhere
but a temporary file.
"""

from __future__ import annotations

import argparse
import collections
import html
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

#: The rule files inside the German module whose examples are read.
RULE_FILES = ("org/languagetool/rules/de/grammar.xml", "org/languagetool/rules/de/style.xml")
_EXAMPLE = re.compile(r"<example(?P<attrs>[^>]*)>(?P<body>.*?)</example>", re.S)
_TAG = re.compile(r"<[^>]+>")
#: An example this short is a fragment ("Das war's."), not a sentence worth checking.
MIN_CHARS = 8


def german_module_jar() -> Path:
    """The installed LanguageTool's ``language-de`` jar (newslint's own installation)."""
    from linter.languagetool.provision import install_dir

    jars = sorted(install_dir().glob("lib/language-de-*.jar"))
    if not jars:
        raise SystemExit(f"no language-de jar under {install_dir()}: run `newslint languagetool install` first")
    return jars[-1]


def correct_examples(jar: Path) -> list[str]:
    """The example sentences of the German rules that mark no error, in file order, whitespace folded."""
    sentences: list[str] = []
    with zipfile.ZipFile(jar) as archive:
        for name in RULE_FILES:
            xml = archive.read(name).decode("utf-8")
            for example in _EXAMPLE.finditer(xml):
                attrs, body = example.group("attrs"), example.group("body")
                if "correction=" in attrs or "incorrect" in attrs or "<marker>" in body:
                    continue
                text = html.unescape(" ".join(_TAG.sub("", body).split()))
                if len(text) >= MIN_CHARS:
                    sentences.append(text)
    return sentences


def house_findings(text: str) -> list[dict]:
    """Every finding of the house rules (no LanguageTool) on ``text``, from newslint's JSON report."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "beispiele.txt"
        path.write_text(text, encoding="utf-8")
        proc = subprocess.run([sys.executable, "-m", "linter", "check", "--no-languagetool", "--no-cache",
                               "--format", "json", str(path)], capture_output=True, text=True, cwd=REPO)
        if proc.returncode not in (0, 1):
            raise SystemExit(f"newslint check failed ({proc.returncode}): {proc.stderr.strip()}")
        [report] = json.loads(proc.stdout)["files"]
        return report["findings"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rules", default="verwechslung.", help="comma-separated rule id prefixes to count")
    parser.add_argument("--show", action="store_true", help="print each hit with the text around it")
    args = parser.parse_args(argv)
    prefixes = tuple(p.strip() for p in args.rules.split(",") if p.strip()) or ("",)

    jar = german_module_jar()
    sentences = correct_examples(jar)
    text = "\n\n".join(sentences) + "\n"
    report(f"{len(sentences)} correct example sentences of {jar.name}", [(text, house_findings(text))],
           prefixes, args.show)
    return 0


def report(source: str, checked: list[tuple[str, list[dict]]], prefixes: tuple[str, ...], show: bool) -> None:
    """Print the hits at warning or above of the rules under ``prefixes`` in each (text, findings)
    pair, per rule, with the number of words checked; with ``show`` each hit in its context."""
    hits = [(text, f) for text, findings in checked for f in findings
            if f["rule"].startswith(prefixes) and f["severity"] in ("warning", "error")]
    words = sum(len(re.findall(r"\w+(?:[-'’]\w+)*", text)) for text, _ in checked)
    counted = ", ".join(prefixes) if prefixes != ("",) else "(all)"
    print(f"{source} ({words} words); rules {counted}: {len(hits)} hits at warning or error")
    for rule, count in collections.Counter(f["rule"] for _, f in hits).most_common():
        print(f"  {rule:45} {count}")
    if show:
        for text, f in hits:
            start = f["offset"]
            around = text[max(0, start - 60):start + f["length"] + 40].replace("\n", " ")
            print(f"- {f['rule']}: …{around}…")


if __name__ == "__main__":
    raise SystemExit(main())
