"""Precision on real news copy: house vocabulary, proper names, bylines, suggestions in context, the news rule profile.

Each means is a small module; :func:`build` wires the enabled ones into an engine.
``NEWSLINT_ABLATE=names,vocabulary`` switches means off for measurement only
(benchmarks/quality.py --ablation uses it); it is not a user setting.
"""

from __future__ import annotations

import os

#: The means, in the order benchmarks report them.
MEANS = ("vocabulary", "names", "frequency", "context", "byline", "profile")


def enabled(means: str) -> bool:
    """Whether a means runs (all do unless switched off for a measurement)."""
    off = {m.strip() for m in os.environ.get("NEWSLINT_ABLATE", "").split(",") if m.strip()}
    return means not in off


class PrecisionMeans:
    """The filters and extra checkers the enabled means contribute to an engine."""

    def __init__(self, filters: list, checkers: list, adjusters: list | None = None) -> None:
        self.filters = filters
        self.checkers = checkers
        self.adjusters = adjusters or []


def precision_means(config) -> PrecisionMeans:
    """Build the means for a run from its configuration (``vocabulary``, ``house_spelling``)."""
    from linter.precision.byline import byline_filter, ortsmarke_filter, signature_filter
    from linter.precision.context import ContextRanking
    from linter.precision.foreign import foreign_passage_filter
    from linter.precision.formations import UnknownCompoundSeverity, UnknownFormationSeverity
    from linter.precision.house_spelling import HouseSpellingSeverity
    from linter.precision.names import NameFilter, UncertainNameSeverity
    from linter.precision.vocabulary import AcceptFilter, RejectChecker, load_vocabulary

    filters, checkers, adjusters = [], [], []
    if enabled("byline"):
        filters.extend([byline_filter, ortsmarke_filter, signature_filter])
    if enabled("vocabulary"):
        vocabulary = load_vocabulary(config.vocabulary.accept, config.vocabulary.reject)
        filters.append(AcceptFilter(vocabulary))
        checkers.append(RejectChecker(vocabulary))
    if enabled("frequency"):
        filters.append(foreign_passage_filter)
    if enabled("names"):
        filters.append(NameFilter())
        # these read LanguageTool's own order of suggestions, so they run before the ranking
        spelling = config.house_spelling
        house = HouseSpellingSeverity(spelling.brand_case, spelling.foreign_marks, spelling.transliteration)
        adjusters.extend([UncertainNameSeverity(), house, UnknownCompoundSeverity()])
    if enabled("context"):
        adjusters.append(ContextRanking())
    if enabled("names"):
        # after the ranking: "no close correction" must hold for every suggestion the finding shows
        adjusters.append(UnknownFormationSeverity())
    return PrecisionMeans(filters, checkers, adjusters)
