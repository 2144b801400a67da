"""Gitignore-like glob patterns, matched against paths relative to the config folder.

Python 3.11 has no ``PurePath.full_match``, and ``fnmatch`` lets ``*`` cross
``/``; so patterns are translated to regular expressions here, following the
gitignore rules newsroom engineers already know:

* ``*`` and ``?`` and ``[abc]`` never match ``/``;
* a pattern with a ``/`` at its start or middle is anchored at the config
  folder (``articles/*.md``); one without (``*.html``, ``drafts``) matches at
  any depth;
* ``**/`` matches zero or more folders, a trailing ``/**`` everything inside;
* a pattern matching a folder matches every file below it; a trailing ``/``
  matches folders only;
* ``\\`` escapes the next character.
"""

from __future__ import annotations

import functools
import os
import re
from pathlib import Path, PurePosixPath


def pattern_problem(pattern: str) -> str | None:
    """Why ``pattern`` cannot be used, or None when it is fine."""
    stripped = pattern.strip("/")
    if not stripped.strip():
        return "empty glob pattern"
    if pattern.startswith("!"):
        return "negated patterns ('!') are not supported; list the files in 'include' instead"
    if ".." in stripped.split("/"):
        return "a pattern cannot leave the config file's folder ('..')"
    return None


@functools.lru_cache(maxsize=512)
def compile_pattern(pattern: str) -> re.Pattern[str]:
    """The regular expression matching the relative POSIX paths that ``pattern`` selects."""
    dir_only = pattern.endswith("/")
    body = re.sub("/+", "/", pattern.strip("/"))
    anchored = pattern.startswith("/") or "/" in body  # './x' counts as anchored too
    if body.startswith("./"):
        body = body[2:]
    segments = body.split("/")
    parts = []
    for i, segment in enumerate(segments):
        last = i == len(segments) - 1
        if segment == "**":
            parts.append(".*" if last else "(?:.*/)?")
        else:
            parts.append(_translate_segment(segment) + ("" if last else "/"))
    prefix = "" if anchored else "(?:.*/)?"
    # A match on a folder covers every file below it; folder-only patterns need something below.
    suffix = "/.+" if dir_only else "(?:/.*)?"
    return re.compile(prefix + "".join(parts) + suffix, re.DOTALL)


def matches(pattern: str, relative: str) -> bool:
    """Whether the relative POSIX path ``relative`` is selected by ``pattern``."""
    return compile_pattern(pattern).fullmatch(relative) is not None


def relative_to(path: Path | str, base: Path) -> str | None:
    """``path`` (absolute, or relative to the working directory) as a POSIX path below ``base``; None if outside."""
    absolute = Path(os.path.abspath(path))
    try:
        relative = absolute.relative_to(Path(os.path.abspath(base)))
    except ValueError:
        return None
    return PurePosixPath(*relative.parts).as_posix()


def _translate_segment(segment: str) -> str:
    """Regular expression for one path segment (no ``/`` inside)."""
    out, i, n = [], 0, len(segment)
    while i < n:
        char = segment[i]
        if char == "*":
            out.append("[^/]*")
            while i + 1 < n and segment[i + 1] == "*":  # 'a**b' is just 'a*b', as in gitignore
                i += 1
        elif char == "?":
            out.append("[^/]")
        elif char == "\\" and i + 1 < n:
            i += 1
            out.append(re.escape(segment[i]))
        elif char == "[":
            end, cls = _translate_class(segment, i)
            if cls is None:  # no closing bracket: a literal '['
                out.append(re.escape(char))
            else:
                out.append(cls)
                i = end
        else:
            out.append(re.escape(char))
        i += 1
    return "".join(out)


def _translate_class(segment: str, start: int) -> tuple[int, str | None]:
    """Translate ``[...]`` at ``start``; return the index of its ``]`` and the regex class (None if unclosed)."""
    i = start + 1
    negate = i < len(segment) and segment[i] in "!^"
    if negate:
        i += 1
    first = i
    if i < len(segment) and segment[i] == "]":  # a leading ']' is a member, as in fnmatch
        i += 1
    while i < len(segment) and segment[i] != "]":
        i += 1
    if i >= len(segment):
        return start, None
    members = "".join(c if c == "-" else re.escape(c) for c in segment[first:i])
    return i, f"[^/{members}]" if negate else f"[{members}]"
