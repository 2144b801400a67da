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
    text = "Er sagte , dass es regnet."
    house = [match(8, 2, "typografie.leerzeichen-vor-satzzeichen", Source.HOUSE)]
    lt = [match(8, 2, "languagetool.COMMA_PARENTHESIS_WHITESPACE")]
    assert [m.rule for m in merge_matches(house, lt, text)] == ["typografie.leerzeichen-vor-satzzeichen"]


def test_house_rule_wins_on_a_doubled_word():
    text = "Sie kam mit der der Bahn."
    house = [match(12, 7, "tippfehler.doppeltes-wort", Source.HOUSE)]
    lt = [match(12, 7, "languagetool.GERMAN_WORD_REPEAT_RULE")]
    assert [m.rule for m in merge_matches(house, lt, text)] == ["tippfehler.doppeltes-wort"]


def test_house_rule_wins_over_a_word_at_the_edge_of_a_phrase():
    # a set phrase of a few words is one slip, whatever LanguageTool says about its first word
    text = "Das war im Großen und Ganzen gut."
    house = [match(8, 20, "stil.floskeln", Source.HOUSE)]
    lt = [match(8, 9, "languagetool.DE_CASE")]
    assert [m.rule for m in merge_matches(house, lt, text)] == ["stil.floskeln"]


def test_typo_starting_an_overlong_sentence_is_kept():
    # the sentence-length finding starts where the sentence does, on the misspelled first word
    text = "Kurz. Wärend " + " ".join(["die Leute im Saal warteten"] * 8) + ", ging er. Ende."
    start = text.index("Wärend")
    end = text.index(". Ende")
    house = [match(start, end + 1 - start, "stil.satz-ueberlang", Source.HOUSE)]
    lt = [match(start, 6, "languagetool.GERMAN_SPELLER_RULE")]
    assert [m.rule for m in merge_matches(house, lt, text)] == ["languagetool.GERMAN_SPELLER_RULE", "stil.satz-ueberlang"]


def test_typo_ending_an_overlong_sentence_is_kept():
    text = " ".join(["Die Leute im Saal warteten"] * 8) + " lannge."
    house = [match(0, len(text), "stil.satz-ueberlang", Source.HOUSE)]
    lt = [match(len(text) - 7, 6, "languagetool.GERMAN_SPELLER_RULE")]
    assert [m.rule for m in merge_matches(house, lt, text)] == ["stil.satz-ueberlang", "languagetool.GERMAN_SPELLER_RULE"]


def test_house_rule_wins_when_spans_share_an_edge():
    # the quote rule flags the whole quotation; LanguageTool only its opening quote, however long the quotation
    text = '"' + " ".join(["Wir bleiben hier und warten ab"] * 3) + '"'
    house = [match(0, len(text), "typografie.gerade-anfuehrungszeichen", Source.HOUSE)]
    lt = [match(0, 1, "languagetool.TYPOGRAFISCHE_ANFUEHRUNGSZEICHEN"),
          match(len(text) - 1, 1, "languagetool.TYPOGRAFISCHE_ANFUEHRUNGSZEICHEN")]
    assert [m.rule for m in merge_matches(house, lt, text)] == ["typografie.gerade-anfuehrungszeichen"]


def test_typo_inside_a_flagged_quotation_is_kept():
    text = '"Das Wetetr ist schön"'
    house = [match(0, 22, "typografie.gerade-anfuehrungszeichen", Source.HOUSE)]
    lt = [match(5, 6, "languagetool.GERMAN_SPELLER_RULE")]
    assert [m.rule for m in merge_matches(house, lt, text)] == [
        "typografie.gerade-anfuehrungszeichen", "languagetool.GERMAN_SPELLER_RULE"]


def test_disjoint_matches_are_all_kept_in_order():
    house = [match(30, 2, "a.b", Source.HOUSE)]
    lt = [match(5, 3, "languagetool.X"), match(40, 1, "languagetool.Y")]
    assert [m.offset for m in merge_matches(house, lt, "x" * 50)] == [5, 30, 40]
