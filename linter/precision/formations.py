"""Unknown lower-case words with no close suggestion: new formations more often than slips.

German builds words freely ("entgegenzuplätschern", "durchsetzungskräftige",
"ostturkestanischer"), and no dictionary holds them all. A typing slip is
nearly always one or two slips from the word meant, so LanguageTool offers that
word ("exlodiert" -> "explodiert", "verschpricht" -> "verspricht"). When no
suggestion (LanguageTool's, or a common word the context ranking adds,
:mod:`linter.precision.context`) is within one slip
(:func:`~linter.languagetool.suggestions.slip_cost`), or within two slips of a
word the frequency list has, the word is more likely a
formation it lacks than a slip: the match is reported as info ("check the
spelling"), still shown, but it does not fail a commit. Capitalised words are
:class:`~linter.precision.names.UncertainNameSeverity`'s concern.
"""

from __future__ import annotations

import dataclasses

from linter.findings import Match, Severity, Source
from linter.languagetool.suggestions import differs_in_case_only, slip_cost
from linter.precision.frequency import FREQUENCY, WordFrequency
from linter.longwords import is_overlong
from linter.prose import ProseView

#: German message for a spelling match on a word that is probably a formation the dictionary lacks.
UNKNOWN_FORMATION_MESSAGE = "Unbekanntes Wort ohne naheliegende Korrektur: Schreibweise bitte prüfen."

#: A suggestion this many slips away or closer is a correction of a slip.
CLOSE_SLIPS = 1.0
#: Up to this many slips, when the suggestion is a word people write and the flagged one is not.
CLOSE_SLIPS_TO_A_LISTED_WORD = 2.0


def _close(flagged: str, suggestion: str, freq: WordFrequency) -> bool:
    """True when ``suggestion`` is the likely intended word: one slip away, or two slips away
    from an unlisted word to a listed one ("verschpricht" -> "verspricht")."""
    cost = slip_cost(flagged, suggestion)
    if cost <= CLOSE_SLIPS:
        return True
    return cost <= CLOSE_SLIPS_TO_A_LISTED_WORD and freq.is_attested(suggestion) and not freq.is_attested(flagged)


class UnknownFormationSeverity:
    """Engine adjuster: a lower-case word the speller can mend only from afar is reported as info."""

    def __init__(self, freq: WordFrequency = FREQUENCY) -> None:
        self.freq = freq

    def __call__(self, match: Match, view: ProseView) -> Match:
        if match.source is not Source.LANGUAGETOOL or match.category != "TYPOS" or match.severity <= Severity.INFO:
            return match
        flagged = view.text[match.offset:match.offset + match.length]
        if not flagged[:1].islower() or any(c.isspace() for c in flagged) or is_overlong(flagged):
            return match  # an overlong word is no formation: a slip cost would take the square of its length
        if any(differs_in_case_only(flagged, s) for s in match.replacements):
            return match  # "darstellung" -> "Darstellung": a noun written small, a real slip
        if any(_close(flagged, s, self.freq) for s in match.replacements):
            return match  # any of them: the context ranking may put a farther, better-fitting word first
        return dataclasses.replace(match, severity=Severity.INFO, message=UNKNOWN_FORMATION_MESSAGE)


#: German message for a compound of two known words that the dictionary does not list.
UNKNOWN_COMPOUND_MESSAGE = "Zusammensetzung, die das Wörterbuch nicht kennt: Schreibweise bitte prüfen."
#: Each part of such a compound has at least this many letters ("zuviel" is no compound of content words).
COMPOUND_PART_MIN_LETTERS = 4
#: HanTa tags (STTS prefixes) of content words: nouns, adjectives, full verbs. A function word as the
#: second part ("darüber hinaus", "vor allem") makes a fixed phrase that is written apart.
CONTENT_TAGS = ("NN", "ADJ", "VV")


class UnknownCompoundSeverity:
    """Engine adjuster: a compound of two known words that LanguageTool would only split is info.

    German writes compounds together, and LanguageTool's dictionary cannot list them all:
    for "Benchmarkrunde" or "zurückverfrachtet" its only suggestion is to split the word
    ("Benchmark runde"), which is wrong advice. When the best suggestion is the flagged
    word with one space or hyphen put in ("halb-dokumentarisch"), both parts have four
    letters or more, the second part is a content word (a noun, adjective or verb to the
    part-of-speech tagger) and the word runs on in small letters where it would split
    ("LIVERock" is two words run together), the finding is info. A suggestion one slip away that keeps the word whole
    ("Motivationschreiben" -> "Motivationsschreiben") keeps it an error.

    It reads LanguageTool's own order of suggestions, so it runs before the context ranking.
    """

    def __call__(self, match: Match, view: ProseView) -> Match:
        if match.source is not Source.LANGUAGETOOL or match.category != "TYPOS" or match.severity <= Severity.INFO:
            return match
        flagged = view.text[match.offset:match.offset + match.length]
        if not match.replacements or is_overlong(flagged) or not is_split_compound(flagged, match.replacements[0]):
            return match
        if any(_whole_word_correction(flagged, s) for s in match.replacements[1:]):
            return match
        return dataclasses.replace(match, severity=Severity.INFO, message=UNKNOWN_COMPOUND_MESSAGE)


def _whole_word_correction(flagged: str, suggestion: str) -> bool:
    """True for a suggestion one slip away that changes letters, not only where the word breaks
    ("Motivationsschreiben" for "Motivationschreiben"; not "halb-dokumentarisch")."""
    if " " in suggestion or suggestion.replace("-", "").lower() == flagged.replace("-", "").lower():
        return False
    return slip_cost(flagged, suggestion) <= CLOSE_SLIPS


def is_split_compound(flagged: str, suggestion: str) -> bool:
    """True when ``suggestion`` splits ``flagged`` in two with a space or a hyphen
    ("Benchmark runde", "halb-dokumentarisch") and the second part is a content word."""
    split = _split_point(flagged, suggestion)
    if split is None:
        return False
    head, tail = suggestion[:split], suggestion[split + 1:]
    if min(len(head), len(tail)) < COMPOUND_PART_MIN_LETTERS or not flagged[split].islower():
        return False
    from linter.precision.context import sentence_model  # deferred: the tagger loads on first use

    return sentence_model().likeliest_tag(tail).startswith(CONTENT_TAGS)


def _split_point(flagged: str, suggestion: str) -> int | None:
    """Where ``suggestion`` puts one space or hyphen into ``flagged`` and changes nothing else but case."""
    if " " in flagged or len(suggestion) != len(flagged) + 1:
        return None
    split = next((i for i, (a, b) in enumerate(zip(flagged.lower(), suggestion.lower())) if a != b), len(flagged))
    if suggestion[split] not in " -" or (suggestion[:split] + suggestion[split + 1:]).lower() != flagged.lower():
        return None
    return split
