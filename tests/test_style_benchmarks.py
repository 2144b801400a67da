"""The word-list and sentence benchmarks measure what they say (their figures are printed, never asserted)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from linter.examples import run_examples
from linter.rulebook import load_rulebook

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def _module(name: str):
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)  # wordlist.py imports the sentence benchmark's article
    spec.loader.exec_module(module)
    return sys.modules[name]


sentences_benchmark = _module("sentences")
wordlist = _module("wordlist")


def test_generated_entries_are_distinct_ignoring_case():
    rows = wordlist.entries(2000)
    forms = [form.lower() for wrong, right, _ in rows for form in (wrong, right)]
    assert len(rows) == 2000 and len(set(forms)) == len(forms)
    assert any(" " in wrong for wrong, _, _ in rows) and any(note for _, _, note in rows)


def test_benchmark_rules_load_their_list_pass_their_examples_and_find_the_planted_words(tmp_path):
    rows = wordlist.entries(500)
    text = wordlist.planted(rows)
    for kind in wordlist.RULES:
        folder = tmp_path / kind
        folder.mkdir()
        [rule] = load_rulebook([wordlist.write_rule(folder, kind, rows)]).rules
        assert rule.type == kind and run_examples(rule) == []
        assert len(rule.check(text)) == 5  # one per planted pair


def test_newslint_splits_every_benchmark_case_right():
    right, wrong = sentences_benchmark.accuracy(sentences_benchmark.split_newslint)
    assert wrong == [] and right == len(sentences_benchmark.CASES)


def test_benchmark_article_has_about_600_words():
    assert 600 <= len(sentences_benchmark.article().split()) < 650
