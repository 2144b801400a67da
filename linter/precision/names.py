"""Proper names in news copy: evidence from the article itself, so LanguageTool's speller keeps quiet on them.

News stories are full of names no dictionary has (Peskow, Cheong Seong-chang,
Kookmin-Universität). Rather than list them all, the article says which words
are names:

* a capitalised word that recurs in the article (a typo rarely repeats itself);
* words after a role noun ("Kremlsprecher Dmitri Peskow", "Zeitung Chosun Ilbo");
* a word after a known first name ("Andrej Lankow"; first names from
  gender-guesser's list, which is Jörg Michael's nam_dict);
* a name before an appositive or an age ("Cheong Seong-chang, Forscher am ...",
  "Müller (45)");
* a hyphen compound of a name and an institution noun ("Kookmin-Universität");
* the form around it: a name particle ("al-Sisi", "El Faro") or a list of names
  such as a line-up (:mod:`linter.precision.name_forms`; these hold even against
  the guard below).

A guard keeps real typos flagged: a word one edit from its best suggestion
("Duchschnittsgeschwindigkeit" -> "Durchschnittsgeschwindigkeit") is a slip, not
a name, unless the frequency list shows people write it on purpose about as
often as the suggestion (:mod:`linter.precision.frequency`), and a compound
whose suggestions keep the name part and change the rest has its slip in the
rest. The guard in turn yields to repetition: a word written alike three times
in one article (twice, if the frequency list knows it) is meant. A word the guard
keeps right after a known first name is reported as info, not as an error
(:class:`UncertainNameSeverity`).
"""

from __future__ import annotations

import dataclasses
import functools
import re

from linter.findings import Match, Severity, Source
from linter.languagetool.suggestions import (DOUBLING_COST, differs_in_case_only, edit_distance, slip_cost,
                                          spelling_distance)
from linter.languagetool.spelling import is_spelling_verdict
from linter.precision.datacache import open_table
from linter.precision.frequency import COMMON_ZIPF, FREQUENCY, WordFrequency
from linter.longwords import is_overlong
from linter.precision.name_forms import abbreviated_words, in_name_list, is_defined_abbreviation, is_particle_name
from linter.precision.run_together import runs_a_phrase_together
from linter.precision.wordlists import data_list, ends_with_a_head
from linter.prose import ProseView

#: Besides spelling verdicts, the filter may drop the casing rule on a name part ("Kim Jong Uns").
CASING_RULES = frozenset({"languagetool.DE_CASE"})

#: A word is a "long" word for the typo guard from this many letters on.
GUARD_MIN_LENGTH = 8
#: A word this many Zipf units (powers of ten) rarer than a one-edit neighbour is a slip for it.
FREQUENCY_GAP = 2.0
#: A short word one edit from a suggestion at least this common (Zipf) is a slip for it.
SHORT_SLIP_SUGGESTION_ZIPF = 3.5
#: A short word is a slip when one of LanguageTool's first this many suggestions is such a common word.
SHORT_SLIP_CANDIDATES = 3
#: A word nobody writes, with at least this many letters, two slips from an everyday word of at least
#: this Zipf (some 30 uses per million words) among the first suggestions, is as likely a slip as a name.
TWO_SLIPS_MIN_LETTERS = 7
TWO_SLIPS = 2.0
TWO_SLIPS_SUGGESTION_ZIPF = 4.5
#: A word of this many letters or more, with no hyphen, is a compound of words, not a name ...
COMPOUND_MIN_LETTERS = 16
#: ... and a suggestion this many slips away (one slip and a doubled or undoubled letter) mends it.
COMPOUND_CLOSE_SLIPS = 1.5
#: Written alike this often in one article, a word is meant, whatever it resembles.
REPEATS_MEANT = 3

#: German message for a spelling match on a word that is probably a name.
UNCERTAIN_NAME_MESSAGE = "Unbekanntes Wort, vermutlich ein Name: Schreibweise bitte prüfen."

#: Heads of role nouns, matched at the end of a capitalised word, so "Kremlsprecher",
#: "Regierungssprecherin" and "Außenministerin" count (linter/precision/data/role-heads.txt).
ROLE_HEADS = data_list("role-heads")
#: Last parts of hyphen compounds that make the first part a name ("Sejong-Institut";
#: linter/precision/data/institution-heads.txt).
INSTITUTION_HEADS = frozenset(data_list("institution-heads"))
#: Nouns that introduce a name in apposition beyond the role nouns: places, brands' kinds, "Causa",
#: "Pseudonym" (linter/precision/data/name-introducers.txt, matched as the role heads are).
NAME_INTRODUCERS = data_list("name-introducers")
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ][\w'’]*(?:-[\w'’]+)*")
_SENTENCE_END = re.compile(r"[.!?:;\"“„»«]\s*$")
_APPOSITIVE_AFTER = re.compile(r"\s*(?:,\s*(?:ein(?:e[rnms]?)?\s+|der\s+|die\s+|das\s+)?(?P<role>[A-ZÄÖÜ]\w+)|\s*\(\d{1,3}\))")


@functools.lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """First names from gender-guesser's data (capitalised ones, three letters or more); empty without it.

    Read from a copy in newslint's cache (built on first use): parsing gender-guesser's
    name file takes 0.3 s and 20 MB, reading the 61,000 names back a tenth of that.
    """
    table = open_table("gender-guesser", "first-names", lambda: ((name, 0) for name in _library_first_names()))
    return frozenset(table.keys()) if table is not None else _library_first_names()


def _library_first_names() -> frozenset[str]:
    """The first names as gender-guesser's detector reads them (empty without the library)."""
    try:
        from gender_guesser.detector import Detector
    except ImportError:  # a dependency; without it only the other evidence counts
        return frozenset()
    return frozenset(n for n in Detector().names if len(n) >= 3 and n[0].isupper())


#: Case and plural endings a role noun takes before a name: "des Sportblatts Marca", "dem Kollegen
#: Sameh Shukri", "Herrn Müller", "der Sprecherinnen ...".
ROLE_ENDINGS = ("nen", "es", "en", "s", "n")


def is_role_noun(word: str) -> bool:
    """True for a capitalised noun naming a role ("Kremlsprecher", "Forscherin", "Zeitung"),
    also declined ("des Sportblatts", "dem Kollegen", "Herrn")."""
    if not word[:1].isupper():
        return False
    return ends_with_a_head(word.lower(), ROLE_HEADS, ROLE_ENDINGS)


def introduces_a_name(word: str) -> bool:
    """True for a capitalised noun a name may follow in apposition: a role ("Sender", "Trainer")
    or a place or kind of thing ("Stadt", "Ortsteil", "App", "Causa"), also declined ("des Autobauers")."""
    return is_role_noun(word) or (word[:1].isupper() and ends_with_a_head(word.lower(), NAME_INTRODUCERS, ROLE_ENDINGS))


#: The word right before another, on the same line: the slot a name's introducing noun stands in.
_WORD_BEFORE = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\wäöüß]*)[ \t]+$")


def follows_a_name_introducer(text: str, offset: int) -> bool:
    """True when the word at ``offset`` directly follows a noun that introduces a name ("die
    Stadt Sucre", "der Sender Kanaltürk", "unter dem Pseudonym CTurt", "SR Schörgenhofer")."""
    before = _WORD_BEFORE.search(text, max(0, offset - 40), offset)
    return bool(before) and introduces_a_name(before.group(1))


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _stem(word: str) -> str:
    """The word without a genitive ending ("Lankows" -> "Lankow")."""
    return re.sub(r"(?<=\w)(?:s|’|')$", "", word)


@functools.lru_cache(maxsize=64)
def name_evidence(text: str) -> frozenset[str]:
    """The words the article itself shows to be (parts of) names: by context, or by recurring."""
    words = list(_WORD.finditer(text))
    counts: dict[str, int] = {}
    for w in words:
        if _is_capitalised(w.group()):
            for part in {w.group(), _stem(w.group()), *w.group().split("-")}:
                counts[_stem(part)] = counts.get(_stem(part), 0) + 1
    recurring = {word for word, n in counts.items() if n >= 2 and _is_capitalised(word)}
    return context_evidence(text) | recurring


#: A first name has at least this many letters to be evidence for the word after it ("Jo" is none).
FIRST_NAME_MIN_LETTERS = 3


@functools.lru_cache(maxsize=64)
def context_evidence(text: str, first_names_too: bool = True) -> frozenset[str]:
    """The words the article introduces as names: after a role noun or a first name, before an appositive
    or an abbreviation in brackets that their initials spell.

    ``first_names_too=False`` leaves out a known first name that is evidenced only by
    being one (it still makes the word after it a name).
    """
    words = list(_WORD.finditer(text))
    names: set[str] = set()
    given = first_names()
    for i, w in enumerate(words):
        word = w.group()
        if is_role_noun(word):
            names.update(_capitalised_run(text, words, i + 1, limit=3))
        elif word in given and len(word) >= FIRST_NAME_MIN_LETTERS and not _sentence_initial(text, w.start()) and i + 1 < len(words):
            run = _capitalised_run(text, words, i + 1, limit=2)
            if run:
                if first_names_too:
                    names.add(word)
                names.update(run)
        after = _APPOSITIVE_AFTER.match(text, w.end())
        if after and _is_capitalised(word) and (after.group("role") is None or is_role_noun(after.group("role"))):
            names.update(_capitalised_run_backwards(text, words, i, limit=3))
    names.update(abbreviated_words(text))  # "Republika Srpska (RS)"
    return frozenset(names | {_stem(n) for n in names})


@functools.lru_cache(maxsize=64)
def surnames_in(text: str) -> frozenset[str]:
    """The words ``text`` writes right after a known first name that does not open a sentence
    ("spekuliert Woody Allen" gives "Allen"): one or two capitalised words. A first name the
    tagger reads as a common noun ("Bürger", "Kind": nam_dict lists them) is no evidence here."""
    from linter.precision.context import sentence_model  # deferred: the tagger loads on first use

    words = list(_WORD.finditer(text))
    given = first_names()
    surnames: set[str] = set()
    for i, word in enumerate(words[:-1]):
        if (word.group() in given and len(word.group()) >= FIRST_NAME_MIN_LETTERS
                and not _sentence_initial(text, word.start())
                and not sentence_model().likeliest_tag(word.group()).startswith("NN")):
            surnames.update(_capitalised_run(text, words, i + 1, limit=2))
    return frozenset(surnames)


def _sentence_initial(text: str, start: int) -> bool:
    """True when the word at ``start`` opens a sentence (or the text)."""
    before = text[max(0, start - 4):start]
    return not before.strip() or bool(_SENTENCE_END.search(text[max(0, start - 3):start]))


def _capitalised_run(text: str, words: list, start: int, limit: int) -> list[str]:
    """Up to ``limit`` capitalised words from ``start`` on, adjacent (only spaces between)."""
    run: list[str] = []
    prev_end = words[start - 1].end() if start > 0 else 0
    for w in words[start:start + limit]:
        if not _is_capitalised(w.group()) or text[prev_end:w.start()].strip():
            break
        run.append(w.group())
        prev_end = w.end()
    return run


def _capitalised_run_backwards(text: str, words: list, end: int, limit: int) -> list[str]:
    """Up to ``limit`` adjacent capitalised words ending with ``words[end]``."""
    run: list[str] = []
    for k in range(end, max(-1, end - limit), -1):
        w = words[k]
        if not _is_capitalised(w.group()) or (k < end and text[w.end():words[k + 1].start()].strip()):
            break
        run.append(w.group())
    return run


def looks_like_typo(flagged: str, replacements: tuple[str, ...], freq: WordFrequency = FREQUENCY) -> bool:
    """True for a slip rather than a name.

    A slip is one edit from its best suggestion, and the flagged word is not a
    word people write on purpose: either it is absent from the frequency list,
    or it is at least :data:`FREQUENCY_GAP` orders of magnitude rarer than the
    suggestion ("Hoffendlich" next to "Hoffentlich"), whereas a name is about as
    common as the word it resembles ("Lainer" next to "Rainer" is not, but
    "Strache" next to "Sprache" is). A short word also needs a common suggestion:
    short names sit one edit from some rare word, short slips from an everyday
    one ("Kien" -> "Kein"). A hyphen compound whose suggestions keep its first
    part and mend the rest has its slip in the rest.
    """
    if not replacements:
        return False
    best = replacements[0]
    if _one_edit_slip(flagged, best, freq):
        if len(flagged) >= GUARD_MIN_LENGTH or freq.zipf(best) >= SHORT_SLIP_SUGGESTION_ZIPF:
            return True
    if "-" in flagged:
        head = flagged.rsplit("-", 1)[0] + "-"
        return any(r.startswith(head) and r != flagged for r in replacements[:3])
    return False


def slip_of_a_small_word_at_sentence_start(text: str, offset: int, flagged: str, replacements: tuple[str, ...],
                                           freq: WordFrequency = FREQUENCY) -> bool:
    """True for a word at a sentence start one edit from an everyday word the tagger reads in lower
    case ("Warscheinlich" -> "Wahrscheinlich", "Vorallem" -> "Vor allem"), or a fixed phrase run
    together that opens with such a word ("Aufjedenfall" -> "Auf jeden Fall", :mod:`linter.precision.run_together`).

    There the capital is the sentence's, not a name's, and the word meant is no noun either. And
    the frequency list, which counts what people write, lists the commonest misspellings as
    words ("warscheinlich", "vorallem", "garnicht"), so its word that a name is "written on
    purpose" (:func:`looks_like_typo`) does not hold for them. A name at a sentence start sits one
    edit from a noun or a name, if from anything ("Strache": "Sprache"), and keeps the guard.
    """
    if not replacements or not flagged[1:].islower() or not _sentence_initial(text, offset):
        return False  # an inner capital ("RundeSK") is no capital of the sentence's
    best = replacements[0]
    if edit_distance(flagged.lower(), best.lower()) <= 1 and freq.phrase_zipf(best) >= SHORT_SLIP_SUGGESTION_ZIPF:
        meant = best
    else:  # the ranking by slips puts a letter changed before spaces put in ("Nachwbevor", "Nach wie vor")
        meant = next((r for r in replacements[:SHORT_SLIP_CANDIDATES] if runs_a_phrase_together(flagged, r, freq)), "")
    if not meant:
        return False
    from linter.precision.context import sentence_model  # deferred: the tagger loads on first use

    return sentence_model().knows_in_lower_case(meant.split()[0])


def short_slip_beside_a_name(flagged: str, replacements: tuple[str, ...], freq: WordFrequency = FREQUENCY) -> bool:
    """True for a short word whose first suggestion fails the guard but a later one of the first
    :data:`SHORT_SLIP_CANDIDATES` is an everyday word one edit away ("Unte": LanguageTool offers
    the name "Ute" first, "Unter" second). As likely a slip as a short name ("Ofer": "Ufer")."""
    return len(flagged) < GUARD_MIN_LENGTH and any(
        _one_edit_slip(flagged, r, freq) and freq.zipf(r) >= SHORT_SLIP_SUGGESTION_ZIPF
        for r in replacements[1:SHORT_SLIP_CANDIDATES])


def unwritten_word_near_an_everyday_word(flagged: str, replacements: tuple[str, ...],
                                        freq: WordFrequency = FREQUENCY) -> bool:
    """True for a word nobody writes (absent from the frequency list) within :data:`TWO_SLIPS`
    typing slips of an everyday word among LanguageTool's first :data:`SHORT_SLIP_CANDIDATES`
    suggestions ("Unterehnmen": "Unternehmen"; "Waerend": "Während"), where the speller's first
    guess is a rarer word of similar shape ("Unterenden", "Gärend").

    A name in the news is mostly written elsewhere too, so the frequency list knows it,
    and an unknown one rarely lies two slips from a word used thirty times in a million.
    Two slips in a word under :data:`TWO_SLIPS_MIN_LETTERS` letters change a third of it
    and reach many everyday words, so short words need the closer evidence of
    :func:`short_slip_beside_a_name`. A hyphen compound is left out: the hyphen joins a name or
    an abbreviation to a word ("VÖP-Präsident"), and the unknown part is the name.
    """
    if len(flagged) < TWO_SLIPS_MIN_LETTERS or "-" in flagged or freq.zipf(flagged) > 0.0:
        return False
    return any(slip_cost(flagged, r) <= TWO_SLIPS and freq.zipf(r) >= TWO_SLIPS_SUGGESTION_ZIPF
               for r in replacements[:SHORT_SLIP_CANDIDATES])


def slip_in_a_long_compound(flagged: str, replacements: tuple[str, ...]) -> bool:
    """True for a word too long to be a name, with a suggestion a slip and a doubling away
    ("Kontrollgruppenmitgliederr": "Kontrollgruppenmitglieder").

    Names of :data:`COMPOUND_MIN_LETTERS` letters and more without a hyphen are rare
    ("Schwarzenberger" has fifteen); a word that long is a compound, and LanguageTool's
    dictionary lacks many compounds, but one it can mend within :data:`COMPOUND_CLOSE_SLIPS`
    slips ("Artillerie-", "Kommunikations-" intact, a letter doubled or dropped in the tail)
    is a slip, not a name nor a new formation.
    """
    if len(flagged) < COMPOUND_MIN_LETTERS or not flagged.isalpha():
        return False
    return any(slip_cost(flagged, r) <= COMPOUND_CLOSE_SLIPS for r in replacements[:SHORT_SLIP_CANDIDATES])


def _one_edit_slip(flagged: str, suggestion: str, freq: WordFrequency) -> bool:
    """True when ``suggestion`` is one edit from the flagged word and the list does not show it meant."""
    return edit_distance(flagged.lower(), suggestion.lower()) <= 1 and not _meant(flagged, suggestion, freq)


def _meant(flagged: str, best: str, freq: WordFrequency) -> bool:
    """True when the frequency list shows the flagged word is written on purpose, not mistyped for
    ``best``. Never so for a long word with a letter doubled or undoubled against an everyday word
    ("Resourcen", "Agressive"): the list counts what people write, and that is the commonest
    misspelling of all. Short names often sit a doubling from an everyday word ("Glass", "Maggie"),
    long ones rarely."""
    written = freq.zipf(flagged)
    if written > 0.0 and len(flagged) >= GUARD_MIN_LENGTH and is_doubling_apart(flagged, best) \
            and freq.zipf(best) >= SHORT_SLIP_SUGGESTION_ZIPF:
        return False
    return written > 0.0 and freq.zipf(best) - written < FREQUENCY_GAP


def is_doubling_apart(flagged: str, best: str) -> bool:
    """True when ``best`` is ``flagged`` with one letter doubled or undoubled, case aside."""
    return edit_distance(flagged.lower(), best.lower()) == 1 and slip_cost(flagged, best) == DOUBLING_COST


def is_name_compound(flagged: str, replacements: tuple[str, ...], freq: WordFrequency = FREQUENCY) -> bool:
    """True for a hyphen compound built from a name ("Peskow-Interview", "Putin-Kim-Gipfel"):
    every part before the last is a word people write, and the speller's suggestions all
    keep the last part, so only the name part is unknown to it."""
    if "-" not in flagged or any(c.isspace() for c in flagged) or not replacements:
        return False
    head, tail = flagged.rsplit("-", 1)
    if not tail or not all(part and freq.is_attested(part) for part in head.split("-")):
        return False
    return all(r.endswith("-" + tail) and r != flagged for r in replacements[:3])


#: A maximal run of word characters and hyphens: where a whole word (as the lookups below see it) can start.
_RUN = re.compile(r"[\w-]+")


@functools.lru_cache(maxsize=4)
def _run_starts(text: str) -> dict[str, list[int]]:
    """Where each run of word characters and hyphens starts in ``text``, read once per text.

    The lookups of a word's occurrences use it, so that each costs the number of
    occurrences, not the length of the text (which made big files quadratic).
    """
    index: dict[str, list[int]] = {}
    for m in _RUN.finditer(text):
        index.setdefault(m.group(), []).append(m.start())
    return index


def _occurrences(text: str, literal: str, pattern: re.Pattern, suffixed: bool = False) -> list[int]:
    """The starts of ``pattern`` (``literal`` as a whole word, optionally with a genitive ending)."""
    first = _RUN.match(literal)
    if first is None:
        return [m.start() for m in pattern.finditer(text)]  # no word to look up; rare
    index = _run_starts(text)
    candidates = index.get(first.group(), [])
    if suffixed and first.end() == len(literal):
        candidates = sorted(candidates + index.get(literal + "s", []))
    return [start for start in candidates if pattern.match(text, start)]


@functools.lru_cache(maxsize=4096)
def _spelled_alike(text: str, word: str) -> tuple[int, ...]:
    """Where ``word`` stands in ``text`` spelled exactly so, as a whole word."""
    return tuple(_occurrences(text, word, re.compile(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])")))


def capitalised_alike_mid_sentence(text: str, word: str) -> int:
    """How often ``word`` stands in ``text`` spelled exactly so, not at a sentence start."""
    return sum(not _sentence_initial(text, start) for start in _spelled_alike(text, word))


def written_alike(text: str, word: str) -> int:
    """How often ``word`` stands in ``text`` spelled exactly so (as a whole word)."""
    return len(_spelled_alike(text, word))


def meant_by_repetition(text: str, flagged: str, freq: WordFrequency = FREQUENCY) -> bool:
    """True when the article itself shows a flagged word is meant: a slip rarely repeats letter for letter.

    Written alike :data:`REPEATS_MEANT` times it is meant; twice is enough for a
    word the frequency list knows, since people write it on purpose elsewhere too.
    The cost: a habitual misspelling repeated in one article ("Wiederstand" twice)
    goes unflagged on a capitalised word; news copy repeats names far more often.
    """
    if not _seen_mid_sentence(text, flagged):
        return False  # at sentence starts only, the capital says nothing: "Erts" twice is still "Erst"
    count = written_alike(text, flagged)
    return count >= REPEATS_MEANT or (count >= 2 and freq.is_attested(flagged))


def is_name(flagged: str, evidence: frozenset[str]) -> bool:
    """True when every part of the flagged text is evidenced as a name, or it is a name + institution compound."""
    parts = [p for p in re.split(r"[\s]+", flagged.strip()) if p]
    if not parts:
        return False
    return all(_part_is_name(p, evidence) for p in parts)


def _part_is_name(part: str, evidence: frozenset[str]) -> bool:
    if part in evidence or _stem(part) in evidence:
        return True
    pieces = part.split("-")
    if len(pieces) < 2:
        return False
    if pieces[-1] in INSTITUTION_HEADS and _is_capitalised(pieces[0]):
        return True
    # "Seong-chang": a hyphenated given name whose pieces are evidenced or a lower-case tail of one
    return all(p in evidence or _stem(p) in evidence or (k > 0 and p.islower() and len(p) <= 6)
               for k, p in enumerate(pieces)) and pieces[0] in evidence


class NameFilter:
    """Engine filter: drop LanguageTool spelling (and name-casing) matches on evidenced names."""

    def __init__(self, freq: WordFrequency = FREQUENCY) -> None:
        self.freq = freq

    def __call__(self, match: Match, view: ProseView) -> bool:
        if match.source is not Source.LANGUAGETOOL:
            return True
        if not is_spelling_verdict(match) and match.rule not in CASING_RULES:
            return True
        flagged = view.text[match.offset:match.offset + match.length]
        if is_overlong(flagged):
            return True  # longer than any name; weighing it would cost the square of its length
        if match.rule not in CASING_RULES and is_particle_name(view.text, match.offset, match.length):
            return False  # "al-Sisi", "El Faro": the particle says name, whatever word it resembles
        if not _is_capitalised(flagged):
            return True
        if match.rule in CASING_RULES:
            return _keep_casing_match(view.text, flagged, match, self.freq)
        return _keep_spelling_match(view.text, flagged, match, self.freq)


def _keep_spelling_match(text: str, flagged: str, match: Match, freq: WordFrequency) -> bool:
    """Whether a spelling match on a capitalised word stays (a slip) or goes (a name)."""
    if another_spelling_of_best(flagged, match.replacements):
        return True  # another case, or "Strasse" for "Straße": the variant's question, never a name
    if meant_by_repetition(text, flagged, freq) or is_name_compound(flagged, match.replacements, freq):
        return False
    if in_name_list(text, match.offset, match.length, freq):
        return False  # an item of a line-up is a name, whatever word it resembles
    if is_defined_abbreviation(text, match.offset, match.length):
        return False  # "Verband der Privatsender (VÖP)": defined here, whatever abbreviation it resembles
    if freq.is_attested(flagged) and is_name(flagged, context_evidence(text, first_names_too=False)):
        # a word people write, introduced as a name: "Trainer Gerardo Martino". A first
        # name is evidence for the next word, not for itself ("Kien" is one, and a slip for "Kein").
        return False
    if looks_like_typo(flagged, match.replacements, freq) \
            or slip_of_a_small_word_at_sentence_start(text, match.offset, flagged, match.replacements, freq):
        return True
    if freq.is_common(flagged):
        return False  # as common as everyday words ("Strache"): a dictionary gap, not a slip
    if _sentence_initial(text, match.offset) and not _seen_mid_sentence(text, flagged):
        # At a sentence start the capital says nothing: a word seen only there ("Erts vor
        # einem Monat") must not vanish as a name; UncertainNameSeverity still makes it info.
        return True
    return not is_name(flagged, name_evidence(text))


def _keep_casing_match(text: str, flagged: str, match: Match, freq: WordFrequency) -> bool:
    """Whether a casing match on a capital stays: not on a name part ("Kim Jong Uns") or a repeated title."""
    if looks_like_typo(flagged, match.replacements, freq):
        return True
    if capitalised_alike_mid_sentence(text, flagged) >= REPEATS_MEANT:
        return False  # "für Altes Geld" again and again: a title or a name, capitalised on purpose
    if opens_a_quoted_title(text, match.offset):
        return False  # "für Das Märchen der Märchen", quoted elsewhere in the article: a title
    return not _follows_name(text, match.offset, name_evidence(text))


#: Marks that open a quotation (or close one, in the reversed style »...«): a title is set off by one of them.
_OPENING_QUOTES = frozenset("\"„“”»«‚‘'")
#: The words of a title the article quotes elsewhere: the capital word and the one or two words after it.
_TITLE_START = re.compile(r"\w+(?:[ \t]+\w+){1,2}")
#: A quoted title closes within this many characters, and has no sentence punctuation inside.
TITLE_MAX_CHARS = 80
_SENTENCE_PUNCTUATION = re.compile(r"[.!?:;]")
_QUOTED_WORD = re.compile("[" + re.escape("".join(sorted(_OPENING_QUOTES))) + r"](\w+)")


def opens_a_quoted_title(text: str, offset: int) -> bool:
    """True when the capital word at ``offset`` and the one or two words after it open a title the
    article quotes elsewhere, as written ("mit „Das Märchen der Märchen“ ... für Das Märchen der
    Märchen"): the article itself sets the words off as a title, so the capital is meant."""
    start = _TITLE_START.match(text, offset)
    if start is None:
        return False
    words = start.group().split()
    quoted = _quoted_starts(text).get(words[0], ())
    return any(found != offset and text.startswith(phrase, found) and _title_quote(text, found, phrase)
               for phrase in (" ".join(words[:n]) for n in range(len(words), 1, -1))  # "Das Märchen der", "Der Hobbit"
               for found in quoted)


@functools.lru_cache(maxsize=4)
def _quoted_starts(text: str) -> dict[str, list[int]]:
    """Where each word right after a quotation mark starts in ``text``, read once per text (a lookup
    then costs the quotations that open with the word, not the length of the text)."""
    index: dict[str, list[int]] = {}
    for m in _QUOTED_WORD.finditer(text):
        index.setdefault(m.group(1), []).append(m.start(1))
    return index


def _title_quote(text: str, start: int, phrase: str) -> bool:
    """True when the quotation opening at ``start`` is a title: it closes within
    :data:`TITLE_MAX_CHARS` characters, after ``phrase``, with no sentence punctuation inside (a
    quoted statement, „Die Regierung hat entschieden.“, is no title)."""
    for end in range(start + len(phrase), min(len(text), start + TITLE_MAX_CHARS)):
        if text[end] in _OPENING_QUOTES:
            return not _SENTENCE_PUNCTUATION.search(text, start, end)
    return False


class UncertainNameSeverity:
    """Engine adjuster: an unknown capitalised word with no sign of a slip is probably a name.

    News copy is full of names no dictionary has; most appear once, with no role
    noun before them, so the article gives no evidence either way. Such a
    spelling match is reported as info ("check the spelling"), not as an error:
    still shown to the copy editor, but it does not fail a commit or a CI job.
    Signs of a slip keep it an error: a long word one edit from its best
    suggestion, or a compound whose suggestions mend only its tail
    (:func:`looks_like_typo`), or a word too long for a name that a suggestion
    mends closely (:func:`slip_in_a_long_compound`). A short word with an everyday word one edit away
    among the later suggestions (:func:`short_slip_beside_a_name`) is a warning, and so is a word
    nobody writes two slips from an everyday word (:func:`unwritten_word_near_an_everyday_word`). Not so for a surname right after a known first
    name ("Simon Pützstück" beside "Putzstück"): in that slot a name the
    dictionary lacks is likelier than a slip into a German word. Right after a noun that
    introduces a name ("die Stadt Sucre" beside "Suche", "der Sender Kanaltürk", "SR
    Schörgenhofer": :func:`follows_a_name_introducer`) the odds are even, too: such a word is a
    warning, shown where a commit check sees it, and blocks nothing.
    """

    def __init__(self, freq: WordFrequency = FREQUENCY) -> None:
        self.freq = freq

    def __call__(self, match: Match, view: ProseView) -> Match:
        if not is_spelling_verdict(match):
            return match
        if match.severity <= Severity.INFO:
            return match
        flagged = view.text[match.offset:match.offset + match.length]
        if not _is_capitalised(flagged) or is_overlong(flagged):
            return match
        slip = looks_like_typo(flagged, match.replacements, self.freq) \
            or slip_in_a_long_compound(flagged, match.replacements) \
            or slip_of_a_small_word_at_sentence_start(view.text, match.offset, flagged, match.replacements, self.freq)
        even_odds = slip or short_slip_beside_a_name(flagged, match.replacements, self.freq) \
            or unwritten_word_near_an_everyday_word(flagged, match.replacements, self.freq)
        # the slot is looked at once, and only for a word with some sign of a slip
        in_name_slot = even_odds and (follows_first_name(view.text, match.offset)
                                      or precedes_a_rare_name(view.text, match.offset, match.length, self.freq))
        if slip and not in_name_slot and not follows_a_name_introducer(view.text, match.offset):
            return match
        if another_spelling_of_best(flagged, match.replacements):
            return match  # "Strasse" -> "Straße": a spelling variant of a known word, not a name
        if even_odds and not in_name_slot:
            # a slip or a short name, even odds: shown where a commit check sees it, but it blocks nothing
            return dataclasses.replace(match, severity=min(match.severity, Severity.WARNING))
        return dataclasses.replace(match, severity=Severity.INFO, message=UNCERTAIN_NAME_MESSAGE)


def another_spelling_of_best(flagged: str, replacements: tuple[str, ...]) -> bool:
    """True when the best suggestion is the flagged word in another case ("darstellung" ->
    "Darstellung") or with ß and umlauts written in ("Strasse" -> "Straße")."""
    return bool(replacements) and (differs_in_case_only(flagged, replacements[0])
                                   or spelling_distance(flagged, replacements[0]) == 0)


@functools.lru_cache(maxsize=4096)
def _seen_mid_sentence(text: str, word: str) -> bool:
    """True when ``word`` (or its genitive) also stands somewhere in ``text`` not at a sentence start."""
    stem = _stem(word)
    pattern = re.compile(r"(?<![\w-])" + re.escape(stem) + r"(?:s|’|')?(?![\w-])")
    return any(not _sentence_initial(text, start) for start in _occurrences(text, stem, pattern, suffixed=True))


def follows_first_name(text: str, offset: int) -> bool:
    """True when the word at ``offset`` directly follows a known first name that does not open
    the sentence ("sagte Hans Dietzeld"; not "Hans Dietzeld sagte", where "Hans" may be anything)."""
    before = re.search(r"(?<![\w-])([A-ZÄÖÜ][\w'’-]+)\s+$", text[max(0, offset - 40):offset])
    if not before or before.group(1) not in first_names():
        return False
    return not _sentence_initial(text, offset - len(before.group(0)))


#: A capitalised word after the flagged one: the surname a first name stands before.
_NEXT_CAPITALISED = re.compile(r"[ \t]+([A-ZÄÖÜ][\w'’-]*)")
#: A dash before a word opens a sentence as a full stop does ("Wien – Kein Vergleich").
_DASH_BEFORE = re.compile(r"[–—-]\s*$")


def precedes_a_rare_name(text: str, offset: int, length: int, freq: WordFrequency = FREQUENCY) -> bool:
    """True when a short word mid-sentence stands right before a name the frequency list has
    rarely or never (less than :data:`~linter.precision.frequency.COMMON_ZIPF`) and the tagger does
    not read as a noun ("Staatschef Gjorge Ivanov", "der Zoologe Ofer Tchernichovski").

    A first name the dictionary lacks sits one edit from many everyday words ("Gjorge":
    "George", "Ofer": "Oder"); before a rare surname it is likelier a name than a slip. A long
    word (:data:`GUARD_MIN_LENGTH` letters or more) stays a slip, and so does a word before a
    rare noun ("Kien Preisvergleichsportal") or at a sentence start or after a dash, where a
    capitalised slip of "Kein" or "Die" may stand.
    """
    if length >= GUARD_MIN_LENGTH or _sentence_initial(text, offset) or _DASH_BEFORE.search(text[max(0, offset - 3):offset]):
        return False
    after = _NEXT_CAPITALISED.match(text, offset + length)
    if not after:
        return False
    name = after.group(1)
    if freq.zipf(name) >= COMMON_ZIPF:
        return False
    from linter.precision.context import sentence_model  # deferred: the tagger loads on first use

    return not sentence_model().likeliest_tag(name).startswith("NN")


def _follows_name(text: str, offset: int, evidence: frozenset[str]) -> bool:
    """True when the word at ``offset`` directly follows a name word ("Jong Uns")."""
    before = re.search(r"([\w'’-]+)\s+$", text[max(0, offset - 40):offset])
    return bool(before) and before.group(1) in evidence
