"""No placeholder takes part in a finding of its own.

Code, URLs and addresses stand in the prose as a placeholder noun ("Code", "Link",
"Mail"). "im Code `berechne()`" used to read "im Code Code", a doubled word the
copy does not have. The cases are generated: every bad example of every rule of
the default pack, with a code span right before, right after and inside what the
rule matches, in Markdown and HTML. Each must give no finding that the same text
with an ordinary word in the code's place does not give, and no finding about the
code span itself.
"""

from __future__ import annotations

from collections import Counter

import pytest

from linter.document import Document
from linter.engine import Engine
from linter.markup import prose_view
from linter.rulebook import default_rules_dir, load_rulebook

BOOK = load_rulebook([default_rules_dir()])
ENGINE = Engine(house=BOOK)
CODE = {"markdown": "`berechne()`", "html": "<code>berechne()</code>"}
WORD = "Wert"  # an ordinary noun where the code stood
#: How the code span sits at the insertion point: touching, spaced, beside the placeholder word itself.
PLACEMENTS = ("{}", "{} ", " {}", "Code {}", "{} Code", "Link {}")


def _cases():
    for rule in BOOK.rules:
        for number, example in enumerate(rule.examples.bad):
            middle = (example.start + example.end) // 2
            for where, at in (("before", example.start), ("after", example.end), ("inside", middle)):
                for placement in PLACEMENTS:
                    yield pytest.param(example.text, at, placement, id=f"{rule.id}-{number}-{where}-{placement!r}")


def _check(text: str, fmt: str):
    name = "x.md" if fmt == "markdown" else "x.html"
    body = text if fmt == "markdown" else f"<p>{text}</p>"
    return ENGINE.check(Document(name, body), "de-DE", fmt).findings, body


def _spans(findings) -> Counter:
    """Rule and flagged text of each finding, the code written as the ordinary word, to compare."""
    def plain(text: str) -> str:
        for code in CODE.values():
            text = text.replace(code, WORD)
        return text

    return Counter((f.rule, plain(f.text)) for f in findings)


@pytest.mark.parametrize("fmt", ["markdown", "html"])
@pytest.mark.parametrize("text,at,placement", list(_cases()))
def test_a_code_span_beside_or_inside_a_match_adds_no_finding(text, at, placement, fmt):
    with_code = text[:at] + placement.format(CODE[fmt]) + text[at:]
    with_word = text[:at] + placement.format(WORD) + text[at:]
    findings, body = _check(with_code, fmt)
    plain, _ = _check(with_word, fmt)
    extra = _spans(findings) - _spans(plain)
    assert not extra, (body, extra)
    code_start = body.index(CODE[fmt])
    code_end = code_start + len(CODE[fmt])
    for f in findings:
        inside = f.offset < code_start and code_end < f.end_offset  # copy around the code: about that copy
        assert inside or not (f.offset < code_end and code_start < max(f.end_offset, f.offset + 1)), (body, f)


@pytest.mark.parametrize("fmt,source", [
    ("markdown", "Details stehen im Code `berechne()` und im Handbuch."),
    ("html", "<p>Details stehen im Code <code>berechne()</code> und im Handbuch.</p>"),
    ("markdown", "Details stehen in `berechne()` Code und Handbuch."),
    ("html", "<p>Details stehen in <kbd>F5</kbd> <samp>F5</samp> Code und Handbuch.</p>"),
    ("markdown", "Mehr steht im Link <https://example.de> und in der Mail info@example.de Mail."),
    ("html", "<p>Mehr steht im Link https://example.de und in der Mail info@example.de Mail.</p>"),
])
def test_a_placeholder_next_to_its_own_word_is_no_doubled_word(fmt, source):
    name = "x.md" if fmt == "markdown" else "x.html"
    findings = ENGINE.check(Document(name, source), "de-DE", fmt).findings
    assert [f.rule for f in findings] == []
    view, _ = prose_view(source, fmt)
    words = view.text.split()
    assert all(a.lower() != b.lower() for a, b in zip(words, words[1:])), view.text


def test_placeholders_are_recorded_in_the_view_also_for_alt_texts():
    view, _ = prose_view("Ein Bild ![Der Code `x` hier](bild.png) und `y`.\n", "markdown")
    assert sorted(view.text[a:b] for a, b in view.placeholders) == ["Befehl", "Code"]
    assert view.involves_placeholder(*_find(view.text, " Befehl"))
    assert not view.involves_placeholder(*_find(view.text, "Der Code Befehl hier"))  # copy on both sides


def _find(text: str, needle: str) -> tuple[int, int]:
    return text.index(needle), len(needle)


def test_a_real_slip_next_to_code_is_still_found():
    findings, _ = _check("Siehe `berechne()` , dann kam die Liste Liste.", "markdown")
    assert sorted(f.rule for f in findings) == ["tippfehler.doppeltes-wort", "typografie.leerzeichen-vor-satzzeichen"]
