"""How well foreign passages are told from German copy, and what the language identifier costs.

Usage::

    .venv/bin/python benchmarks/language_id.py [--repeat N]

Data (written for this benchmark, no corpus text): ``benchmarks/data/language-id-sentences.tsv``,
sentences in German, English, French, Spanish and Italian, and ``language-id-mixed.tsv``,
German sentences with a foreign passage marked ``[[...]]``.

Printed, side by side:

* **sentences**: per language, and for short (six words or fewer) and longer sentences,
  how often each method says "German" for German and "not German" for the others (what the
  filter needs), for the English-word heuristic that came before (a sentence is foreign when
  at least half its words stand in English runs), lingua alone in low- and high-accuracy mode
  (German confidence < ``GERMAN_MAX``), and newslint's decision (``is_foreign_passage``: the
  frequency pre-check, then lingua low); plus lingua's five-way accuracy (its likeliest language).
* **German with a slip**: every German sentence with one slip typed into its longest word
  (letters swapped, one dropped, one doubled): it must stay German, or its typo would be lost.
* **mixed**: each word of the mixed sentences as if it had a spelling match: foreign-passage
  words dropped, German words kept, for the heuristic, the passage judgement alone, and both
  (``in_foreign_passage``, what the filter does).
* **cost**: load time and peak resident memory of a fresh process that builds the detector
  and judges one sentence (median of ``--repeat`` runs; a bare interpreter for scale), and
  the time per sentence once loaded.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

sys.path.insert(0, str(REPO / "benchmarks"))
from datacost import measure  # noqa: E402


DATA = REPO / "benchmarks" / "data"
LANGUAGES = {"de": "GERMAN", "en": "ENGLISH", "fr": "FRENCH", "es": "SPANISH", "it": "ITALIAN"}
SHORT = 6
_WORD = re.compile(r"[^\W\d_][\w'’]*")
_MARK = re.compile(r"\[\[(.*?)\]\]")


def read_sentences(path: Path = DATA / "language-id-sentences.tsv") -> list[tuple[str, str]]:
    """(language code, sentence) pairs from the sentence file, comments skipped."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        language, sep, sentence = line.partition("\t")
        if not sep or language not in LANGUAGES:
            raise SystemExit(f"{path}:{number}: expected a language code ({', '.join(LANGUAGES)}), a tab and a sentence")
        rows.append((language, sentence))
    return rows


def read_mixed(path: Path = DATA / "language-id-mixed.tsv") -> list[tuple[str, list[tuple[int, int]]]]:
    """Mixed sentences without their marks, each with the spans of its foreign passages."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, spans, pos = "", [], 0
        for mark in _MARK.finditer(line):
            text += line[pos:mark.start()]
            spans.append((len(text), len(text) + len(mark.group(1))))
            text += mark.group(1)
            pos = mark.end()
        rows.append((text + line[pos:], spans))
    return rows


def heuristic_says_foreign(sentence: str) -> bool:
    """The English-word heuristic on a sentence: at least half its words stand in English runs."""
    words = list(_WORD.finditer(sentence))
    inside = sum(in_english_run(sentence, w.start(), len(w.group())) for w in words)
    return bool(words) and 2 * inside >= len(words)


def slipped(sentence: str) -> list[str]:
    """The sentence with one slip in its longest word: two letters swapped, one dropped, one doubled."""
    word = max(_WORD.findall(sentence), key=len)
    mid = len(word) // 2
    slips = [word[:mid - 1] + word[mid] + word[mid - 1] + word[mid + 1:], word[:mid] + word[mid + 1:],
             word[:mid] + word[mid] + word[mid:]]
    return [sentence.replace(word, slip, 1) for slip in slips if slip != word]


#: The methods compared, name -> "says not German" (filled by _import_newslint).
METHODS: dict = {}


def right(method, language: str, sentence: str) -> bool:
    """True when the method's German-or-not answer is right for the sentence."""
    return method(sentence) == (language != "de")


def percent(hits: int, total: int) -> str:
    return f"{100 * hits / total:5.1f} % ({hits}/{total})" if total else "-"


def sentence_table(rows: list[tuple[str, str]]) -> list[str]:
    """Accuracy of German-or-not per language and length, one column per method."""
    groups = [(code, lambda lang, s, code=code: lang == code) for code in LANGUAGES]
    groups += [("short (<= 6 words)", lambda lang, s: len(s.split()) <= SHORT),
               ("longer", lambda lang, s: len(s.split()) > SHORT), ("all", lambda lang, s: True)]
    lines = ["| sentences | " + " | ".join(METHODS) + " | lingua low, 5-way | lingua high, 5-way |",
             "| --- |" + " ---: |" * (len(METHODS) + 2)]
    for label, member in groups:
        chosen = [(lang, s) for lang, s in rows if member(lang, s)]
        cells = [percent(sum(right(m, lang, s) for lang, s in chosen), len(chosen)) for m in METHODS.values()]
        for high in (False, True):
            cells.append(percent(sum(most_likely_language(s, high) == LANGUAGES[lang] for lang, s in chosen),
                                 len(chosen)))
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return lines


def slip_table(rows: list[tuple[str, str]]) -> list[str]:
    """How often a German sentence with a slip is still German, per method."""
    variants = [v for lang, s in rows if lang == "de" for v in slipped(s)]
    lines = ["| German with a slip | " + " | ".join(METHODS) + " |", "| --- |" + " ---: |" * len(METHODS)]
    cells = [percent(sum(not m(v) for v in variants), len(variants)) for m in METHODS.values()]
    return lines + ["| still German | " + " | ".join(cells) + " |"]


def mixed_table(rows) -> list[str]:
    """Words of mixed sentences: foreign ones dropped, German ones kept, per decision."""
    def passage_only(text, start, length):
        return is_foreign_passage(foreign.clause_without_quotations(text, start, length))

    decisions = {"heuristic (before)": in_english_run, "passage (lingua)": passage_only,
                 "both (the filter)": in_foreign_passage}
    lines = ["| mixed sentences, words | " + " | ".join(decisions) + " |", "| --- |" + " ---: |" * len(decisions)]
    dropped = {name: 0 for name in decisions}
    kept = {name: 0 for name in decisions}
    n_foreign = n_german = 0
    for text, spans in rows:
        for word in _WORD.finditer(text):
            is_foreign = any(a <= word.start() < b for a, b in spans)
            n_foreign += is_foreign
            n_german += not is_foreign
            for name, decide in decisions.items():
                says = decide(text, word.start(), len(word.group()))
                dropped[name] += is_foreign and says
                kept[name] += not is_foreign and not says
    lines.append("| foreign words dropped | " + " | ".join(percent(dropped[n], n_foreign) for n in decisions) + " |")
    lines.append("| German words kept | " + " | ".join(percent(kept[n], n_german) for n in decisions) + " |")
    return lines


#: A fresh process that builds the detector and judges every benchmark sentence (lingua loads the
#: n-gram models a text needs as it meets them, so one sentence would undercount).
_CHILD = """
import sys
try:
    sys.path.insert(0, {bench!r})
    from language_id import read_sentences
    from linter.precision.language_id import german_confidence
    for _, sentence in read_sentences():
        german_confidence(sentence, high_accuracy={high})
except BaseException:
    import traceback
    traceback.print_exc()
    sys.exit(3)
"""


def child_costs(repeat: int) -> list[tuple[str, float, float]]:
    """(row, median seconds, peak MB) of fresh processes: a bare interpreter, then lingua low and high
    building the detector and judging one sentence. Run before this process loads lingua itself:
    a child's peak memory starts at the size of the process that forked it."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    rows = []
    for name, source in [("bare interpreter", "pass"), ("lingua low (5 languages)", _CHILD.format(high=False, bench=str(REPO / "benchmarks"))),
                         ("lingua high (5 languages)", _CHILD.format(high=True, bench=str(REPO / "benchmarks")))]:
        runs = [measure([sys.executable, "-c", source], env) for _ in range(repeat)]
        rows.append((name, statistics.median(t for t, _ in runs), max(m for _, m in runs) / 1024))
    return rows


def cost_table(costs: list[tuple[str, float, float]], rows: list[tuple[str, str]]) -> list[str]:
    """Load time and memory of the detector over a bare interpreter, and time per sentence once loaded."""
    lines = ["| cost | wall time | over bare | peak memory | over bare | per sentence |",
             "| --- | ---: | ---: | ---: | ---: | ---: |"]
    (_, base_t, base_m), *lingua = costs
    lines.append(f"| bare interpreter | {base_t:.2f} s | | {base_m:.0f} MB | | |")
    for (name, seconds, peak), high in zip(lingua, (False, True)):
        d = detector(high)
        sentences = [s for _, s in rows]
        started = time.perf_counter()
        for s in sentences:
            d.compute_language_confidence_values(s)
        each = (time.perf_counter() - started) / len(sentences)
        lines.append(f"| {name} | {seconds:.2f} s | +{seconds - base_t:.2f} s | {peak:.0f} MB | "
                     f"+{peak - base_m:.0f} MB | {1000 * each:.2f} ms |")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="fresh processes per cost row (median; default 3)")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be 1 or more")
    rows, mixed = read_sentences(), read_mixed()
    costs = child_costs(args.repeat)  # before this process grows: a child's peak starts at its size
    _import_newslint()
    asked = sum(_asks_lingua(s) for _, s in rows)
    report = [f"GERMAN_MAX = {GERMAN_MAX}; {len(rows)} sentences, {len(mixed)} mixed sentences", ""]
    report += sentence_table(rows) + [""] + slip_table(rows) + [""] + mixed_table(mixed) + [""]
    report += [f"newslint asked lingua for {asked} of {len(rows)} sentences "
               f"({sum(_asks_lingua(s) for lang, s in rows if lang == 'de')} of "
               f"{sum(lang == 'de' for lang, _ in rows)} German); the rest the frequency pre-check settled", ""]
    report += cost_table(costs, rows)
    print("\n".join(report))
    return 0


def _import_newslint() -> None:
    """Import what is measured, once the children that measure memory have run."""
    global GERMAN_MAX, foreign, in_english_run, in_foreign_passage, is_foreign_passage
    global detector, german_confidence, most_likely_language, METHODS
    from linter.precision import foreign
    from linter.precision.foreign import GERMAN_MAX, in_english_run, in_foreign_passage, is_foreign_passage
    from linter.precision.language_id import detector, german_confidence, most_likely_language

    METHODS = {
        "heuristic (before)": heuristic_says_foreign,
        "lingua low": lambda s: german_confidence(s) < GERMAN_MAX,
        "lingua high": lambda s: german_confidence(s, high_accuracy=True) < GERMAN_MAX,
        "newslint": is_foreign_passage,
    }


def _asks_lingua(sentence: str) -> bool:
    """True when newslint's decision for the sentence needs lingua (the pre-check cannot settle it)."""
    words = foreign._WORD.findall(sentence)
    return len(words) >= foreign.MIN_WORDS and not foreign.is_plainly_german(words)


if __name__ == "__main__":
    raise SystemExit(main())
