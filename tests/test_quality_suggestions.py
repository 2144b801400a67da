"""Suggestion ranking: closest first, with "ss" for "ß" counted as no slip."""

from linter.languagetool.suggestions import rank_replacements, spelling_distance


def test_sharp_s_counts_as_no_slip():
    assert spelling_distance("Strasse", "Straße") == 0
    assert rank_replacements("Strasse", ["Stresse", "Strapse", "Strass", "Straße"])[0] == "Straße"


def test_plain_closeness_still_decides_otherwise():
    assert rank_replacements("diekt", ["die kt", "liegt", "direkt"])[0] == "direkt"


def test_slip_cost_prefers_a_letter_slip_over_capitalising_a_lower_case_word():
    from linter.languagetool.suggestions import rank_replacements

    assert rank_replacements("wirt", ["Wirt", "wird", "wir"])[0] == "wird"
    assert rank_replacements("aler", ["aber", "aller", "Maler"])[0] == "aller"  # a missed double letter
    assert rank_replacements("koennten", ["konnten", "könnten"])[0] == "könnten"  # oe for ö is no slip
