"""Which language a short stretch of copy is in: lingua, restricted to the languages news copy quotes.

lingua-language-detector ships its n-gram models inside the wheel, so nothing is fetched at
run time. It is built with only :data:`LANGUAGES` (German and the languages German news
quotes most: English, French, Spanish, Italian) and in low-accuracy mode (trigrams only):
the high-accuracy models cost about 150 MB and 1.4 s to load, the low-accuracy ones about
16 MB and 0.1 s, and benchmarks/language_id.py shows the low mode telling German from the
others about as well on short text. The detector is built on first use only, so a run whose
spelling matches all stand in plainly German sentences never loads it.
"""

from __future__ import annotations

import functools

#: lingua's names of the languages the detector tells apart; German first.
LANGUAGES = ("GERMAN", "ENGLISH", "FRENCH", "SPANISH", "ITALIAN")


@functools.lru_cache(maxsize=2)
def detector(high_accuracy: bool = False):
    """The lingua detector for :data:`LANGUAGES`, built once per process (low-accuracy mode unless asked)."""
    from lingua import Language, LanguageDetectorBuilder

    builder = LanguageDetectorBuilder.from_languages(*(getattr(Language, name) for name in LANGUAGES))
    if not high_accuracy:
        builder = builder.with_low_accuracy_mode()
    return builder.build()


@functools.lru_cache(maxsize=4096)
def german_confidence(text: str, high_accuracy: bool = False) -> float:
    """How sure lingua is that ``text`` is German, from 0 to 1 against the other :data:`LANGUAGES`."""
    from lingua import Language

    return detector(high_accuracy).compute_language_confidence(text, Language.GERMAN)


def most_likely_language(text: str, high_accuracy: bool = False) -> str | None:
    """The lingua name of the likeliest language of ``text`` ("ENGLISH"), or None when lingua cannot tell."""
    language = detector(high_accuracy).detect_language_of(text)
    return None if language is None else language.name
