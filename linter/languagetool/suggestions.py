"""Putting LanguageTool's best spelling suggestion first.

LanguageTool's German speller sometimes ranks a farther word or a split above
the closest whole word ("diekt" -> "die kt", "liegt", "direkt"). Typos are
usually one slip away from the intended word, so for spelling matches the
suggestions are ordered by edit distance to the flagged text; among equally
close ones, whole words come before splits into several words, and otherwise
LanguageTool's own order (which reflects word frequency) is kept.
"""

from __future__ import annotations


def rank_replacements(flagged: str, replacements: list[str]) -> list[str]:
    """Return spelling suggestions closest first, whole words before equally close splits."""
    if not flagged:
        return list(replacements)
    flagged_is_split = _is_split(flagged)

    def key(index: int) -> tuple[int, bool, int]:
        replacement = replacements[index]
        return (
            spelling_distance(flagged, replacement),
            _is_split(replacement) and not flagged_is_split,
            index,
        )

    return [replacements[i] for i in sorted(range(len(replacements)), key=key)]


def spelling_distance(flagged: str, replacement: str) -> int:
    """Edit distance where "ss" for "ß" counts as no slip: it is the Swiss spelling and a keyboard habit,
    so "Strasse" is closest to "Straße" (plain distance 2), not to "Stresse" (1)."""
    plain = edit_distance(flagged, replacement)
    if "ß" not in replacement and "ß" not in flagged:
        return plain
    return min(plain, edit_distance(flagged.replace("ß", "ss"), replacement.replace("ß", "ss")))


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
