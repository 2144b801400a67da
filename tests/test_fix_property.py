"""Fixing is idempotent: a second run changes nothing, and the fixed findings are gone.

House rules only (no LanguageTool), over generated German-ish copy with the slips
the safe fixes are for: stray spaces before punctuation, double spaces, straight
quotes, doubled words, three dots, hyphens as dashes.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linter.document import Document
from linter.fixing import fix_document
from linter.fixing.allowlist import load_allowlist
from linter.fixing.safety import fix_level, is_wanted
from linter.runner import CheckRequest, build_engine

ENGINE = build_engine(CheckRequest(paths=[], use_languagetool=False), lambda _: None)
WORDS = ["die", "der", "das", "Zug", "fährt", "nach", "Wladiwostok", "Kim", "sagte", "Peskow", "schwer",
         "ist", "und", "Moskau", "Standart", "z.B.", "jedoch", "Gäste", "Fähre", "im", "Hafen", "2023", "60"]
MARKS = [",", ".", "!", "?", ":", ";"]


@st.composite
def copy(draw) -> str:
    """A few sentences of German-ish copy with injected slips."""
    pieces: list[str] = []
    for _ in range(draw(st.integers(1, 25))):
        word = draw(st.sampled_from(WORDS))
        slip = draw(st.sampled_from(["", "", "", "quote", "double", "stray", "twice", "dots", "dash", "newline"]))
        if slip == "quote":
            word = f'"{word}"'
        elif slip == "twice":
            word = f"{word} {word}"
        pieces.append(word)
        if slip == "stray":
            pieces[-1] += " " + draw(st.sampled_from(MARKS))
        elif slip == "dots":
            pieces[-1] += "..."
        elif slip == "dash":
            pieces.append("-")
        elif slip == "newline":
            pieces[-1] += draw(st.sampled_from(["\n", "\r\n", "\n\n"]))
        pieces.append(draw(st.sampled_from([" ", " ", " ", "  ", "   ", ", ", ". "])))
    return "".join(pieces).rstrip(" ")


def fixed(text: str, unsafe: bool) -> str:
    result = fix_document(ENGINE, Document(path="copy.txt", text=text), "de-DE", "text", unsafe)
    assert result.error is None and not result.warnings, result.warnings
    return result.fixed


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=copy(), unsafe=st.booleans())
def test_fix_is_idempotent_and_leaves_no_wanted_fix(text, unsafe):
    once = fixed(text, unsafe)
    assert fixed(once, unsafe) == once
    report = ENGINE.check(Document(path="copy.txt", text=once), "de-DE", "text")
    allow = load_allowlist()
    assert not [f for f in report.findings if is_wanted(fix_level(f, allow), unsafe)]


@settings(max_examples=100, deadline=None)
@given(text=copy())
def test_fix_touches_nothing_outside_the_findings(text):
    """Text without any finding comes back byte for byte."""
    report = ENGINE.check(Document(path="copy.txt", text=text), "de-DE", "text")
    if not report.findings:
        assert fixed(text, unsafe=True) == text


def test_bom_and_newline_survive_in_memory_round():
    doc = Document.from_bytes("a.txt", "Er kam , ja.\r\n".encode("utf-8-sig"))
    result = fix_document(ENGINE, doc, "de-DE", "text")
    assert doc.encode(result.fixed) == "Er kam, ja.\r\n".encode("utf-8-sig")
