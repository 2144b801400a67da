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

Compounds are info too, in any case, when the speller would only split them
(:class:`UnknownCompoundSeverity`: "Benchmarkrunde" -> "Benchmark runde") or when they
fall apart into two words people write and the speller guesses only at other
compounds nobody writes (:class:`KnownPartsCompoundSeverity`: "Sensorenphalanx" ->
"Sensorendphalanx").
"""

from __future__ import annotations

import dataclasses
import functools

from linter.findings import Match, Severity
from linter.languagetool.suggestions import differs_in_case_only, neighbouring_keys, slip_cost
from linter.precision.frequency import FREQUENCY, WordFrequency
from linter.longwords import is_overlong
from linter.precision.run_together import runs_a_phrase_together
from linter.precision.typo_match import flagged_typo
from linter.precision.wordlists import data_list
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
        flagged = flagged_typo(match, view)
        if flagged is None:
            return match
        if not flagged[:1].islower() or any(c.isspace() for c in flagged) or is_overlong(flagged):
            return match  # an overlong word is no formation: a slip cost would take the square of its length
        if any(differs_in_case_only(flagged, s) for s in match.replacements):
            return match  # "darstellung" -> "Darstellung": a noun written small, a real slip
        particle_verb = particle_verb_parts(flagged, self.freq)
        if any(_close(flagged, s, self.freq) and not (particle_verb and _moves_only_the_particle(particle_verb, s))
               or not particle_verb and runs_a_phrase_together(flagged, s, self.freq) for s in match.replacements):
            return match  # any of them: the context ranking may put a farther, better-fitting word first
        return dataclasses.replace(match, severity=Severity.INFO, message=UNKNOWN_FORMATION_MESSAGE)


@functools.cache
def verb_particles() -> tuple[str, ...]:
    """The shipped separable verb particles, longest first ("hinauf" before "hin")."""
    return tuple(sorted(data_list("verb-particles"), key=len, reverse=True))


#: The verb form after a particle has at least this many letters ("gesprengt", "stöpselte").
VERB_FORM_MIN_LETTERS = 4
#: What the tagger may read the form after a particle as: a verb (VVPP, VVFIN, VAINF, ...; HanTa
#: writes "VV(PP)"), or an adjective, as it reads participles that are declined ("mitgeflüchtete").
VERB_TAGS = ("V", "ADJ")


def particle_verb_parts(word: str, freq: WordFrequency = FREQUENCY) -> tuple[str, str] | None:
    """The particle and verb form of a lower-case word that is a separable verb particle before a
    form people write and the tagger reads as a verb or a declined participle ("raufgeschrieben" ->
    ("rauf", "geschrieben")); None for any other word ("vorallem" is "vor" before a pronoun: a
    phrase run together)."""
    for particle in verb_particles():
        rest = word[len(particle):]
        if word.startswith(particle) and len(rest) >= VERB_FORM_MIN_LETTERS and freq.zipf(rest) >= KNOWN_PART_ZIPF:
            from linter.precision.context import sentence_model  # deferred: the tagger loads on first use

            return (particle, rest) if sentence_model().likeliest_tag(rest).startswith(VERB_TAGS) else None
    return None


def _moves_only_the_particle(parts: tuple[str, str], suggestion: str) -> bool:
    """True when ``suggestion`` is the particle verb with another particle ("aufgeschrieben" for
    "raufgeschrieben") or split into two words ("hinauf geschrieben", "hin aufgeschrieben"):
    another formation, not the mend of a slip."""
    particle, rest = parts
    lowered = suggestion.lower()
    if lowered.replace(" ", "").replace("-", "") == particle + rest:
        return True
    other = lowered[:-len(rest)].strip()
    if not lowered.endswith(rest) or other == particle or other not in verb_particles():
        return False
    return not _one_key_apart(particle, other)  # "abgekündigt" for "angekündigt" may be a slip


def _one_key_apart(word: str, other: str) -> bool:
    """True when two words of one length differ in one letter, typed on the key beside the right one."""
    differences = [(a, b) for a, b in zip(word, other) if a != b]
    return len(word) == len(other) and len(differences) == 1 and neighbouring_keys(*differences[0])


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
        flagged = flagged_typo(match, view)
        if flagged is None:
            return match
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


#: Each part of a compound of known words is written at least this often (Zipf; about once in ten
#: million words: "Phalanx", "Werkstätte", "Sensoren"), so a chance string of letters is no part.
KNOWN_PART_ZIPF = 2.0
#: Linking elements between the parts of a German compound that the split looks through.
LINKING_ELEMENTS = ("s",)


class KnownPartsCompoundSeverity:
    """Engine adjuster: a compound of two written words, where the speller only guesses at other
    compounds nobody writes, is info.

    German joins words freely ("Sensorenphalanx", "Geigenbauerwerkstätte", "hinaufgeschrieben"),
    and LanguageTool's answer to a compound it lacks is often another compound one edit away that
    nobody writes either ("Sensorendphalanx", "Geigenmauerwerkstätte"). A slip in a compound
    breaks one of its parts ("Verletzungsibld", "Tiergartendiektorin"), so the flagged word no longer
    falls apart into two words, and the speller usually offers the compound meant. When the flagged
    word splits into two words of the frequency list (:func:`known_parts`), and none of the
    suggestions is a word people write, the word is more likely a formation than a slip.
    """

    def __init__(self, freq: WordFrequency = FREQUENCY) -> None:
        self.freq = freq

    def __call__(self, match: Match, view: ProseView) -> Match:
        flagged = flagged_typo(match, view)
        if flagged is None or is_overlong(flagged) or not is_compound_of_known_words(flagged, match.replacements,
                                                                                       self.freq):
            return match
        return dataclasses.replace(match, severity=Severity.INFO, message=UNKNOWN_COMPOUND_MESSAGE)


def is_compound_of_known_words(flagged: str, replacements: tuple[str, ...], freq: WordFrequency = FREQUENCY) -> bool:
    """True for a word of letters with no inner capital that splits into two written words, when
    no suggestion is a written word nor the flagged word in another case ("gesichtsumspannenden"
    -> "Gesichtsumspannenden" is a question of case, left to the speller)."""
    if not flagged.isalpha() or not flagged[1:].islower():
        return False  # a hyphen, a digit or an inner capital ("BürgermeisterThomas"): other concerns
    if any(_written(s, freq) or differs_in_case_only(flagged, s) for s in replacements):
        return False
    return known_parts(flagged, freq) is not None


def _written(suggestion: str, freq: WordFrequency) -> bool:
    """True for a suggestion people write: a listed word, or words that are all listed ("darüber
    hinaus", "Presse die": two words run together are a slip, however well each part is known)."""
    return all(freq.is_attested(word) for word in suggestion.split()) if suggestion.strip() else False


def known_parts(word: str, freq: WordFrequency = FREQUENCY) -> tuple[str, str] | None:
    """The first split of ``word`` into two parts of :data:`COMPOUND_PART_MIN_LETTERS` letters or more,
    each written at least :data:`KNOWN_PART_ZIPF` often, the first one with or without a linking
    element ("Sensoren" + "phalanx"; "Doktorat" + "s" + "kollegs"); None when there is none."""
    shortest = COMPOUND_PART_MIN_LETTERS
    for cut in range(shortest, len(word) - shortest + 1):
        head, tail = word[:cut], word[cut:]
        if freq.zipf(tail) < KNOWN_PART_ZIPF:
            continue
        heads = [head] + [head[:-len(e)] for e in LINKING_ELEMENTS if head.endswith(e)]
        for part in heads:
            if len(part) >= shortest and freq.zipf(part) >= KNOWN_PART_ZIPF:
                return part, tail
    return None
