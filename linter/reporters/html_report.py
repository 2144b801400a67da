"""The ``html`` format: one self-contained page for the copy desk (see docs/output.md).

The page shows a summary (totals, bar charts by severity and by rule), a
table of all files, and for each file with something to say its copy with
every finding highlighted, beside a list of the findings. Highlights and list
entries link to each other. The page loads nothing: the stylesheet is inline,
there is no script, and a Content-Security-Policy allows only that stylesheet,
so even copy that smuggled markup past the escaping could not run or fetch.

Labels are German, like the copy and the messages. The output is
deterministic (no date, no random ids) like every other format.
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from html import escape
from typing import Iterator, TextIO

import linter
from linter.findings import FileReport, Finding, Severity, Source
from linter.reporters.common import MAX_SUGGESTIONS, ReportOptions, sorted_findings, visible
from linter.reporters.html_chart import SEVERITY_ORDER, Row, bar_chart
from linter.reporters.html_spans import Close, Open, Point, Text, layout
from linter.reporters.html_style import STYLE

LABEL = {Severity.ERROR: "Fehler", Severity.WARNING: "Warnung", Severity.INFO: "Hinweis"}
PLURAL = {Severity.ERROR: "Fehler", Severity.WARNING: "Warnungen", Severity.INFO: "Hinweise"}
ICON = {Severity.ERROR: "✖", Severity.WARNING: "▲", Severity.INFO: "ℹ"}
CAVEAT = "⚠"  # a file checked with a caveat (a file warning), not a finding's severity
SOURCE = {Source.HOUSE: "Hausregel", Source.LANGUAGETOOL: "LanguageTool"}
FLAGGED_PREVIEW = 90  # longer flagged text is shortened in the list (the copy shows it whole)

_STYLE_HASH = base64.b64encode(hashlib.sha256(STYLE.encode("utf-8")).digest()).decode("ascii")
CSP = f"default-src 'none'; style-src 'sha256-{_STYLE_HASH}'; base-uri 'none'; form-action 'none'"


def write(reports: list[FileReport], stream: TextIO, options: ReportOptions) -> None:
    """Write the whole page; each file's copy is sliced and escaped once, straight to ``stream``."""
    stream.write(_head())
    stream.write(_summary(reports, options.fail_on))
    stream.write(_file_table(reports))
    for number, report in enumerate(reports, 1):
        if has_section(report):
            for piece in _file_section(number, report):
                stream.write(piece)
    stream.write(f'</main>\n<footer>Erstellt mit newslint {escape(linter.__version__)}</footer>\n</body>\n</html>\n')


def has_section(report: FileReport) -> bool:
    """A file gets its own section when there is anything to show: findings, an error or warnings."""
    return bool(report.findings or report.error is not None or report.warnings)


def esc(text: str) -> str:
    """Escape text for HTML content and attribute values alike.

    A carriage return becomes ``&#13;``: as a character reference it survives
    the HTML parser's newline normalisation, so the DOM holds the copy exactly.
    """
    return escape(text, quote=True).replace("\r", "&#13;")


def count_phrase(counts: Counter) -> str:
    """``4 Fehler, 7 Warnungen, 2 Hinweise`` for the severities that occur ("keine Befunde" for none)."""
    parts = [plural(counts[s], s) for s in SEVERITY_ORDER if counts[s]]
    return ", ".join(parts) if parts else "keine Befunde"


def plural(n: int, severity: Severity) -> str:
    """``1 Warnung``, ``2 Warnungen``."""
    return f"{n} {LABEL[severity] if n == 1 else PLURAL[severity]}"


def _noun(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def safe_url(url: str) -> str:
    """The url when it is a web address, else "" (a rule file could name ``javascript:``)."""
    return url if url.lower().startswith(("https://", "http://")) else ""


# --- page frame and summary ------------------------------------------------------

def _head() -> str:
    return (
        "<!DOCTYPE html>\n"
        '<html lang="de">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        "<title>newslint – Prüfbericht</title>\n"
        f"<style>{STYLE}</style>\n</head>\n<body>\n"
        '<header class="top"><h1>newslint – Prüfbericht</h1>'
        '<nav aria-label="Bericht"><a href="#uebersicht">Übersicht</a><a href="#dateien">Dateien</a></nav>'
        f"{_filter()}</header>\n<main>\n"
    )


def _filter() -> str:
    """Check boxes that hide findings of a severity (the stylesheet does the hiding)."""
    boxes = "".join(
        f'<label><input type="checkbox" id="zeige-{s.label}" checked>{ICON[s]} {PLURAL[s]}</label>'
        for s in SEVERITY_ORDER
    )
    return f'<fieldset class="filter"><legend>Anzeigen:</legend>{boxes}</fieldset>'


def _summary(reports: list[FileReport], fail_on: Severity) -> str:
    counts = Counter(f.severity for r in reports for f in r.findings)
    total = sum(counts.values())
    failed = sum(1 for r in reports if r.error is not None)
    warned = sum(1 for r in reports if r.warnings)
    tiles = [
        ("", total, "Befund" if total == 1 else "Befunde"),
        *((s.label, counts[s], f"{ICON[s]} {LABEL[s] if counts[s] == 1 else PLURAL[s]}") for s in SEVERITY_ORDER),
        ("", len(reports) - failed, "Datei geprüft" if len(reports) - failed == 1 else "Dateien geprüft"),
        ("problem" if failed else "", failed, "nicht geprüft"),
        ("", warned, "mit Vorbehalt geprüft"),
    ]
    items = "".join(f'<li class="{cls}{" zero" if n == 0 else ""}"><span class="n">{n}</span> {esc(text)}</li>'
                    for cls, n, text in tiles)
    reaching = sum(n for s, n in counts.items() if s >= fail_on)
    verdict = (f"{_noun(reaching, 'Befund erreicht', 'Befunde erreichen')} die Stufe „{LABEL[fail_on]}“ "
               "(<code>--fail-on</code>)")
    if failed:
        verdict += f"; {_noun(failed, 'Datei konnte', 'Dateien konnten')} nicht geprüft werden"
    parts = [
        '<section class="card" id="uebersicht" aria-labelledby="uebersicht-h">\n'
        '<h2 id="uebersicht-h">Übersicht</h2>\n',
        f'<ul class="totals">{items}</ul>\n<p class="verdict">{verdict}.</p>\n',
        _legend(),
    ]
    if total:
        parts.append('<div class="charts">')
        parts.append(_figure("Befunde nach Stufe", _severity_rows(counts)))
        parts.append(_figure("Befunde nach Regel", rule_rows(reports)))
        parts.append("</div>\n")
    parts.append("</section>\n")
    return "".join(parts)


def _legend() -> str:
    samples = " ".join(
        f'<span class="hl {s.label}">{ICON[s]} {LABEL[s]}</span>' for s in SEVERITY_ORDER
    )
    return (
        f'<p class="legend">Markierungen im Text: {samples} (durchgezogen, gestrichelt, gepunktet unterstrichen). '
        "Die hochgestellte Nummer führt zum Befund in der Liste, „zur Stelle“ dort zurück in den Text; "
        "mit der Maus über einer Markierung steht die Meldung.</p>\n"
    )


def _figure(caption: str, rows: list[Row]) -> str:
    return f"<figure><figcaption>{esc(caption)}</figcaption>{bar_chart(rows, caption, PLURAL)}</figure>"


def _severity_rows(counts: Counter) -> list[Row]:
    return [Row(label=f"{ICON[s]} {PLURAL[s]}", counts={s: counts[s]}) for s in SEVERITY_ORDER]


def rule_rows(reports: list[FileReport]) -> list[Row]:
    """One chart row per rule with findings: most findings first, then by rule id."""
    per_rule: dict[str, Counter] = {}
    first: dict[str, Finding] = {}
    for report in reports:
        for finding in report.findings:
            per_rule.setdefault(finding.rule, Counter())[finding.severity] += 1
            first.setdefault(finding.rule, finding)
    rows = []
    for rule in sorted(per_rule, key=lambda r: (-sum(per_rule[r].values()), r)):
        sample = first[rule]
        tooltip = f"{rule}: {sample.description or sample.message}"
        rows.append(Row(label=rule, counts=dict(per_rule[rule]), href=safe_url(sample.url), tooltip=tooltip))
    return rows


# --- table of files --------------------------------------------------------------

def _file_table(reports: list[FileReport]) -> str:
    head = "".join(f'<th scope="col" class="num">{ICON[s]} {PLURAL[s]}</th>' for s in SEVERITY_ORDER)
    rows = "".join(_file_row(number, report) for number, report in enumerate(reports, 1))
    if not reports:
        rows = '<tr><td colspan="6">Keine Dateien geprüft.</td></tr>'
    return (
        '<section class="card" id="dateien" aria-labelledby="dateien-h">\n'
        f'<h2 id="dateien-h">Dateien ({len(reports)})</h2>\n'
        '<div class="tablewrap"><table>\n'
        f'<thead><tr><th scope="col">Datei</th><th scope="col">Status</th>{head}'
        '<th scope="col" class="num">Summe</th></tr></thead>\n'
        f"<tbody>\n{rows}</tbody>\n</table></div>\n</section>\n"
    )


def _file_row(number: int, report: FileReport) -> str:
    counts = Counter(f.severity for f in report.findings)
    if report.error is not None:
        kind, status = "failed", f"{ICON[Severity.ERROR]} nicht geprüft"
    elif report.warnings:
        kind, status = "warned", f"{CAVEAT} mit Vorbehalt geprüft"
    elif report.findings:
        kind, status = "found", "geprüft"
    else:
        kind, status = "clean", "✓ ohne Befunde"
    path = esc(report.path)
    name = f'<a href="#datei-{number}">{path}</a>' if has_section(report) else path
    cells = "".join(
        f'<td class="num{" zero" if counts[s] == 0 else ""}">{counts[s]}</td>' for s in SEVERITY_ORDER
    )
    total = sum(counts.values())
    return (f'<tr class="{kind}"><th scope="row">{name}</th><td class="status">{esc(status)}</td>{cells}'
            f'<td class="num{" zero" if total == 0 else ""}">{total}</td></tr>\n')


# --- one file: problems, copy with highlights, list of findings -------------------

def _file_section(number: int, report: FileReport) -> Iterator[str]:
    findings = sorted_findings(report)
    counts = Counter(f.severity for f in findings)
    yield (
        f'<section class="card file" id="datei-{number}" aria-labelledby="datei-{number}-h">\n'
        f'<h2 id="datei-{number}-h">{esc(report.path)}</h2>\n'
        f'<p class="filecounts">{_noun(len(findings), "Befund", "Befunde")}'
        f'{": " + count_phrase(counts) if findings else ""} · <a href="#dateien">zur Dateiliste</a></p>\n'
    )
    if report.error is not None:
        yield (f'<p class="problem-note error" role="alert"><strong>{ICON[Severity.ERROR]} Datei nicht geprüft:'
               f"</strong> {esc(report.error)}</p>\n")
    for warning in report.warnings:
        yield (f'<p class="problem-note warning"><strong>{CAVEAT} Vorbehalt:</strong> '
               f"{esc(warning)}</p>\n")
    if not findings:
        yield "</section>\n"
        return
    text = report.document.text if report.document is not None else None
    yield '<div class="columns">\n'
    if text is not None:
        yield '<div class="copy" lang="de">'
        yield from highlighted_copy(text, findings, number)
        yield "</div>\n"
    yield f'<ol class="findings" aria-label="Befunde in {esc(report.path)}">\n'
    for index, finding in enumerate(findings, 1):
        yield _list_entry(finding, number, index, linked=text is not None)
    yield "</ol>\n</div>\n</section>\n"


def highlighted_copy(text: str, findings: list[Finding], file_number: int) -> Iterator[str]:
    """The copy as HTML with one ``<mark>`` per finding (split only where findings cross).

    Every mark carries ``data-finding="FILE-N"``; the first fragment of a
    finding also has the id ``stelle-FILE-N`` the list links to. After the
    last fragment a numbered link leads to the list entry; its number is drawn
    by CSS, so the marks' text stays exactly the flagged text.
    """
    spans = [(f.offset, f.end_offset) for f in findings]
    for token in layout(len(text), spans):
        if isinstance(token, Text):
            yield esc(text[token.start:token.end])
        elif isinstance(token, Open):
            yield _mark_open(findings[token.index], file_number, token.index + 1, first=token.first)
        elif isinstance(token, Close):
            yield "</mark>" + (_ref(findings[token.index], file_number, token.index + 1) if token.last else "")
        elif isinstance(token, Point):
            finding = findings[token.index]
            yield (_mark_open(finding, file_number, token.index + 1, first=True, point=True)
                   + "</mark>" + _ref(finding, file_number, token.index + 1))


def _mark_open(finding: Finding, file_number: int, index: int, *, first: bool, point: bool = False) -> str:
    key = f"{file_number}-{index}"
    ident = f' id="stelle-{key}"' if first else ""
    cls = f"hl {finding.severity.label}" + (" point" if point else "")
    return f'<mark class="{cls}" data-finding="{key}"{ident} title="{esc(tooltip(finding))}">'


def _ref(finding: Finding, file_number: int, index: int) -> str:
    key = f"{file_number}-{index}"
    name = f"Befund {index}: {LABEL[finding.severity]} – {finding.message}"
    return (f'<a class="ref {finding.severity.label}" href="#befund-{key}" data-n="{index}" '
            f'aria-label="{esc(name)}" title="{esc(tooltip(finding))}"></a>')


def tooltip(finding: Finding) -> str:
    """What a mouse pointer over a highlight shows: severity, message, suggestions, rule."""
    lines = [f"{ICON[finding.severity]} {LABEL[finding.severity]}: {finding.message}"]
    if finding.replacements:
        lines.append(f"{_suggestion_word(finding)}: {', '.join(_shown_replacements(finding))}")
    lines.append(f"Regel: {finding.rule}")
    return "\n".join(lines)


def _suggestion_word(finding: Finding) -> str:
    return "Vorschlag" if len(finding.replacements) == 1 else "Vorschläge"


def _shown_replacements(finding: Finding) -> list[str]:
    return [visible(r) for r in finding.replacements[:MAX_SUGGESTIONS]]


def _list_entry(finding: Finding, file_number: int, index: int, *, linked: bool) -> str:
    key = f"{file_number}-{index}"
    sev = finding.severity
    where = f"Nr. {index} · Zeile {finding.line}, Spalte {finding.column}"
    where = f'<a class="jump" href="#stelle-{key}">{where} – zur Stelle</a>' if linked else where
    parts = [
        f'<li class="finding {sev.label}" id="befund-{key}">',
        f'<p class="meta"><span class="sev {sev.label}">{ICON[sev]} {LABEL[sev]}</span> {where}</p>',
        f'<p class="message">{esc(finding.message)}</p>',
        f'<p class="flagged"><span class="key">{"Einfügestelle" if finding.length == 0 else "Stelle"}:</span> '
        f"<q>{esc(_preview(finding.text))}</q></p>",
    ]
    if finding.replacements:
        more = len(finding.replacements) - MAX_SUGGESTIONS
        shown = ", ".join(f"<ins>{esc(r)}</ins>" for r in _shown_replacements(finding))
        extra = f" (und {more} weitere)" if more > 0 else ""
        parts.append(f'<p class="suggest"><span class="key">{_suggestion_word(finding)}:</span> {shown}{extra}</p>')
    if finding.description and finding.description != finding.message:
        # Folded: the same explanation repeats for every finding of a rule.
        parts.append(f'<details class="description"><summary>Erläuterung</summary>{esc(finding.description)}</details>')
    url = safe_url(finding.url)
    rule = f"<code>{esc(finding.rule)}</code>"
    if url:
        rule = f'<a href="{esc(url)}" rel="noopener noreferrer">{rule}</a>'
    parts.append(f'<p class="rule">Regel {rule} · {SOURCE[finding.source]} · {esc(finding.category)}</p>')
    parts.append("</li>\n")
    return "".join(parts)


def _preview(text: str) -> str:
    """The flagged text for the list: whitespace made visible, long spans shortened in the middle."""
    shown = visible(text) if text else ""
    if len(shown) <= FLAGGED_PREVIEW:
        return shown
    return shown[: FLAGGED_PREVIEW - 25] + " … " + shown[-20:]
