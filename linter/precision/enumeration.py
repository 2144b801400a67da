"""Enumeration labels in running text: "a) weil …, b) weil …" are no unpaired brackets.

German copy counts the items of a list in running text with a letter or a number and a
closing bracket ("Ich trage Vollbart, a) weil er mir gut steht, b) weil ich zu faul bin
oder c) weil …"), the Duden's form for such a list. LanguageTool's ``UNPAIRED_BRACKETS``
sees a closing bracket without an opening one and reports it. A finding on a closing
bracket right after a label (one small letter, or a number of one or two digits, standing
alone: after a space, a line start, a comma, a semicolon, a colon or an opening quote) is
dropped. A bracket after a longer word ("Vollbart)") keeps its finding.
"""

from __future__ import annotations

import re

from linter.findings import Match, Source
from linter.prose import ProseView

#: The LanguageTool rule whose findings this reads.
UNPAIRED_RULE = "languagetool.UNPAIRED_BRACKETS"

#: A label right before the bracket: a small letter or a number of one or two digits, standing alone.
_LABEL_BEFORE = re.compile(r"(?<![^\s,;:„\"“»])(?:[a-zäöü]|\d{1,2})$")


def is_enumeration_label(text: str, offset: int, length: int) -> bool:
    """True when ``text[offset:offset + length]`` is the closing bracket of a label such as "a)" or "2)"."""
    if text[offset:offset + length] != ")":
        return False
    return _LABEL_BEFORE.search(text[max(0, offset - 3):offset]) is not None


def enumeration_label_filter(match: Match, view: ProseView) -> bool:
    """Engine filter: drop ``UNPAIRED_BRACKETS`` on the bracket of an enumeration label."""
    if match.source is not Source.LANGUAGETOOL or match.rule != UNPAIRED_RULE:
        return True
    return not is_enumeration_label(view.text, match.offset, match.length)
