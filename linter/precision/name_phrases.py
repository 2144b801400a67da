"""Names made of adjective + noun in LanguageTool's grammar, case and spelling rules.

LanguageTool reads "die Roten Teufel", "der Freien Syrischen Armee" or "der
Nationalen Sammlungsbewegung" as an adjective before a noun and wants the
adjective in small letters (``DE_CASE``); it reads "die Türkisen" (Austria's
People's Party) as the gemstone and objects to the article (``DE_AGREEMENT``);
it takes a club's nickname ("Effzeh") or a name's own spelling ("Oesterreichische
Nationalbank") for a typo. Its own issue tracker knows the pattern
(languagetool-org/languagetool#8666, "Bayerischer Rundfunk", "Zweiten Deutschen
Fernsehens"; #8384, "Bayerischen Landesanstalt"); version 6.8 mends the best-known
names, not the many others news copy names.

Two means:

* :class:`NamePhraseFilter` drops such a finding when it lies on a listed name
  (``linter/precision/data/name-phrases.txt``, one entry a name in the
  nominative, declined by rule, see :func:`name_pattern`): the complaint is about
  the name's own words, which are written as the name is. A finding that reaches
  beyond the name stays, except the article right before it when that article
  and the name's first adjective agree ("die Roten", "des Roten"; "das Roten"
  stays). A slip beside the name ("einen helle Jacke") is not on it and stays.
* :class:`NamePhraseCaseSeverity` reports as info a ``DE_CASE`` on a capital
  adjective before a noun that ends like a name's noun ("Partei", "Armee",
  "Rundfunk": ``name-phrase-heads.txt``) or that the name's abbreviation follows in
  brackets ("Internationalen Atomenergiebehörde (IAEA)"): "der Demokratischen Fortschrittspartei"
  is most likely a name the list lacks, but "eine Neue Partei" may be a slip, so
  it is shown, without failing a commit.
* :class:`CapitalAdjectiveBeforeNounSeverity` reports as a warning any other
  ``DE_CASE`` on a capital adjective right before a capitalised word: German
  capitalises the adjectives of names, titles and set terms ("die Neue Burg", "im
  Ersten Bezirk", "das Pflichtfach Politische Bildung", "einen Offenen Brief"),
  which no list holds in full, while a capital typed by mistake ("eine Neue Jacke")
  is the rarer case in edited copy. So the finding is shown and blocks nothing.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from linter.findings import Match, Severity, Source
from linter.precision.wordlists import data_list, ends_with_a_head
from linter.prose import ProseView

#: The LanguageTool categories whose findings on a name's words are about those words.
NAME_WORD_CATEGORIES = frozenset({"GRAMMAR", "CASING", "TYPOS", "MULTITOKEN_SPELLING"})
#: The casing rule the head-noun means reads.
CASE_RULE = "languagetool.DE_CASE"
#: How far around a finding the names are looked for: longer than the longest listed name.
WINDOW = 120

#: German message for a capital adjective that is probably part of a name.
NAME_PHRASE_MESSAGE = ("Großschreibung eines Adjektivs vor „{head}“: vermutlich Teil eines Namens; "
                       "falls nicht, klein schreiben.")

#: German message for a capital adjective before a noun that may be a name, a title or a set term.
ADJECTIVE_BEFORE_NOUN_MESSAGE = ("Großschreibung eines Adjektivs vor „{noun}“: richtig, wenn beides zusammen ein Name, "
                                 "ein Titel oder ein fester Begriff ist; sonst klein schreiben.")

#: Articles a name may open with when it is a title ("Die Presse", "Der Standard").
_TITLE_ARTICLES = frozenset({"Der", "Die", "Das"})
#: A capitalised word ending like an adjective in the nominative (-e, -er, -es).
_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][\w-]*[a-zäöüß](?:e|er|es)")
_ADJECTIVE_ENDING = re.compile(r"(?:e|er|es)$")
#: A capitalised adjective in any case ("Freien", "Demokratischen", "Rote").
_ADJECTIVE_OR_INFLECTED = re.compile(r"[A-ZÄÖÜ][\w-]*[a-zäöüß](?:e|en|em|er|es)")
#: The endings an adjective takes in a name, and those a noun takes (genitive, dative plural).
_ADJECTIVE_ENDINGS = "(?:e|en|em|er|es)"
_NOUN_CASE_ENDINGS = ("es", "en", "ns", "s", "n")
_NOUN_ENDINGS = "(?:" + "|".join(_NOUN_CASE_ENDINGS) + ")?"
#: The ending of the first adjective each article agrees with ("der Rote" and "der Roten", never "das Roten").
ARTICLE_ENDINGS = {
    "der": ("e", "en"), "die": ("e", "en"), "das": ("e",), "des": ("en",), "dem": ("en",), "den": ("en",),
    "ein": ("er", "es"), "eine": ("e",), "einer": ("en",), "eines": ("en",), "einem": ("en",), "einen": ("en",),
}
#: After a capital adjective: more of them, then the noun ("Freien [Syrischen] Armee").
_HEAD_AFTER = re.compile(r"(?:\s+[A-ZÄÖÜ][\w-]*[a-zäöüß](?:e|en|em|er|es))*\s+(?P<noun>[A-ZÄÖÜ][\w-]+)")
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?P<article>[A-Za-z]{2,5})\s+$")
_WORD = re.compile(r"[\w'’]+(?:-[\w'’]+)*")


def is_adjective(words: list[str], k: int) -> bool:
    """True when the ``k``-th word of a name's nominative is an adjective: a capitalised word
    ending in -e, -er or -es before another capitalised word ("Rote Teufel", "Roter Stern")."""
    return (k + 1 < len(words) and words[k] not in _TITLE_ARTICLES and bool(_ADJECTIVE.fullmatch(words[k]))
            and words[k + 1][:1].isupper())


def name_pattern(entry: str) -> str:
    """The regular expression for a listed name in all its cases.

    "Bayerischer Rundfunk" matches "Bayerischen Rundfunks" and "Bayerischem Rundfunk";
    "Rote Teufel" matches "Roten Teufeln"; small words and a title's article stay as written.
    """
    words = entry.split()
    parts = []
    for k, word in enumerate(words):
        if is_adjective(words, k):
            parts.append(re.escape(_ADJECTIVE_ENDING.sub("", word)) + _ADJECTIVE_ENDINGS)
        elif word[:1].isupper() and not (k == 0 and word in _TITLE_ARTICLES):
            parts.append(re.escape(word) + _NOUN_ENDINGS)
        else:
            parts.append(re.escape(word))
    return r"\s+".join(parts)


@functools.lru_cache(maxsize=1)
def name_phrases() -> re.Pattern:
    """One pattern for every listed name (``linter/precision/data/name-phrases.txt``), longest first."""
    entries = sorted(data_list("name-phrases"), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(name_pattern(e) for e in entries) + r")(?![\w-])")


@functools.lru_cache(maxsize=1)
def name_heads() -> tuple[str, ...]:
    """The ends of nouns that close a name ("partei", "armee"; ``name-phrase-heads.txt``)."""
    return data_list("name-phrase-heads")


def names_near(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of listed names that overlap ``text[start:end]``, looked for within :data:`WINDOW`."""
    low = max(0, start - WINDOW)
    return [(m.start(), m.end()) for m in name_phrases().finditer(text, low, min(len(text), end + WINDOW))
            if m.start() < end and start < m.end()]


def on_name(text: str, start: int, end: int) -> bool:
    """True when the finding ``text[start:end]`` is about a listed name's own words.

    That is when it lies inside the name, or spans the article right before the
    name and the name's start, and that article agrees with the name's first word
    ("die Roten Teufel"; not "das Roten Teufel", where the article or the name is
    wrong).
    """
    for name_start, name_end in names_near(text, start, end):
        if name_start <= start and end <= name_end:
            return True
        if start < name_start and end <= name_end and article_agrees(text, start, name_start, name_end):
            return True
    return False


def article_agrees(text: str, start: int, name_start: int, name_end: int) -> bool:
    """True when ``text[start:name_start]`` is one article that agrees with the name after it.

    The name's first word is checked when it is an adjective (its ending against the
    article's, :data:`ARTICLE_ENDINGS`); a name without one ("Türkisen") has nothing
    the article could disagree with but its own reading, which is the misreading.
    """
    before = _ARTICLE_BEFORE.fullmatch(text, start, name_start)
    if before is None or before.group("article").lower() not in ARTICLE_ENDINGS:
        return False
    first = _WORD.match(text, name_start, name_end)
    rest = text[first.end():name_end] if first else ""
    if first is None or not rest.strip() or not first.group()[:1].isupper():
        return True
    word = first.group()
    if not _ADJECTIVE_OR_INFLECTED.fullmatch(word):
        return True  # a noun first ("Partei der Arbeit"): no adjective ending to check
    return _ending_of(word) in ARTICLE_ENDINGS[before.group("article").lower()]


def _ending_of(word: str) -> str:
    """The adjective ending of ``word``: -en, -em, -er, -es or -e."""
    return next((ending for ending in ("en", "em", "er", "es", "e") if word.endswith(ending)), "")


class NamePhraseFilter:
    """Engine filter: drop LanguageTool grammar, case and spelling findings on a listed name's words."""

    def __call__(self, match: Match, view: ProseView) -> bool:
        if match.source is not Source.LANGUAGETOOL or match.category not in NAME_WORD_CATEGORIES:
            return True
        return not on_name(view.text, match.offset, match.offset + match.length)


def name_head_after(text: str, end: int) -> str | None:
    """The noun closing a name after a capital adjective ending at ``end``: more capital
    adjectives may stand between ("Freie Syrische Armee"); None when there is none."""
    following = _HEAD_AFTER.match(text, end, min(len(text), end + WINDOW))
    if following is None:
        return None
    noun = following.group("noun")
    # the noun as written or without its case ending: "des Bayerischen Rundfunks", "des Wetterdienstes"
    return noun if ends_with_a_head(noun.lower(), name_heads(), _NOUN_CASE_ENDINGS) else None


#: An abbreviation in brackets after a noun, as news copy introduces a name's short form: "(ÖRAK)";
#: up to three more capitalised words may close the name first ("Vereinigung Unabhängiger Winzer (VUW)").
_ABBREVIATION_AFTER = re.compile(r"(?:\s+[A-ZÄÖÜ][\w-]*){0,3}\s*\((?P<abbreviation>[A-ZÄÖÜ][A-ZÄÖÜ0-9&]{1,7})\)")


def abbreviated_name_after(text: str, end: int) -> str | None:
    """The noun closing a name after a capital adjective ending at ``end`` when the name's
    abbreviation follows it in brackets ("Internationalen Atomenergiebehörde (IAEA)",
    "Österreichischen Rechtsanwaltskammertages (ÖRAK)"): copy introduces only names so. None otherwise."""
    following = _HEAD_AFTER.match(text, end, min(len(text), end + WINDOW))
    if following is None or not _ABBREVIATION_AFTER.match(text, following.end()):
        return None
    return following.group("noun")


def is_case_match_on_capital_adjective(match: Match, view: ProseView, above: Severity) -> bool:
    """True for LanguageTool's ``DE_CASE`` above severity ``above`` on one capitalised word with an
    adjective ending ("Freien", "Neue"): the finding the two case adjusters below may lower."""
    return (match.source is Source.LANGUAGETOOL and match.rule == CASE_RULE and match.severity > above
            and bool(_ADJECTIVE_OR_INFLECTED.fullmatch(view.text[match.offset:match.offset + match.length])))


class NamePhraseCaseSeverity:
    """Engine adjuster: ``DE_CASE`` on a capital adjective before a name's noun is info.

    "der Demokratischen Fortschrittspartei", "der Freien Armee": a capital adjective
    before "Partei", "Armee", "Rundfunk" and the like is usually part of a name the
    list does not have, and so is one before a noun the name's abbreviation follows in
    brackets ("des Österreichischen Rechtsanwaltskammertages (ÖRAK)"). A writer may still have capitalised an adjective by mistake
    ("eine Neue Partei"), so the finding stays, as info.
    """

    def __call__(self, match: Match, view: ProseView) -> Match:
        if not is_case_match_on_capital_adjective(match, view, above=Severity.INFO):
            return match
        end = match.offset + match.length
        head = name_head_after(view.text, end) or abbreviated_name_after(view.text, end)
        if head is None:
            return match
        return dataclasses.replace(match, severity=Severity.INFO, message=NAME_PHRASE_MESSAGE.format(head=head))


def capitalised_noun_after(text: str, end: int) -> str | None:
    """The capitalised word after a capital adjective ending at ``end``, more capital adjectives
    allowed between ("Innere Stadt", "Freie Syrische Armee"); None when a small word, a
    punctuation mark or the text's end follows."""
    following = _HEAD_AFTER.match(text, end, min(len(text), end + WINDOW))
    return following.group("noun") if following else None


class CapitalAdjectiveBeforeNounSeverity:
    """Engine adjuster: ``DE_CASE`` on a capital adjective right before a capitalised word is at most a warning.

    LanguageTool's case rule knows a name's adjective only where it knows the name:
    "die Neue Burg", "im Ersten Bezirk", "der Nationale Bildungsbericht", "das
    Internationale Schiedsgericht" are names, "das Fach Politische Bildung" and "einen
    Offenen Brief" set terms it reads as a slip. A name and a slip read alike here, so
    the finding is shown, at warning, and does not fail a commit. Runs after
    :class:`NamePhraseCaseSeverity`, whose info it leaves alone; a capital adjective
    before a small word or a punctuation mark ("Das war Schön, sagte er") keeps
    LanguageTool's severity.
    """

    def __call__(self, match: Match, view: ProseView) -> Match:
        if not is_case_match_on_capital_adjective(match, view, above=Severity.WARNING):
            return match
        noun = capitalised_noun_after(view.text, match.offset + match.length)
        if noun is None:
            return match
        return dataclasses.replace(match, severity=Severity.WARNING,
                                   message=ADJECTIVE_BEFORE_NOUN_MESSAGE.format(noun=noun))
