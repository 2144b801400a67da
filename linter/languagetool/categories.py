"""How LanguageTool's rule categories map to newslint severities.

The table is data: docs/languagetool.md prints it, and tests pin it. Spelling
and grammar are errors (a copy desk must fix them); typography, punctuation and
word-choice hints are warnings (usually right, sometimes a matter of house
style); style and redundancy remarks are infos (a person decides).
"""

from __future__ import annotations

from linter.findings import Severity

#: LanguageTool category id -> severity. Ids are those of LanguageTool's German module.
CATEGORY_SEVERITY: dict[str, Severity] = {
    "TYPOS": Severity.ERROR,  # misspellings (GERMAN_SPELLER_RULE and friends) and real-word errors (SEIT_VS_SEID)
    "GRAMMAR": Severity.ERROR,  # agreement, verb forms, doubled verbs
    "CASING": Severity.ERROR,  # Groß- und Kleinschreibung
    "COMPOUNDING": Severity.ERROR,  # Getrennt- und Zusammenschreibung
    "CONFUSED_WORDS": Severity.WARNING,  # leicht verwechselbare Wörter: often right, not always
    "PUNCTUATION": Severity.WARNING,  # comma rules: reliable, but house styles differ
    "TYPOGRAPHY": Severity.WARNING,  # spaces, dashes, quotes
    "OLD_SPELLING": Severity.WARNING,  # pre-1996 spellings still seen in quotes and names
    "SEMANTICS": Severity.WARNING,  # implausible dates and the like
    "PROPER_NOUNS": Severity.WARNING,  # misspelt well-known names
    "FALSE_FRIENDS": Severity.WARNING,
    "MISC": Severity.WARNING,
    "STYLE": Severity.INFO,  # a person decides
    "REDUNDANCY": Severity.INFO,
    "COLLOQUIALISMS": Severity.INFO,
    "EMPFOHLENE_RECHTSCHREIBUNG": Severity.INFO,  # Duden-preferred variants of correct spellings
    "GENDER_NEUTRALITY": Severity.INFO,
    "WIKIPEDIA": Severity.INFO,
}

#: Fallback by LanguageTool's issue type when a category is not in the table.
ISSUE_TYPE_SEVERITY: dict[str, Severity] = {
    "misspelling": Severity.ERROR,
    "grammar": Severity.ERROR,
    "typographical": Severity.WARNING,
    "whitespace": Severity.WARNING,
    "style": Severity.INFO,
    "register": Severity.INFO,
    "locale-violation": Severity.WARNING,
}

DEFAULT_SEVERITY = Severity.WARNING


def severity_for(category_id: str, issue_type: str | None = None) -> Severity:
    """Return the severity of a LanguageTool match from its category id, else its issue type."""
    if category_id in CATEGORY_SEVERITY:
        return CATEGORY_SEVERITY[category_id]
    if issue_type and issue_type in ISSUE_TYPE_SEVERITY:
        return ISSUE_TYPE_SEVERITY[issue_type]
    return DEFAULT_SEVERITY
