"""Inline suppression comments: ranges, prefixes, next-line, unused reporting."""

from linter.document import Document
from linter.findings import Finding, Severity, Source
from linter.suppressions import (
    UNUSED_RULE,
    apply_suppressions,
    parse_directives,
    rule_matches,
    unused_directive_findings,
)


def finding_at(doc: Document, needle: str, rule: str) -> Finding:
    offset = doc.text.index(needle)
    line, col = doc.positions.line_col(offset)
    return Finding(doc.path, line, col, line, col + len(needle), offset, len(needle), rule,
                   Source.HOUSE, rule.split(".")[0], Severity.ERROR, "m", needle)


def test_rule_matches_by_dotted_prefix():
    assert rule_matches("typografie.anfuehrungszeichen", ("typografie",))
    assert rule_matches("typografie.anfuehrungszeichen", ("typografie.anfuehrungszeichen",))
    assert not rule_matches("typografiex.a", ("typografie",))
    assert rule_matches("anything.at.all", ())


def test_block_disable_and_enable():
    doc = Document("a.txt", "eins fehler\n<!-- newslint-disable typografie -->\nzwei fehler\n"
                            "<!-- newslint-enable typografie -->\ndrei fehler\n")
    findings = [finding_at(doc, "eins", "typografie.x"), finding_at(doc, "zwei", "typografie.x"),
                finding_at(doc, "drei", "typografie.x"), finding_at(doc, "fehler\n<", "languagetool.Y")]
    kept = apply_suppressions(findings, parse_directives(doc))
    assert [f.text for f in kept] == ["eins", "drei", "fehler\n<"]


def test_bare_disable_covers_all_rules_until_bare_enable():
    doc = Document("a.txt", "<!-- newslint-disable -->\nzwei\n<!-- newslint-enable -->\ndrei\n")
    findings = [finding_at(doc, "zwei", "a.b"), finding_at(doc, "drei", "a.b")]
    assert [f.text for f in apply_suppressions(findings, parse_directives(doc))] == ["drei"]


def test_disable_next_line_covers_only_the_next_line():
    doc = Document("a.txt", "<!-- newslint-disable-next-line languagetool -->\nPeskow sagt\nPeskow sagt\n")
    first = finding_at(doc, "Peskow", "languagetool.GERMAN_SPELLER_RULE")
    second_offset = doc.text.rindex("Peskow")
    second = Finding("a.txt", 3, 1, 3, 7, second_offset, 6, "languagetool.GERMAN_SPELLER_RULE",
                     Source.LANGUAGETOOL, "TYPOS", Severity.ERROR, "m", "Peskow")
    kept = apply_suppressions([first, second], parse_directives(doc))
    assert kept == [second]


def test_unused_directives_are_reported_at_the_comment():
    doc = Document("a.txt", "Text\n<!-- newslint-disable-next-line typografie -->\nsauber\n")
    directives = parse_directives(doc)
    assert apply_suppressions([], directives) == []
    unused = unused_directive_findings(doc, directives)
    assert len(unused) == 1
    assert (unused[0].rule, unused[0].line, unused[0].column) == (UNUSED_RULE, 2, 1)
    assert "typografie" in unused[0].message


def test_used_directive_is_not_reported():
    doc = Document("a.txt", "<!-- newslint-disable-next-line a -->\nWort\n")
    directives = parse_directives(doc)
    apply_suppressions([finding_at(doc, "Wort", "a.b")], directives)
    assert unused_directive_findings(doc, directives) == []
