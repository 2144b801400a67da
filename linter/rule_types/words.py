"""What a word is in German copy, as regex fragments shared by the word-based rule types.

Python's ``\\b`` knows ä, ö, ü and ß, but not that a hyphen joins a compound:
``\\bEmail\\b`` matches inside "Email-Adresse" and "Mail" inside "E-Mail". These
fragments treat a hyphen that touches a word as part of it, and an apostrophe
between letters too ("geht's").
"""

from __future__ import annotations

LETTER = r"[\p{L}\p{M}\p{N}_]"  # accents may come as combining marks (\p{M})
HYPHEN = r"[\-\u2010\u2011]"  # hyphen-minus, hyphen, non-breaking hyphen; not dashes
APOSTROPHE = r"['\u2019]"

# Not preceded by a letter, nor by a hyphen attached to the word (E-[Mail], Ein-[/] ...).
START_OF_WORD = rf"(?<!{LETTER})(?<!{HYPHEN})(?<!{LETTER}{APOSTROPHE})"
# Not followed by a letter, an attached hyphen (Email[-]Adresse, Email[-] und) or 's.
END_OF_WORD = rf"(?!{LETTER})(?!{HYPHEN})(?!{APOSTROPHE}\p{{L}})"

# Same, but a hyphen may join the word to another one: the word may be a compound part.
START_OF_PART = rf"(?<!{LETTER})(?<!{LETTER}{APOSTROPHE})"
END_OF_PART = rf"(?!{LETTER})(?!{APOSTROPHE}\p{{L}})"

# A token of letters, with hyphens or apostrophes inside it (Baden-Baden, geht's).
WORD = rf"\p{{L}}[\p{{L}}\p{{M}}]*(?:(?:{HYPHEN}|{APOSTROPHE})\p{{L}}[\p{{L}}\p{{M}}]*)*"

# Whitespace between two words of one paragraph: at most one line break, since a
# blank line ends the paragraph.
GAP = r"(?:[^\S\r\n]+(?:\r?\n[^\S\r\n]*)?|\r?\n[^\S\r\n]*)"

# What a reader counts as one word: letters or digits, joined by hyphens or
# apostrophes (E-Mail, geht's) and by a decimal point, comma or colon between digits
# (3,5 / 14.30 / 2:1). "z. B." is two.
TOKEN = (
    rf"[\p{{L}}\p{{N}}][\p{{L}}\p{{M}}\p{{N}}]*"
    rf"(?:(?:{HYPHEN}|{APOSTROPHE})[\p{{L}}\p{{N}}][\p{{L}}\p{{M}}\p{{N}}]*|(?<=\p{{N}})[.,:]\p{{N}}+)*"
)
