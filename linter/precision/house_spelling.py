"""Names in the house's spelling rather than their own: brand case and foreign diacritics.

Two spellings of a name are a house-style question, not a typing slip, and are
reported as info with the name's own spelling in the message:

* **brand case.** Companies spell their names with inner capitals (YouTube,
  UniCredit, PlayStation); many German newsrooms write them like any other name,
  capital first and the rest small ("Youtube", "Unicredit"). When the best
  suggestion is the flagged word with inner capitals put back, word for word within
  a hyphen compound ("Youtube-Star" -> "YouTube-Star"), it is house case. A stray
  inner capital ("MInecraft" -> "Minecraft") or an abbreviation whose capitals carry
  meaning ("Gmbh" -> "GmbH": its last letter is a capital) stays a slip. The other way
  round, a word in camel case that the dictionary knows only in plain case ("WebStandard",
  "Webstandard") is written in a name's own case on purpose: nobody slips into an inner
  capital after small letters, at the start of a part that is itself a word. This is
  no house-style choice and has no switch.
* **foreign diacritics.** Whether "Davutoğlu", "Rakitić" and "Copa América" keep
  their marks is each newsroom's choice (many drop them). When the best suggestion
  is the flagged text with marks that German does not use, it is the house's
  spelling. German's own umlauts and ß are never optional: "Muller" for "Müller"
  stays a slip.
* **transliteration.** LanguageTool knows some multi-word names in one spelling
  ("Dmitrij Peskow", "Greg Van Avermaet"); German newsrooms transliterate and
  capitalise names by their own rules ("Dmitri Peskow"). When its suggestion only
  writes the "j" of a Russian name's ending ("Dmitrij", "Andrej") or changes the
  case of one word, it is the house's spelling. Any other difference is a slip in a
  name LanguageTool knows ("Angela Merkl", "Olaf Schlz") and stays an error. Its
  speller also knows some names only with the "q" that German transliterates as "k"
  ("Qassym-Schomart" for Kazakhstan's president, as "Katar" for "Qatar"): a
  capitalised word it would only write with "q" for "k" is the German spelling
  too, unless the "q" comes before "u" as in German words ("Kuelle" stays a slip).
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata

from linter.findings import Match, Severity, Source
from linter.languagetool.spelling import is_unknown_word
from linter.prose import ProseView

#: German message: the company writes its name otherwise; whether to follow it is house style.
BRAND_CASE_MESSAGE = "Eigenschreibweise des Namens: „{original}“. Groß- und Kleinschreibung nach Hausstil prüfen."
#: German message: a word with inner capitals that the dictionary knows in plain case, most likely a name.
OWN_CASE_MESSAGE = ("Binnenmajuskel, vermutlich Eigenschreibweise eines Namens; sonst „{original}“. "
                    "Groß- und Kleinschreibung nach Hausstil prüfen.")
#: German message: the name has marks in its own language; whether to keep them is house style.
DIACRITICS_MESSAGE = "Schreibweise im Original: „{original}“. Diakritische Zeichen nach Hausstil prüfen."
#: German message: the name is known in another transliteration or case; which to use is house style.
TRANSLITERATION_MESSAGE = "Andere Schreibweise des Namens: „{original}“. Umschrift nach Hausstil prüfen."
#: LanguageTool's category of multi-word names it knows in one spelling.
NAME_SPELLING_CATEGORY = "MULTITOKEN_SPELLING"
#: Letters German spells with: never an optional mark.
GERMAN_LETTERS = frozenset("äöüÄÖÜß")

#: A name in camel case: two or more capitalised syllables run together ("YouTube", "PewDiePie").
_CAMEL_CASE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:[A-ZÄÖÜ][a-zäöüß]+)+")


def is_brand_in_house_case(flagged: str, suggestion: str) -> bool:
    """True when ``flagged`` is ``suggestion`` with the inner capitals of its camel-case parts made small."""
    flagged_parts, suggested_parts = flagged.split("-"), suggestion.split("-")
    if len(flagged_parts) != len(suggested_parts) or flagged == suggestion:
        return False
    return all(mine == theirs or _house_case(mine, theirs) for mine, theirs in zip(flagged_parts, suggested_parts))


def is_brand_in_own_case(flagged: str, suggestion: str) -> bool:
    """True when ``flagged`` is in camel case and ``suggestion`` is it with the inner capitals made
    small ("WebStandard" -> "Webstandard"): the name's own case where the dictionary has a plain word."""
    return is_brand_in_house_case(suggestion, flagged)


def _house_case(mine: str, theirs: str) -> bool:
    """True for "Youtube" against "YouTube" (or "Youtubern" against "YouTubern")."""
    return (bool(_CAMEL_CASE.fullmatch(theirs)) and mine.lower() == theirs.lower()
            and mine[:1] == theirs[:1] and mine[1:] == mine[1:].lower())


def is_without_foreign_marks(flagged: str, suggestion: str) -> bool:
    """True when ``suggestion`` is ``flagged`` with diacritics German does not use ("Rakitic" -> "Rakitić")."""
    if flagged == suggestion or len(flagged) != len(suggestion):
        return False
    return all(mine == theirs or (theirs not in GERMAN_LETTERS and _base_letter(theirs) == mine)
               for mine, theirs in zip(flagged, suggestion))


def is_other_transliteration(flagged: str, suggestion: str) -> bool:
    """True when ``suggestion`` writes one word of the multi-word name ``flagged`` only in another
    transliteration or case: a Russian name's ending "-i" against "-ij" ("Dmitri" -> "Dmitrij",
    "Andrei" -> "Andrej") or a particle's case ("van" -> "Van"). Any other difference is a slip
    in a known name ("Angela Merkl" -> "Angela Merkel") and stays one."""
    mine, theirs = flagged.split(), suggestion.split()
    if len(mine) < 2 or len(mine) != len(theirs):
        return False
    differing = [(a, b) for a, b in zip(mine, theirs) if a != b]
    if len(differing) != 1:
        return False
    a, b = differing[0]
    return a.lower() == b.lower() or _russian_ending(a, b)


def is_german_k_for_q(flagged: str, suggestion: str) -> bool:
    """True when ``suggestion`` writes the capitalised word ``flagged`` only with "q" where it has
    "k" ("Kassym-Schomart" -> "Qassym-Schomart"), never before "u" ("Kuelle" -> "Quelle" is a slip)."""
    if not flagged[:1].isupper() or len(flagged) != len(suggestion) or flagged == suggestion:
        return False
    for k, (mine, theirs) in enumerate(zip(flagged, suggestion)):
        if mine == theirs:
            continue
        if (mine, theirs) not in (("k", "q"), ("K", "Q")) or suggestion[k + 1:k + 2].lower() == "u":
            return False
    return True


def _russian_ending(german: str, other: str) -> bool:
    """True for "Dmitri" against "Dmitrij" or "Andrei" against "Andrej": a Russian name's ending
    as German desks write it ("-i", "-ei") against the transliteration with "j"."""
    return (other == german + "j" and german.endswith("i")) or (german.endswith("ei") and other == german[:-1] + "j")


def _base_letter(letter: str) -> str:
    """The letter without its marks ("ć" -> "c", "ğ" -> "g")."""
    return "".join(c for c in unicodedata.normalize("NFD", letter) if not unicodedata.combining(c))


class HouseSpellingSeverity:
    """Engine adjuster: a name in the house's case or without its foreign marks is info.

    A newsroom that follows the companies' case, keeps every mark or follows
    LanguageTool's transliterations switches the part off (``house_spelling.brand_case``,
    ``foreign_marks``, ``transliteration: false``); the finding then stays as
    LanguageTool reports it.
    """

    def __init__(self, brand_case: bool = True, foreign_marks: bool = True, transliteration: bool = True) -> None:
        self.brand_case = brand_case
        self.foreign_marks = foreign_marks
        self.transliteration = transliteration

    def __call__(self, match: Match, view: ProseView) -> Match:
        if match.source is not Source.LANGUAGETOOL or not match.replacements:
            return match
        flagged = view.text[match.offset:match.offset + match.length]
        original = match.replacements[0]
        if self.brand_case and is_unknown_word(match) and is_brand_in_house_case(flagged, original):
            message = BRAND_CASE_MESSAGE
        elif is_unknown_word(match) and is_brand_in_own_case(flagged, original):
            message = OWN_CASE_MESSAGE  # the name's own spelling, whatever the house's case: no switch
        elif self.foreign_marks and is_without_foreign_marks(flagged, original):
            message = DIACRITICS_MESSAGE
        elif self.transliteration and (
                match.category == NAME_SPELLING_CATEGORY and is_other_transliteration(flagged, original)
                or is_unknown_word(match) and is_german_k_for_q(flagged, original)):
            message = TRANSLITERATION_MESSAGE
        else:
            return match
        return dataclasses.replace(match, severity=min(match.severity, Severity.INFO),
                                   message=message.format(original=original))
