"""The finding model: severities and merging house rules with LanguageTool."""

import pytest

from linter.findings import Match, Severity, Source, merge_matches


def match(offset, length, rule, source=Source.LANGUAGETOOL):
    return Match(offset, length, rule, source, "c", Severity.ERROR, "m")


def test_severity_parse_and_order():
    assert Severity.parse("Warning") is Severity.WARNING
    assert Severity.ERROR > Severity.WARNING > Severity.INFO
    with pytest.raises(ValueError, match="error, warning, info"):
        Severity.parse("severe")


def test_house_rule_wins_on_the_same_span():
    house = [match(10, 2, "typografie.leerzeichen-vor-satzzeichen", Source.HOUSE)]
    lt = [match(10, 2, "languagetool.COMMA_PARENTHESIS_WHITESPACE")]
    assert [m.rule for m in merge_matches(house, lt)] == ["typografie.leerzeichen-vor-satzzeichen"]


def test_house_rule_wins_when_spans_share_an_edge():
    # the quote rule flags the whole quotation; LanguageTool only its opening quote
    house = [match(0, 10, "typografie.gerade-anfuehrungszeichen", Source.HOUSE)]
    lt = [match(0, 1, "languagetool.TYPOGRAFISCHE_ANFUEHRUNGSZEICHEN"), match(9, 1, "languagetool.TYPOGRAFISCHE_ANFUEHRUNGSZEICHEN")]
    assert [m.rule for m in merge_matches(house, lt)] == ["typografie.gerade-anfuehrungszeichen"]


def test_typo_inside_a_flagged_quotation_is_kept():
    house = [match(0, 20, "typografie.gerade-anfuehrungszeichen", Source.HOUSE)]
    lt = [match(5, 5, "languagetool.GERMAN_SPELLER_RULE")]
    assert [m.rule for m in merge_matches(house, lt)] == [
        "typografie.gerade-anfuehrungszeichen", "languagetool.GERMAN_SPELLER_RULE"]


def test_disjoint_matches_are_all_kept_in_order():
    house = [match(30, 2, "a.b", Source.HOUSE)]
    lt = [match(5, 3, "languagetool.X"), match(40, 1, "languagetool.Y")]
    assert [m.offset for m in merge_matches(house, lt)] == [5, 30, 40]
