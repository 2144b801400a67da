"""German sentence splitters compared: accuracy on hand-made news sentences, and cost.

Usage::

    .venv/bin/python benchmarks/sentences.py [--repeat N]

Candidates: SoMaJo (the reference for German), pysbd and syntok, each as far as it is
installed (``pip install somajo pysbd syntok``), and newslint's own splitter
(``linter.sentences``, SoMaJo plus the fixes described in docs/rules.md). Accuracy is
counted on the cases below, written for this benchmark (never taken from a corpus):
a case is right when the splitter returns exactly the expected sentences. Cost: the
median time (wall and CPU) to split a 600-word article built from the same sentences, the import
time and the peak resident memory of a fresh interpreter that imports the splitter
and splits the article once (``ru_maxrss``), beside a bare interpreter as baseline.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

# Each case: the sentences a reader sees; the text is them joined by one space.
CASES: list[list[str]] = [
    ["Das gilt z. B. für Berlin.", "Dort regnet es."],
    ["Er wohnt in Haus Nr. 5 in Köln.", "Sie nicht."],
    ["Die Wahl findet am 3. Oktober statt.", "Alle sind geladen."],
    ["Prof. Dr. Anna Schmidt leitet das Institut.", "Sie forscht seit Jahren."],
    ["Berlin (dpa) - Der Bundestag hat am Freitag abgestimmt.", "Die Mehrheit war knapp."],
    ["Kiew (AFP) – Die Ukraine meldet neue Angriffe.", "Die Lage ist unklar."],
    ["„Wir schaffen das“, sagte sie.", "Dann ging sie."],
    ["Er sagte: „Das ist gut.“", "Danach schwieg er."],
    ["„Warum?“, fragte er.", "Niemand antwortete."],
    ["Der Umsatz stieg um 3,5 Prozent auf 1,2 Mrd. Euro.", "Das ist ein Rekord."],
    ["Das Treffen beginnt um 14.30 Uhr.", "Es endet gegen 16 Uhr."],
    ["Wer hat das entschieden?", "Niemand weiß es!", "So ist es."],
    ["Die XY GmbH & Co. KG meldet Verluste.", "Der Chef tritt zurück."],
    ["Sie leben in St. Gallen.", "Es ist kalt."],
    ["Das ist der 2. Versuch.", "Er scheitert."],
    ["Der Kurs fiel um ca. 5 Prozent.", "Anleger sind besorgt."],
    ["Laut Art. 5 GG ist das erlaubt.", "Das Gericht sah es anders."],
    ["Das war im 19. Jh. üblich.", "Heute nicht mehr."],
    ["Mehr steht unter www.example.de.", "Dort gibt es Hinweise."],
    ["Die Partei kam auf 25 Prozent.", "2025 wird neu gewählt."],
    ["Es geht um die Nr. 1 im Land.", "Wer wird es?"],
    ["Der Roman von J. K. Rowling erschien 1997.", "Er wurde ein Erfolg."],
    ["Das Spiel endete 2:1.", "Die Fans jubelten."],
    ["Die Sitzung wurde auf den 12. März vertagt.", "Bis dahin ruht das Verfahren."],
    ["Sie sagte, sie sei „sehr zufrieden“.", "Dann reiste sie ab."],
    ["Der Bus Nr. 12 fährt heute nicht.", "Fahrgäste warten."],
    ["Das Gesetz (es gilt ab Mai) ist umstritten.", "Kritiker klagen."],
    ["Es wurden u. a. Äpfel verkauft.", "Birnen gab es nicht."],
    ["Mehr als 100 Mio. Menschen sind betroffen.", "Die UN warnen."],
    ["Dr. med. Klaus Weber operierte den Patienten.", "Er überlebte."],
    ["Die Sendung lief im ZDF.", "Die Quote war gut."],
    ["Das kostet 5 Euro bzw. 6 Dollar.", "Viele zahlen bar."],
    ["Er wurde am 3.10.1990 geboren.", "Das war ein Mittwoch."],
    ["Der Minister (CDU) äußerte sich am 1. Mai.", "Die Opposition (SPD) widersprach."],
    ["Es gilt Abs. 2 Satz 1.", "Eine Ausnahme gibt es nicht."],
    ["Die Ausstellung zeigt Werke des 20. Jahrhunderts.", "Sie ist bis Juni geöffnet."],
    ["Das sagte Bundeskanzler Olaf Scholz (SPD) am Montag in Berlin.", "Er reist morgen weiter."],
    ["Er zögerte … und ging dann doch.", "Niemand hielt ihn auf."],
    ["Die Firma erzielte ca. 3 Mio. Euro Gewinn, d. h. mehr als erwartet.", "Die Aktie stieg."],
    ["Im Jahr 2024 gab es 1.234 Fälle.", "Das sind mehr als je zuvor."],
]


def article(words: int = 600) -> str:
    """A news-like text of about ``words`` words: the cases' sentences, paragraph by paragraph."""
    paragraphs, count = [], 0
    while count < words:
        for case in CASES:
            paragraphs.append(" ".join(case))
            count += sum(len(s.split()) for s in case)
            if count >= words:
                break
    return "\n\n".join(paragraphs)


def split_somajo(text: str) -> list[str]:
    """SoMaJo's German model: sentences rebuilt from its tokens' character offsets."""
    from somajo import SoMaJo

    tokenizer = _cached("somajo", lambda: SoMaJo("de_CMC", split_camel_case=False, character_offsets=True))
    sentences = []
    for sentence in tokenizer.tokenize_text([text]):
        start, end = sentence[0].character_offset[0], sentence[-1].character_offset[1]
        sentences.append(text[start:end])
    return sentences


def split_pysbd(text: str) -> list[str]:
    """pysbd with its German rules, spans in the text."""
    import pysbd

    segmenter = _cached("pysbd", lambda: pysbd.Segmenter(language="de", clean=False, char_span=True))
    return [span.sent.strip() for span in segmenter.segment(text)]


def split_syntok(text: str) -> list[str]:
    """syntok's segmenter, sentences rebuilt from token offsets."""
    from syntok import segmenter

    sentences = []
    for paragraph in segmenter.analyze(text):
        for sentence in paragraph:
            start = sentence[0].offset
            end = sentence[-1].offset + len(sentence[-1].value)
            sentences.append(text[start:end])
    return sentences


def split_newslint(text: str) -> list[str]:
    """newslint's splitter: SoMaJo plus the fixes for news copy."""
    from linter.sentences import paragraph_sentences, sentences

    paragraph_sentences.cache_clear()  # time the splitting, not the per-text cache
    return [text[s.start:s.end] for s in sentences(text)]


SPLITTERS = {
    "somajo": ("somajo", split_somajo),
    "pysbd": ("pysbd", split_pysbd),
    "syntok": ("syntok", split_syntok),
    "newslint (somajo + fixes)": ("linter.sentences", split_newslint),
}

_CACHE: dict[str, object] = {}


def _cached(name: str, make):
    """One splitter object per process, as a linter run would keep it."""
    if name not in _CACHE:
        _CACHE[name] = make()
    return _CACHE[name]


def accuracy(split) -> tuple[int, list[tuple[list[str], list[str]]]]:
    """Cases split exactly right, and the wrong ones as (expected, got)."""
    wrong = []
    for case in CASES:
        got = split(" ".join(case))
        if got != case:
            wrong.append((case, got))
    return len(CASES) - len(wrong), wrong


def cost_in_child(module: str, name: str) -> tuple[float, float, int]:
    """Import seconds, first-split seconds and peak KiB of a fresh interpreter using one splitter."""
    code = (
        "import time, sys; sys.path.insert(0, %r); t=time.perf_counter(); import %s; i=time.perf_counter()-t;"
        "sys.path.insert(0, %r); import sentences as b; t=time.perf_counter(); b.SPLITTERS[%r][1](b.article());"
        "print(i, time.perf_counter()-t)"
    ) % (str(REPO), module, str(Path(__file__).parent), name)
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, cwd=REPO)
    out = proc.stdout.read().decode()
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{name} failed in a child process")
    imported, first = map(float, out.split())
    return imported, first, usage.ru_maxrss


def baseline_kib() -> int:
    """Peak resident memory of a bare interpreter, to read the others against."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    _, _, usage = os.wait4(proc.pid, 0)
    return usage.ru_maxrss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=20, help="timed splits of the article per splitter")
    parser.add_argument("--show-errors", action="store_true", help="print each wrongly split case")
    args = parser.parse_args()
    text = article()
    print(f"{len(CASES)} cases; article of {len(text.split())} words; bare interpreter {baseline_kib() / 1024:.0f} MiB")
    print(f"{'splitter':<28}{'right':>8}{'ms/article':>12}{'CPU ms':>8}{'import s':>10}{'first s':>9}{'peak MiB':>10}")
    for name, (module, split) in SPLITTERS.items():
        try:
            __import__(module)
        except ImportError:
            print(f"{name:<28}  not installed")
            continue
        right, wrong = accuracy(split)
        split(text)  # warm
        times, cpu = [], []
        for _ in range(args.repeat):
            started, started_cpu = time.perf_counter(), time.process_time()
            split(text)
            times.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
        imported, first, peak = cost_in_child(module, name)
        print(f"{name:<28}{right:>4}/{len(CASES):<3}{statistics.median(times) * 1000:>12.1f}{statistics.median(cpu) * 1000:>8.1f}"
              f"{imported:>10.2f}{first:>9.2f}{peak / 1024:>10.0f}")
        if args.show_errors:
            for expected, got in wrong:
                print(f"    expected {expected}\n    got      {got}")


if __name__ == "__main__":
    main()
