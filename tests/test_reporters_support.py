"""Builders shared by the reporter tests (no tests here).

Findings are made from a real Document, so their line/column/offset agree
with the source text the way the engine's findings do.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

from linter.document import Document
from linter.findings import FileReport, Finding, Severity, Source
from linter.reporters import write_report

DATA = Path(__file__).parent / "data"


def doc(path: str, text: str) -> Document:
    """A Document decoded from ``text`` the way the CLI reads files."""
    return Document.from_bytes(path, text.encode("utf-8"))


def find(
    document: Document,
    needle: str,
    rule: str = "typografie.test",
    *,
    nth: int = 0,
    severity: Severity = Severity.ERROR,
    message: str = "Meldung",
    replacements: tuple[str, ...] = (),
    source: Source = Source.HOUSE,
    category: str = "typografie",
    description: str = "",
    url: str = "",
    length: int | None = None,
) -> Finding:
    """A finding on the ``nth`` occurrence of ``needle`` (``length=0`` makes an insertion point)."""
    offset = -1
    for _ in range(nth + 1):
        offset = document.text.index(needle, offset + 1)
    size = len(needle) if length is None else length
    line, column = document.positions.line_col(offset)
    end_line, end_column = document.positions.line_col(offset + size)
    return Finding(
        path=document.path, line=line, column=column, end_line=end_line, end_column=end_column,
        offset=offset, length=size, rule=rule, source=source, category=category, severity=severity,
        message=message, text=document.text[offset:offset + size], replacements=tuple(replacements),
        description=description, url=url,
    )


def report(document: Document, *findings: Finding, warnings: tuple[str, ...] = ()) -> FileReport:
    """A FileReport carrying its document."""
    return FileReport(path=document.path, findings=list(findings), warnings=list(warnings), document=document)


def failed(path: str, error: str) -> FileReport:
    """A FileReport for a file that could not be checked."""
    return FileReport(path=path, error=error)


def render(fmt: str, reports: list[FileReport], **kwargs) -> str:
    """Run ``write_report`` into a string."""
    out = io.StringIO()
    write_report(fmt, reports, out, **kwargs)
    return out.getvalue()


def render_json(fmt: str, reports: list[FileReport]) -> object:
    """Run a JSON-based format and parse its output."""
    return json.loads(render(fmt, reports))


# --- report sets every format is exercised on -----------------------------------

def case_empty() -> list[FileReport]:
    return []


def case_clean() -> list[FileReport]:
    return [report(doc("artikel/sauber.md", "Alles in Ordnung.\n"))]


def case_findings() -> list[FileReport]:
    d = doc("artikel/zug.md", 'Titel\n\nEr sagte "Hallo"  und ging.\nDas ist z.B. gut.\n')
    return [report(
        d,
        find(d, '"Hallo"', "typografie.anfuehrungszeichen", message="Gerade Anführungszeichen", replacements=("„Hallo“",)),
        find(d, "  ", "typografie.leerzeichen", severity=Severity.WARNING, message="Doppeltes Leerzeichen", replacements=(" ", "")),
        find(d, "z.B.", "abkuerzung.zb", severity=Severity.INFO, message="Abkürzung mit Leerzeichen",
             replacements=("z.\u202fB.", "z. B.", "zum Beispiel", "zB"), url="https://example.org/regeln/zb",
             description="Abkürzungen werden mit schmalem Leerzeichen gesetzt."),
    )]


def case_file_error() -> list[FileReport]:
    d = doc("a.md", "Ein Satz mit Fehlr.\n")
    ok = report(d, find(d, "Fehlr", "languagetool.GERMAN_SPELLER_RULE", source=Source.LANGUAGETOOL,
                        category="TYPOS", message="Möglicher Tippfehler gefunden.", replacements=("Fehler",)))
    return [ok, failed("b.md", "b.md:3: not valid UTF-8 (byte 0xfc at byte offset 17)"),
            report(doc("c.md", "Text\n"), warnings=("LanguageTool: Zeitüberschreitung, nur Hausregeln geprüft",))]


def case_unicode() -> list[FileReport]:
    d = doc("emoji.md", "Grüße 😀 an Sie – Straße\u0308n und\tTab\n")
    return [report(
        d,
        find(d, "Sie", "stil.anrede", message="Anrede „Sie“ 😀 prüfen"),
        find(d, "Straße\u0308n", "rechtschreibung.x", severity=Severity.WARNING, message="Kombinierendes Zeichen"),
        find(d, "Tab", "stil.tab", severity=Severity.INFO, message="Tab davor"),
    )]


def case_odd_paths() -> list[FileReport]:
    d = doc("Ressort Ausland/Bürgerkrieg, 100%: Analyse.md", "Ein , Komma.\n")
    e = doc("/abs/päth/x.md", "Hallo Welt\n")
    return [
        report(d, find(d, " ,", "typografie.komma", message="Leerzeichen vor Komma", replacements=(",",))),
        report(e, find(e, "Welt", "typografie.insert", message="Komma fehlt", replacements=(", ",), length=0)),
    ]


def case_multiline() -> list[FileReport]:
    d = doc("crlf.md", "Erste Zeile\r\nzweite Zeile\r\n")
    return [report(d, find(d, "Zeile\r\nzweite", "stil.umbruch", severity=Severity.WARNING, message="Über zwei Zeilen"))]


CASES = {
    "empty": case_empty,
    "clean": case_clean,
    "findings": case_findings,
    "file-error": case_file_error,
    "unicode": case_unicode,
    "odd-paths": case_odd_paths,
    "multiline": case_multiline,
}
