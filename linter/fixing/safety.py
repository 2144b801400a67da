"""Which findings ``newslint fix`` may correct by itself, and at which level.

House rules say it in their YAML (``fix: safe|unsafe|none``). LanguageTool
matches are fixable only through the allow-list, with exactly one suggestion,
and never when a spelling correction touches a capitalised word (in news copy
that is usually a name the dictionary does not know) or was reported as info
(more likely a word the dictionary lacks than a slip).
"""

from __future__ import annotations

from linter.findings import Finding, FixSafety, Severity, Source
from linter.fixing.allowlist import Allowlist

#: LanguageTool categories whose matches are spelling corrections.
SPELLING_CATEGORIES = frozenset({"TYPOS"})


def fix_level(finding: Finding, allowlist: Allowlist) -> FixSafety:
    """How safe it is to apply ``finding``'s first replacement without a person."""
    if not finding.replacements:
        return FixSafety.NONE
    if finding.source is Source.HOUSE:
        return finding.fix
    return _languagetool_level(finding, allowlist)


def _languagetool_level(finding: Finding, allowlist: Allowlist) -> FixSafety:
    """The allow-list's level for a LanguageTool match, after the checks that always apply."""
    if len(finding.replacements) != 1:
        return FixSafety.NONE  # several suggestions mean LanguageTool itself is unsure
    if is_spelling(finding) and any(ch.isupper() for ch in finding.text):
        return FixSafety.NONE  # may be a name; no allow-list entry can change that
    if is_spelling(finding) and finding.severity <= Severity.INFO:
        return FixSafety.NONE  # judged more likely meant than a slip (a formation, a brand): a person decides
    entry = allowlist.get(finding.rule)
    if entry is None or not entry.accepts(finding.text, finding.replacements[0]):
        return FixSafety.NONE
    return entry.level


def is_spelling(finding: Finding) -> bool:
    """True for a LanguageTool spelling correction (any language variant's speller)."""
    return finding.category in SPELLING_CATEGORIES or "SPELLER" in finding.rule


def is_wanted(level: FixSafety, unsafe: bool) -> bool:
    """True when a fix of ``level`` is applied in this run (unsafe ones only on request)."""
    return level is FixSafety.SAFE or (unsafe and level is FixSafety.UNSAFE)
