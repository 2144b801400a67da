"""Unit tests of the fix planner, the safety levels and the allow-list data."""

from __future__ import annotations

import dataclasses

import pytest
import yaml

from linter.findings import Finding, FixSafety, Severity, Source
from linter.fixing.allowlist import ALLOWLIST_PATH, is_space_deletion, load_allowlist
from linter.fixing.plan import apply_edits, plan_fixes, prose_text_at
from linter.fixing.safety import fix_level, is_wanted
from linter.markup import prose_view
from linter.prose import ProseView


def finding(text: str, start: int, end: int, replacement: str, *, rule: str = "typografie.x",
            source: Source = Source.HOUSE, fix: FixSafety = FixSafety.SAFE, category: str = "typografie",
            replacements: tuple[str, ...] | None = None) -> Finding:
    """A finding on ``text[start:end]`` with one replacement."""
    return Finding(path="t.txt", line=1, column=start + 1, end_line=1, end_column=end + 1, offset=start,
                   length=end - start, rule=rule, source=source, category=category, severity=Severity.WARNING,
                   message="m", text=text[start:end],
                   replacements=(replacement,) if replacements is None else replacements, fix=fix)


def everything(_finding: Finding) -> bool:
    return True


def test_non_overlapping_fixes_all_apply():
    text = "Er kam , sie ging ."
    fs = [finding(text, 6, 8, ","), finding(text, 17, 19, ".")]
    plan = plan_fixes(fs, text, ProseView.plain(text), everything)
    assert apply_edits(text, plan.edits) == "Er kam, sie ging."
    assert plan.remaining == []


def test_overlap_earlier_start_wins_and_the_other_remains():
    text = "abcdef"
    first = finding(text, 1, 4, "X", rule="b.rule")
    second = finding(text, 2, 5, "Y", rule="a.rule")
    plan = plan_fixes([second, first], text, ProseView.plain(text), everything)
    assert [e.finding for e in plan.edits] == [first]
    assert plan.remaining == [second]


def test_overlap_same_start_house_rule_beats_languagetool_then_longer_span():
    text = "abcdef"
    lt = finding(text, 1, 5, "L", rule="languagetool.R", source=Source.LANGUAGETOOL)
    short = finding(text, 1, 2, "S", rule="a.short")
    long = finding(text, 1, 4, "H", rule="z.long")
    for order in ([lt, short, long], [long, lt, short], [short, long, lt]):
        plan = plan_fixes(order, text, ProseView.plain(text), everything)
        assert [e.finding for e in plan.edits] == [long]
        assert set(plan.remaining) == {lt, short}


def test_touching_spans_both_apply():
    text = "ab  ,cd"
    fs = [finding(text, 0, 2, "AB"), finding(text, 2, 5, ",")]
    assert apply_edits(text, plan_fixes(fs, text, ProseView.plain(text), everything).edits) == "AB,cd"


def test_unwanted_and_noop_fixes_remain():
    text = "Wort Wort"
    fs = [finding(text, 0, 4, "Wort"), finding(text, 5, 9, "X")]
    plan = plan_fixes(fs, text, ProseView.plain(text), lambda f: f.offset == 0)
    assert plan.edits == [] and plan.remaining == fs


def test_crlf_replacement_line_breaks_follow_the_file():
    text = "a\r\nb"
    f = finding(text, 0, 1, "x\ny")
    plan = plan_fixes([f], text, ProseView.plain(text), everything, newline="\r\n")
    assert apply_edits(text, plan.edits) == "x\r\ny\r\nb"


@pytest.mark.parametrize("source, needle, replacement, applies", [
    # plain prose inside a tag: applied
    ("<p>Er kam spät , sagte er.</p>", " ,", ",", True),
    # the span covers an entity: the source is not the prose the rule saw
    ("<p>Er kam spät&nbsp;, sagte er.</p>", "&nbsp;,", ",", False),
    # the span covers markup: replacing it would delete the tags
    ('<p>Er sagte "<i>Hallo</i>" laut.</p>', '"<i>Hallo</i>"', "„Hallo“", False),
])
def test_html_fix_applies_only_to_verbatim_prose(source, needle, replacement, applies):
    view, _ = prose_view(source, "html")
    start = source.index(needle)
    f = finding(source, start, start + len(needle), replacement)
    plan = plan_fixes([f], source, view, everything)
    assert bool(plan.edits) is applies


def test_prose_text_at_maps_copied_text_and_refuses_separators():
    source = "# Titel\n\nErster Absatz.\n"
    view, _ = prose_view(source, "markdown")
    start = source.index("Erster")
    assert prose_text_at(view, start, start + 6) == "Erster"
    assert prose_text_at(view, source.index("Titel"), start + 6) is None  # spans a block break


# --- safety levels -----------------------------------------------------------

def lt(text: str, rule: str, replacements: tuple[str, ...], category: str = "TYPOGRAPHY") -> Finding:
    return finding(text, 0, len(text), "", rule="languagetool." + rule, source=Source.LANGUAGETOOL,
                   fix=FixSafety.NONE, category=category, replacements=replacements)


def test_house_rules_declare_their_own_level():
    allow = load_allowlist()
    for level in FixSafety:
        assert fix_level(finding("a", 0, 1, "b", fix=level), allow) is level


def test_languagetool_needs_allow_list_and_exactly_one_suggestion():
    allow = load_allowlist()
    assert fix_level(lt(" ,", "COMMA_PARENTHESIS_WHITESPACE", (",",)), allow) is FixSafety.SAFE
    assert fix_level(lt(" ,", "COMMA_PARENTHESIS_WHITESPACE", (",", ", ")), allow) is FixSafety.NONE
    assert fix_level(lt(" ,", "COMMA_PARENTHESIS_WHITESPACE", (", ",)), allow) is FixSafety.NONE  # inserts
    assert fix_level(lt("  ", "WHITESPACE_RULE", (" ",)), allow) is FixSafety.NONE  # not listed
    assert fix_level(lt("!!", "DOPPELTES_AUSRUFEZEICHEN", ("!",)), allow) is FixSafety.SAFE
    assert fix_level(lt("?!", "DOPPELTES_AUSRUFEZEICHEN", ("?",)), allow) is FixSafety.NONE


def test_spelling_of_capitalised_words_is_never_fixed():
    allow = load_allowlist()
    assert fix_level(lt("jeoch", "GERMAN_SPELLER_RULE", ("jedoch",), "TYPOS"), allow) is FixSafety.UNSAFE
    assert fix_level(lt("Müler", "GERMAN_SPELLER_RULE", ("Müller",), "TYPOS"), allow) is FixSafety.NONE
    assert fix_level(lt("jeoch", "GERMAN_SPELLER_RULE", ("jedoch", "doch"), "TYPOS"), allow) is FixSafety.NONE
    assert not is_wanted(FixSafety.UNSAFE, unsafe=False) and is_wanted(FixSafety.UNSAFE, unsafe=True)
    assert is_wanted(FixSafety.SAFE, unsafe=False) and not is_wanted(FixSafety.NONE, unsafe=True)


def test_spelling_reported_as_info_is_never_fixed():
    # "unterkapitalisiert": a compound the dictionary lacks; its only suggestion would split it
    allow = load_allowlist()
    compound = lt("unterkapitalisiert", "GERMAN_SPELLER_RULE", ("unter kapitalisiert",), "TYPOS")
    assert fix_level(compound, allow) is FixSafety.UNSAFE
    assert fix_level(dataclasses.replace(compound, severity=Severity.INFO), allow) is FixSafety.NONE


@pytest.mark.parametrize("before, after, expected", [
    (" ,", ",", True), ("( spät", "(spät", True), ("Warum ?", "Warum?", True),
    (" ,", ", ", False), (" ,", " ,", False), (" ,", ";", False), ("a b", "ab c", False),
])
def test_is_space_deletion(before, after, expected):
    assert is_space_deletion(before, after) is expected


# --- allow-list hygiene ----------------------------------------------------------

def test_allowlist_is_sorted_reasoned_and_never_trusts_the_speller_by_default():
    raw = yaml.safe_load(ALLOWLIST_PATH.read_text(encoding="utf-8"))
    assert set(raw) == {"safe", "unsafe"}
    for level, rules in raw.items():
        assert list(rules) == sorted(rules), f"{level}: keep the rule ids sorted"
    allow = load_allowlist()
    for entry in allow.entries.values():
        assert len(entry.reason) > 40, f"{entry.rule}: give a real reason"
        assert not entry.rule.startswith("languagetool.")
        if "SPELLER" in entry.rule:
            assert entry.level is FixSafety.UNSAFE, "spelling corrections are never safe by default"


def test_allowlist_rejects_entries_without_reason(tmp_path):
    from linter.errors import ConfigError

    bad = tmp_path / "allow.yaml"
    bad.write_text("safe:\n  SOME_RULE:\n    edit: delete-space\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="reason"):
        load_allowlist.__wrapped__(bad)
    bad.write_text("safe:\n  SOME_RULE:\n    reason: x\n    typo: 1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="SOME_RULE"):
        load_allowlist.__wrapped__(bad)

