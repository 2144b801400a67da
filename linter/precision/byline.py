"""Datelines and bylines: the metadata line some copy starts with is not body copy.

Rule (documented in docs/quality.md): the **first non-empty line** of a text is
metadata, and no finding is reported in it, when it

* is short (at most 12 words and 100 characters),
* has no sentence punctuation (no ``.``, ``!``, ``?`` or ``;`` except inside a
  date such as ``12.09.2023``; a comma after the place is fine), and
* carries a date (``2023-09``, ``12.09.2023``, ``12. September 2023``,
  ``September 2023``) or a byline (``Von <Name>``, ``Autor: ...``).

Headlines rarely carry a date, and a line ending in a full stop is a sentence,
so real copy is not skipped.
"""

from __future__ import annotations

import functools
import regex as re

from linter.findings import Match
from linter.prose import ProseView

MAX_WORDS = 12
MAX_CHARS = 100
_MONTHS = ("Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember")
_DATE = re.compile(
    r"\b(?:\d{4}-\d{1,2}(?:-\d{1,2})?|\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})?|\d{1,2}\.\s*(?:" + _MONTHS + r")"
    r"|(?:" + _MONTHS + r")\s+\d{4})\b|\bdate\b", re.IGNORECASE)
_BYLINE = re.compile(r"(?:^|\s)(?:Von|von|VON|Autor(?:in)?|Text|Foto)\s*:?\s+[A-ZÄÖÜ]\w+")
_SENTENCE_PUNCTUATION = re.compile(r"[.!?;]")  # a comma may follow the place ("Wien, 12.09.2023")


@functools.lru_cache(maxsize=64)
def metadata_span(text: str) -> tuple[int, int] | None:
    """The (start, end) of a leading dateline/byline line in ``text``, or None."""
    first = re.match(r"\s*([^\n]*)", text)
    if not first:
        return None
    line = first.group(1).rstrip()
    start, end = first.start(1), first.start(1) + len(line)
    if not line or len(line) > MAX_CHARS or len(line.split()) > MAX_WORDS:
        return None
    if _SENTENCE_PUNCTUATION.search(_DATE.sub("", line)):
        return None
    if _DATE.search(line) or _BYLINE.search(line):
        return start, end
    return None


def is_metadata(text: str, offset: int, length: int) -> bool:
    """True when the span lies in the text's leading dateline/byline line."""
    span = metadata_span(text)
    return span is not None and span[0] <= offset and offset + length <= span[1] + 1


def byline_filter(match: Match, view: ProseView) -> bool:
    """Engine filter: drop every finding (house rules and LanguageTool) inside a dateline/byline."""
    return not is_metadata(view.text, match.offset, match.length)


# An Ortsmarke: "Wien – ", "Gaza/Jerusalem – ", "New York (dpa) – ", "Iowa City / Wien – ",
# "Rio de Janeiro – ", "Zell am See – " at the start of a paragraph or after a sentence end;
# a chronicle's year ("1990 – Die erste Sitzung ...") works the same way. The word after the
# dash starts the sentence, so a capital there is right, though LanguageTool reads the place
# and the dash as part of it.
_PLACE_WORD = r"\p{Lu}[\p{L}.'’-]*"
_PLACE_LINK = r"(?:\s+(?:de|del|da|do|dos|di|la|le|les|am|an|im|in|ob|bei|sur|upon|on|the|von|der|al|el)\b)*\s+|\s*/\s*"
_ORTSMARKE = re.compile(
    r"(?:^|(?<=[.!?…])\s+|\n)"
    r"(?!(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Er|Sie|Es|Wir|Ich|Man)\b)"  # a sentence, not a place
    r"(?:" + _PLACE_WORD + r"(?:(?:" + _PLACE_LINK + r")" + _PLACE_WORD + r"){0,4}|\d{4})"
    r"(?:\s+\([^()\n]{1,30}\))?"
    r"\s+[–—-]\s+$"
)
#: LanguageTool rules that read an Ortsmarke's dash as inside the sentence.
ORTSMARKE_RULES = frozenset({"languagetool.DE_CASE", "languagetool.UPPERCASE_SENTENCE_START"})


def follows_ortsmarke(text: str, offset: int) -> bool:
    """True when the word at ``offset`` directly follows a dateline place mark ("Wien – Der ...")."""
    return bool(_ORTSMARKE.search(text[max(0, offset - 80):offset]))


# A two-part headline or teaser: "Erdbeben der Stärke 2,3 – Keine Schäden zu erwarten",
# "Kampf um die Hofburg – Das Duell". The part after the dash is a headline of its own and
# starts with a capital. In running text the part before a dash is rarely this short, and
# a headline drops the article and the pronoun a clause starts with ("Er sagte – der Plan ...").
HEADLINE_MAX_WORDS = 12
_CLAUSE_OPENING = re.compile(r"\s*(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Er|Sie|Es|Wir|Ich|Du|Ihr|Man)\b")
_DASH_BEFORE = re.compile(r"\s[–—]\s+$")
_SEGMENT_START = re.compile(r"(?:^|[.!?…:;](?=\s)|\n)[^.!?…:;\n]*$")


def follows_headline_dash(text: str, offset: int) -> bool:
    """True when the word at ``offset`` follows the dash of a two-part headline: at most
    HEADLINE_MAX_WORDS words since the sentence or line began, then " – "."""
    before = text[max(0, offset - 200):offset]
    dash = _DASH_BEFORE.search(before)
    if not dash:
        return False
    segment = _SEGMENT_START.search(before[:dash.start()])
    if segment is None or (segment.start() == 0 and offset > 200):
        return False
    words = segment.group().lstrip(".!?…:;\n")
    return len(words.split()) <= HEADLINE_MAX_WORDS and not _CLAUSE_OPENING.match(words)


def ortsmarke_filter(match: Match, view: ProseView) -> bool:
    """Engine filter: drop casing matches on the capital that starts the sentence after an
    Ortsmarke or the second part of a two-part headline."""
    if match.rule not in ORTSMARKE_RULES:
        return True
    return not (follows_ortsmarke(view.text, match.offset) or follows_headline_dash(view.text, match.offset))


# A signature closing an article or a paragraph: the author's initials or name, or an agency,
# and the date in brackets ("(fid, 7.3.2016)", "(APA, 1.3.2016)", "(Maria Muster, 2.2.2016)").
# At most three words before the date: a longer remark in brackets is copy and is checked.
_SIGNATURE = re.compile(r"\((?P<who>[\w./-]{2,}(?:\s[\w./-]+){0,2}),\s*\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\)")


def in_signature(text: str, offset: int, length: int) -> bool:
    """True when the span lies in the author or agency part of a dated signature in brackets."""
    for found in _SIGNATURE.finditer(text, max(0, offset - 60), min(len(text), offset + length + 60)):
        if found.start("who") <= offset and offset + length <= found.end("who"):
            return True
    return False


def signature_filter(match: Match, view: ProseView) -> bool:
    """Engine filter: drop findings on the initials or name in a dated signature ("(fid, 7.3.2016)")."""
    return not in_signature(view.text, match.offset, match.length)
