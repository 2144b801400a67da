"""Shared pattern fragments (linter/rule_types/fragments.py): the pack's own fragments pass their
examples, rules call them as ``(?&name)`` from any loaded file, and every wrong use is a load
error that names the file, the line and what to fix."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from linter.errors import RuleError
from linter.rulebook import default_rules_dir, load_rulebook, read_rule_node
from linter.rule_types.fragments import Fragment, fragment_problems, read_fragments, with_fragments
from linter.rule_types.spec import Problems, Section
from linter.rulecache import load_rulebook_cached

PACK_FRAGMENTS = default_rules_dir() / "fragments.yml"

FRAGMENTS = """\
fragments:
  zeit:
    description: Eine Tageszeit.
    pattern: |-
      (?:Morgen|Abend)   # a trailing comment must not swallow what follows
    matches: [Morgen, Abend]
    rejects: [Mittag]
  am_zeit:
    pattern: 'am\\x20(?&zeit)'
    matches: [am Abend]
    rejects: [am Mittag, Abend]
"""

RULE = """\
id: test.zeit
type: pattern
message: "Zeitangabe."
severity: info
pattern: {pattern}
examples:
  bad:
    - "Wir kommen [[am Abend]]."
  good:
    - "Wir kommen am Mittag."
"""


def _folder(tmp_path: Path, fragments: str = FRAGMENTS, pattern: str = "'(?&am_zeit)'", name: str = "f") -> Path:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "fragmente.yml").write_text(fragments, encoding="utf-8")
    (folder / "regel.yml").write_text(RULE.format(pattern=pattern), encoding="utf-8")
    return folder


def _pack_fragments():
    problems = Problems()
    fragments = read_fragments(Section(read_rule_node(PACK_FRAGMENTS, problems), problems), PACK_FRAGMENTS)
    assert not problems
    return {f.name: f for f in fragments}


@pytest.mark.parametrize("name", sorted(_pack_fragments()))
def test_each_pack_fragment_passes_its_examples(name):
    fragments = _pack_fragments()
    assert fragments[name].matches, "a fragment lists the words it must match"
    assert fragment_problems(fragments[name], fragments) == []


def test_the_pack_calls_its_fragments_and_lists_no_fragment_as_a_rule():
    book = load_rulebook([default_rules_dir()])
    def calling(name):
        return {r.id for r in book.rules if f"(?&{name})" in r.path.read_text(encoding="utf-8")}

    assert {"verwechslung.wurde-statt-wuerde", "verwechslung.seitdem"} <= calling("partizip")
    assert {"verwechslung.waren-statt-wahren", "verwechslung.seien-statt-sein"} <= calling("praedikat_von_sein")
    assert all(r.path.name != "fragments.yml" for r in book.rules)
    matches = book.get("verwechslung.seitdem").check("Der Zeuge ist seit dem verhaftet.", 1.0)
    assert [m.replacements[0] for m in matches] == ["seitdem"]


def test_a_rule_calls_a_fragment_that_calls_another(tmp_path):
    book = load_rulebook([_folder(tmp_path)])
    assert [m.offset for m in book.get("test.zeit").check("am Morgen und am Mittag und am Abend", 1.0)] == [0, 28]


def test_a_verbose_rule_ending_in_a_comment_still_gets_its_fragments(tmp_path):
    book = load_rulebook([_folder(tmp_path, pattern="|-\n  (?x)\n  (?&am_zeit)   # the call")])
    assert len(book.get("test.zeit").check("am Abend", 1.0)) == 1


def test_a_plain_rule_matches_no_line_break_of_the_block(tmp_path):
    """Only a verbose pattern gets a line break before the definitions: in a plain one it would be text."""
    fragments = {"zeit": Fragment("zeit", "Abend", Path("x.yml"), 1, ("Abend",))}
    assert with_fragments("x(?&zeit)", fragments) == ("x(?&zeit)(?(DEFINE)(?<zeit>(?x:Abend\n)))", [])
    assert with_fragments("(?x)x(?&zeit)", fragments)[0].startswith("(?x)x(?&zeit)\n(?(DEFINE)")
    book = load_rulebook([_folder(tmp_path, pattern="'am[ ](?&zeit)$'")])
    assert len(book.get("test.zeit").check("am Abend", 1.0)) == 1


def test_a_group_the_rule_defines_itself_wins_over_a_fragment_of_that_name(tmp_path):
    pattern = "'(?&zeit)(?(DEFINE)(?<zeit>Mittag))'"
    book = load_rulebook([_folder(tmp_path, pattern=pattern)])
    assert [m.offset for m in book.get("test.zeit").check("Abend Mittag", 1.0)] == [6]


def test_a_rule_in_another_folder_calls_the_fragments_of_the_first(tmp_path):
    fragments_only = tmp_path / "pack"
    fragments_only.mkdir()
    (fragments_only / "fragmente.yml").write_text(FRAGMENTS, encoding="utf-8")
    project = tmp_path / "projekt"
    project.mkdir()
    (project / "regel.yml").write_text(RULE.format(pattern="'(?&am_zeit)'"), encoding="utf-8")
    assert len(load_rulebook([fragments_only, project]).get("test.zeit").check("am Abend", 1.0)) == 1
    with pytest.raises(RuleError) as info:
        load_rulebook([project])
    pack_names = ", ".join(sorted(_pack_fragments()))
    assert str(info.value) == (f"{project / 'regel.yml'}:5: pattern: calls (?&am_zeit), which neither the pattern "
                               f"nor a loaded fragments file defines (fragments: {pack_names})")


def test_a_single_rule_file_calls_the_pack_fragments(tmp_path):
    """The pack's fragments load with any rulebook, so a rule file named alone still compiles."""
    book = load_rulebook([default_rules_dir() / "verwechslung" / "seitdem.yml"])
    assert [r.id for r in book.rules] == ["verwechslung.seitdem"]
    assert len(book.rules[0].check("Er ist seit dem verhaftet.", 1.0)) == 1


def test_an_unknown_call_names_the_fragments_there_are(tmp_path):
    folder = _folder(tmp_path, pattern="'(?&am_zeitt)'")
    names = ", ".join(sorted({"am_zeit", "zeit", *_pack_fragments()}))
    with pytest.raises(RuleError) as info:
        load_rulebook([folder])
    assert str(info.value).endswith("regel.yml:5: pattern: calls (?&am_zeitt), which neither the pattern nor "
                                    f"a loaded fragments file defines (fragments: {names})")


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (("    matches: [Morgen, Abend]", "    matches: [Morgen, Abend, Nacht]"),
         "fragmente.yml:2: fragments.zeit: does not match 'Nacht' whole, which it lists under 'matches'"),
        (("    rejects: [Mittag]", "    rejects: [Mittag, Abend]"),
         "fragmente.yml:2: fragments.zeit: matches 'Abend' whole, which it lists under 'rejects'"),
        (("(?:Morgen|Abend)", "(?:Morgen|Abend"), "fragmente.yml:4: fragments.zeit.pattern: invalid regular expression"),
        (("  am_zeit:", "  AmZeit:"), "fragmente.yml:8: fragments.AmZeit: a fragment name is lower-case a-z"),
        (("    matches: [am Abend]", "    matches: []"), "fragmente.yml:10: fragments.am_zeit.matches: must list one"),
        (("    description: Eine Tageszeit.", "    beschreibung: Eine Tageszeit."),
         "fragmente.yml:3: fragments.zeit.beschreibung: unknown key; allowed here: description, matches, pattern, rejects"),
        (("'am\\x20(?&zeit)'", "'am\\x20(?&zeiten)'"),
         "fragmente.yml:8: fragments.am_zeit: calls (?&zeiten), which no fragments file defines"),
    ],
)
def test_a_wrong_fragment_is_a_load_error_with_its_line(tmp_path, change, problem):
    folder = _folder(tmp_path, fragments=FRAGMENTS.replace(*change), pattern="'am Abend'")
    with pytest.raises(RuleError) as info:
        load_rulebook([folder])
    assert problem in str(info.value).replace(str(folder) + "/", "")


def test_a_stray_key_beside_the_fragments_is_reported_as_such(tmp_path):
    folder = _folder(tmp_path, fragments="beschreibung: Zeiten\n" + FRAGMENTS, pattern="'am Abend'")
    with pytest.raises(RuleError) as info:
        load_rulebook([folder])
    assert str(info.value) == (f"{folder / 'fragmente.yml'}:1: beschreibung: unknown key; allowed here: fragments "
                               "(a fragments file holds nothing else)")


def test_a_fragment_defined_in_two_files_is_a_load_error(tmp_path):
    folder = _folder(tmp_path)
    (folder / "noch-mehr.yml").write_text(FRAGMENTS, encoding="utf-8")
    with pytest.raises(RuleError, match=r"noch-mehr.yml:2: fragments.zeit: duplicate fragment, first defined in "):
        load_rulebook([folder])


def test_a_changed_fragment_misses_the_stored_pack(tmp_path):
    store, folder = tmp_path / "store", _folder(tmp_path)
    assert len(load_rulebook_cached([folder], folder=store).check("am Abend")) == 1
    night = FRAGMENTS.replace("Abend", "Nacht")
    (folder / "fragmente.yml").write_text(night, encoding="utf-8")
    book = load_rulebook_cached([folder], folder=store)
    assert book.check("am Abend") == [] and len(book.check("am Nacht")) == 1
    assert len(list(store.iterdir())) == 2


def test_rules_test_of_a_project_folder_has_the_pack_fragments(tmp_path):
    folder = tmp_path / "projekt"
    folder.mkdir()
    rule = RULE.format(pattern="'ist[ ](?&partizip)'").replace("[[am Abend]]", "er [[ist gegangen]]")
    (folder / "regel.yml").write_text(rule, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "linter", "rules", "test", str(folder)],
                         capture_output=True, text=True, timeout=120)
    assert (run.returncode, run.stdout.strip()) == (0, "1 passed, 0 failed"), run.stderr


def test_a_project_fragment_named_like_a_pack_fragment_is_an_error_in_the_project_file(tmp_path):
    folder = _folder(tmp_path, fragments=FRAGMENTS.replace("  zeit:", "  partizip:").replace("(?&zeit)", "(?&partizip)"),
                     pattern="'am Abend'")
    with pytest.raises(RuleError) as info:
        load_rulebook([default_rules_dir(), folder])
    assert f"{folder / 'fragmente.yml'}:2: fragments.partizip: duplicate fragment, first defined in " \
           f"{default_rules_dir() / 'fragments.yml'}:" in str(info.value)


def test_without_the_pack_a_project_fragment_of_the_same_name_is_its_own(tmp_path):
    folder = _folder(tmp_path, fragments=FRAGMENTS.replace("  zeit:", "  partizip:").replace("(?&zeit)", "(?&partizip)"),
                     pattern="'(?&partizip)'")
    assert [m.offset for m in load_rulebook([folder]).get("test.zeit").check("gegangen am Abend", 1.0)] == [12]


def test_a_copy_of_the_pack_loads_without_the_pack(tmp_path):
    """A desk that copies the pack and sets default_rules: false gets the same rules, fragments and all."""
    copy = tmp_path / "pack"
    shutil.copytree(default_rules_dir(), copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert sorted(r.id for r in load_rulebook([copy]).rules) == sorted(r.id for r in load_rulebook([default_rules_dir()]).rules)