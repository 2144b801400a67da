"""Which LanguageTool matches are its speller's verdict on a word the dictionary lacks.

LanguageTool's ``TYPOS`` category holds two kinds of rule. Its spellers (``GERMAN_SPELLER_RULE``,
``AUSTRIAN_GERMAN_SPELLER_RULE``, ``SWISS_GERMAN_SPELLER_RULE``) flag a word the dictionary lacks,
and the multi-word spelling rules (category ``MULTITOKEN_SPELLING``) a name it knows in another
spelling: such a word may be a name, a new formation or a slip, which newslint's precision means
weigh. The same category also holds some 270 pattern rules (``SEIT_VS_SEID``, ``DENN_DEN``,
``WIEDER_WILLEN_SPELLING_RULE``) that flag a word the dictionary knows, written where the sentence
wants another ("Seid gestern regnet es"): a real-word error. Their verdict rests on the sentence
and their suggestions are the ones the rule's authors chose, so whether the word is a name, common,
or one slip from some other word says nothing about them; the means leave them as LanguageTool
reports them.
"""

from __future__ import annotations

from linter.findings import Source

#: The category of LanguageTool's spellers (and of its real-word rules).
SPELLER_CATEGORY = "TYPOS"
#: How the ids of LanguageTool's spellers end (newslint's ids carry a ``languagetool.`` prefix).
SPELLER_RULE_SUFFIX = "SPELLER_RULE"
#: The category of LanguageTool's multi-word spelling rules ("Ban Ki Moon" -> "Ban Ki-moon").
MULTITOKEN_CATEGORY = "MULTITOKEN_SPELLING"


def is_speller_rule(rule_id: str, category: str) -> bool:
    """True for a rule of one of LanguageTool's spellers, its id with or without newslint's prefix."""
    return category == SPELLER_CATEGORY and rule_id.endswith(SPELLER_RULE_SUFFIX)


def is_unknown_word(item) -> bool:
    """True for a LanguageTool match or finding from its speller: a word the dictionary lacks."""
    return item.source is Source.LANGUAGETOOL and is_speller_rule(item.rule, item.category)


def is_spelling_verdict(item) -> bool:
    """True for a LanguageTool match or finding on a word's spelling as such: the speller's, or a
    multi-word spelling rule's. The house vocabulary's accept list overrules these, and the names
    means weigh them; a real-word rule's verdict on a known word is neither."""
    return is_unknown_word(item) or (item.source is Source.LANGUAGETOOL and item.category == MULTITOKEN_CATEGORY)
