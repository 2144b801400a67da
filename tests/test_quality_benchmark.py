"""The quality benchmark's figures, on a tiny corpus made here (the real one never enters the repo)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from linter.findings import Severity

_SPEC = importlib.util.spec_from_file_location("quality", Path(__file__).parent.parent / "benchmarks" / "quality.py")
quality = importlib.util.module_from_spec(_SPEC)
sys.modules["quality"] = quality  # dataclasses look their module up there
_SPEC.loader.exec_module(quality)


def _corpus(tmp_path: Path) -> Path:
    for part, text in (("clean", "Das Land darf jedoch nichts, sagt er."),
                       ("injected", "Das Land darf jeoch nichts , sagt er.")):
        (tmp_path / part).mkdir()
        (tmp_path / part / "a.txt").write_text(text, encoding="utf-8")
    truth = [{"file": "a.txt", "offset": 14, "length": 5, "kind": "typo", "wrong": "jeoch", "right": "jedoch"},
             {"file": "a.txt", "offset": 26, "length": 2, "kind": "space", "wrong": " ,", "right": ","}]
    (tmp_path / "truth.jsonl").write_text("\n".join(map(json.dumps, truth)), encoding="utf-8")
    (tmp_path / "meta.json").write_text(json.dumps({"files": {"a": "de-DE"}, "words": 7}), encoding="utf-8")
    return tmp_path


def _hit(offset, length, rule="languagetool.GERMAN_SPELLER_RULE", severity=Severity.ERROR, reps=()):
    return quality.Hit("a", offset, length, rule, "languagetool", "TYPOS", severity, "", tuple(reps))


def test_recall_and_suggestions(tmp_path):
    corpus = _corpus(tmp_path)
    names, _, truth, _ = quality.load_corpus(corpus, None)
    findings = {"a": [_hit(14, 5, reps=("noch", "jedoch")), _hit(25, 3, rule="typografie.x", reps=(",",))]}
    fig = quality.recall_figures(corpus, names, truth, findings)
    assert fig["recall typo"] == 100 and fig["recall space"] == 100
    assert fig["top-1 typo"] == 0 and fig["top-3 typo"] == 100


def test_info_findings_are_hits_but_not_warning_plus_hits_nor_false_alarms(tmp_path):
    corpus = _corpus(tmp_path)
    names, _, truth, _ = quality.load_corpus(corpus, None)
    findings = {"a": [_hit(14, 5, severity=Severity.INFO)]}
    fig = quality.recall_figures(corpus, names, truth, findings)
    assert fig["recall typo"] == 100 and fig["recall typo (warning+)"] == 0
    assert quality.false_alarm_figures(corpus, names, findings)["warning+"] == 0


def test_quote_findings_do_not_count(tmp_path):
    corpus = _corpus(tmp_path)
    names, _, truth, _ = quality.load_corpus(corpus, None)
    findings = {"a": [_hit(14, 5, severity=Severity.INFO), _hit(0, 30, rule="typografie.gerade-anfuehrungszeichen")]}
    assert quality.recall_figures(corpus, names, truth, findings)["recall space"] == 0
    fa = quality.false_alarm_figures(corpus, names, findings)
    assert fa["warning+"] == 0 and fa["total"] == 2


def test_fixes_compares_the_text_around_the_error():
    text = "Das Land darf jeoch nichts"
    err = {"offset": 14, "length": 5, "right": "jedoch"}
    assert quality.fixes(_hit(9, 10), "darf jedoch", text, err)  # a wider finding, a wider fix
    assert not quality.fixes(_hit(14, 5), "noch", text, err)


def test_output_keeps_prose_around_the_markers(tmp_path):
    out = tmp_path / "quality.md"
    out.write_text(f"# Intro\n{quality.START}\nold\n{quality.END}\nTail\n", encoding="utf-8")
    quality.write_output(out, "new")
    assert out.read_text(encoding="utf-8") == f"# Intro\n{quality.START}\nnew\n{quality.END}\nTail\n"


def test_audit_sample_draws_counted_false_alarms_reproducibly(tmp_path):
    corpus = _corpus(tmp_path)
    findings = {"a": [_hit(0, 3), _hit(4, 4), _hit(9, 4, severity=Severity.INFO),
                      _hit(0, 30, rule="typografie.gerade-anfuehrungszeichen")]}
    lines = quality.audit_sample(corpus, findings, 5, seed=1)
    assert len(lines) == 2  # only the two counted ones: info and quote findings are no false alarms
    assert lines == quality.audit_sample(corpus, findings, 5, seed=1)
    assert any("| Das Land darf" in line for line in lines)


def test_error_figures_count_only_errors(tmp_path):
    corpus = _corpus(tmp_path)
    names, _, truth, _ = quality.load_corpus(corpus, None)
    findings = {"a": [_hit(14, 5, severity=Severity.WARNING), _hit(0, 3, severity=Severity.ERROR),
                      _hit(4, 4, severity=Severity.WARNING)]}
    fig = quality.evaluate(corpus, names, truth, findings, findings)
    assert fig["recall typo (warning+)"] == 100 and fig["recall typo (error)"] == 0
    assert fig["fa"]["warning+"] == 3 and fig["fa"]["error"] == 1
    assert fig["false alarms / 1k words (error)"] == 1000 * 1 / fig["fa"]["words"]


def test_folds_split_by_name_hash_and_each_gets_its_figures(tmp_path):
    names = [f"doc-{i:03}" for i in range(200)]
    folds = [quality.fold_of(n) for n in names]
    assert set(folds) == {"A", "B"} and 70 < folds.count("A") < 130  # a hash splits about evenly
    assert folds == [quality.fold_of(n) for n in names]  # and the same way every time
    corpus = _corpus(tmp_path)
    names, _, truth, _ = quality.load_corpus(corpus, None)
    out = quality.evaluate_folds(corpus, names, truth, {"a": [_hit(14, 5)]}, {"a": [_hit(14, 5)]})
    here, other = quality.fold_of("a"), {"A": "B", "B": "A"}[quality.fold_of("a")]
    assert out[here]["fa"]["words"] == 7 and out[other]["fa"]["words"] == 0
    assert out["all"]["fa"]["warning+"] == 1 and out[other]["fa"]["warning+"] == 0


def test_verdicts_need_every_fold():
    good = {key: (bound + 1 if op == ">=" else bound - 1) for key, (op, bound) in quality.TARGETS.items()}
    bad = {**good, "top-1 typo": 10.0}
    assert all(ok for _, _, ok in quality.verdicts({"A": good, "B": good}))
    failed = [key for key, _, ok in quality.verdicts({"A": good, "B": bad}) if not ok]
    assert failed == ["top-1 typo"]


def test_a_sentence_long_finding_neither_finds_the_error_nor_carries_its_suggestion(tmp_path):
    corpus = _corpus(tmp_path)
    names, _, truth, _ = quality.load_corpus(corpus, None)
    sentence = _hit(0, 37, rule="stil.satz-ueberlang", severity=Severity.WARNING)
    fig = quality.recall_figures(corpus, names, truth, {"a": [sentence]})
    assert fig["recall typo"] == 0
    fig = quality.recall_figures(corpus, names, truth, {"a": [_hit(9, 10, reps=("darf noch",)),
                                                              _hit(14, 5, reps=("jedoch",))]})
    assert fig["top-1 typo"] == 100  # equal overlap: the finding on the word itself speaks for it


@pytest.mark.languagetool
def test_files_that_failed_are_checked_again_through_the_url_reconnect_gives(tmp_path, languagetool_url, monkeypatch):
    import os
    import socket

    monkeypatch.setattr(quality.time, "sleep", lambda seconds: None)  # no pause before the retry
    corpus = _corpus(tmp_path)
    with socket.socket() as probe:  # a port nothing listens on: every file of the first pass fails
        probe.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{probe.getsockname()[1]}"
    asked = []

    def reconnect():
        asked.append(languagetool_url)
        return languagetool_url

    found = quality.run_newslint(corpus, "injected", ["a"], {"a": "de-DE"}, dead, dict(os.environ), reconnect)
    assert asked == [languagetool_url]
    assert {hit.text for hit in found["a"]} >= {"jeoch"}
