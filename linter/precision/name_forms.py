"""Names recognisable by the form around them: name particles and lists of names.

Two patterns of news copy mark words as names without any dictionary:

* a name particle from another language: the Arabic article joined by a hyphen
  ("al-Sisi", "Al-Jazeera", "asch-Scharaa"), or a particle before a capitalised
  word ("El Faro", "La Nacion", "Abu Mazen", "Beit Anun", "Van Gaal"). The particle
  and the word after it are the name;
* a list of names: a sports line-up or a list of places, four or more capitalised
  items separated by commas, dashes or slashes, most of which are no common German
  word ("Kuster – Höller, Malic, Mahrer, Novak – Jano", "Kos, Rhodos, Samos, Chios").
  A list of German nouns ("Äpfel, Birnen, Orangen, Bananen") is made of common
  words and is no list of names.

Both are strong evidence, so they hold even for a word one edit from an everyday
word ("Lainer" beside "Rainer"). A word run together with the next one
("MattersburgErnst") is a missing space in any list and stays flagged.

A third form is how news copy introduces an abbreviation: the words it stands for,
then the abbreviation in brackets ("Verband Österreichischer Privatsender (VÖP)",
the convention the style pack's ``abkuerzungen.erste-nennung`` asks for). The
abbreviation is then defined, not misspelt, when the last word before the bracket
holds its last letter and one of the capitalised words before that starts with its
first ("Verbands der Privatsender (VÖP)", "Internationaler Währungsfonds (IWF)"; a
party after a name, "Thomas Steiner (ÖVP)", is no such definition). The capitalised words whose initials spell it
exactly ("Republika Srpska (RS)") are a name the article introduces: weaker
evidence, which :mod:`linter.precision.names` takes for words people write only,
so a slip in them ("Freiheitlche Partei Österreichs (FPÖ)") stays flagged.
"""

from __future__ import annotations

import re

from linter.precision.frequency import FREQUENCY, WordFrequency
from linter.precision.wordlists import data_list

#: Particles that open a name in the languages news copy quotes most, none of them a German word
#: (linter/precision/data/name-particles.txt).
NAME_PARTICLES = frozenset(data_list("name-particles"))
#: The Arabic article joined to a name by a hyphen, in the usual transliterations.
_ARTICLE_PREFIXED = re.compile(r"(?:[Aa]l|[Ee]l|[Aa][dnrstz]|[Aa]s[ch]h?)-[A-ZÄÖÜ][\w'’]+(?:-[\w'’]+)*")
#: One capitalised word of a name.
_NAME_WORD = r"[A-ZÄÖÜ][\w'’]*(?:-[\w'’]+)*"
#: A list item: an optional initial ("S. Hofmann"), one or two capitalised words, an optional
#: substitution or minute in brackets ("Veltman (71. Sanogo)").
_ITEM = rf"(?:[A-ZÄÖÜ]\.\s?)?{_NAME_WORD}(?:\s{_NAME_WORD})?(?:\s\(\d{{1,3}}\.[^()]{{0,30}}\))?"
_SEPARATOR = r"\s*(?:,|–|-|/)\s*"
_LIST = re.compile(rf"{_ITEM}(?:{_SEPARATOR}{_ITEM}){{3,}}")
_MINUTE = re.compile(r"\s\(.*")
#: Letters run together across a word boundary: a small letter followed by a capital.
_RUN_TOGETHER = re.compile(r"[a-zäöüß][A-ZÄÖÜ]")
#: A capitalised word after spaces (matched in place: slicing the rest of the text costs its length).
_CAPITAL_AFTER_SPACE = re.compile(r"\s+[A-ZÄÖÜ]")
#: How far around a flagged word a list of names is looked for.
_REACH = 300


def is_particle_name(text: str, offset: int, length: int) -> bool:
    """True when the flagged span is a particle name ("al-Sisi"), a particle before a capitalised
    word ("El" in "El Faro"), or the word after a particle ("Nacion" in "La Nacion")."""
    flagged = text[offset:offset + length]
    if _ARTICLE_PREFIXED.fullmatch(flagged):
        return True
    if not flagged[:1].isupper():
        return False
    if flagged in NAME_PARTICLES and _CAPITAL_AFTER_SPACE.match(text, offset + length):
        return True
    before = re.search(r"(?<![\w-])([\w]+)\s+$", text[max(0, offset - 20):offset])
    return bool(before) and before.group(1) in NAME_PARTICLES


def in_name_list(text: str, offset: int, length: int, freq: WordFrequency = FREQUENCY) -> bool:
    """True when the flagged span is an item of a list of names (see the module's docstring)."""
    flagged = text[offset:offset + length]
    if not flagged[:1].isupper() or _RUN_TOGETHER.search(flagged):
        return False
    start, end = max(0, offset - _REACH), offset + length + _REACH
    for found in _LIST.finditer(text, start, end):
        if found.start() <= offset and offset + length <= found.end():
            return _mostly_names(found.group(), freq)
        if found.start() > offset:
            break
    return False


def _mostly_names(listing: str, freq: WordFrequency) -> bool:
    """True when at least half the list's items end in a word that is no common German word."""
    items = re.split(_SEPARATOR, listing)
    last_words = [_MINUTE.sub("", item).split()[-1] for item in items if item.strip()]
    unknown = sum(not freq.is_common(word) for word in last_words)
    return 2 * unknown >= len(last_words)


#: An abbreviation in brackets: two to six capitals.
_BRACKETED_ABBREVIATION = re.compile(r"\(([A-ZÄÖÜ]{2,6})\)")
#: A word before the bracket, and what ends the search for the words an abbreviation stands for.
_WORD_OR_STOP = re.compile(r"[\w'’]+(?:-[\w'’]+)*|[.,;:!?()\[\]\"„“”»«]")


def _capitalised_words_before(text: str, end: int, count: int) -> list[str]:
    """Up to ``count`` capitalised words before ``end`` in the same clause, in text order; lower-case
    words between them ("Verbands der Privatsender") are passed over, at most as many as ``count``."""
    tokens = _WORD_OR_STOP.findall(text[max(0, end - 40 * count):end])
    found: list[str] = []
    passed = 0
    for token in reversed(tokens):
        if not token[:1].isalpha():
            break
        if token[:1].isupper():
            found.append(token)
            if len(found) == count:
                break
        else:
            passed += 1
            if passed > count:
                break
    return list(reversed(found))


def _words_before_bracket(text: str, bracket: int, count: int) -> list[str]:
    """Up to ``count`` capitalised words before the bracket at ``bracket``, the last of them right
    before it (only spaces between); [] when a lower-case word or a mark touches the bracket.

    Reads only the stretch before the bracket, never a copy of the text up to it: the check runs
    for every bracket of the article."""
    end = bracket
    while end > 0 and text[end - 1].isspace():
        end -= 1
    words = _capitalised_words_before(text, end, count)
    if not words or text[end - len(words[-1]):end] != words[-1]:
        return []
    return words


def is_defined_abbreviation(text: str, offset: int, length: int) -> bool:
    """True when the flagged span is an abbreviation in brackets right after the words it stands
    for: the last word holds its last letter, one of the capitalised words before starts with its first."""
    flagged = text[offset:offset + length]
    if not _BRACKETED_ABBREVIATION.fullmatch(text, max(0, offset - 1), offset + length + 1):
        return False
    words = _words_before_bracket(text, offset - 1, len(flagged))
    if len(words) < 2:
        return False
    # the last letter may open a part of the last word: "Internationaler Währungsfonds (IWF)"
    return flagged[-1].lower() in words[-1].lower() and any(w[0] == flagged[0] for w in words[:-1])


def abbreviated_words(text: str) -> frozenset[str]:
    """The capitalised words right before an abbreviation in brackets whose letters are exactly their
    initials, in order ("Republika Srpska (RS)"): a name the article introduces."""
    found: set[str] = set()
    for bracket in _BRACKETED_ABBREVIATION.finditer(text):
        abbreviation = bracket.group(1)
        words = _words_before_bracket(text, bracket.start(), len(abbreviation))
        if len(words) == len(abbreviation) and "".join(w[0] for w in words) == abbreviation:
            found.update(words)
    return frozenset(found)
