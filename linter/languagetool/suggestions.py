"""Putting LanguageTool's best spelling suggestion first.

LanguageTool's German speller sometimes ranks a farther word or a split above
the closest whole word ("diekt" -> "die kt", "liegt", "direkt"). Typos are
usually one slip away from the intended word, so for spelling matches the
suggestions are ordered by typing slips (:func:`slip_cost`); among equally
close ones, whole words come before splits into several words, and otherwise
LanguageTool's own order (which reflects word frequency) is kept.
"""

from __future__ import annotations

from linter.longwords import is_overlong


def rank_replacements(flagged: str, replacements: list[str]) -> list[str]:
    """Return spelling suggestions closest first, whole words before equally close splits.

    A word longer than any dictionary holds keeps LanguageTool's order: slip costs
    take the square of its length.
    """
    if not flagged or is_overlong(flagged):
        return list(replacements)
    flagged_is_split = _is_split(flagged)

    def key(index: int) -> tuple[float, bool, int]:
        replacement = replacements[index]
        return (
            slip_cost(flagged, replacement),
            _is_split(replacement) and not flagged_is_split,
            index,
        )

    return [replacements[i] for i in sorted(range(len(replacements)), key=key)]


#: Spellings that are transliterations, not slips: Swiss/ASCII "ss" for "ß", "ae" for "ä".
_TRANSLITERATIONS = (("ß", "ss"), ("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"))

#: Cost of turning the writer's lower-case initial into a capital: in German the initial
#: marks the word class (nouns are capitalised), so a writer who typed "wirt" mid-sentence
#: more likely slipped on a letter ("wird") than meant the noun ("Wirt").
CASE_CHANGE_COST = 1.5


def slip_cost(flagged: str, replacement: str) -> float:
    """How far a suggestion is from the flagged text, counted in typing slips.

    Edit distance, except that a transliteration ("ss" for "ß", "oe" for "ö")
    is no slip, a doubled or undoubled letter ("aler" for "aller") is half a
    slip (the commonest one on a keyboard), and capitalising a word the writer wrote in lower case costs
    more than one wrong letter.
    """
    cost = _weighted_distance(_fold(flagged), _fold(replacement))
    if flagged[:1].islower() and replacement[:1].isupper():
        cost += CASE_CHANGE_COST - (0 if flagged[:1] == replacement[:1] else 1)
    return cost


def differs_in_case_only(flagged: str, replacement: str) -> bool:
    """True when a suggestion is the flagged word with other capitals ("darstellung" -> "Darstellung")."""
    return replacement != flagged and replacement.lower() == flagged.lower()


def spelling_distance(flagged: str, replacement: str) -> int:
    """Edit distance where "ss" for "ß" (and "oe" for "ö" and the like) counts as no slip:
    "Strasse" is closest to "Straße" (plain distance 2), not to "Stresse" (1)."""
    return edit_distance(_fold(flagged), _fold(replacement))


#: Cost of typing a letter once instead of twice, or twice instead of once.
DOUBLING_COST = 0.5


def _weighted_distance(a: str, b: str) -> float:
    """Optimal-string-alignment distance in which (un)doubling a letter costs DOUBLING_COST."""
    previous2: list[float] = []
    previous = [0.0] * (len(b) + 1)
    for j in range(1, len(b) + 1):
        previous[j] = previous[j - 1] + _insert_cost(b, j)
    for i in range(1, len(a) + 1):
        current = [previous[0] + _insert_cost(a, i)] + [0.0] * len(b)
        for j in range(1, len(b) + 1):
            substitution = 0.0 if a[i - 1] == b[j - 1] else 1.0
            current[j] = min(previous[j] + _insert_cost(a, i),  # delete a[i-1]
                             current[j - 1] + _insert_cost(b, j),  # insert b[j-1]
                             previous[j - 1] + substitution)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1.0)
        previous2, previous = previous, current
    return previous[-1]


def _insert_cost(text: str, position: int) -> float:
    """Cost of the letter at 1-based ``position`` being typed or missed: cheaper when it doubles its neighbour."""
    letter = text[position - 1]
    if position > 1 and text[position - 2] == letter:
        return DOUBLING_COST
    return 1.0


def _fold(text: str) -> str:
    """The text with umlauts and ß written out, so transliterations compare equal."""
    for letter, spelled in _TRANSLITERATIONS:
        text = text.replace(letter, spelled)
    return text


def _is_split(text: str) -> bool:
    """True when a text is several words."""
    return " " in text.strip()


def edit_distance(a: str, b: str) -> int:
    """Optimal-string-alignment distance: insertions, deletions, substitutions, adjacent swaps."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


#: The letter rows of a German (QWERTZ) keyboard, each with how far it is shifted to the right
#: of the row above, in keys.
_KEY_ROWS = (("qwertzuiopü", 0.0), ("asdfghjklöä", 0.25), ("yxcvbnm", 0.75))
_KEY_PLACES = {letter: (row, column + shift) for row, (letters, shift) in enumerate(_KEY_ROWS)
               for column, letter in enumerate(letters)}


def neighbouring_keys(a: str, b: str) -> bool:
    """True when two letters lie side by side on a German keyboard ("b" and "n", "s" and "d";
    not "s" and "f"): a wrong letter typed is most often one of its neighbours."""
    first, second = _KEY_PLACES.get(a.lower()), _KEY_PLACES.get(b.lower())
    if first is None or second is None or a.lower() == b.lower():
        return False
    return abs(first[0] - second[0]) <= 1 and abs(first[1] - second[1]) <= 1
