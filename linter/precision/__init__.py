"""Precision on real news copy: house vocabulary, proper names, bylines, suggestions in context, the news rule profile.

Each means is a small module; :func:`precision_means` wires the enabled ones into an
engine. Means can be switched off for measurement only: whoever builds the engine
passes the names in ``ablate`` (the CLI reads them from ``NEWSLINT_ABLATE``, which
benchmarks/quality.py --ablation sets); it is not a user setting. ``profile`` is the
news profile the LanguageTool client is built with (see :func:`news_profile`).
"""

from __future__ import annotations

from collections.abc import Iterable

#: The means, in the order benchmarks report them.
MEANS = ("vocabulary", "names", "frequency", "context", "byline", "profile", "foreign", "technical", "name_phrases",
         "dialect", "grammar")


def parse_ablate(text: str) -> frozenset[str]:
    """The means named in a comma-separated list ("names,vocabulary"), for the measurement switch."""
    return frozenset(m.strip() for m in text.split(",") if m.strip())


def news_profile(ablate: Iterable[str] = ()):
    """The news profile for the LanguageTool client: the shipped one, or none when ``profile`` is ablated."""
    from linter.languagetool.profile import NewsProfile, load_profile

    return NewsProfile() if "profile" in ablate else load_profile()


class PrecisionMeans:
    """The filters and extra checkers the enabled means contribute to an engine."""

    def __init__(self, filters: list, checkers: list, adjusters: list | None = None,
                 warmers: list | None = None) -> None:
        self.filters = filters
        self.checkers = checkers
        self.adjusters = adjusters or []
        self.warmers = warmers or []  # loads what the adjusters load on first use (engine.warm)


def precision_means(config, ablate: Iterable[str] = ()) -> PrecisionMeans:
    """Build the means for a run from its configuration (``vocabulary``, ``house_spelling``), without those in ``ablate``."""

    from linter.precision.adverbial_adjectives import adverbial_adjective_severity
    from linter.precision.byline import byline_filter, ortsmarke_filter, signature_filter
    from linter.precision.casing import function_word_case_severity
    from linter.precision.compound_slips import CompoundSlipSuggestion
    from linter.precision.context import ContextRanking, sentence_model
    from linter.precision.dialect import DialectQuoteSeverity
    from linter.precision.english_verbs import EnglishVerbSeverity
    from linter.precision.enumeration import enumeration_label_filter
    from linter.precision.foreign import ForeignPassageFilter
    from linter.precision.foreign_nouns import ForeignNounAgreementSeverity
    from linter.precision.formations import KnownPartsCompoundSeverity, UnknownCompoundSeverity, UnknownFormationSeverity
    from linter.precision.frequency import FREQUENCY, NO_FREQUENCY
    from linter.precision.genitive import GenitiveSeverity
    from linter.precision.house_spelling import HouseSpellingSeverity
    from linter.precision.hyphen_parts import OutsidePartCompoundSeverity
    from linter.precision.imperative_sie import imperative_sie_severity
    from linter.precision.name_phrases import (
        CapitalAdjectiveBeforeNounSeverity, NamePhraseCaseSeverity, NamePhraseFilter, name_phrases,
    )
    from linter.precision.names import NameFilter, UncertainNameSeverity, first_names
    from linter.precision.postpositions import postposition_agreement_severity
    from linter.precision.pronoun_das import pronoun_das_severity
    from linter.precision.sentence_start import small_letter_after_inner_mark_severity
    from linter.precision.surname_case import surname_case_filter
    from linter.precision.technical import technical_string_filter
    from linter.precision.time_adverbials import time_adverbial_agreement_severity
    from linter.precision.title_genitive import title_genitive_severity
    from linter.precision.titles import work_title_case_severity
    from linter.precision.vocabulary import AcceptFilter, RejectChecker, load_vocabulary

    ablate = frozenset(ablate)

    def enabled(means: str) -> bool:
        return means not in ablate

    freq = FREQUENCY if enabled("frequency") else NO_FREQUENCY
    filters, checkers, adjusters, warmers = [], [], [], []
    if enabled("byline"):
        filters.extend([byline_filter, ortsmarke_filter, signature_filter])
    if enabled("vocabulary"):
        vocabulary = load_vocabulary(config.vocabulary.accept, config.vocabulary.reject)
        filters.append(AcceptFilter(vocabulary))
        checkers.append(RejectChecker(vocabulary))
    if enabled("technical"):
        filters.append(technical_string_filter)
    if enabled("foreign"):
        filters.append(ForeignPassageFilter(freq))
        adjusters.extend([OutsidePartCompoundSeverity(freq), EnglishVerbSeverity(freq)])
    if enabled("frequency"):
        # before the severity calibration, which then sees the mended compound one slip away
        adjusters.append(CompoundSlipSuggestion(freq))
    if enabled("name_phrases"):
        filters.append(NamePhraseFilter())
        adjusters.extend([NamePhraseCaseSeverity(), CapitalAdjectiveBeforeNounSeverity(), title_genitive_severity])
        warmers.append(name_phrases)  # compiling the names' one pattern takes a tenth of a second
    if enabled("grammar"):
        filters.append(enumeration_label_filter)
        adjusters.extend([time_adverbial_agreement_severity, small_letter_after_inner_mark_severity,
                          ForeignNounAgreementSeverity(freq), postposition_agreement_severity, pronoun_das_severity,
                          adverbial_adjective_severity, imperative_sie_severity])
    if enabled("names"):
        filters.extend([NameFilter(freq), surname_case_filter])
        # these read LanguageTool's own order of suggestions, so they run before the ranking
        spelling = config.house_spelling
        house = HouseSpellingSeverity(spelling.brand_case, spelling.foreign_marks, spelling.transliteration)
        adjusters.extend([GenitiveSeverity(), UncertainNameSeverity(freq), house, UnknownCompoundSeverity(), KnownPartsCompoundSeverity(freq),
                          function_word_case_severity, work_title_case_severity])
        warmers.append(first_names)  # 61,000 names read back from the cache copy
    if enabled("context"):
        adjusters.append(ContextRanking(freq))
        warmers.append(sentence_model)  # HanTa's model: a few tenths of a second, wanted by the first typo
    if enabled("names"):
        # after the ranking: "no close correction" must hold for every suggestion the finding shows
        adjusters.append(UnknownFormationSeverity(freq))
    if enabled("dialect"):
        adjusters.append(DialectQuoteSeverity(freq))  # last: it only lowers severity and says why
    return PrecisionMeans(filters, checkers, adjusters, warmers)
