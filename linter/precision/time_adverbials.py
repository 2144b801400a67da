"""A time adverbial between an article and its noun: LanguageTool's agreement rule reads it as the noun.

German puts time adverbials inside a noun phrase: "ein vergangene Woche veröffentlichter
Bericht", "eine vergangenen Monat beschlossene Regel", "die Anfang der Woche veröffentlichten
Zahlen", and after a subject: "setzten sich die Linzer Ende Juni gegen Graz durch".
LanguageTool's ``DE_AGREEMENT`` takes the adverbial's noun ("Woche", "Monat", "Anfang") for
the article's and reports "Ein vergangene Woche" as a slip. Two things together tell the
misreading from a slip:

* the finding's words hold a time adverbial after the article: a time adjective in the
  adverbial accusative before a time noun ("vergangene Woche", "letzten Monat", "nächstes
  Jahr"), or "Anfang", "Mitte" or "Ende" before a month, a year or a genitive ("Anfang Mai",
  "Ende 2024", "Anfang der Woche"); and
* the article cannot belong to that noun: its gender is not the noun's ("ein" is never
  "Woche"'s, "die" never "Anfang"'s). "in der vergangene Woche" is a slip, since "der" may be
  "Woche"'s, and stays.

Such a finding is info with a message that names the adverbial: the agreement may still be
wrong elsewhere in the phrase, so it is shown, but it does not fail a commit. The time nouns
and their genders are a data file: ``linter/precision/data/time-nouns.txt``.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from linter.findings import Match, Severity, Source
from linter.precision.wordlists import data_list
from linter.prose import ProseView

#: The LanguageTool rule whose findings this reads.
AGREEMENT_RULE = "languagetool.DE_AGREEMENT"

#: German message for an agreement finding across a time adverbial.
TIME_ADVERBIAL_MESSAGE = ("„{adverbial}“ ist vermutlich eine Zeitangabe zwischen Artikel und Nomen; "
                          "die Übereinstimmung von Artikel, Adjektiv und Nomen bitte prüfen.")

#: The genders of a singular noun each article form may belong to, in any case.
ARTICLE_GENDERS = {
    "der": "mf", "die": "f", "das": "n", "den": "m", "dem": "mn", "des": "mn",
    "ein": "mn", "eine": "f", "einen": "m", "einem": "mn", "einer": "f", "eines": "mn",
}
#: The same for words that decline like "der" ("diese", "jedem") and like "ein" ("keine", "keinem").
DER_LIKE_GENDERS = {"er": "mf", "e": "f", "es": "mn", "em": "mn", "en": "m"}
DER_LIKE_STEMS = ("dies", "jed", "jen")
EIN_LIKE_STEMS = ("kein",)
#: Adjectives that make a time noun an adverbial in the accusative ("vergangene Woche").
TIME_ADJECTIVE_STEMS = ("vergangen", "letzt", "vorletzt", "nächst", "übernächst", "kommend", "vorig",
                        "dies", "jed", "selb", "gleich", "folgend")
#: The accusative ending a time adjective takes before a noun of each gender.
ACCUSATIVE_ENDINGS = {"f": "e", "m": "en", "n": "es"}
#: Nouns that open a span of time ("Anfang Mai", "Ende der Woche").
PERIOD_NOUNS = ("anfang", "mitte", "ende")
MONTHS = frozenset({"januar", "jänner", "februar", "feber", "märz", "april", "mai", "juni", "juli", "august",
                    "september", "oktober", "november", "dezember"})
_YEAR = re.compile(r"\d{4}")
_WORD = re.compile(r"[\w-]+")


@functools.cache
def time_nouns() -> dict[str, str]:
    """The shipped time nouns with their gender ("woche" -> "f"), lower case."""
    return dict(entry.split() for entry in data_list("time-nouns"))


@functools.cache
def _all_article_genders() -> dict[str, str]:
    genders = dict(ARTICLE_GENDERS)
    for stem in DER_LIKE_STEMS:
        genders.update({stem + ending: g for ending, g in DER_LIKE_GENDERS.items()})
    for stem in EIN_LIKE_STEMS:
        genders.update({stem + form[3:]: g for form, g in ARTICLE_GENDERS.items() if form.startswith("ein")})
    return genders


def article_genders(word: str) -> str | None:
    """The genders of the singular nouns an article or article-like word may belong to, in any case
    ("Ein" -> "mn", "diese" -> "f", "keinem" -> "mn"); None for a word that is none."""
    return _all_article_genders().get(word.lower())


def time_adverbial(words: list[str]) -> tuple[int, int, str] | None:
    """The first time adverbial among ``words`` after the first (the article): its first and last
    index and its noun's gender ("vergangene Woche", "Anfang Mai"); None when there is none."""
    for k in range(1, len(words)):
        noun = words[k].lower()
        gender = time_nouns().get(noun)
        if gender is None:
            continue
        ending = ACCUSATIVE_ENDINGS[gender]
        before = words[k - 1].lower() if k >= 2 else ""
        if before.endswith(ending) and before[:-len(ending)] in TIME_ADJECTIVE_STEMS:
            return k - 1, k, gender
        after = words[k + 1].lower() if k + 1 < len(words) else ""
        if noun in PERIOD_NOUNS and (after in MONTHS or after in ("des", "der") or _YEAR.fullmatch(after)):
            return k, k + 1, gender
    return None


def time_adverbial_agreement_severity(match: Match, view: ProseView) -> Match:
    """Engine adjuster: DE_AGREEMENT on an article and a time adverbial whose noun it cannot belong to is info."""
    if match.source is not Source.LANGUAGETOOL or match.rule != AGREEMENT_RULE or match.severity <= Severity.INFO:
        return match
    end = match.offset + match.length
    words = _WORD.findall(view.text[match.offset:end])
    after = _WORD.search(view.text, end, min(len(view.text), end + 40))
    if after is not None:
        words.append(after.group())  # "Anfang" may end the finding and "Mai" follow it
    genders = article_genders(words[0]) if words else None
    found = time_adverbial(words) if genders else None
    if found is None or found[2] in genders:
        return match
    adverbial = " ".join(words[found[0]:found[1] + 1])
    return dataclasses.replace(match, severity=Severity.INFO, message=TIME_ADVERBIAL_MESSAGE.format(adverbial=adverbial))
