"""The house-style rule types: occurrence, consistency, conditional, readability, name-variants,
editors' word lists, and whole articles in Markdown and HTML."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from linter.document import Document
from linter.engine import Engine
from linter.errors import RuleError
from linter.examples import run_all, run_examples
from linter.rulebook import load_rulebook
from linter.rule_types.wordlist import read_list

REPO = Path(__file__).resolve().parent.parent
FIXTURE_RULES = REPO / "fixtures" / "style" / "rules"
ARTICLES = REPO / "fixtures" / "style"


def load(tmp_path: Path, body: str, bad: str = "[[x]]", good: str = "nichts", name: str = "regel.yml"):
    """One rule from YAML ``body`` with placeholder examples (they are not run here)."""
    text = "id: test.regel\n" + textwrap.dedent(body).strip() + "\n" + textwrap.dedent(f"""\
        examples:
          bad:
            - {bad!r}
          good:
            - {good!r}
        """)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_rulebook([path]).rules[0]


def problems(tmp_path: Path, body: str) -> str:
    """The RuleError text for a rule that must not load."""
    with pytest.raises(RuleError) as info:
        load(tmp_path, body)
    return str(info.value)


def spans(rule, text: str) -> list[str]:
    return [text[m.offset:m.offset + m.length] for m in rule.check(text)]


# --- the fixture rules: one of each new type -----------------------------------

FIXTURE_BOOK = load_rulebook([FIXTURE_RULES])


@pytest.mark.parametrize("rule", FIXTURE_BOOK.rules, ids=[r.id for r in FIXTURE_BOOK.rules])
def test_fixture_rule_passes_its_examples(rule):
    assert run_examples(rule) == []


def test_fixture_rules_cover_every_new_type():
    assert {r.type for r in FIXTURE_BOOK.rules} >= {
        "occurrence", "consistency", "conditional", "readability", "name-variants", "substitution"}


def test_rules_test_command_runs_the_fixture_rules():
    done = subprocess.run([sys.executable, "-m", "linter", "rules", "test", str(FIXTURE_RULES)],
                          capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip().endswith(f"{len(FIXTURE_BOOK.rules)} passed, 0 failed")


def test_rules_list_json_names_each_rule_and_its_file():
    done = subprocess.run([sys.executable, "-m", "linter", "rules", "list", "--no-default-rules",
                           "--rules", str(FIXTURE_RULES), "--format", "json"], capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 0, done.stderr
    listing = json.loads(done.stdout)
    assert [r["id"] for r in listing] == sorted(r.id for r in FIXTURE_BOOK.rules)
    by_id = {r.id: r for r in FIXTURE_BOOK.rules}
    for item in listing:
        rule = by_id[item["id"]]
        assert item == {"id": rule.id, "type": rule.type, "severity": rule.severity.label, "enabled": rule.enabled,
                        "description": rule.description, "file": str(rule.path)}


def test_rules_list_marks_the_rules_that_ship_switched_off():
    from linter.rulebook import default_rules_dir, load_rulebook

    done = subprocess.run([sys.executable, "-m", "linter", "rules", "list"], capture_output=True, text=True, cwd=REPO,
                          env={**os.environ, "NEWSLINT_RESIDENT": "off"})
    assert done.returncode == 0, done.stderr
    marked = {line.split()[0] for line in done.stdout.splitlines() if line.split()[2:3] == ["off"]}
    off = {r.id for r in load_rulebook([default_rules_dir()]).rules if not r.enabled}
    assert off and marked == off  # "gender.sonderzeichen" and the others the pack ships off, no more


def test_rules_list_refuses_an_unknown_format():
    done = subprocess.run([sys.executable, "-m", "linter", "rules", "list", "--format", "xml"],
                          capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 2 and "expected text or json" in done.stderr


# --- examples that mark several spans -----------------------------------------

def test_a_bad_example_with_two_spans_needs_both_matches(tmp_path):
    path = tmp_path / "kiew.yml"
    path.write_text(textwrap.dedent("""\
        id: test.kiew
        type: consistency
        message: "Auch „{other}“."
        severity: warning
        either: {Kiew: Kyjiw}
        examples:
          bad:
            - text: "Kyjiw, Kyjiw, [[Kiew]], Kiews."
              fix: "Kyjiw, Kyjiw, Kyjiw, Kiews."
          good:
            - "Kiew."
        """), encoding="utf-8")
    [rule] = load_rulebook([path]).rules
    assert run_examples(rule) == [
        f"{path}:8: examples.bad[1].text: expected one match at 'Kyjiw, Kyjiw, [[Kiew]], Kiews.', "
        "got 2: 'Kyjiw, Kyjiw, [[Kiew]], Kiews.'; 'Kyjiw, Kyjiw, Kiew, [[Kiews]].'"
    ]


# --- occurrence ----------------------------------------------------------------

OCCURRENCE = """\
    type: occurrence
    message: "{count} Wörter, höchstens {max}."
    severity: info
    scope: sentence
    max: 5
    """


def test_occurrence_flags_the_whole_sentence_with_its_punctuation(tmp_path):
    rule = load(tmp_path, OCCURRENCE)
    text = "Kurz und gut. Er sagte: „Das ist viel zu lang für uns.“ Ende."
    [m] = rule.check(text)
    assert text[m.offset:m.offset + m.length] == "Er sagte: „Das ist viel zu lang für uns.“"
    assert m.message == "9 Wörter, höchstens 5."


def test_occurrence_abbreviations_dates_and_datelines_end_no_sentence(tmp_path):
    rule = load(tmp_path, OCCURRENCE.replace("max: 5", "max: 12"))
    text = "Berlin (dpa) - Am 3. Oktober sah Prof. Dr. Weber z. B. Haus Nr. 5 an. Gut."
    assert spans(rule, text) == ["Berlin (dpa) - Am 3. Oktober sah Prof. Dr. Weber z. B. Haus Nr. 5 an."]


def test_occurrence_headline_and_list_items_are_their_own_units(tmp_path):
    rule = load(tmp_path, OCCURRENCE)
    text = "Drei Wörter hier\n\nUnd noch drei.\n- eins zwei drei\n- vier fünf sechs sieben acht neun"
    assert spans(rule, text) == ["- vier fünf sechs sieben acht neun"]


def test_occurrence_paragraph_scope_and_min(tmp_path):
    rule = load(tmp_path, OCCURRENCE.replace("scope: sentence", "scope: paragraph").replace(
        "max: 5", "min: 3\n    max: 6").replace("höchstens {max}", "{min} bis {max}"))
    text = "Eins zwei.\n\nEins zwei drei vier.\n\nEins zwei drei. Vier fünf sechs sieben."
    assert spans(rule, text) == ["Eins zwei.", "Eins zwei drei. Vier fünf sechs sieben."]
    assert [m.message for m in rule.check(text)] == ["2 Wörter, 3 bis 6.", "7 Wörter, 3 bis 6."]


def test_occurrence_document_max_flags_the_first_token_past_it(tmp_path):
    rule = load(tmp_path, OCCURRENCE.replace("scope: sentence", "scope: document").replace("max: 5", "max: 3"))
    assert spans(rule, "Eins zwei.\n\nDrei vier fünf.") == ["vier"]


def test_occurrence_document_min_flags_the_whole_prose(tmp_path):
    rule = load(tmp_path, OCCURRENCE.replace("scope: sentence", "scope: document").replace(
        "max: 5", "min: 10").replace("höchstens {max}", "mindestens {min}"))
    assert spans(rule, "\n Eins zwei.\n\nDrei vier. \n") == ["Eins zwei.\n\nDrei vier."]


def test_occurrence_token_counts_numbers_as_words_and_custom_tokens(tmp_path):
    rule = load(tmp_path, OCCURRENCE.replace("max: 5", "max: 4"))
    assert spans(rule, "Plus 3,5 Prozent um 14.30 Uhr.") == ["Plus 3,5 Prozent um 14.30 Uhr."]
    commas = load(tmp_path, OCCURRENCE.replace("max: 5", "max: 2\n    token: ','"))
    assert spans(commas, "Eins, zwei, drei. Vier, fünf, sechs, sieben.") == ["Vier, fünf, sechs, sieben."]


@pytest.mark.parametrize(("change", "problem"), [
    (("max: 5", "max: 5\n    min: 6"), "regel.yml:7: min: min (6) is greater than max (5)"),
    (("max: 5", ""), "max: set max and/or min"),
    (("max: 5", "max: -1"), "regel.yml:6: max: must not be negative, got -1"),
    (("max: 5", "max: '5'"), "regel.yml:6: max: expected a whole number, got text"),
    (("max: 5", "max: 2.5"), "regel.yml:6: max: expected a whole number, got a number"),
    (("max: 5", "max: true"), "regel.yml:6: max: expected a whole number, got true/false"),
    (("scope: sentence", "scope: kapitel"), "regel.yml:5: scope: unknown value 'kapitel'; expected one of: sentence, paragraph, document"),
    (("max: 5", "max: 5\n    token: '[a'"), "regel.yml:7: token: invalid regular expression"),
    (("max: 5", "max: 5\n    token: 'a*'"), "regel.yml:7: token: matches empty text"),
    (("höchstens {max}", "mindestens {min}"), "regel.yml:3: message: uses {min}, but the rule sets no min"),
    (("max: 5", "max: 5\n    fix: safe"), "regel.yml:7: fix: a occurrence rule suggests no replacement, so it cannot have a fix"),
    (("max: 5", "max: 5\n    swap: {a: b}"), "regel.yml:7: swap: unknown key; allowed here:"),
])
def test_occurrence_validation(tmp_path, change, problem):
    assert problem in problems(tmp_path, OCCURRENCE.replace(*change))


def test_occurrence_scope_is_required(tmp_path):
    assert "scope: missing required key" in problems(tmp_path, OCCURRENCE.replace("    scope: sentence\n", ""))


# --- sentences -----------------------------------------------------------------

SENTENCE_CASES = [
    ["Das gilt z. B. für Berlin.", "Dort regnet es."],
    ["Haus Nr. 5 brennt.", "Die Feuerwehr kommt."],
    ["Die Wahl ist am 3. Oktober.", "Alle gehen hin."],
    ["Prof. Dr. Anna Weber leitet das Institut.", "Sie forscht."],
    ["Berlin (dpa) - Der Bundestag stimmt ab.", "Die Mehrheit ist knapp."],
    ["Er sagte: „Das ist gut.“", "Dann ging er."],
    ["„Warum?“, fragte sie.", "Niemand antwortete."],
    ["Das Spiel endete 2:1.", "Die Fans jubelten."],
    ["Wer entscheidet?", "Niemand weiß es!", "So ist es."],
]


@pytest.mark.parametrize("case", SENTENCE_CASES, ids=[c[0] for c in SENTENCE_CASES])
def test_sentences_are_split_like_a_reader_splits_them(case):
    from linter.sentences import sentences

    text = " ".join(case)
    assert [text[s.start:s.end] for s in sentences(text)] == case


def test_sentence_offsets_map_exactly_onto_the_prose():
    from linter.sentences import paragraph_spans, sentences

    text = "Titel ohne Punkt\n\n  Erster Satz. Zweiter\nSatz mit Umbruch.  \n\n- Punkt eins\n- Punkt zwei"
    assert [text[p.start:p.end] for p in paragraph_spans(text)] == [
        "Titel ohne Punkt", "Erster Satz. Zweiter\nSatz mit Umbruch.", "- Punkt eins", "- Punkt zwei"]
    assert [text[s.start:s.end] for s in sentences(text)] == [
        "Titel ohne Punkt", "Erster Satz.", "Zweiter\nSatz mit Umbruch.", "- Punkt eins", "- Punkt zwei"]


# --- consistency ---------------------------------------------------------------

CONSISTENCY = """\
    type: consistency
    message: "Auch „{other}“ steht im Text."
    severity: warning
    either:
      Kiew: Kyjiw
      E-Mail: Mail
    """


def test_consistency_flags_every_occurrence_of_the_rarer_spelling(tmp_path):
    rule = load(tmp_path, CONSISTENCY)
    text = "Kyjiw meldet. Kiews Lage. Kyjiws Bürgermeister. Kyjiw'"
    found = rule.check(text)
    assert spans(rule, text) == ["Kiews"]
    assert found[0].replacements == ("Kyjiws",) and found[0].message == "Auch „Kyjiw“ steht im Text."


def test_consistency_on_a_tie_flags_the_later_spelling(tmp_path):
    rule = load(tmp_path, CONSISTENCY)
    assert spans(rule, "Kyjiw und Kiew.") == ["Kiew"]
    assert spans(rule, "Kiew und Kyjiw.") == ["Kyjiw"]


def test_consistency_counts_german_endings_not_derived_words(tmp_path):
    rule = load(tmp_path, CONSISTENCY.replace("Kiew: Kyjiw", "Paris: Parisch"))
    assert spans(rule, "Paris' Bürgermeister, Parisch.") == ["Parisch"]
    rule = load(tmp_path, CONSISTENCY)
    assert spans(rule, "Die Kiewer Straße in Kyjiw.") == []
    assert spans(rule, "Mails, E-Mails, E-Mail.") == ["Mails"]
    assert spans(rule, "Mailen, E-Mails, E-Mail.") == ["Mailen"]


def test_consistency_is_quiet_when_one_spelling_is_used(tmp_path):
    rule = load(tmp_path, CONSISTENCY)
    assert spans(rule, "Kiew, Kiews, KIEW und Kiew.") == []


def test_consistency_casing_and_ignorecase(tmp_path):
    rule = load(tmp_path, CONSISTENCY)
    assert spans(rule, "Kyjiw und KIEW.") == []
    rule = load(tmp_path, CONSISTENCY.rstrip() + "\n    ignorecase: true\n")
    assert spans(rule, "Kyjiw, Kyjiw und KIEW.") == ["KIEW"]


def test_consistency_with_inflections_off(tmp_path):
    rule = load(tmp_path, CONSISTENCY.rstrip() + "\n    inflections: false\n")
    assert spans(rule, "Kyjiw und Kiews.") == []


@pytest.mark.parametrize(("either", "problem"), [
    ("      Kiew: Kiew\n", "either.Kiew: both spellings are the same"),
    ("      Kiew: Kyjiw\n      Kyiv: Kiew\n", "either.Kyiv: 'Kiew' is already in the pair of 'Kiew'"),
    ("      Kiew: [Kyjiw]\n", "either.Kiew: expected text, got a list"),
    ("      ' Kiew': Kyjiw\n", "a spelling must not be empty or start or end with a space"),
])
def test_consistency_validation(tmp_path, either, problem):
    body = 'type: consistency\nmessage: "m {other}"\nseverity: info\neither:\n' + either
    assert problem in problems(tmp_path, body)


def test_consistency_needs_either_or_a_file(tmp_path):
    assert "either: missing required key" in problems(tmp_path, 'type: consistency\nmessage: "m"\nseverity: info\n')


# --- editors' word lists -------------------------------------------------------

def test_either_file_and_swap_file_read_tsv_and_csv(tmp_path):
    (tmp_path / "orte.tsv").write_text("# Orte\nCharkiw\tCharkow\tHausschreibweise\n\nOdesa\tOdessa\n", encoding="utf-8")
    rule = load(tmp_path, 'type: consistency\nmessage: "{other}: {note}"\nseverity: info\neither_file: orte.tsv\n')
    [m] = rule.check("Charkiw, Charkiw, Charkow.")
    assert m.message == "Charkiw: Hausschreibweise"
    (tmp_path / "liste.csv").write_text('Email,E-Mail,"Duden, Bindestrich"\nvorraus,voraus\n', encoding="utf-8")
    rule = load(tmp_path, 'type: substitution\nmessage: "{replacement} ({note})"\nseverity: info\nswap_file: liste.csv\n')
    assert [(m.replacements, m.message) for m in rule.check("Eine Email, vorraus.")] == [
        (("E-Mail",), "E-Mail (Duden, Bindestrich)"), (("voraus",), "voraus ()")]


@pytest.mark.parametrize(("name", "content", "problem"), [
    ("l.tsv", "a\tb\nnur eine Spalte\n", "l.tsv:2: expected 2 or 3 columns (wrong, right, optional note), got 1"),
    ("l.tsv", "a\tb\tc\td\n", "l.tsv:1: expected 2 or 3 columns"),
    ("l.tsv", "a\t\n", "l.tsv:1: the first two columns must not be empty"),
    ("l.tsv", "a\ta\n", "l.tsv:1: both columns are the same"),
    ("l.tsv", "a\tb\n# x\nA\tc\n", "l.tsv:3: 'A' is already listed on line 1"),
    ("l.tsv", "a[[x]]\tb\n", "l.tsv:1: an entry must not contain [[ or ]]"),
    ("l.tsv", "# nur Kommentar\n", "l.tsv: the word list has no entries"),
    ("l.txt", "a\tb\n", "l.txt: a word list must be a .tsv or .csv file"),
])
def test_word_list_problems_name_the_list_line(tmp_path, name, content, problem):
    (tmp_path / name).write_text(content, encoding="utf-8")
    text = problems(tmp_path, f'type: substitution\nmessage: "m"\nseverity: info\nswap_file: {name}\n')
    assert f"regel.yml:5: swap_file: {tmp_path / name}" in text
    assert problem in text


def test_word_list_missing_file_and_entry_in_both_places(tmp_path):
    assert "cannot read the word list" in problems(
        tmp_path, 'type: substitution\nmessage: "m"\nseverity: info\nswap_file: fehlt.tsv\n')
    (tmp_path / "l.tsv").write_text("Kiew\tKyjiw\n", encoding="utf-8")
    assert "l.tsv:1: 'Kiew' is also in the rule file itself" in problems(
        tmp_path, 'type: consistency\nmessage: "m"\nseverity: info\neither: {Kyjiw: Kiew}\neither_file: l.tsv\n')


def test_word_list_reports_at_most_twenty_problems(tmp_path):
    path = tmp_path / "l.tsv"
    path.write_text("x\n" * 30, encoding="utf-8")
    found: list[str] = []
    read_list(path, False, found)
    assert len(found) == 30
    text = problems(tmp_path, 'type: substitution\nmessage: "m"\nseverity: info\nswap_file: l.tsv\n')
    assert text.count("expected 2 or 3 columns") == 20 and "... and 10 more problems" in text


# --- conditional ---------------------------------------------------------------

CONDITIONAL = r"""
    type: conditional
    message: "„{match}“ ausschreiben."
    severity: info
    first: '\b(\p{Lu}{3,5})\b'
    second: '\p{Lu}\p{Ll}+(?:\s+\p{L}+){0,6}\s+\((\p{Lu}{3,5})\)'
    exceptions: [NATO]
    """


def test_conditional_flags_each_key_never_spelled_out(tmp_path):
    rule = load(tmp_path, CONDITIONAL)
    text = "Die OPCW prüft. Die IAEA auch. Die OPCW reist. Die NATO berät."
    assert spans(rule, text) == ["OPCW", "IAEA", "OPCW"]
    defined = "Die OPCW prüft. Die Organisation für das Verbot chemischer Waffen (OPCW) ist in Den Haag."
    assert spans(rule, defined) == []


@pytest.mark.parametrize(("change", "problem"), [
    ((r"first: '\b(\p{Lu}{3,5})\b'", r"first: '\b\p{Lu}{3,5}\b'"), "first: needs a group (...)"),
    ((r"second: '", r"second: '(["), "second: invalid regular expression"),
    (("exceptions: [NATO]", "exceptions: NATO"), "exceptions: expected a list, got text"),
    (("exceptions: [NATO]", "exceptions: [1]"), "exceptions[1]: expected text, got a number"),
])
def test_conditional_validation(tmp_path, change, problem):
    assert problem in problems(tmp_path, CONDITIONAL.replace(*change))


# --- readability ---------------------------------------------------------------

def test_syllables_from_hyphenation_points():
    from linter.readability import syllables

    assert [syllables(w) for w in ("Haus", "Strumpf", "Knie", "Angst", "schreibt", "geht's")] == [1, 1, 1, 1, 1, 1]
    assert [syllables(w) for w in ("Ofen", "Abend", "E-Mail", "Theater", "Europa", "Regierungserklärung")] == [
        2, 2, 2, 3, 3, 6]


def test_readability_formulas_on_a_text_counted_by_hand():
    from linter import readability
    from linter.sentences import sentences

    text = "Der Hund bellt. Die Katze schläft."
    counts = readability.count(text, sentences(text))
    # By hand: 2 sentences; 6 words; Der Hund bellt Die Kat-ze schläft = 7 syllables;
    # no word of three syllables; one word of more than six letters (schläft); five of one syllable.
    assert counts == readability.Counts(sentences=2, words=6, syllables=7, polysyllables=0, monosyllables=5, long_words=1)
    assert readability.amstad(counts) == pytest.approx(180 - 6 / 2 - 58.5 * 7 / 6)
    assert readability.wiener_sachtextformel(counts) == pytest.approx(
        0.1935 * 0 + 0.1672 * 3 + 0.1297 * 100 / 6 - 0.0327 * 500 / 6 - 0.875)


EASY = "Der Hund bellt laut. Die Katze schläft. Das Kind lacht. Die Sonne scheint. Alle sind froh. Wir gehen nach Haus."
HARD = ("Die Inanspruchnahme der Leistungsberechtigung setzt die fristgerechte Antragseinreichung bei der "
        "zuständigen Verwaltungsbehörde unter Beifügung sämtlicher erforderlicher Nachweisunterlagen voraus.")


def test_readability_scores_tell_easy_from_hard():
    from linter import readability
    from linter.sentences import sentences

    easy, hard = (readability.count(t, sentences(t)) for t in (EASY, HARD))
    assert readability.amstad(easy) > 80 > 30 > readability.amstad(hard)
    assert readability.wiener_sachtextformel(easy) < 4 < 14 < readability.wiener_sachtextformel(hard)


READABILITY = """\
    type: readability
    message: "Index {score} (Grenze {max})."
    severity: info
    formula: wiener-sachtextformel
    scope: paragraph
    max: 12
    min_words: 5
    """


def test_readability_flags_the_whole_paragraph(tmp_path):
    rule = load(tmp_path, READABILITY)
    text = f"Überschrift\n\n{EASY}\n\n{HARD}"
    [m] = rule.check(text)
    assert text[m.offset:m.offset + m.length] == HARD
    assert re.fullmatch(r"Index \d+(,\d)? \(Grenze 12\)\.", m.message)  # a German decimal comma, if any


def test_readability_document_scope_flags_the_whole_prose(tmp_path):
    rule = load(tmp_path, READABILITY.replace("scope: paragraph", "scope: document").replace("max: 12", "max: 8"))
    text = f"\n{HARD}\n\n{HARD}\n"
    assert spans(rule, text) == [text.strip()]
    assert spans(rule, EASY) == []


def test_readability_skips_units_below_min_words(tmp_path):
    rule = load(tmp_path, READABILITY.replace("min_words: 5", "min_words: 30"))
    assert spans(rule, HARD) == []


@pytest.mark.parametrize(("change", "problem"), [
    (("formula: wiener-sachtextformel", "formula: flesch"), "formula: unknown value 'flesch'; expected one of: amstad, wiener-sachtextformel"),
    (("scope: paragraph", "scope: sentence"), "scope: unknown value 'sentence'; expected one of: paragraph, document"),
    (("max: 12", "max: 12\n    min: 13.5"), "min: min (13.5) is greater than max (12)"),
    (("min_words: 5", "min_words: -5"), "min_words: must not be negative"),
    (("max: 12", "max: .nan"), "max: expected a finite number"),
    (("Grenze {max}", "Grenze {min}"), "message: uses {min}, but the rule sets no min"),
])
def test_readability_validation(tmp_path, change, problem):
    assert problem in problems(tmp_path, READABILITY.replace(*change))


# --- name variants -------------------------------------------------------------

NAMES = """\
    type: name-variants
    message: "„{match}“, sonst „{other}“ ({count}-mal)."
    severity: warning
    """


def test_name_variant_is_flagged_at_the_rarer_spelling_naming_the_other(tmp_path):
    rule = load(tmp_path, NAMES)
    text = "Selenskyj reist. Selenskyj spricht. Selenskyjs Berater. Selenskyj dankt. Dann sprach Selenski."
    [m] = rule.check(text)
    assert text[m.offset:m.offset + m.length] == "Selenski"
    assert m.message == "„Selenski“, sonst „Selenskyj“ (4-mal)." and m.replacements == ("Selenskyj",)


@pytest.mark.parametrize("text", [
    "Scholz spricht. Scholz geht. Schulz widerspricht. Schulz bleibt.",  # both repeated: two people
    "Olaf Scholz spricht. Scholz geht. Martin Schulz widerspricht.",  # different first names
    "Meier klagt. Meier verliert. Maier schweigt.",  # both established names in wordfreq
    "Der Bundestag tagt. Im Bundestag Streit. Des Bundestages Würde.",  # inflection
    "Die Minister tagen. Die Minister streiten. Die Ministerin geht.",  # ordinary words
])
def test_two_names_or_words_are_not_variants(tmp_path, text):
    assert spans(load(tmp_path, NAMES), text) == []


def test_the_same_first_name_makes_even_established_names_one_person(tmp_path):
    rule = load(tmp_path, NAMES)
    assert spans(rule, "Olaf Scholz spricht. Scholz geht. Später sagte Olaf Schulz noch etwas.") == ["Schulz"]


@pytest.mark.parametrize(("key", "value", "problem"), [
    ("max_distance", "5", "max_distance: must be between 1 and 3, got 5"),
    ("min_count", "one", "min_count: expected a whole number, got text"),
    ("min_length", "1", "min_length: must be between 3 and 20, got 1"),
])
def test_name_variants_validation(tmp_path, key, value, problem):
    assert problem in problems(tmp_path, NAMES.rstrip() + f"\n    {key}: {value}\n")


# --- whole articles: findings at their exact source positions ------------------

EXPECTED = [  # (rule, flagged prose, the source line it must be on)
    ("stil.kiew-kyjiw", "Kiew", "Die Lage in Kiew"),
    ("stil.satzlaenge", "Nach Angaben", "Nach Angaben der Beh"),
    ("stil.abkuerzung-erklaeren", "IAEA", "Die IAEA pr"),
]


@pytest.mark.parametrize("name", ["artikel.md", "artikel.html"])
def test_article_findings_land_at_their_source_position(name):
    source = (ARTICLES / name).read_text(encoding="utf-8")
    report = Engine(house=FIXTURE_BOOK).check(Document(path=name, text=source), "de-DE")
    assert report.error is None and report.warnings == []
    assert [f.rule for f in report.findings] == [rule for rule, _, _ in EXPECTED]
    lines = source.splitlines()
    for finding, (rule, starts, line_text) in zip(report.findings, EXPECTED):
        assert finding.text.startswith(starts)
        assert line_text in lines[finding.line - 1]
        assert source[finding.offset:finding.offset + finding.length] == finding.text
    sentence = report.findings[1].text
    assert sentence.endswith("Kyjiw erreichte.")  # the whole sentence, its full stop included
    assert re.search(r"\bKyjiw erreichte\.", source)


def test_all_fixture_rules_pass_together():
    assert {rule: found for rule, found in run_all(FIXTURE_BOOK).items() if found} == {}
