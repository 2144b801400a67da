"""Unit tests per rule type: pattern, substitution, repetition; message filling and timeouts."""

from __future__ import annotations

import textwrap
import time
from pathlib import Path

import pytest

from linter.findings import FixSafety, Severity, Source
from linter.rule_types import RULE_TYPES, RuleTimeout
from linter.rule_types.example_spec import parse_marked
from linter.rulebook import load_rulebook


def make_rule(tmp_path: Path, body: str, bad: str = "[[x]]", good: str = "nichts"):
    """Load one rule from YAML ``body`` (type-specific keys), with placeholder examples."""
    text = textwrap.dedent(body).rstrip() + "\n" + textwrap.dedent(f"""\
        examples:
          bad:
            - {bad!r}
          good:
            - {good!r}
        """)
    if "id:" not in body:
        text = "id: test.regel\n" + text
    path = tmp_path / "regel.yml"
    path.write_text(text, encoding="utf-8")
    return load_rulebook([path]).rules[0]


def spans(rule, text: str) -> list[str]:
    """The flagged substrings, for compact assertions."""
    return [text[m.offset:m.offset + m.length] for m in rule.check(text)]


def test_registry_lists_the_types():
    assert sorted(RULE_TYPES) == ["agreement", "conditional", "consistency", "infinitive", "name-variants", "occurrence", "pattern", "readability", "repetition", "substitution"]


# --- pattern -----------------------------------------------------------------

PATTERN = """\
    type: pattern
    message: "„{match}“ wird zu „{replacement}“."
    severity: error
    fix: unsafe
    link: https://example.org/regel
    description: Warum.
    pattern: '(\\d+)\\s*Prozent'
    replacements: ['\\1 %', '\\g<1> Prozent']
    """


def test_pattern_match_fields(tmp_path):
    rule = make_rule(tmp_path, PATTERN, bad="[[5 Prozent]]")
    [m] = rule.check("Plus 5 Prozent")
    assert (m.offset, m.length) == (5, 9)
    assert m.replacements == ("5 %", "5 Prozent")
    assert m.message == "„5 Prozent“ wird zu „5 %“."
    assert (m.rule, m.category, m.source, m.severity, m.fix) == (
        "test.regel", "test", Source.HOUSE, Severity.ERROR, FixSafety.UNSAFE)
    assert (m.url, m.description) == ("https://example.org/regel", "Warum.")


def test_pattern_is_case_sensitive_unless_ignorecase(tmp_path):
    body = 'type: pattern\nmessage: "m"\nseverity: info\npattern: "Euro"\n'
    assert spans(make_rule(tmp_path, body), "EURO und Euro") == ["Euro"]
    assert spans(make_rule(tmp_path, body + "ignorecase: true\n"), "EURO und Euro") == ["EURO", "Euro"]


def test_pattern_without_replacements_has_no_fix(tmp_path):
    rule = make_rule(tmp_path, 'type: pattern\nmessage: "m"\nseverity: info\npattern: "x"\n')
    [m] = rule.check("x")
    assert m.replacements == () and m.fix is FixSafety.NONE


SWAPPED = """\
    type: pattern
    message: "„{replacement}“ statt „{match}“."
    severity: warning
    fix: unsafe
    pattern: '(?<=^Er[ ])(?:haben|sind|gingen)\\b'
    replacements: ['\\g<0>?']
    swap:
      haben: hat
      sind: [ist, sei]
    """


def test_pattern_swap_suggests_by_the_whole_match_before_the_templates(tmp_path):
    rule = make_rule(tmp_path, SWAPPED, bad="Er [[haben]] Zeit.", good="Sie haben Zeit.")
    assert rule.check("Er haben Zeit.")[0].replacements == ("hat", "haben?")
    assert rule.check("Er sind da.")[0].replacements == ("ist", "sei", "sind?")
    assert rule.check("Er sind da.")[0].message == "„ist“ statt „sind“."
    # a match with no entry keeps the templates alone
    assert rule.check("Er gingen.")[0].replacements == ("gingen?",)


def test_pattern_swap_alone_is_enough_for_a_fix(tmp_path):
    body = "".join(line for line in SWAPPED.splitlines(keepends=True) if "replacements:" not in line)
    rule = make_rule(tmp_path, body, bad="Er [[haben]] Zeit.", good="Sie haben Zeit.")
    [m] = rule.check("Er haben Zeit.")
    assert m.replacements == ("hat",) and m.fix is FixSafety.UNSAFE
    assert rule.check("Er gingen.")[0].replacements == ()


@pytest.mark.parametrize(
    ("swap", "problem"),
    [
        ("      haben: haben\n", "swap.haben: the suggestion is the same as the wrong form"),
        ("      haben: []\n", "swap.haben: needs at least one suggestion"),
        ("      haben: [1]\n", "swap.haben[1]: expected text, got a number"),
    ],
)
def test_pattern_swap_validation(tmp_path, swap, problem):
    body = 'type: pattern\nmessage: "m"\nseverity: info\npattern: "haben"\nswap:\n' + swap
    with pytest.raises(Exception, match=r"regel.yml:\d+: " + __import__("re").escape(problem)):
        make_rule(tmp_path, body)


def test_pattern_skips_zero_length_matches(tmp_path):
    rule = make_rule(tmp_path, 'type: pattern\nmessage: "m"\nseverity: info\npattern: "a|(?=b)"\n')
    assert spans(rule, "bab") == ["a"]


def test_pattern_matching_empty_text_is_rejected(tmp_path):
    with pytest.raises(Exception, match=r"regel.yml:5: pattern: matches empty text, so it would fire everywhere"):
        make_rule(tmp_path, 'type: pattern\nmessage: "m"\nseverity: info\npattern: "x*"\n')


def test_message_braces(tmp_path):
    rule = make_rule(tmp_path, 'type: pattern\nmessage: "{{wörtlich}} {match}"\nseverity: info\npattern: "x"\n')
    assert rule.check("x")[0].message == "{wörtlich} x"
    with pytest.raises(Exception, match=r"regel.yml:3: message: malformed"):
        make_rule(tmp_path, 'type: pattern\nmessage: "{match"\nseverity: info\npattern: "x"\n')


# --- timeouts ----------------------------------------------------------------

def test_catastrophic_pattern_cannot_hang_a_run(tmp_path):
    """(a+)+$ on 'aaa...b' is the textbook case; regex defuses it or the timeout stops it."""
    rule = make_rule(tmp_path, 'type: pattern\nmessage: "m"\nseverity: info\npattern: "(a+)+$"\n')
    started = time.monotonic()
    try:
        assert rule.check("a" * 40 + "b", timeout=1.0) == []
    except RuleTimeout:
        pass
    assert time.monotonic() - started < 5


def test_backtracking_pattern_times_out(tmp_path):
    # regex optimises (a+)+$ itself, but not (a|aa)+$: this one really backtracks.
    rule = make_rule(tmp_path, 'type: pattern\nmessage: "m"\nseverity: info\npattern: "(a|aa)+$"\n')
    started = time.monotonic()
    with pytest.raises(RuleTimeout, match=r"regel.yml:1: test.regel: gave up after 0.3 s on this text"):
        rule.check("a" * 40 + "b", timeout=0.3)
    assert time.monotonic() - started < 3


# --- substitution ------------------------------------------------------------

SUBST = """\
    type: substitution
    message: "Statt „{match}“: „{replacement}“."
    severity: warning
    swap:
      Strasse: Straße
      vorraus: voraus
      Email: [E-Mail, Mail]
      zum Teil: teilweise
      Maß: Mass
    """


def test_substitution_replaces_with_case_kept(tmp_path):
    rule = make_rule(tmp_path, SUBST)
    [m] = rule.check("Die Strasse ist gesperrt.")
    assert m.replacements == ("Straße",)
    assert m.message == "Statt „Strasse“: „Straße“."
    [m] = rule.check("Vorraus fährt die Polizei.")  # sentence start keeps its capital
    assert m.replacements == ("Voraus",)


def test_substitution_capitalised_key_does_not_match_lower_case(tmp_path):
    rule = make_rule(tmp_path, SUBST)
    assert spans(rule, "die strasse, STRASSE") == []


def test_substitution_ignorecase_carries_all_caps(tmp_path):
    rule = make_rule(tmp_path, SUBST.replace("swap:", "ignorecase: true\n    swap:"))
    assert [m.replacements[0] for m in rule.check("STRASSE und strasse")] == ["STRASSE", "Straße"]
    assert [m.replacements[0] for m in rule.check("VORRAUS")] == ["VORAUS"]


def test_substitution_word_edges_know_german_letters(tmp_path):
    rule = make_rule(tmp_path, SUBST)
    assert spans(rule, "Maßnahme, Übermaß, Strassenbahn, Hauptstrasse") == []
    assert spans(rule, "Das Maß ist voll.") == ["Maß"]
    assert spans(rule, "éStrasse Strasseé") == []


def test_substitution_skips_hyphenated_compounds_by_default(tmp_path):
    rule = make_rule(tmp_path, SUBST)
    assert spans(rule, "Die Email-Adresse, die Email- und Postadresse, die Info-Email") == []
    assert spans(rule, "Schicken Sie eine Email.") == ["Email"]
    assert rule.check("Schicken Sie eine Email.")[0].replacements == ("E-Mail", "Mail")


def test_substitution_compounds_option(tmp_path):
    rule = make_rule(tmp_path, SUBST.replace("swap:", "compounds: true\n    swap:"))
    assert spans(rule, "Die Email-Adresse und die Emailadresse") == ["Email"]


def test_substitution_phrase_across_line_break_but_not_paragraph(tmp_path):
    rule = make_rule(tmp_path, SUBST)
    assert spans(rule, "Das ist zum\nTeil richtig.") == ["zum\nTeil"]
    assert spans(rule, "Das ist zum\n\nTeil richtig.") == []
    assert rule.check("Zum Teil richtig.")[0].replacements == ("Teilweise",)


def test_substitution_apostrophe_joins_words(tmp_path):
    rule = make_rule(tmp_path, SUBST)
    assert spans(rule, "Strasse's Ende") == []


@pytest.mark.parametrize(
    ("swap", "problem"),
    [
        ("      Straße: Straße\n", "swap.Straße: the suggestion is the same as the wrong form"),
        ("      Strasse: Straße\n      strasse: straße\n",
         "swap.strasse: same word as 'Strasse' apart from case; keys are matched case-insensitively"),
        ("      Strasse: []\n", "swap.Strasse: needs at least one suggestion"),
        ("      ' Strasse': Straße\n", "swap. Strasse: a wrong form must not be empty or start or end with a space"),
        ("      Strasse: Straße\n      Strasse: Strasse2\n", "swap.Strasse: duplicate key (first on line 6)"),
    ],
)
def test_substitution_swap_validation(tmp_path, swap, problem):
    body = 'type: substitution\nmessage: "m"\nseverity: info\nswap:\n' + textwrap.indent(textwrap.dedent(swap), "  ")
    with pytest.raises(Exception, match=r"regel.yml:\d+: " + __import__("re").escape(problem)):
        make_rule(tmp_path, body)


# --- repetition --------------------------------------------------------------

REPEAT = """\
    type: repetition
    message: "Doppelt: {word}"
    severity: warning
    fix: unsafe
    exceptions:
      - words: [sie]
      - words: [die]
        preceded_by: ',\\s*'
      - words: [der]
        followed_by: '\\s+Tag'
    """


def test_repetition_flags_gap_and_second_word(tmp_path):
    rule = make_rule(tmp_path, REPEAT)
    [m] = rule.check("Er sah die die Kinder.")
    assert (m.offset, m.length, m.replacements, m.message, m.fix) == (10, 4, ("",), "Doppelt: die", FixSafety.UNSAFE)


def test_repetition_is_case_insensitive_and_keeps_first_capital(tmp_path):
    rule = make_rule(tmp_path, REPEAT)
    text = "Die die Kinder."
    [m] = rule.check(text)
    assert text[:m.offset] + m.replacements[0] + text[m.offset + m.length:] == "Die Kinder."


def test_repetition_across_line_break_not_paragraph_or_sentence(tmp_path):
    rule = make_rule(tmp_path, REPEAT)
    assert spans(rule, "noch den\nden Ort") == ["\nden"]
    assert spans(rule, "noch den\r\n  den Ort") == ["\r\n  den"]
    assert spans(rule, "Ende den\n\nden Ort") == []
    assert spans(rule, "Er kam. Kam er?") == []
    assert spans(rule, "Das, das ist es.") == []


def test_repetition_triple_gives_two_hits(tmp_path):
    rule = make_rule(tmp_path, REPEAT)
    text = "Er sah die die die Kinder."
    assert [m.offset for m in rule.check(text)] == [10, 14]


def test_repetition_whole_words_only(tmp_path):
    rule = make_rule(tmp_path, REPEAT)
    assert spans(rule, "Baden-Baden Baden") == []
    assert spans(rule, "die die-hard Fans") == []
    assert spans(rule, "12 12 und A A") == []
    assert spans(rule, "dass das") == []
    assert spans(rule, "Übel übel") == [" übel"]


def test_repetition_exceptions(tmp_path):
    rule = make_rule(tmp_path, REPEAT)
    assert spans(rule, "ob sie sie kennt") == []
    assert spans(rule, "Frauen, die die Kinder") == []
    assert spans(rule, "Frauen die die Kinder") == [" die"]
    assert spans(rule, "an der der Tag") == []
    assert spans(rule, "an der der Abend") == [" der"]


# --- examples markers --------------------------------------------------------

@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a[[b]]c", ("abc", ((1, 2),))),
        ("[[ganz]]", ("ganz", ((0, 4),))),
        ("a[[b]]c[[d]]", ("abcd", ((1, 2), (3, 4)))),
        ("Erst [[Kiew]].\n\nDann [[Kiews]] Lage.", ("Erst Kiew.\n\nDann Kiews Lage.", ((5, 9), (17, 22)))),
        ("ohne", "mark the flagged span(s) with [[ and ]]"),
        ("a]]b[[c", "]] comes before [["),
        ("a[[b]]c]]", "]] comes before [["),
        ("a[[b", "[[ is never closed with ]]"),
        ("a[[b[[c]]d]]", "[[ inside a marked span; spans may not nest"),
        ("a[[]]b", "the marked span [[]] is empty"),
    ],
)
def test_parse_marked(raw, expected):
    assert parse_marked(raw) == expected
