

def test_neighbouring_keys_follow_the_german_keyboard():
    from linter.languagetool.suggestions import neighbouring_keys

    assert neighbouring_keys("b", "n") and neighbouring_keys("s", "d") and neighbouring_keys("z", "u")
    assert neighbouring_keys("a", "y") and neighbouring_keys("G", "b")  # rows are staggered; case aside
    assert not neighbouring_keys("s", "f") and not neighbouring_keys("y", "z")  # "z" is where QWERTY has "y"
    assert not neighbouring_keys("a", "a") and not neighbouring_keys("a", "1")
