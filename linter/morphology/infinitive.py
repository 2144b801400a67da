"""A modal verb or "werden" whose clause ends in a finite form, not the infinitive it wants.

"Die Regierung will die Steuern senke", "Der Täter konnte schnell gefasst werde", "Er wird
morgen kommt": after "können", "müssen", "sollen", "wollen", "dürfen", "mögen" and the future
"werden", the verb at the end of the clause is an infinitive. A slip that drops its "-n" or
conjugates it leaves a word every speller knows. The check, with LanguageTool's dictionary
(:mod:`linter.morphology.lexicon`), reads a main clause's finite modal and the last word of its
clause (before a comma, a full stop or another mark) and reports that word when the dictionary
knows it only as a finite verb: no infinitive, participle, adjective, noun or other word
("senke", "werde", "kommt"; not "kommen", "gefasst", "gut", "Haus", "es"). The clause holds
no subordinating conjunction or question word before that word ("Er will wissen, wer kommt" with
its comma lost: "Er will wissen wer kommt"), no second verb phrase ("und", "oder", "aber"), and
the word is not right after a pronoun or article, where a relative clause may begin, nor, after
"werden", a word with a participle's prefix and ending (a passive: "wird von einer Straße durchschnitten",
which the dictionary has only as a finite form), nor a word far more common in English ("check", "time", which the dictionary has as imperatives).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from linter.morphology.lexicon import VERB_FINITE, Lexicon
from linter.precision.foreign import is_english

#: Finite forms of the modal verbs and of "werden" that govern a bare infinitive.
MODALS = frozenset(
    "kann kannst können könnt konnte konntest konnten konntet könnte könntest könnten könntet "
    "muss musst müssen müsst musste musstest mussten musstet müsste müsstest müssten müsstet "
    "soll sollst sollen sollt sollte solltest sollten solltet "
    "will willst wollen wollt wollte wolltest wollten wolltet "
    "darf darfst dürfen dürft durfte durftest durften durftet dürfte dürftest dürften dürftet "
    "mag magst mögen mögt möchte möchtest möchten möchtet "
    "werde wirst wird werden werdet würde würdest würden würdet".split())

#: Words that open a clause of their own, whose verb then ends it: "Er will wissen wer kommt".
#: Not "als", "bis", "seit", "während", "da": they are mostly a comparison, a preposition or an adverb.
SUBORDINATORS = frozenset(
    "wer was wie wo woher wohin warum weshalb weswegen wann welche welcher welches ob dass daß weil wenn "
    "falls obwohl obgleich damit sodass bevor ehe nachdem indem sobald solange sofern womit wofür wovon "
    "worauf".split())
#: Words after which a clause-final verb may open a relative clause whose comma was lost.
PRONOUNS_AND_ARTICLES = frozenset(
    "der die das den dem des denen deren dessen welcher welche welches er sie es man ich du wir ihr "
    "sich mich dich uns euch ihm ihn ihnen".split())

#: A modal verb as a word of its own.
_MODAL = regex.compile(r"(?<![\p{L}\p{N}-])(?:" + "|".join(sorted(MODALS, key=len, reverse=True))
                       + r")(?![\p{L}\p{N}'’-])")
#: After the modal: at least one word, then the word before the clause's end mark, on one line.
_CLAUSE_TAIL = regex.compile(
    r"(?P<between>(?:[^\S\n]+[^\s,;:.!?()\[\]\"„“”«»–—]+)*?)"
    r"[^\S\n]+(?P<last>\p{Ll}+)(?=[^\S\n]*[,;:.!?)\"“”»«–—])"
)
#: How far after its modal a clause is read (characters): a clause is a line of copy, and the
#: bound keeps the check linear in the text however few marks it has.
REACH = 300
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’-]*")
#: Words that are a preposition, an adverb or a comparison as often as they open a clause.
_CLAUSE_OR_PHRASE = frozenset("während bis seit seitdem als da noch".split())
#: Words after which those open a clause: pronouns and nominative articles ("während der
#: Sitzung", a genitive, reads alike and is left alone too).
_CLAUSE_OPENERS = frozenset("er sie es ich du wir ihr man der die das ein eine kein keine dieser diese dieses".split())
#: Words that join a second verb phrase or clause ("weder ... noch": "weder" suffices).
_CONJUNCTIONS = frozenset("und oder aber sondern denn doch sowie weder bzw beziehungsweise".split())
#: Forms of "werden", which may be the passive's: then the clause ends in a participle.
_WERDEN = frozenset("werde wirst wird werden werdet würde würdest würden würdet".split())
#: Prefixes of participles without "ge-" ("durchschnitten", "übersetzt", "verkauft"); the
#: dictionary lacks some of them as participles and has them only as finite forms.
_PARTICIPLE_PREFIXES = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "durch", "über", "unter", "um",
                        "wider", "hinter", "voll")


@dataclass(frozen=True)
class MissingInfinitive:
    """A clause-final finite verb after a modal, with the infinitive it should be."""

    start: int
    end: int
    modal: str
    replacements: tuple[str, ...]


def missing_infinitives(text: str, lexicon: Lexicon) -> Iterator[MissingInfinitive]:
    """Every clause in ``text`` whose modal is followed by a finite verb form at the clause's end."""
    for modal in _MODAL.finditer(text):
        tail = _CLAUSE_TAIL.match(text, modal.end(), min(len(text), modal.end() + REACH))
        if tail is not None:
            found = _missing_infinitive(modal.group(), tail, lexicon)
            if found is not None:
                yield found


def _opens_a_clause(word: str, following: str) -> bool:
    """True when ``word``, a conjunction or a preposition as it stands ("während", "bis", "seit",
    "als", "noch"), opens a clause or a second phrase here: before a pronoun or a nominative
    article ("während das System", "bis er kommt", "noch es möglich ist"), or "als auch"."""
    word = word.lower()
    if word not in _CLAUSE_OR_PHRASE:
        return False
    if word == "als" and following == "auch":
        return True  # "sowohl … lenken kann als auch … vorlegt"
    return following in _CLAUSE_OPENERS


def _missing_infinitive(modal: str, clause: regex.Match, lexicon: Lexicon) -> MissingInfinitive | None:
    """The finding for one modal's clause (``clause``: the words after it), or None when its
    last word may be right."""
    between = _WORD.findall(clause["between"])
    if not between or any(w.lower() in SUBORDINATORS or w.lower() in _CONJUNCTIONS or w in MODALS
                          for w in between):
        return None
    if any(_opens_a_clause(word, following) for word, following in zip(between, between[1:] + [clause["last"]])):
        return None
    if between[-1].lower() in PRONOUNS_AND_ARTICLES:
        return None
    last = clause["last"]
    if modal in _WERDEN and last.startswith(_PARTICIPLE_PREFIXES) and last.endswith(("t", "en")):
        return None  # a passive: "wird von einer Straße durchschnitten"
    if is_english(last):
        return None  # "check", "time": English words the dictionary has as German imperatives
    reading = lexicon.reading(last)
    # Not a participle either: after a modal it may end one item of a list whose verb comes
    # later ("können nicht abgefangen, blockiert oder ignoriert werden").
    if not reading & VERB_FINITE or reading & ~VERB_FINITE:
        return None  # an infinitive, a participle or another word too: it may be right
    infinitives = lexicon.infinitives(last)
    if not infinitives:
        return None
    return MissingInfinitive(clause.start("last"), clause.end("last"), modal, infinitives)
