"""The house vocabulary: list hygiene, loading per project, and its two effects on findings."""

from __future__ import annotations

from pathlib import Path

import pytest

from linter.findings import Match, Severity, Source
from linter.precision.vocabulary import (
    REJECT_RULE,
    AcceptFilter,
    RejectChecker,
    Vocabulary,
    builtin_lists,
    load_vocabulary,
    parse_reject,
)
from linter.precision.wordlists import data_lists, read_entries
from linter.prose import ProseView

# The house vocabulary and the word lists of the precision means (role nouns, name particles, ...).
LISTS = builtin_lists("accept") + builtin_lists("reject") + data_lists()


def test_builtin_lists_exist():
    assert builtin_lists("accept") and builtin_lists("reject")
    assert {p.name for p in data_lists()} >= {"role-heads.txt", "institution-heads.txt", "name-particles.txt"}


@pytest.mark.parametrize("path", LISTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_list_is_sorted_unique_and_clean(path: Path):
    lines = path.read_text(encoding="utf-8").splitlines()
    assert all(line == line.strip() for line in lines), "no leading/trailing whitespace"
    assert all(line for line in lines), "no blank lines"
    entries = read_entries(path)
    assert entries == sorted(entries), "entries sorted (code point order)"
    assert len(entries) == len(set(entries)), "entries unique"


def test_precision_lists_are_written_as_they_are_matched():
    """Role heads are matched against the lower-cased word's end; institution heads and particles as written."""
    from linter.precision.wordlists import data_list

    assert all(head == head.lower() for head in data_list("role-heads"))
    for name in ("institution-heads", "name-particles"):
        assert all(entry[:1].isupper() and " " not in entry for entry in data_list(name)), name


def test_no_entry_both_accepted_and_rejected():
    accepted = {e for p in builtin_lists("accept") for e in read_entries(p)}
    rejected = {parse_reject(e)[0] for p in builtin_lists("reject") for e in read_entries(p)}
    assert not accepted & rejected


@pytest.mark.parametrize("path", builtin_lists("reject"), ids=lambda p: p.name)
def test_reject_entries_have_a_different_replacement(path: Path):
    for entry in read_entries(path):
        word, replacements = parse_reject(entry)
        assert word and replacements, entry
        assert word not in replacements, entry


def test_read_entries_drops_comments_and_blanks(tmp_path: Path):
    path = tmp_path / "namen.txt"
    path.write_text("# Namen\nPeskow  # Kremlsprecher\n\n   \nLankow\n", encoding="utf-8")
    assert read_entries(path) == ["Peskow", "Lankow"]


def test_project_lists_are_loaded_and_reject_wins(tmp_path: Path):
    accept, reject = tmp_path / "accept.txt", tmp_path / "reject.txt"
    accept.write_text("Peskow\nMuster\n", encoding="utf-8")
    reject.write_text("Muster -> Vorlage\n", encoding="utf-8")
    vocabulary = load_vocabulary((accept,), (reject,), builtin=False)
    assert vocabulary.accepts("Peskow") and vocabulary.accepts("Peskows")  # genitive
    assert not vocabulary.accepts("Muster")
    assert vocabulary.reject["Muster"] == ("Vorlage",)


def test_builtin_vocabulary_knows_cldr_places_and_agencies():
    vocabulary = load_vocabulary()
    for word in ("Pjöngjang", "Wladiwostok", "AFP", "Ria Novosti", "Niederösterreich"):
        assert vocabulary.accepts(word), word


def _spelling(offset: int, length: int, category: str = "TYPOS") -> Match:
    return Match(offset, length, "languagetool.GERMAN_SPELLER_RULE", Source.LANGUAGETOOL, category,
                 Severity.ERROR, "Möglicher Tippfehler gefunden.")


def test_accept_filter_drops_only_spelling_matches_on_accepted_words():
    text = "Peskow sagte jeoch nichts."
    keep = AcceptFilter(Vocabulary(frozenset({"Peskow"})))
    view = ProseView.plain(text)
    assert not keep(_spelling(0, 6), view)
    assert keep(_spelling(13, 5), view)  # "jeoch" is no name
    assert keep(_spelling(0, 6, category="GRAMMAR"), view)


def test_reject_checker_reports_in_german_with_replacement():
    checker = RejectChecker(Vocabulary(reject={"Weißrussland": ("Belarus",)}))
    [match] = checker.check("Er reiste nach Weißrussland.")
    assert (match.offset, match.length, match.rule) == (15, 12, REJECT_RULE)
    assert match.replacements == ("Belarus",)
    assert "abgelehnter Wörter" in match.message and "„Belarus“" in match.message
    assert checker.check("Weißrussland-Politik") == []  # part of a compound: a house decision left to people


def test_the_place_names_copy_holds_what_babel_says_and_is_read_back(tmp_path, monkeypatch):
    import zoneinfo

    from babel.dates import get_timezone_location

    from linter.precision import cldr

    asked_babel = cldr.from_babel()
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    cldr.german_place_names.cache_clear()
    try:
        built = cldr.german_place_names()
        assert len(list((tmp_path / "precision").glob("babel-*-german-place-names-v*.sqlite3"))) == 1
        cldr.german_place_names.cache_clear()
        monkeypatch.setattr(cldr, "from_babel", lambda: frozenset())  # now only the copy can answer
        read_back = cldr.german_place_names()
    finally:
        cldr.german_place_names.cache_clear()
    assert built == asked_babel == read_back
    assert {"Pjöngjang", "Wladiwostok", "Russland"} <= read_back
    # CLDR's own zones name every city the machine's time zones would
    machine = {get_timezone_location(z, locale="de", return_city=True) for z in zoneinfo.available_timezones()
               if "/" in z and not z.startswith(("Etc/", "SystemV/", "US/"))}
    assert {n for n in machine if n and n[0].isupper()} <= read_back


def test_a_head_counts_as_written_or_before_a_case_ending():
    from linter.precision.wordlists import ends_with_a_head

    heads, endings = ("blatt", "rundfunk"), ("es", "s")
    assert ends_with_a_head("sportblatt", heads, endings) and ends_with_a_head("sportblatts", heads, endings)
    assert ends_with_a_head("rundfunkes", heads, endings)
    assert not ends_with_a_head("blattgold", heads, endings) and not ends_with_a_head("rundfunkn", heads, endings)
