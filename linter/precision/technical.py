"""Technical strings in copy: paths, identifiers, handles, hashtags, versions, model numbers, addresses.

Tech and social-media copy names things that are not German words: ``C:\\Windows\\System32``,
``~/Downloads/x.pdf``, ``getElementById``, ``user_id``, ``os.path.join``, ``@tagesschau``,
``#Bundestagswahl``, ``v2.3.1``, ``A320neo``, ``info@example.org``. LanguageTool's speller,
case and grammar rules have nothing to say inside them. Markdown and HTML already replace
URLs and e-mail addresses by a placeholder (:mod:`linter.markup.urls`); this is the same idea
for the strings a reader sees as they are, in every format: a LanguageTool match lying
wholly inside one is dropped. Nothing is replaced, so the sentence around the string is
checked as written.

Each pattern is narrow on purpose, so a slip is never taken for a technical string: a word
run into the next ("imInternet", "MattersburgErnst") has one inner capital, not the two a
camelCase identifier needs; a digit typed into a word ("Geb9ude") is one digit among
lower-case letters, which no model number is; dates ("12.09.2023") are no version numbers.
"""

from __future__ import annotations

import functools
import re

from linter.findings import Match, Source
from linter.markup.urls import find_addresses
from linter.prose import ProseView

#: File-name extensions a bare file name ("Bericht.pdf", "setup.exe") carries.
FILE_EXTENSIONS = (
    "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "txt", "rtf", "csv", "json", "xml",
    "yaml", "yml", "html", "htm", "md", "zip", "rar", "gz", "tar", "7z", "exe", "msi", "dmg", "apk", "iso",
    "dll", "sys", "bat", "sh", "ps1", "py", "js", "ts", "java", "jar", "c", "cpp", "h", "rs", "go", "php",
    "jpg", "jpeg", "png", "gif", "svg", "webp", "heic", "mp3", "mp4", "mov", "avi", "wav", "mkv", "log", "ini",
    "cfg", "conf", "db", "sql",
)

#: Top-level domains a bare domain name ("tagesschau.de") ends in.
DOMAINS = ("de", "at", "ch", "com", "org", "net", "eu", "info", "io", "gov", "edu", "uk", "fr", "it", "es", "tv")

_EXT = "|".join(sorted(FILE_EXTENSIONS, key=len, reverse=True))
_TLD = "|".join(sorted(DOMAINS, key=len, reverse=True))

#: (kind, pattern). Each finds whole strings; none matches an ordinary German word.
PATTERNS: tuple[tuple[str, re.Pattern], ...] = (
    # C:\Windows\System32\drivers, \\server\share\x
    ("path", re.compile(r"(?<![\w\\])(?:[A-Za-z]:\\|\\\\[\w.$-]+\\)[^\s\"'<>|„“”«»]*")),
    # /usr/lib/python3, ~/Downloads/x.pdf, ./configure, ../x/y: two parts, or a home or relative start
    ("path", re.compile(r"(?<![\w/~.])(?:(?:~|\.\.?)/[\w.+-]+(?:/[\w.+-]+)*|/[\w.+-]+(?:/[\w.+-]+)+)/?")),
    # Bericht.pdf, setup.exe, docs/quality.md
    ("file", re.compile(rf"(?<![\w.])[\w-]+(?:/[\w.-]+)*\.(?:{_EXT})(?!\w|\.\w)", re.IGNORECASE)),
    # camelCase with two inner capitals (getElementById), or one when a call follows (useState())
    ("identifier", re.compile(r"\b[a-z][a-z0-9]*(?:[A-Z][a-z0-9]+){2,}[A-Z]?\b|\b[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+(?=\()")),
    # snake_case, SCREAMING_SNAKE, _private
    ("identifier", re.compile(r"\b_*[A-Za-z][A-Za-z0-9]*(?:_+[A-Za-z0-9]+)+\b")),
    # dotted.module.names: three lower-case parts of two characters or more (not "d.h.die")
    ("identifier", re.compile(r"\b[a-z_][a-z0-9_]+(?:\.[a-z_][a-z0-9_]+){2,}(?:\(\))?")),
    # tagesschau.de, example.com (lower case: "Haus.Der" is a missing space)
    ("domain", re.compile(rf"(?<![\w.@])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:{_TLD})\b(?!\.\w)")),
    # @tagesschau, @BR24 (not the middle of an e-mail address)
    ("handle", re.compile(r"(?<![\w.@])@[A-Za-z0-9_]{2,30}\b")),
    # #Bundestagswahl, #MeToo, #wirsindmehr (a letter first: "#1" is a rank)
    ("hashtag", re.compile(r"(?<![\w#&])#[^\W\d_][\w]*")),
    # v2.3.1, V8, 2.3.1-beta (three parts, not a date such as 12.09.2023)
    ("version", re.compile(r"\b[vV]\d+(?:\.\d+)*(?:[-+][\w.]+)?\b|\b(?!\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})\b)"
                           r"\d+\.\d+\.\d+(?:[-+][\w.]+)?\b")),
    # iOS 17.4, Android 14, Version 2.3: a version after the product or the word
    ("version", re.compile(r"\b(?:iOS|iPadOS|macOS|watchOS|Android|Windows|Linux|Ubuntu|Debian|Python|Java|Firefox|"
                           r"Chrome|Version|Update|Release|Firmware)\s\d+(?:\.\d+)*\b")),
    # A320neo, RTX4090, MH17, F-35, PS5, 5G, 4090Ti: letters and digits, with two or more digits
    # in a row or capitals only ("Geb9ude", a digit typed into a word, is neither)
    ("model", re.compile(r"\b(?=[\w-]*\d)(?=[\w-]*[^\W\d_])(?:[A-Za-z]{0,6}-?\d{2,}[A-Za-z]{0,4}\d*"
                         r"|[A-Z]{1,6}-?\d[A-Z]{0,3}|\d[A-Z]{1,3})\b")),
    # RTX 4090, GTX 1080, SM-G991B: an abbreviation in capitals before a model number
    ("model", re.compile(r"\b[A-Z]{2,6}(?=\s\d{2,5}\b)")),
)


def technical_spans(text: str) -> list[tuple[int, int, str]]:
    """Sorted ``(start, end, kind)`` of the technical strings in ``text``, e-mail addresses and URLs included."""
    return list(_spans(text))


@functools.lru_cache(maxsize=8)
def _spans(text: str) -> tuple[tuple[int, int, str], ...]:
    found = [(start, end, "address") for start, end, _ in find_addresses(text)]
    for kind, pattern in PATTERNS:
        found.extend((m.start(), _trim(text, m.start(), m.end()), kind) for m in pattern.finditer(text))
    return tuple(sorted(f for f in found if f[1] > f[0]))


def in_technical_string(text: str, offset: int, length: int) -> bool:
    """True when ``text[offset:offset + length]`` lies wholly inside a technical string."""
    end = offset + max(length, 1)
    return any(start <= offset and end <= stop for start, stop, _ in _spans(text) if start <= offset)


def technical_string_filter(match: Match, view: ProseView) -> bool:
    """Engine filter: drop a LanguageTool match lying inside a path, identifier, handle, hashtag,
    version, model number or address."""
    if match.source is not Source.LANGUAGETOOL:
        return True
    return not in_technical_string(view.text, match.offset, match.length)


_TRAILING = ".,;:!?)]}"


def _trim(text: str, start: int, end: int) -> int:
    """Drop sentence punctuation after a path ("unter /usr/lib." ends the sentence)."""
    while end > start + 1 and text[end - 1] in _TRAILING:
        end -= 1
    return end
