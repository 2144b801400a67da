"""The language a document declares for itself: ``<html lang="de-CH">`` or front matter ``lang: de-AT``.

A CMS export or a static-site page often says which variant its copy is in. newslint
honours that for the three variants LanguageTool checks (de-DE, de-AT, de-CH),
below ``--language`` and the config's ``languages`` globs and above the project's
``language`` (see :meth:`linter.config.model.Config.language_for`). A document that
declares another language is still checked as German, with a warning that says so.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from linter import yamlsafe


#: The variants LanguageTool checks, by lower-case tag. Liechtenstein writes Swiss German (no "ß").
VARIANTS = {"de-de": "de-DE", "de-at": "de-AT", "de-ch": "de-CH", "de-li": "de-CH"}
#: Front matter keys that name the document's language (Hugo, Jekyll and Pandoc use these).
FRONT_MATTER_KEYS = ("lang", "language")

_HTML_TAG = re.compile(r"<html\b[^>]*>", re.IGNORECASE)
_LANG_ATTRIBUTE = re.compile(
    r"""\s(?:xml:)?lang\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*$", re.DOTALL | re.MULTILINE)


class Declaration(NamedTuple):
    """A language tag found in a document, and where: "<html lang>" or "front matter 'lang'"."""

    tag: str
    where: str


def declared_language(text: str, fmt: str) -> Declaration | None:
    """The language tag an HTML or Markdown document declares, or None (plain text declares none)."""
    if fmt == "html":
        return _html_lang(text)
    if fmt == "markdown":
        return _front_matter_lang(text)
    return None


def variant_of(tag: str) -> str | None:
    """The LanguageTool variant a tag stands for ("de-ch", "de_CH" -> "de-CH"), or None.

    A plain "de" (or another German region) declares German but no variant: the
    configured one applies.
    """
    return VARIANTS.get(tag.strip().lower().replace("_", "-"))


def is_german(tag: str) -> bool:
    """True for "de" and any "de-..." tag."""
    primary = tag.strip().lower().replace("_", "-").split("-")[0]
    return primary == "de"


def _html_lang(text: str) -> Declaration | None:
    """The ``lang`` (or ``xml:lang``) attribute of the ``<html>`` element."""
    element = _HTML_TAG.search(text)
    if element is None:
        return None
    attribute = _LANG_ATTRIBUTE.search(element.group(0))
    if attribute is None:
        return None
    tag = next(group for group in attribute.groups() if group is not None).strip()
    return Declaration(tag, "<html lang>") if tag else None


def _front_matter_lang(text: str) -> Declaration | None:
    """A top-level ``lang`` or ``language`` string in YAML front matter."""
    block = _FRONT_MATTER.match(text)
    if block is None:
        return None
    try:
        data = yamlsafe.load(block.group(1))
    except yamlsafe.YamlError:
        return None  # the Markdown reader reports broken front matter with its line
    if not isinstance(data, dict):
        return None
    for key in FRONT_MATTER_KEYS:
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            return Declaration(value.strip(), f"front matter '{key}'")
    return None
