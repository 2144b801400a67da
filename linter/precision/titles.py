"""A work's title after the noun that names the work: its capital is the title's, not a slip.

News copy names books, films and shows without quotation marks: "im Fernsehkrimi
Unter Verdacht", "aus ihrem Roman Am Fluss", "mit Filmen wie Casablanca oder Der
dritte Mann". LanguageTool's case rule (``DE_CASE``) reads the title's first word
as a capitalised article or preposition in mid-sentence, which
:func:`~linter.precision.casing.function_word_case_severity` already makes a warning.
When a noun that names a kind of work (``linter/precision/data/work-nouns.txt``:
"Film", "Krimi", "Roman", "Album", in any case, also as the end of a compound)
stands right before that word, or opens a list of titles with "wie" that the word
continues after "und", "oder", "sowie" or a comma, the word opens a title: the
finding is info, and its message asks for the quotation marks the house puts
around titles. A capitalised function word with no such noun before it (a heading
run into the text, "beschlossen Der Minister") stays a warning.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from linter.findings import Match, Severity
from linter.precision.casing import is_function_word_case_match
from linter.precision.wordlists import data_list, ends_with_a_head
from linter.prose import ProseView

#: German message for a capital that probably opens a work's title.
TITLE_MESSAGE = ("Großschreibung nach „{noun}“: vermutlich der Anfang eines Titels; "
                 "Titel in Anführungszeichen setzen, sonst klein schreiben.")

#: Case endings a work noun takes ("des Romans", "den Filmen", "der Büchern" is no German but harmless).
WORK_NOUN_ENDINGS = ("es", "en", "s", "n", "e")
#: How far back, in characters, a list of titles opened by "work noun + wie" is looked for.
LIST_WINDOW = 160
#: The word right before the flagged one, directly after the work noun.
_NOUN_BEFORE = re.compile(r"(?P<noun>[\w-]+)\s+$")
#: A noun and "wie" that may open a list of titles ("Filmen wie ").
_NOUN_AND_WIE = re.compile(r"(?P<noun>[\w-]+)\s+wie\s+")
#: What follows "wie" up to the flagged word in a list of titles: no sentence or clause end, and
#: a joining word or a comma right before the flagged word ("Casablanca oder ").
_TITLES_SO_FAR = re.compile(r"[^.!?;:\n]+?(?:,|\s(?:und|oder|sowie))\s+")


@functools.cache
def work_nouns() -> tuple[str, ...]:
    """The shipped nouns for kinds of works (lower case, singular and plural)."""
    return tuple(data_list("work-nouns"))


def names_a_work(word: str) -> bool:
    """True when ``word`` is a work noun, in any case or as the end of a compound ("Tatort-Krimi", "Kurzfilm", "Büchern")."""
    return ends_with_a_head(word.lower(), work_nouns(), WORK_NOUN_ENDINGS)


def work_noun_before(text: str, offset: int) -> str | None:
    """The work noun that introduces a title starting at ``offset``: right before it ("Roman
    Am Fluss"), or before "wie" and a list of titles the word continues ("Filmen wie
    Casablanca oder Der dritte Mann"); None when there is none."""
    before = text[max(0, offset - LIST_WINDOW):offset]
    right_before = _NOUN_BEFORE.search(before)
    if right_before and names_a_work(right_before.group("noun")):
        return right_before.group("noun")
    for found in _NOUN_AND_WIE.finditer(before):
        if names_a_work(found.group("noun")) and _TITLES_SO_FAR.fullmatch(before, found.end()):
            return found.group("noun")
    return None


def work_title_case_severity(match: Match, view: ProseView) -> Match:
    """Engine adjuster: DE_CASE on a capitalised function word right after a work noun is info."""
    if not is_function_word_case_match(match, view):
        return match
    noun = work_noun_before(view.text, match.offset)
    if noun is None:
        return match
    return dataclasses.replace(match, severity=Severity.INFO, message=TITLE_MESSAGE.format(noun=noun))
