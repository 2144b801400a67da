"""Which rules run and how severe their findings are: dotted-prefix matching.

Rule ids are dotted paths (``typografie.anfuehrungszeichen``,
``languagetool.GERMAN_SPELLER_RULE``). A config entry matches a rule id when it
equals the id or is a whole-segment prefix of it: ``typografie`` matches
``typografie.x`` but not ``typografiex``. Where several entries match, the
longest (most specific) one decides.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from linter.findings import Severity


def prefix_matches(entry: str, rule_id: str) -> bool:
    """Whether ``entry`` is ``rule_id`` itself or one of its dotted prefixes."""
    return rule_id == entry or rule_id.startswith(entry + ".")


def most_specific(entries: Iterable[str], rule_id: str) -> str | None:
    """The longest entry that matches ``rule_id``, or None."""
    matching = [e for e in entries if prefix_matches(e, rule_id)]
    return max(matching, key=len, default=None)


def is_enabled(rule_id: str, enable: Iterable[str], disable: Iterable[str]) -> bool:
    """Whether ``rule_id`` runs.

    A rule runs unless a ``disable`` entry matches it. An ``enable`` entry
    re-enables it when it is at least as specific as the most specific matching
    ``disable`` entry: ``disable: [typografie]`` with
    ``enable: [typografie.gedankenstrich]`` keeps only that one typography
    rule. (Equal specificity only arises when a command-line ``--enable``
    meets a file's ``disable``; the later, explicit request wins.)
    """
    disabled_by = most_specific(disable, rule_id)
    if disabled_by is None:
        return True
    enabled_by = most_specific(enable, rule_id)
    return enabled_by is not None and len(enabled_by) >= len(disabled_by)


def severity_for(rule_id: str, overrides: Mapping[str, Severity], default: Severity) -> Severity:
    """The severity of the longest ``overrides`` key matching ``rule_id``, else ``default``."""
    entry = most_specific(overrides, rule_id)
    return default if entry is None else overrides[entry]
