"""Loading rule files: discovery, strict validation with exact ``file:line: key: problem``
messages (bad rule files in fixtures/rules/), and running a rulebook over text."""

from __future__ import annotations

from pathlib import Path

import pytest

from linter.errors import RuleError
from linter.findings import Severity, Source
from linter.rulebook import Rulebook, default_rules_dir, load_rulebook, rule_files
from linter.rule_types import RULE_TYPES, RuleTimeout

BAD = Path(__file__).resolve().parent.parent / "fixtures" / "rules"

RULE = """\
id: {id}
type: pattern
message: "Kein Leerzeichen vor dem Komma."
severity: warning
pattern: '[ ]+,'
examples:
  bad:
    - "a[[ ,]] b"
  good:
    - "a, b"
"""


def _errors(path: Path) -> list[str]:
    """The error lines loading ``path`` raises, with the fixture folder shown as 'F'."""
    with pytest.raises(RuleError) as info:
        load_rulebook([path])
    return str(info.value).replace(str(BAD), "F").splitlines()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("unknown-key.yml", [
            "F/unknown-key.yml:11: severty: unknown key; allowed here: description, enabled, examples, fix, id, "
            "ignorecase, link, message, pattern, replacements, severity, swap, type (for type pattern)",
        ]),
        ("wrong-type.yml", ["F/wrong-type.yml:3: message: expected text, got a list"]),
        ("missing-key.yml", ["F/missing-key.yml:1: message: missing required key"]),
        ("invalid-regex.yml", [
            "F/invalid-regex.yml:5: pattern: invalid regular expression: missing ) at position 3",
        ]),
        ("bad-severity.yml", [
            "F/bad-severity.yml:4: severity: unknown severity 'fatal'; expected one of: error, warning, info",
        ]),
        ("malformed-example.yml", [
            "F/malformed-example.yml:9: examples.bad[1].text: mark the flagged span(s) with [[ and ]]",
            "F/malformed-example.yml:12: examples.bad[2].fixed: unknown key; allowed here: fix, text",
            "F/malformed-example.yml:14: examples.good[1]: a good example has no flagged span; remove [[ ]]",
        ]),
        ("several-problems.yml", [
            "F/several-problems.yml:1: id: 'Test.Grossbuchstaben' is not a dotted id like "
            "'typografie.doppelte-leerzeichen' (lower-case letters a-z, digits and hyphens, at least two segments)",
            "F/several-problems.yml:3: message: unknown placeholder {ersatz}; this rule type fills {match}, {note}, {replacement}",
            "F/several-problems.yml:5: fix: unknown value 'maybe'; expected one of: safe, unsafe, none",
            "F/several-problems.yml:6: link: 'www.duden.de' is not a web address (http:// or https://)",
            "F/several-problems.yml:8: swap.Strasse: the suggestion is the same as the wrong form",
            "F/several-problems.yml:9: swap.Weg: expected text, got a number (put it in quotes if it is meant as text)",
            "F/several-problems.yml:11: examples.bad: needs at least one example",
        ]),
        ("unknown-type.yml", [
            "F/unknown-type.yml:2: type: unknown rule type 'existence'; known types: " + ", ".join(sorted(RULE_TYPES)),
        ]),
        ("bad-yaml.yml", [
            "F/bad-yaml.yml:5: yaml: not valid YAML: while scanning a quoted scalar on line 3: found unexpected end of stream",
        ]),
        ("duplicate-key.yml", ["F/duplicate-key.yml:6: pattern: duplicate key (first on line 5)"]),
        ("bad-template.yml", [
            "F/bad-template.yml:8: replacements[1]: refers to group 2, but the pattern has 1 group(s)",
        ]),
        ("fix-without-replacements.yml", [
            "F/fix-without-replacements.yml:5: fix: a fix needs 'replacements' or 'swap' to apply",
        ]),
        ("bad-exceptions.yml", [
            "F/bad-exceptions.yml:6: exceptions[1].words: needs at least one word",
            "F/bad-exceptions.yml:8: exceptions[2].preceded_by: invalid regular expression: missing ) at position 8",
            "F/bad-exceptions.yml:9: exceptions[3]: expected a mapping with words (and preceded_by/followed_by), got text",
        ]),
        ("not-a-mapping.yml", [
            "F/not-a-mapping.yml:1: rule: expected a mapping of keys (id, type, message, ...), got a list",
        ]),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_bad_rule_file_gives_exact_errors(name, expected):
    assert _errors(BAD / name) == expected


def test_duplicate_id_across_files():
    assert _errors(BAD / "duplicate-id") == [
        "F/duplicate-id/b.yml:1: id: duplicate id 'test.doppelt', first defined in F/duplicate-id/a.yml:1",
    ]


def test_problems_of_all_files_are_reported_together():
    lines = _errors(BAD)
    files = {line.split(":", 1)[0] for line in lines}
    assert len(files) == len(list(BAD.rglob("*.yml"))) - 1  # duplicate-id/a.yml itself is fine


def test_empty_file(tmp_path):
    (tmp_path / "leer.yml").write_text("", encoding="utf-8")
    with pytest.raises(RuleError, match=r"leer.yml:1: rule: the file is empty; it should hold one rule$"):
        load_rulebook([tmp_path])


def test_not_utf8(tmp_path):
    (tmp_path / "latin1.yml").write_bytes("message: Straße".encode("latin-1"))
    with pytest.raises(RuleError, match=r"latin1.yml:1: yaml: cannot read the file: 'utf-8' codec"):
        load_rulebook([tmp_path])


def test_two_documents_in_one_file_are_rejected(tmp_path):
    path = tmp_path / "zwei.yml"
    path.write_text(RULE.format(id="test.a") + "---\n" + RULE.format(id="test.b"), encoding="utf-8")
    with pytest.raises(RuleError, match=r"zwei.yml:11: yaml: not valid YAML: .*single document"):
        load_rulebook([path])


def test_reserved_languagetool_prefix(tmp_path):
    path = tmp_path / "lt.yml"
    path.write_text(RULE.format(id="languagetool.eigene-regel"), encoding="utf-8")
    with pytest.raises(RuleError, match=r"lt.yml:1: id: the prefix 'languagetool.' is reserved for LanguageTool$"):
        load_rulebook([path])


def test_missing_path():
    with pytest.raises(RuleError, match=r"^gibt-es-nicht.yml: no such rule file or folder$"):
        load_rulebook([Path("gibt-es-nicht.yml")])


def test_folders_are_searched_recursively_for_both_suffixes(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "eins.yml").write_text(RULE.format(id="test.eins"), encoding="utf-8")
    (tmp_path / "zwei.yaml").write_text(RULE.format(id="test.zwei"), encoding="utf-8")
    (tmp_path / "notiz.txt").write_text("kein YAML", encoding="utf-8")
    (tmp_path / "__init__.py").write_text("", encoding="utf-8")
    book = load_rulebook([tmp_path, tmp_path / "zwei.yaml"])  # named twice, loaded once
    assert [r.id for r in book.rules] == ["test.eins", "test.zwei"]
    assert book.rules[0].path == tmp_path / "a" / "eins.yml"
    assert book.rules[0].line == 1


def test_rule_files_keeps_explicit_order(tmp_path):
    for name in ("b.yml", "a.yml"):
        (tmp_path / name).write_text(RULE.format(id=f"test.{name[0]}"), encoding="utf-8")
    assert rule_files([tmp_path / "b.yml", tmp_path / "a.yml"]) == [tmp_path / "b.yml", tmp_path / "a.yml"]


def test_default_rules_dir_holds_the_pack():
    folder = default_rules_dir()
    assert folder.is_dir()
    assert sorted(folder.rglob("*.yml"))


def test_rule_attributes(tmp_path):
    path = tmp_path / "r.yml"
    path.write_text(RULE.format(id="test.attribute") + "description: Erklärung\nlink: https://example.org/r\n",
                    encoding="utf-8")
    rule = load_rulebook([path]).rules[0]
    assert (rule.id, rule.type, rule.severity, rule.message) == (
        "test.attribute", "pattern", Severity.WARNING, "Kein Leerzeichen vor dem Komma.")
    assert (rule.description, rule.link, rule.fix.value, rule.path) == (
        "Erklärung", "https://example.org/r", "none", path)
    assert [e.text for e in rule.examples.bad] == ["a , b"]
    assert [e.text for e in rule.examples.good] == ["a, b"]


def test_rulebook_check_sorts_by_position_and_fills_match(tmp_path):
    book = load_rulebook([default_rules_dir()])
    text = 'Er sagte "ja" , und  ging.'
    matches = book.check(text)
    assert [(m.rule, text[m.offset:m.offset + m.length]) for m in matches] == [
        ("typografie.gerade-anfuehrungszeichen", '"ja"'),
        ("typografie.leerzeichen-vor-satzzeichen", " ,"),
        ("typografie.doppelte-leerzeichen", "  "),
    ]
    first = matches[0]
    assert first.source is Source.HOUSE
    assert first.category == "typografie"
    assert first.replacements == ("„ja“",)
    assert first.url == ""
    assert book.get("typografie.doppelte-leerzeichen") is not None
    assert book.get("typografie") is None


SLOW = """\
id: test.langsam
type: pattern
message: "Langsam."
severity: info
pattern: '(a|aa)+$'
examples:
  bad:
    - "[[a]]"
  good:
    - "b"
"""


def _slow_book(tmp_path: Path) -> Rulebook:
    (tmp_path / "langsam.yml").write_text(SLOW, encoding="utf-8")
    (tmp_path / "komma.yml").write_text(RULE.format(id="test.komma"), encoding="utf-8")
    return load_rulebook([tmp_path], timeout=0.2)


def test_timeout_becomes_a_warning_and_other_rules_still_run(tmp_path):
    book = _slow_book(tmp_path)
    warnings: list[str] = []
    matches = book.check("x , " + "a" * 40 + "b", warnings)
    assert [m.rule for m in matches] == ["test.komma"]
    assert warnings == [
        f"{tmp_path / 'langsam.yml'}:1: test.langsam: gave up after 0.2 s on this text "
        "(the rule's pattern backtracks too much); its findings for this text are missing"
    ]


def test_timeout_without_warning_list_raises(tmp_path):
    book = _slow_book(tmp_path)
    with pytest.raises(RuleTimeout) as info:
        book.check("a" * 40 + "b")
    assert info.value.rule_id == "test.langsam"


def test_a_rule_off_by_default_runs_only_when_enable_names_it(tmp_path):
    (tmp_path / "an.yml").write_text(RULE.format(id="test.an"), encoding="utf-8")
    (tmp_path / "aus.yml").write_text(RULE.format(id="haus.zeit.aus") + "enabled: false\n", encoding="utf-8")
    book = load_rulebook([tmp_path])
    assert [(r.id, r.enabled) for r in book.rules] == [("test.an", True), ("haus.zeit.aus", False)]
    assert [r.id for r in book.selected([]).rules] == ["test.an"]
    assert [r.id for r in book.selected(["haus.zeitx", "test"]).rules] == ["test.an"]
    for entry in ("haus", "haus.zeit", "haus.zeit.aus"):
        assert [r.id for r in book.selected([entry]).rules] == ["test.an", "haus.zeit.aus"], entry


def test_enabled_must_be_true_or_false(tmp_path):
    path = tmp_path / "r.yml"
    path.write_text(RULE.format(id="test.schalter") + "enabled: 'nein'\n", encoding="utf-8")
    with pytest.raises(RuleError) as info:
        load_rulebook([path])
    assert str(info.value) == f"{path}:11: enabled: expected true or false, got text"


def test_the_engine_runs_an_off_rule_when_the_config_enables_it(tmp_path):
    from linter.config import Config
    from linter.document import Document
    from linter.runner import CheckRequest, build_engine

    (tmp_path / "aus.yml").write_text(RULE.format(id="haus.aus") + "enabled: false\n", encoding="utf-8")
    document = Document.from_bytes("a.txt", "a , b".encode())

    def rules_found(**settings):
        config = Config(rules=(tmp_path,), default_rules=False, **settings)
        engine = build_engine(CheckRequest(paths=[], config=config, use_languagetool=False), lambda _: None)
        return [f.rule for f in engine.check(document, "de-DE").findings]

    assert rules_found() == []
    assert rules_found(enable=("haus",)) == ["haus.aus"]
    assert rules_found(enable=("haus",), disable=("haus.aus",)) == []
