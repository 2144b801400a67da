"""Finding URLs and e-mail addresses in running text, and what stands in for them.

They are not copy, but dropping them would leave ``Mehr unter .`` and make the
checkers see a stray space.  So each one is replaced in the prose by a short,
ordinary German noun that LanguageTool and the house rules accept, mapped to
the whole address in the source. The view records where each placeholder
stands, and the engine drops any finding about one (see ProseView.involves_placeholder).
"""

from __future__ import annotations

import re

URL_PLACEHOLDER = "Link"
EMAIL_PLACEHOLDER = "Mail"
CODE_PLACEHOLDER = "Code"
#: Stand-ins for a placeholder when the word next to it is the placeholder itself ("im Code
#: `berechne()`"): "Code Code" would be a doubled word the copy does not have.
PLACEHOLDER_ALTERNATIVES = {
    URL_PLACEHOLDER: ("Verweis", "Eintrag"),
    EMAIL_PLACEHOLDER: ("Adresse", "Eintrag"),
    CODE_PLACEHOLDER: ("Befehl", "Eintrag"),
}

_STOP = r"\s<>\"'«»“”„‘’"
_URL = re.compile(rf"(?:\b(?:https?|ftp)://|\bwww\.)[^{_STOP}]+", re.IGNORECASE)
_EMAIL = re.compile(r"(?:\bmailto:)?[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_TRAILING = ".,;:!?)]}*_"


def find_addresses(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Return sorted, non-overlapping ``(start, end, placeholder)`` for URLs and e-mail addresses."""
    end = len(text) if end is None else end
    found: list[tuple[int, int, str]] = []
    for match in _URL.finditer(text, start, end):
        found.append((match.start(), _trim(text, match.start(), match.end()), URL_PLACEHOLDER))
    for match in _EMAIL.finditer(text, start, end):
        if not any(s <= match.start() < e for s, e, _ in found):
            found.append((match.start(), match.end(), EMAIL_PLACEHOLDER))
    found.sort()
    return [f for f in found if f[1] > f[0]]


def placeholder_for(address: str) -> str:
    """The placeholder for one address (an e-mail address or anything else)."""
    bare = address.removeprefix("mailto:").removeprefix("MAILTO:")
    return EMAIL_PLACEHOLDER if "@" in bare and "/" not in bare else URL_PLACEHOLDER


def _trim(text: str, start: int, end: int) -> int:
    """Drop sentence punctuation after a URL; keep a ')' that closes a '(' inside it."""
    while end > start and text[end - 1] in _TRAILING:
        if text[end - 1] == ")" and text.count("(", start, end) >= text.count(")", start, end):
            break
        end -= 1
    return end
