"""What a German word form can be: the readings of LanguageTool's own part-of-speech dictionary.

LanguageTool's German module ships a full-form dictionary (german-pos-dict, about five
million form-and-tag entries: "Kinder SUB:NOM:PLU:NEU", "spielt VER:3:SIN:PRÄ:NON").
newslint's agreement rules ask a few questions of it: can this capitalised word be a
singular masculine nominative, a plural nominative; can this lower-case word be a finite
verb in the third person singular, in the plural? Those answers are kept as a bit set per
form (:class:`Reading`) in an SQLite copy beside LanguageTool's jars in newslint's cache,
built once per LanguageTool version (by ``newslint languagetool install``, or on first use)
by running ``DictionaryDump.java`` (beside this module) on those jars with the Java that runs
LanguageTool (about 15 s, 34 MB on disk), then looked up a word at a time.

The dictionary is LanguageTool's (https://github.com/languagetool-org/german-pos-dict); it
is read from the jars newslint already installs, not copied into this repository.
"""

from __future__ import annotations

import contextlib
import enum
import functools
import subprocess
from collections.abc import Iterator
from pathlib import Path

from linter.errors import NewslintError
from linter.languagetool.provision import DEFAULT_VERSION, install_dir, is_installed
from linter.precision.datacache import Table, open_table_at

_DUMP_SOURCE = Path(__file__).resolve().parent / "DictionaryDump.java"
_TABLE = "morphology"
FORMAT = 5  # raising it rebuilds the copy (when the readings kept change)
_DUMP_TIMEOUT = 600  # seconds to wait for java after its last line; the dump takes about 5 s


class Reading(enum.IntFlag):
    """What one written form can be (several bits when the form is ambiguous)."""

    NOUN_NOM_SG_MAS = enum.auto()  # "Präsident", "Bürgermeister"
    NOUN_NOM_SG_FEM = enum.auto()  # "Regierung", "Band"
    NOUN_NOM_SG_NEU = enum.auto()  # "Kind", "Band"
    NOUN_NOM_PL = enum.auto()  # "Kinder", "Bürgermeister"
    NOUN = enum.auto()  # any reading as a common noun, in any case
    NAME = enum.auto()  # a proper noun (EIG): "Wien", "Peter"
    VERB_3SG = enum.auto()  # "spielt", "ist", "wurde"
    VERB_3PL = enum.auto()  # "spielen", "sind", "wurden" (also the first person plural)
    VERB_OTHER_FINITE = enum.auto()  # first and second person singular, second plural, imperative
    VERB_INFINITIVE = enum.auto()  # "spielen", "haben"
    VERB_PARTICIPLE = enum.auto()  # "gespielt", "beschlossen"
    ADJECTIVE = enum.auto()  # an adjective or participle used as one: "neuen", "gewählte"
    OTHER = enum.auto()  # any other word class: article, pronoun, preposition, adverb, ...
    NOUN_PLURAL = enum.auto()  # a plural noun in any case: "Kinder", "Aufrufen"


#: The tenses and moods of finite verb forms, indicative first.
TENSES = ("PRÄ", "PRT", "KJ2", "KJ1")

#: Prefix of the keys that hold a verb form's counterparts in the other number (a tab is in no word form).
COUNTERPART = "\t"
#: Prefix of the keys that hold a finite verb form's infinitive (nor is a line break).
INFINITIVE = "\n"

#: A compound's parts have at least this many letters ("Rat" in "Stadtrat").
MIN_COMPOUND_TAIL = 3

NOUN_NOM_SG = Reading.NOUN_NOM_SG_MAS | Reading.NOUN_NOM_SG_FEM | Reading.NOUN_NOM_SG_NEU
NOUN_READINGS = NOUN_NOM_SG | Reading.NOUN_NOM_PL | Reading.NOUN_PLURAL | Reading.NOUN
VERB_FINITE = Reading.VERB_3SG | Reading.VERB_3PL | Reading.VERB_OTHER_FINITE


class LexiconUnavailable(NewslintError):
    """The dictionary cannot be read: LanguageTool is not installed here, or Java cannot dump it."""


def reading_of_tag(tag: str) -> Reading:
    """The readings one dictionary tag stands for ("SUB:NOM:PLU:NEU" -> NOUN | NOUN_NOM_PL)."""
    parts = tag.split(":")
    head = parts[0]
    if head == "SUB":
        reading = Reading.NOUN | (Reading.NOUN_PLURAL if "PLU" in parts else Reading(0))
        if "NOM" in parts:
            if "PLU" in parts:
                reading |= Reading.NOUN_NOM_PL
            elif "SIN" in parts:
                reading |= {"MAS": Reading.NOUN_NOM_SG_MAS, "FEM": Reading.NOUN_NOM_SG_FEM,
                            "NEU": Reading.NOUN_NOM_SG_NEU}.get(_gender(parts), Reading(0))
        return reading
    if head == "EIG":
        return Reading.NAME
    if head == "VER":
        if "INF" in parts or "EIZ" in parts:
            return Reading.VERB_INFINITIVE
        if "PA2" in parts:
            return Reading.VERB_PARTICIPLE
        if "IMP" in parts:
            return Reading.VERB_OTHER_FINITE
        if "3" in parts and "SIN" in parts:
            return Reading.VERB_3SG
        if ("3" in parts or "1" in parts) and "PLU" in parts:
            return Reading.VERB_3PL  # the first and third person plural share their forms
        if "1" in parts or "2" in parts:
            return Reading.VERB_OTHER_FINITE
        return Reading.OTHER
    if head in ("ADJ", "PA1", "PA2"):
        return Reading.ADJECTIVE
    return Reading.OTHER


def _gender(parts: list[str]) -> str:
    """The gender field of a tag's parts, or ""."""
    return next((p for p in parts if p in ("MAS", "FEM", "NEU")), "")


class Lexicon:
    """The readings of word forms, answered from the cached copy of the dictionary."""

    def __init__(self, table: Table) -> None:
        self._table = table

    def reading(self, form: str) -> Reading:
        """Every reading of ``form`` as written (case counts); Reading(0) for a form the dictionary lacks."""
        return _cached_reading(self._table, form)

    def noun_reading(self, word: str) -> Reading:
        """The readings of a capitalised word, or of a compound's last part when the dictionary
        lacks the compound and its first part is a word ("Stadtrat" as "Rat", "Corona-Maßnahmen"
        as "Maßnahmen"): the last part of a German compound decides its gender and number. Only
        its noun readings count."""
        reading = self.reading(word)
        if reading:
            return reading
        if "-" in word:
            tail = word.rsplit("-", 1)[1]
            return self.reading(tail) & NOUN_READINGS if tail[:1].isupper() else Reading(0)
        for start in range(MIN_COMPOUND_TAIL, len(word) - MIN_COMPOUND_TAIL + 1):
            tail = word[start].upper() + word[start + 1:]
            found = self.reading(tail)
            if found & Reading.NOUN and not found & Reading.NAME and self._is_first_part(word[:start]):
                return found & NOUN_READINGS
        return Reading(0)

    def _is_first_part(self, head: str) -> bool:
        """True when ``head`` is a word of its own, perhaps with a linking "s", "n", "en" or a
        dropped "e", or a verb's stem ("Stadt|rat", "Verwaltungs|gericht", "Schul|bus",
        "Bedien|elemente"): "Str|asse" is no compound."""
        candidates = [head, head + "e"]
        candidates += [head[:-len(link)] for link in ("s", "es", "n", "en") if head.endswith(link)]
        long_enough = [c for c in candidates if len(c) >= MIN_COMPOUND_TAIL]
        verb = VERB_FINITE | Reading.VERB_INFINITIVE  # a verb's stem: "Bedien|elemente", "Wasch|maschine"
        return any(self.reading(c) & ~Reading.NAME or self.reading(c.lower()) & verb for c in long_enough)

    def infinitives(self, form: str) -> tuple[str, ...]:
        """The infinitive of a finite verb form that is no infinitive itself ("werde" -> "werden",
        "senke" -> "senken"); () for any other word."""
        value = self._table.value(INFINITIVE + form)
        return tuple(value.split("|")) if isinstance(value, str) and value else ()

    def counterparts(self, form: str) -> tuple[str, ...]:
        """The same verb's forms in the other number, same tense ("haben" -> "hat"; "wurde" -> "wurden")."""
        value = self._table.value(COUNTERPART + form)
        return tuple(value.split("|")) if isinstance(value, str) and value else ()


@functools.lru_cache(maxsize=65536)
def _cached_reading(table: Table, form: str) -> Reading:
    """One lookup, remembered: the same words open many sentences."""
    return Reading(table.value(form) or 0)


def table_path(version: str = DEFAULT_VERSION) -> Path:
    """Where the copy for LanguageTool ``version`` lives: beside that version's jars, since it is
    made from them (``newslint languagetool install`` builds it with the download)."""
    return install_dir(version) / f"german-pos-dict-{_TABLE}-v{FORMAT}.sqlite3"


@functools.cache
def german_lexicon(version: str = DEFAULT_VERSION) -> Lexicon:
    """The lexicon for LanguageTool ``version``, built into the cache on first use.

    Raises :class:`LexiconUnavailable` with what to do when LanguageTool is not installed
    or the copy can neither be read nor built.
    """
    if not is_installed(version) and not table_path(version).is_file():
        raise LexiconUnavailable(
            f"the German dictionary comes with LanguageTool {version}, which is not installed: "
            "run `newslint languagetool install` once (or disable the rules that need it)")
    path = table_path(version)
    building = not path.is_file()
    table = open_table_at(path, _TABLE, lambda: _rows(version))
    if table is None:
        raise LexiconUnavailable(
            f"could not read or build {path} (is the cache writable?); set NEWSLINT_CACHE_DIR to a writable folder")
    if building:
        _remove_older_copies(path)
    return Lexicon(table)


def _remove_older_copies(path: Path) -> None:
    """Delete the copies of earlier formats beside ``path``: a new format replaces them."""
    for old in path.parent.glob(f"german-pos-dict-{_TABLE}-v*.sqlite3*"):
        if not old.name.startswith(path.name):
            with contextlib.suppress(OSError):
                old.unlink()


def _rows(version: str) -> Iterator[tuple[str, int | str]]:
    """Every form of the dictionary with the union of its readings, and each finite verb form in
    the third person (or first plural) with its counterparts in the other number, from one dump."""
    readings: dict[str, Reading] = {}
    cells: dict[tuple[str, str, str], set[str]] = {}
    lemmas: dict[str, set[str]] = {}
    for form, lemma, tag in _dump(version):
        reading = reading_of_tag(tag)
        readings[form] = readings.get(form, Reading(0)) | reading
        cell = verb_cell(lemma, tag)
        if cell is not None:
            cells.setdefault(cell, set()).add(form)
        if reading & VERB_FINITE:
            lemmas.setdefault(form, set()).add(lemma)
    yield from ((form, int(reading)) for form, reading in readings.items())
    # A finite form that is no infinitive itself keeps its verb's infinitive ("werde" -> "werden").
    yield from ((INFINITIVE + form, "|".join(sorted(lemmas[form]))) for form, reading in readings.items()
                if form in lemmas and not reading & Reading.VERB_INFINITIVE)
    counterparts: dict[str, list[str]] = {}
    # The indicative first: "haben" is the present ("hat") before the subjunctive ("habe").
    for (lemma, tense, number), forms in sorted(cells.items(), key=lambda item: TENSES.index(item[0][1])):
        other = cells.get((lemma, tense, "PLU" if number == "SIN" else "SIN"), set())
        for form in forms:
            known = counterparts.setdefault(form, [])
            known += [o for o in sorted(other - forms) if o not in known]
    yield from ((COUNTERPART + form, "|".join(other)) for form, other in counterparts.items() if other)


def verb_cell(lemma: str, tag: str) -> tuple[str, str, str] | None:
    """(lemma, tense, number) of a finite verb form in the third person or the first plural, else None:
    "wurden" (werden, PRT, PLU) and "wurde" (werden, PRT, SIN) fill the same paradigm's two cells."""
    parts = tag.split(":")
    if parts[0] != "VER" or "PLU" not in parts and not ("SIN" in parts and "3" in parts):
        return None
    if "3" not in parts and "1" not in parts:
        return None
    tense = next((p for p in parts if p in TENSES), None)
    return None if tense is None else (lemma, tense, "PLU" if "PLU" in parts else "SIN")


def _dump(version: str) -> Iterator[tuple[str, str, str]]:
    """(form, lemma, tag) for every dictionary entry, read from ``java DictionaryDump.java``."""
    from linter.languagetool.java import find_java
    from linter.languagetool.provision import ensure_languagetool

    installation = ensure_languagetool(version, quiet=True)
    java = find_java()
    command = [str(java.executable), "-cp", installation.classpath_arg, str(_DUMP_SOURCE)]
    try:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except OSError as exc:
        raise LexiconUnavailable(f"could not run {java.executable} to read the German dictionary: {exc}") from exc
    with process:
        # Streamed: the dump is about 150 MB of text, which need never be in memory at once.
        assert process.stdout is not None
        for raw in process.stdout:
            fields = raw.decode("utf-8").rstrip("\n").split("\t")
            if len(fields) == 3 and all(fields):
                yield fields[0], fields[1], fields[2]
        try:
            returncode = process.wait(timeout=_DUMP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            raise LexiconUnavailable("reading the German dictionary took too long; try again") from None
        stderr = process.stderr.read().decode("utf-8", "replace").strip()[-400:] if process.stderr else ""
    if returncode != 0:
        raise LexiconUnavailable(
            f"reading the German dictionary from {install_dir(version)} failed (exit {returncode}): {stderr}")
