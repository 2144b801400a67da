"""Big files: no step of a check compares every item with every other, and positions stay exact.

Times are the benchmark's business (benchmarks/bigfile.py); these tests count the
comparisons the steps make, which grew with the square of the file before.
"""

from __future__ import annotations

import json

import linter.findings as findings_module
from linter.document import Document
from linter.findings import FileReport, Finding, Match, Severity, Source, merge_matches
from linter.fixing.plan import Edit, plan_fixes, prose_text_at
from linter.markup import prose_view
from linter.reporters.text import EXCERPT_MAX, write as write_text
from linter.reporters.common import ReportOptions
from linter.suppressions import Directive, apply_suppressions, parse_directives

N = 3000


def _match(offset: int, length: int, source: Source) -> Match:
    rule = "a.b" if source is Source.HOUSE else "languagetool.X"
    return Match(offset, length, rule, source, "c", Severity.ERROR, "m", ("x",))


def test_merging_compares_a_languagetool_match_only_with_house_matches_at_its_edges(monkeypatch):
    calls = []
    same_slip = findings_module.same_slip
    monkeypatch.setattr(findings_module, "same_slip", lambda a, b, text: calls.append(1) or same_slip(a, b, text))
    house = [_match(10 * i, 2, Source.HOUSE) for i in range(N)]
    lt = [_match(10 * i + 5, 3, Source.LANGUAGETOOL) for i in range(N)] + [_match(20, 2, Source.LANGUAGETOOL)]
    merged = merge_matches(house, lt, "x" * (10 * N + 10))
    assert len(merged) == 2 * N  # the one on a house span's edges is the same slip
    assert len(calls) <= 2 * len(lt)


def test_suppressions_compare_a_finding_only_with_the_directives_open_at_it(monkeypatch):
    text = "".join(f"<!-- newslint-disable-next-line a -->\nZeile {i} , hier.\n" for i in range(N))
    document = Document("x.txt", text)
    directives = parse_directives(document)
    covers = Directive.covers
    calls = []
    monkeypatch.setattr(Directive, "covers", lambda self, f: calls.append(1) or covers(self, f))
    found = []
    for i, at in enumerate(_all(text, " ,")):
        line, column = document.positions.line_col(at)
        rule = "a.b" if i % 2 else "c.d"
        found.append(Finding("x.txt", line, column, line, column + 2, at, 2, rule, Source.HOUSE, "a",
                             Severity.WARNING, "m", " ,"))
    kept = apply_suppressions(found, directives)
    assert [f.rule for f in kept] == ["c.d"] * (N // 2)
    assert all(d.used for d in directives[1::2]) and not any(d.used for d in directives[::2])
    assert len(calls) <= 2 * len(found)


def _all(text: str, needle: str) -> list[int]:
    found, at = [], text.find(needle)
    while at >= 0:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def test_fix_planning_keeps_one_of_each_overlapping_pair_and_maps_spans_of_a_big_markdown_view():
    text = "".join(f"Absatz *{i}* hat ,  zwei Fehler.\n\n" for i in range(N))
    view, _ = prose_view(text, "markdown")
    document = Document("x.md", text)
    found = []
    for at in _all(text, " ,"):
        for length, rule in ((2, "typografie.a"), (4, "typografie.b")):
            line, column = document.positions.line_col(at)
            found.append(Finding("x.md", line, column, line, column + length, at, length, rule, Source.HOUSE,
                                 "t", Severity.WARNING, "m", text[at:at + length], (",",)))
    plan = plan_fixes(found, text, view, lambda f: True)
    assert len(plan.edits) == len(plan.remaining) == N
    assert all(isinstance(e, Edit) and e.length == 4 for e in plan.edits)  # the longer span wins at a tie
    last = _all(text, "*")[-2]
    assert prose_text_at(view, last, last + 1) is None  # emphasis markup is no prose
    assert prose_text_at(view, last + 1, last + 5) == text[last + 1:last + 5]


def test_a_long_line_is_shown_as_a_stretch_around_each_finding():
    line = "Wort " * 20_000 + "Er kam , sah. " + "Wort " * 20_000
    document = Document("x.txt", line + "\n")
    at = line.index(" ,")
    finding = Finding("x.txt", 1, at + 1, 1, at + 3, at, 2, "a.b", Source.HOUSE, "a", Severity.WARNING, "m", " ,")
    out = _TextSink()
    write_text([FileReport("x.txt", [finding], document=document)], out, ReportOptions())
    source_line, caret_line = out.text.splitlines()[1:3]
    assert len(source_line) <= EXCERPT_MAX + 10
    assert source_line.startswith("  1 | …") and source_line.endswith("…")
    shown = source_line[len("  1 | "):]
    assert shown[caret_line.index("^") - len("  1 | "):][:2] == " ,"


class _TextSink:
    def __init__(self) -> None:
        self.text = ""

    def write(self, piece: str) -> None:
        self.text += piece


def test_positions_far_into_a_multi_megabyte_file_are_exact_in_every_format(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    paragraph = "Der Zug fuhr am Montag ab. Fahrgäste zahlen 6,50 Euro für die Fahrt.\n\n"
    repeats = 1_500_000 // len(paragraph)
    slip = "Er kam , sah.\n\n"
    bodies = {
        "gross.txt": paragraph * repeats + slip,
        "gross.md": "# Titel\n\n" + ("Der *Zug* fuhr am Montag ab. Fahrgäste zahlen 6,50 Euro für die Fahrt.\n\n"
                                    * repeats) + slip,
        "gross.html": "<p>" + "Der <b>Zug</b> fuhr am Montag ab. Fahrgäste zahlen 6,50&nbsp;Euro.</p>\n<p>"
                      * repeats + "Er kam , sah.</p>\n",
    }
    for name, body in bodies.items():
        (tmp_path / name).write_text(body, encoding="utf-8")
    result = cli("check", "--no-languagetool", "--format", "json", *bodies)
    assert result.exit_code == 0, result.output
    for entry in json.loads(result.stdout)["files"]:
        body = bodies[entry["path"]]
        offset = body.rindex(" , sah")
        line = body.count("\n", 0, offset) + 1
        column = offset - body.rfind("\n", 0, offset)
        assert offset > 1_400_000
        assert [(f["rule"], f["line"], f["column"], f["offset"]) for f in entry["findings"]] == [
            ("typografie.leerzeichen-vor-satzzeichen", line, column, offset)], entry["path"]
        assert not entry.get("warnings"), entry["path"]  # no rule gave up on the size
