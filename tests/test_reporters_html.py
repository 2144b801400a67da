"""The html format's pure parts: highlight nesting, escaping of hostile input, the SVG counts, the page."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from linter.findings import Severity, Source
from linter.reporters.html_chart import BAR_WIDTH, Row, bar_chart, segment_widths
from linter.reporters.html_report import PLURAL, rule_rows
from linter.reporters.html_spans import Close, Open, Point, Text, layout

from test_reporters_support import CASES, doc, failed, find, render, report

SVG = "{http://www.w3.org/2000/svg}"


# --- segmentation ----------------------------------------------------------------

def replay(text: str, tokens) -> tuple[str, dict[int, str], list[int]]:
    """Check the stream nests, return (the text it spells, each span's text, order of first opens)."""
    stack: list[int] = []
    spelled: list[str] = []
    inside: dict[int, list[str]] = {}
    firsts: list[int] = []
    cursor = 0
    for token in tokens:
        if isinstance(token, Text):
            assert token.start == cursor < token.end, token  # contiguous, never empty
            cursor = token.end
            piece = text[token.start:token.end]
            spelled.append(piece)
            for index in stack:
                inside[index].append(piece)
        elif isinstance(token, Open):
            assert (index := token.index) not in stack
            assert token.first == (index not in inside), token
            inside.setdefault(index, [])
            if token.first:
                firsts.append(index)
            stack.append(index)
        elif isinstance(token, Close):
            assert stack and stack[-1] == token.index, (stack, token)  # closes what was opened last
            stack.pop()
        elif isinstance(token, Point):
            assert token.index not in inside
            inside[token.index] = []
    assert stack == [] and cursor == len(text)
    return "".join(spelled), {i: "".join(p) for i, p in inside.items()}, firsts


def test_disjoint_spans_are_one_mark_each():
    tokens = layout(11, [(0, 2), (5, 7)])
    assert tokens == [Open(0, True), Text(0, 2), Close(0, True), Text(2, 5),
                      Open(1, True), Text(5, 7), Close(1, True), Text(7, 11)]


def test_a_contained_span_nests_inside_the_longer_one():
    tokens = layout(10, [(2, 4), (0, 9)])
    assert tokens == [Open(1, True), Text(0, 2), Open(0, True), Text(2, 4), Close(0, True),
                      Text(4, 9), Close(1, True), Text(9, 10)]


def test_crossing_spans_split_the_inner_one_where_the_outer_ends():
    text = "Er sagte Hallo"
    tokens = layout(len(text), [(0, 8), (3, 14)])
    assert tokens == [Open(0, True), Text(0, 3), Open(1, True), Text(3, 8), Close(1, False), Close(0, True),
                      Open(1, False), Text(8, 14), Close(1, True)]
    _, inside, _ = replay(text, tokens)
    assert inside == {0: "Er sagte", 1: "sagte Hallo"}


def test_equal_spans_nest_in_list_order_and_points_sit_between_close_and_open():
    tokens = layout(6, [(1, 3), (1, 3), (3, 3), (1, 1)])
    assert tokens == [Text(0, 1), Point(3), Open(0, True), Open(1, True), Text(1, 3), Close(1, True),
                      Close(0, True), Point(2), Text(3, 6)]


def test_spans_outside_the_text_are_clamped():
    _, inside, _ = replay("abc", layout(3, [(-4, 1), (2, 99), (7, 9)]))
    assert inside == {0: "a", 1: "c", 2: ""}


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_any_spans_give_a_well_nested_stream_that_spells_the_text(data):
    text = data.draw(st.text(alphabet="ab \n", min_size=0, max_size=30))
    bound = st.integers(min_value=0, max_value=len(text))
    spans = [tuple(sorted(pair)) for pair in data.draw(st.lists(st.tuples(bound, bound), max_size=8))]
    tokens = layout(len(text), spans)
    spelled, inside, _ = replay(text, tokens)
    assert spelled == text
    assert inside == {i: text[s:e] for i, (s, e) in enumerate(spans)}
    # one first fragment and one final close per non-empty span, one point per empty one
    for i, (s, e) in enumerate(spans):
        if e > s:
            assert sum(1 for t in tokens if t == Open(i, True)) == 1
            assert sum(1 for t in tokens if t == Close(i, True)) == 1
        else:
            assert tokens.count(Point(i)) == 1


# --- the rendered page, parsed ---------------------------------------------------

class Page(HTMLParser):
    """Collects every tag, the text each finding's marks hold, the copy, and the page's visible text."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.marks: dict[str, list[str]] = {}
        self.copies: list[list[str]] = []
        self.open: list[tuple[str, dict[str, str]]] = []
        self.styles: list[str] = []
        self.text: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        attributes = {k: v or "" for k, v in attrs}
        self.tags.append((tag, attributes))
        if tag == "div" and attributes.get("class") == "copy":
            self.copies.append([])
        if tag == "mark" and "data-finding" in attributes:
            self.marks.setdefault(attributes["data-finding"], [])
        if tag not in ("meta", "input"):  # void elements: no end tag
            self.open.append((tag, attributes))

    def handle_endtag(self, tag):
        assert self.open and self.open[-1][0] == tag, (self.open[-3:], tag)
        self.open.pop()

    def handle_data(self, data):
        self.text.append(data)
        if self.open and self.open[-1][0] == "style":
            self.styles.append(data)
        if any(tag == "div" and a.get("class") == "copy" for tag, a in self.open):
            self.copies[-1].append(data)
        for tag, attributes in self.open:
            if tag == "mark" and "data-finding" in attributes:
                self.marks.setdefault(attributes["data-finding"], []).append(data)

    def mark_text(self) -> dict[str, str]:
        return {key: "".join(parts) for key, parts in self.marks.items()}

    def copy_text(self) -> list[str]:
        return ["".join(parts) for parts in self.copies]

    def attrs(self, tag: str) -> list[dict[str, str]]:
        return [a for t, a in self.tags if t == tag]


HOSTILE_COPY = 'Vorspann <script>alert("x")</script> & \'Zitat\' "Hallo" </div><!-- Ende\r\nZweite Zeile.\n'


def hostile_reports():
    d = doc('artikel/<b>"böse"\'.md', HOSTILE_COPY)
    findings = [
        find(d, '<script>alert("x")</script>', "house.skript", message='Meldung "><img src=x onerror=alert(1)>',
             replacements=("</mark><script>", ""), url="javascript:alert(1)", description="<i>Erklärung</i>"),
        find(d, 'alert("x")', "house.innen", severity=Severity.WARNING, url="https://example.org/regel?a=1&b=\"2\""),
        find(d, "</script> & 'Zitat'", "house.kreuz", severity=Severity.INFO),  # crosses the first finding
        find(d, "Ende\r\nZweite", "house.zeilen"),
        find(d, " &", "house.punkt", length=0, message="Komma fehlt"),
    ]
    return d, [report(d, *findings, warnings=('Warnung <b>"fett"</b>',)),
               failed("<img src=x>.md", "<img src=x>.md: cannot read file: <Permission denied>")]


def test_hostile_copy_messages_and_paths_stay_text():
    d, reports = hostile_reports()
    html = render("html", reports)
    page = Page(html)
    allowed = {"html", "head", "meta", "title", "style", "body", "header", "h1", "nav", "a", "main", "section",
               "h2", "ul", "li", "span", "p", "code", "div", "figure", "figcaption", "svg", "text", "rect",
               "table", "thead", "tbody", "tr", "th", "td", "mark", "ol", "q", "ins", "strong", "footer",
               "details", "summary", "fieldset", "legend", "label", "input"}
    assert {tag for tag, _ in page.tags} <= allowed  # no <script>, <img>, <b>, <i> from the input
    visible = "".join(page.text)
    assert '<script>alert("x")</script>' in visible
    assert 'Meldung "><img src=x onerror=alert(1)>' in visible
    assert "<img src=x>.md: cannot read file: <Permission denied>" in visible
    assert 'Warnung <b>"fett"</b>' in visible
    assert "<i>Erklärung</i>" in visible
    hrefs = [a["href"] for a in page.attrs("a")]
    assert "https://example.org/regel?a=1&b=\"2\"" in hrefs
    assert not any(h.lower().startswith("javascript:") for h in hrefs)
    assert not any("src" in attributes for _, attributes in page.tags)
    titles = [m["title"] for m in page.attrs("mark") if "title" in m]
    assert any('Meldung "><img src=x onerror=alert(1)>' in t and "</mark><script>" in t for t in titles)
    assert page.mark_text() == {f"1-{i}": f.text for i, f in enumerate(sorted(reports[0].findings,
                                                                              key=lambda f: f.sort_key()), 1)}


def test_the_copy_in_the_page_is_the_source_text_exactly():
    d, reports = hostile_reports()
    page = Page(render("html", reports))
    assert page.copy_text() == [d.text]  # the carriage return survives as &#13;
    assert page.mark_text()["1-5"] == "Ende\r\nZweite"


def test_every_finding_gets_a_list_entry_linked_both_ways():
    _, reports = hostile_reports()
    page = Page(render("html", reports))
    entries = {a["id"] for a in page.attrs("li") if a.get("id", "").startswith("befund-")}
    marks = {a["id"] for a in page.attrs("mark") if "id" in a}
    hrefs = {a["href"] for a in page.attrs("a")}
    assert entries == {f"befund-1-{i}" for i in range(1, 6)}
    assert marks == {f"stelle-1-{i}" for i in range(1, 6)}
    assert {"#" + i for i in entries | marks} <= hrefs
    refs = [a for a in page.attrs("a") if a.get("class", "").startswith("ref ")]
    # a ref follows where its finding ends: "alert" (2) inside the script tag (1), the point (4) after it,
    # then the crossing span (3), then the line break (5)
    assert [r["data-n"] for r in refs] == ["2", "1", "4", "3", "5"]
    assert all(r["aria-label"].startswith(f"Befund {r['data-n']}: ") for r in refs)


def test_the_page_is_self_contained_and_its_policy_allows_exactly_its_style():
    html = render("html", CASES["findings"]())
    page = Page(html)
    assert re.match(r'<!DOCTYPE html>\n<html lang="de">', html)
    assert not page.attrs("script") and not page.attrs("link") and not page.attrs("img")
    [csp] = [m["content"] for m in page.attrs("meta") if m.get("http-equiv") == "Content-Security-Policy"]
    [style] = page.styles
    digest = base64.b64encode(hashlib.sha256(style.encode("utf-8")).digest()).decode()
    assert f"style-src 'sha256-{digest}'" in csp
    assert "default-src 'none'" in csp
    assert "url(" not in style and "@import" not in style


def test_clean_files_are_a_table_row_without_a_section():
    reports = CASES["clean"]() + CASES["file-error"]()
    page = Page(render("html", reports))
    sections = [a["id"] for a in page.attrs("section") if a.get("id", "").startswith("datei-")]
    assert sections == ["datei-2", "datei-3", "datei-4"]  # a.md (findings), b.md (error), c.md (warning)
    rows = [a.get("class") for a in page.attrs("tr")][1:]
    assert rows == ["clean", "found", "failed", "warned"]
    assert "#datei-1" not in {a["href"] for a in page.attrs("a")}


# --- the charts --------------------------------------------------------------------

def test_bar_widths_are_proportional_and_the_numbers_are_written():
    rows = [Row("a.regel", {Severity.ERROR: 3, Severity.WARNING: 1}), Row("b.regel", {Severity.INFO: 2})]
    svg = ET.fromstring(bar_chart(rows, "Befunde nach Regel", PLURAL))
    rects = svg.findall(f".//{SVG}rect")
    assert [(r.get("class"), float(r.get("width"))) for r in rects] == [
        ("bar error", BAR_WIDTH * 3 / 4), ("bar warning", BAR_WIDTH / 4), ("bar info", BAR_WIDTH / 2)]
    assert [r.find(f"{SVG}title").text for r in rects] == ["3 Fehler", "1 Warnungen", "2 Hinweise"]
    counts = [t.text for t in svg.iter(f"{SVG}text") if t.get("class") == "count"]
    assert counts == ["4", "2"]
    assert svg.find(f"{SVG}title").text == "Befunde nach Regel"
    assert segment_widths(Row("leer", {}), 0) == []


def test_the_page_charts_count_what_the_reports_hold():
    reports = CASES["findings"]() + CASES["file-error"]() + CASES["unicode"]()
    html = render("html", reports)
    svgs = [ET.fromstring(s) for s in re.findall(r"<svg .*?</svg>", html, re.S)]
    assert len(svgs) == 2
    by_severity, by_rule = svgs
    expected = {s: sum(1 for r in reports for f in r.findings if f.severity == s) for s in Severity}
    counts = [int(t.text) for t in by_severity.iter(f"{SVG}text") if t.get("class") == "count"]
    assert counts == [expected[Severity.ERROR], expected[Severity.WARNING], expected[Severity.INFO]]
    labels = [t.find(f"{SVG}title").tail for t in by_rule.iter(f"{SVG}text") if t.get("class") == "label"]
    per_rule = {}
    for r in reports:
        for f in r.findings:
            per_rule[f.rule] = per_rule.get(f.rule, 0) + 1
    assert labels == [rule if len(rule) <= 44 else rule[:43] + "…"
                      for rule in sorted(per_rule, key=lambda k: (-per_rule[k], k))]
    totals = [int(t.text) for t in by_rule.iter(f"{SVG}text") if t.get("class") == "count"]
    assert totals == sorted(per_rule.values(), reverse=True)
    assert [row.label for row in rule_rows(reports)] == sorted(per_rule, key=lambda k: (-per_rule[k], k))


def test_the_totals_count_findings_and_files():
    reports = CASES["findings"]() + CASES["file-error"]()
    tiles = re.findall(r'<li class="[^"]*"><span class="n">(\d+)</span> ([^<]+)</li>', render("html", reports))
    assert tiles == [("4", "Befunde"), ("2", "✖ Fehler"), ("1", "▲ Warnung"), ("1", "ℹ Hinweis"),
                     ("3", "Dateien geprüft"), ("1", "nicht geprüft"), ("1", "mit Vorbehalt geprüft")]


def test_a_rule_with_a_web_link_is_linked_in_the_chart():
    reports = CASES["findings"]()
    [linked] = [r for r in rule_rows(reports) if r.href]
    assert (linked.label, linked.href) == ("abkuerzung.zb", "https://example.org/regeln/zb")
    svg = ET.fromstring(re.findall(r"<svg .*?</svg>", render("html", reports), re.S)[1])
    assert [a.get("href") for a in svg.iter(f"{SVG}a")] == ["https://example.org/regeln/zb"]


def test_findings_without_their_document_are_listed_without_copy_or_links():
    d = doc("a.md", "Ein Satz mit Fehlr.\n")
    r = report(d, find(d, "Fehlr"))
    r.document = None
    page = Page(render("html", [r]))
    assert page.copy_text() == [] and page.marks == {}
    assert [a["id"] for a in page.attrs("li") if a.get("id", "").startswith("befund-")] == ["befund-1-1"]
    assert not any(a["href"].startswith("#stelle-") for a in page.attrs("a"))
    assert "Nr. 1 · Zeile 1, Spalte 14" in "".join(page.text)


def test_sources_and_suggestions_are_shown_in_the_list():
    d = doc("a.md", "Ein Satz mit Fehlr und  Luft.\n")
    r = report(d, find(d, "Fehlr", "languagetool.GERMAN_SPELLER_RULE", source=Source.LANGUAGETOOL,
                       replacements=("Fehler", "Fehl", "Fehlt", "Fehr")),
               find(d, "  ", "typografie.leerzeichen", severity=Severity.WARNING, replacements=(" ", "")))
    text = "".join(Page(render("html", [r])).text)
    assert "Vorschläge: Fehler, Fehl, Fehlt (und 1 weitere)" in " ".join(text.split())
    assert "LanguageTool" in text and "Hausregel" in text
    assert "Stelle: ␣␣" in text and "Vorschläge: ␣, ∅" in text


# --- through the CLI ---------------------------------------------------------------

def test_check_writes_the_page_to_output_replacing_the_old_report(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_STATE_DIR", str(tmp_path / "state"))  # no server is needed or started
    copy = tmp_path / "meldung.txt"
    copy.write_text('Er schrieb <script>alert("x")</script>, sagte er , und ging.\n', encoding="utf-8")
    target = tmp_path / "bericht.html"
    target.write_text("alter Bericht", encoding="utf-8")
    args = ("check", "--no-languagetool", "-q", str(copy))
    result = cli(*args, "--format", "html", "--output", str(target))
    expected = cli(*args, "--format", "json")
    assert result.exit_code == expected.exit_code, result.output
    assert result.stdout == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bericht.html", "meldung.txt"]  # no temporary file left
    [entry] = json.loads(expected.stdout)["files"]
    assert entry["findings"]  # straight quotes, a space before the comma
    page = Page(target.read_text(encoding="utf-8"))
    assert page.copy_text() == [copy.read_text(encoding="utf-8")]
    assert page.mark_text() == {f"1-{n}": f["text"] for n, f in enumerate(entry["findings"], 1)}
    assert not page.attrs("script")
