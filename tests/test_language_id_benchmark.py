"""The language-identifier benchmark's data: written sentences in five languages, read with clear errors."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

import pytest

BENCHMARK = Path(__file__).parent.parent / "benchmarks" / "language_id.py"
sys.path.insert(0, str(BENCHMARK.parent))  # it imports datacost's measure
_SPEC = importlib.util.spec_from_file_location("language_id_benchmark", BENCHMARK)
bench = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(bench)


def test_every_language_has_short_and_longer_sentences():
    rows = bench.read_sentences()
    counts = Counter((lang, len(s.split()) <= bench.SHORT) for lang, s in rows)
    for language in bench.LANGUAGES:
        assert counts[(language, True)] >= 10 and counts[(language, False)] >= 10, counts
    assert len({s for _, s in rows}) == len(rows)  # no sentence twice


def test_mixed_sentences_lose_their_marks_and_keep_the_spans():
    rows = bench.read_mixed()
    assert all("[[" not in text and "]]" not in text for text, _ in rows)
    text, spans = next((t, s) for t, s in rows if t.startswith("Der Minister nannte"))
    assert [text[a:b] for a, b in spans] == ["state of the art"]
    assert any(not spans for _, spans in rows)  # German-only sentences check that slips stay


def test_a_slip_changes_the_longest_word():
    variants = bench.slipped("Die Regierung tritt zurück.")
    assert variants and all(v != "Die Regierung tritt zurück." and v.startswith("Die R") for v in variants)


def test_a_malformed_line_says_where_and_what(tmp_path):
    path = tmp_path / "s.tsv"
    path.write_text("# comment\nde\tGut so.\nxx Falsch\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"s.tsv:3: expected a language code"):
        bench.read_sentences(path)
