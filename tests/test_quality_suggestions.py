"""Suggestion ranking: closest first, with "ss" for "ß" counted as no slip; keys side by side."""

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


def test_neighbouring_keys_follow_the_german_keyboard():
    from linter.languagetool.suggestions import neighbouring_keys

    assert neighbouring_keys("b", "n") and neighbouring_keys("s", "d") and neighbouring_keys("z", "u")
    assert neighbouring_keys("a", "y") and neighbouring_keys("G", "b")  # rows are staggered; case aside
    assert not neighbouring_keys("s", "f") and not neighbouring_keys("y", "z")  # "z" is where QWERTY has "y"
    assert not neighbouring_keys("a", "a") and not neighbouring_keys("a", "1")
