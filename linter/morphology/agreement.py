"""Subject and verb that disagree in number at the opening of a sentence: "Die Kinder spielt".

German main clauses put the finite verb second. When a sentence opens with an article,
perhaps an adjective or two, and a noun, and the very next word is a finite verb, that noun
phrase is the subject, unless it is an object put first and the subject follows the verb
("Die Entscheidung trafen die Minister", "Die Kinder liebt er"). So a finding needs three
things, each read from LanguageTool's dictionary (:mod:`linter.morphology.lexicon`):

* the article and the noun fix the phrase's number: "Der Präsident" and "Das Kind" are
  singular, "Die Kinder" plural, "Die Band" singular ("Die" with a feminine noun);
  "Die Lehrer" only plural, since "Lehrer" is masculine;
* the verb has no form in that number: "spielt" is singular only, "haben" plural only; and it
  is no word of another class ("bitte" is a particle too: "Die Mobiltelefone bitte ausschalten!");
* nothing after the verb, up to the end of the clause, can be a subject in the verb's
  number: no pronoun or article that opens one ("er", "die", "ein"), no capitalised word
  outside a prepositional phrase ("Die Kinder liebt Maria"), and, for a plural verb that is
  an infinitive too, no finite verb or "zu" that shows the phrase is an infinitive
  ("Die Regierung stürzen will er nicht"), and no heading or title, which has no end mark
  ("Eine Methode aufrufen", "Ein Zeichen setzen").

A name (proper noun to the dictionary: "Die USA haben", "Die Schweiz hat") or a word the
dictionary lacks is never taken for the subject: its number is unknown.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from linter.morphology.lexicon import NOUN_NOM_SG, VERB_FINITE, Lexicon, Reading

SINGULAR, PLURAL = "Singular", "Plural"

#: Determiners that open a sentence's noun phrase, with the numbers and genders they allow
#: in the nominative: gender readings of the noun for the singular, and whether a plural fits.
DETERMINERS: dict[str, tuple[Reading, bool]] = {
    "Der": (Reading.NOUN_NOM_SG_MAS, False),
    "Dieser": (Reading.NOUN_NOM_SG_MAS, False),
    "Jener": (Reading.NOUN_NOM_SG_MAS, False),
    "Jeder": (Reading.NOUN_NOM_SG_MAS, False),
    "Das": (Reading.NOUN_NOM_SG_NEU, False),
    "Dieses": (Reading.NOUN_NOM_SG_NEU, False),
    "Jedes": (Reading.NOUN_NOM_SG_NEU, False),
    "Ein": (Reading.NOUN_NOM_SG_MAS | Reading.NOUN_NOM_SG_NEU, False),
    "Kein": (Reading.NOUN_NOM_SG_MAS | Reading.NOUN_NOM_SG_NEU, False),
    "Die": (Reading.NOUN_NOM_SG_FEM, True),
    "Diese": (Reading.NOUN_NOM_SG_FEM, True),
    "Jene": (Reading.NOUN_NOM_SG_FEM, True),
    "Eine": (Reading.NOUN_NOM_SG_FEM, False),
    "Jede": (Reading.NOUN_NOM_SG_FEM, False),
    "Keine": (Reading.NOUN_NOM_SG_FEM, True),
}

#: Quantifiers between article and noun that the dictionary has as pronouns ("Die beiden Minister").
QUANTIFIERS = frozenset("beiden meisten vielen wenigen anderen einigen übrigen sämtlichen zahlreichen mehreren "
                        "etlichen".split())

#: Prepositions that open an attribute after the subject's noun ("Die Preise für Strom",
#: "Das Team um Trainer Müller").
ATTRIBUTE_PREPOSITIONS = ("für", "von", "vom", "aus", "in", "im", "mit", "um", "gegen", "über", "zur", "zum",
                          "bei", "beim", "nach", "an", "am", "auf", "unter", "ohne", "zwischen")
_ADJECTIVE = r"\p{Ll}[\p{Ll}-]*e[nrsm]?[^\S\n]"
_NOUN = r"\p{Lu}\p{Ll}[\p{L}-]*"
_ARTICLE = r"(?:der|die|das|dem|den|des|ein|eine|einem|einen|einer|eines)[^\S\n]"

def _noun_phrase(determiners: str) -> str:
    """The pattern of a subject: one of ``determiners``, up to two adjectives, the noun, and
    perhaps an attribute (a genitive or a prepositional phrase), each followed by a space."""
    return (
        r"(?P<determiner>" + determiners + r")[^\S\n]"
        r"(?P<adjectives>(?:" + _ADJECTIVE + r"){0,2})"
        r"(?P<noun>" + _NOUN + r")[^\S\n]"
        r"(?:(?P<genitive>(?:des|der)[^\S\n](?:" + _ADJECTIVE + r"){0,2}(?P<genitive_noun>" + _NOUN + r")[^\S\n])"
        r"|(?P<phrase>(?:" + "|".join(ATTRIBUTE_PREPOSITIONS) + r")[^\S\n](?:" + _ARTICLE + r")?"
        r"(?:" + _ADJECTIVE + r"){0,2}(?P<phrase_noun>(?:" + _NOUN + r"[^\S\n]){1,2})))?"
    )


#: The opening: at the start of the text or a line, after a sentence's end mark, or after an
#: opening quotation mark there; the subject and the next word.
_OPENING = regex.compile(
    r"(?:^|(?<=[.!?][\"“”»«)'’]{0,3}[^\S\n]))[„\"»«‚]?"
    + _noun_phrase("|".join(DETERMINERS)) + r"(?P<verb>\p{Ll}+)(?![\p{L}\p{N}'’-])",
    regex.MULTILINE,
)

#: Conjunctions that open a clause with its finite verb at the end ("dass die Verhandlungen
#: gescheitert sind"); not "als", "da", "während", "seit", which are as often something else.
SUBORDINATING = ("dass", "daß", "weil", "ob", "wenn", "obwohl", "nachdem", "damit", "bevor", "sodass", "falls",
                 "sobald", "solange")
#: A subordinate clause: after a comma or at a sentence's opening, the conjunction and the subject.
_SUBORDINATE = regex.compile(
    r"(?:(?<=,[^\S\n])|(?:^|(?<=[.!?][\"“”»«)'’]{0,3}[^\S\n]))[„\"»«‚]?)"
    r"(?i:" + "|".join(SUBORDINATING) + r")[^\S\n]"
    + _noun_phrase("|".join(d.lower() for d in DETERMINERS)),
    regex.MULTILINE,
)

#: Prepositions that open a sentence's first phrase before the verb ("Im Mai wurde …").
FRONT_PREPOSITIONS = ("Im", "Am", "Zum", "Zur", "Vom", "Beim", "In", "An", "Auf", "Nach", "Vor", "Seit", "Bei", "Mit",
                      "Aus", "Unter", "Gegen", "Ab", "Trotz", "Wegen")
#: A sentence whose first phrase is an adverb or a prepositional phrase, the finite verb second
#: and then the subject: "Gestern spielten das Orchester …", "Im Mai wurde die Kandidaten …".
_INVERTED = regex.compile(
    r"(?:^|(?<=[.!?][\"“”»«)'’]{0,3}[^\S\n]))[„\"»«‚]?"
    r"(?:(?P<adverb>\p{Lu}\p{Ll}+)"
    r"|(?:" + "|".join(FRONT_PREPOSITIONS) + r")[^\S\n]" + r"(?:" + _ARTICLE + r")?(?:" + _ADJECTIVE + r"){0,2}"
    r"(?:" + _NOUN + r"|\p{N}+)(?:[^\S\n](?:" + _NOUN + r"|\p{N}+))?)"
    r"[^\S\n](?P<verb>\p{Ll}+)[^\S\n]"
    + _noun_phrase("|".join(d.lower() for d in DETERMINERS)),
    regex.MULTILINE,
)
#: How far after the verb the rest of its clause is read (characters): a clause is a line of
#: copy, and the bound keeps the check linear in the text however few marks it has.
REACH = 300

#: Where the clause after the verb ends: a mark or a conjunction that opens another clause.
_CLAUSE_END = regex.compile(r"[,;:.!?()\[\]–—\"„“”«»]|\n|\b(?:und|oder|aber|sondern|denn|doch)\b")
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’-]*")

#: Words that can be or open a subject in the singular after the verb.
SINGULAR_SUBJECTS = frozenset(
    "er sie es man ich du wer jemand niemand nichts alles etwas einer eine eines keiner keine keines "
    "der die das dies dieser diese dieses jener jene jenes jeder jede jedes ein kein "
    "mein meine dein deine sein seine ihr ihre unser unsere euer eure".split())
#: Pronouns that can be a subject in the plural after the verb ("Die Kinder lieben sie").
PLURAL_PRONOUNS = frozenset("sie wir ihr alle beide viele einige mehrere manche zahlreiche etliche wenige".split())
#: Determiners that open a plural subject, or a singular one: the noun after them decides
#: ("keine Erfahrung" is singular, "keine Kinder" plural).
PLURAL_DETERMINERS = frozenset("die diese jene keine meine deine seine ihre unsere eure".split())
#: Words that open a sentence as its subject or as no phrase of their own, not as an adverb.
NOT_ADVERBS = frozenset(
    "es man wer was welche welcher welches nichts alles etwas niemand jemand viele alle beide einige manche "
    "und oder aber denn doch sondern wenn weil dass ob als obwohl nachdem damit bevor falls sobald solange "
    "sodass während bis seit da wie wo".split()) | SINGULAR_SUBJECTS | PLURAL_PRONOUNS

#: Articles and possessives that go on a prepositional phrase ("vor das Parlament").
ARTICLES = frozenset(
    "der die das dem den des ein eine einem einen einer eines kein keine keinem keinen keiner keines "
    "mein meine meinem meinen meiner sein seine seinem seinen seiner ihr ihre ihrem ihren ihrer "
    "unser unsere unserem unseren unserer dieser diese dieses diesem diesen jeder jede jedes jedem jeden".split())
#: Words after which a capitalised word is no subject: prepositions (with their contractions)
#: and the dative and accusative articles.
OBLIQUE = frozenset(
    "im am ans aufs beim vom zum zur ins in an auf aus bei mit nach von zu für gegen ohne um durch über "
    "unter vor hinter neben zwischen seit wegen trotz während laut bis ab gemäß innerhalb außerhalb "
    "statt anstatt dank mittels samt nahe entlang gegenüber "
    "dem den einem einen diesem diesen jedem jeden keinem keinen meinem meinen seinem seinen ihrem ihren "
    "unserem unseren".split())


@dataclass(frozen=True)
class Disagreement:
    """A finite verb whose number does not fit the subject before it."""

    start: int  # the verb's span in the text
    end: int
    subject: str  # the noun phrase, as written
    number: str  # the subject's number: SINGULAR or PLURAL
    replacements: tuple[str, ...]  # the verb in the subject's number


def disagreements(text: str, lexicon: Lexicon) -> Iterator[Disagreement]:
    """Every sentence opening, subordinate clause and sentence with its subject after the verb in
    ``text`` whose subject and finite verb disagree in number, in the order of the text."""
    found = [d for d in (_disagreement(text, o, lexicon) for o in _OPENING.finditer(text)) if d]
    found += [d for d in (_in_subordinate_clause(text, c, lexicon) for c in _SUBORDINATE.finditer(text)) if d]
    found += [d for d in (_after_the_verb(text, c, lexicon) for c in _INVERTED.finditer(text)) if d]
    yield from sorted(found, key=lambda d: d.start)


def _after_the_verb(text: str, sentence: regex.Match, lexicon: Lexicon) -> Disagreement | None:
    """The finding for a sentence whose subject follows its verb: an adverb or a prepositional
    phrase first ("Gestern", "Im Mai"), then the verb, then the subject. Left alone: a first word
    that may be the subject itself ("Es freut die Kinder", "Wer kennt die Kinder?"), a subject
    joined to another ("das Orchester und der Chor"), and anything after the subject that can be
    a subject of the verb's number ("Gestern besuchte die Kinder ihre Großmutter")."""
    adverb = sentence["adverb"]
    if adverb is not None and (adverb.lower() in NOT_ADVERBS or lexicon.reading(adverb.lower()) != Reading.OTHER):
        return None
    verb = lexicon.reading(sentence["verb"])
    if not verb & VERB_FINITE or verb & (Reading.OTHER | Reading.ADJECTIVE):
        return None
    verb_numbers = _numbers_of(verb)
    number = _subject_number(sentence, lexicon) if verb_numbers else None
    if number is None or number in verb_numbers:
        return None
    after = text[sentence.end():sentence.end() + REACH]
    if regex.match(r"[^\S\n]*(?:,|und\b|oder\b|sowie\b|wie\b|samt\b|mit\b)", after):
        return None  # another subject joined to this one: "das Orchester und der Chor"
    if _another_subject(_rest_of_clause(text, sentence.end()), PLURAL if number == SINGULAR else SINGULAR, lexicon):
        return None
    if number == SINGULAR and _coordinated_subject(text, sentence.end()):
        return None
    return _finding(text, sentence, sentence.start("verb"), sentence.end("verb"), number, lexicon)


def _subject_number(phrase: regex.Match, lexicon: Lexicon) -> str | None:
    """SINGULAR or PLURAL for the subject ``phrase`` matched (article, adjectives, noun,
    attribute), or None when it cannot be told or the verb may follow the sense."""
    genders, plural_fits = DETERMINERS[phrase["determiner"].capitalize()]
    noun = lexicon.noun_reading(phrase["noun"])
    if not noun & Reading.NOUN or noun & Reading.NAME:
        return None
    numbers = set()
    if noun & NOUN_NOM_SG & genders:
        numbers.add(SINGULAR)
    if plural_fits and noun & Reading.NOUN_NOM_PL:
        numbers.add(PLURAL)
    if len(numbers) != 1:
        return None
    if not all(_adjective_or_quantifier(a, lexicon.reading(a)) for a in phrase["adjectives"].split()):
        return None
    (number,) = numbers
    if not all(a.endswith(_adjective_endings(phrase["determiner"], number)) for a in phrase["adjectives"].split()):
        return None  # "dass das lauter Lügen sind": "lauter" after "das" is no attribute of "Lügen"
    if number == SINGULAR and _plural_attribute(phrase, lexicon):
        return None
    return number


def _adjective_endings(determiner: str, number: str) -> tuple[str, ...]:
    """The endings an adjective has in the nominative after ``determiner`` in ``number``:
    "der neue", "die neuen", "ein neuer", "ein neues", "eine neue"."""
    if number == PLURAL:
        return ("en",)
    if determiner.lower() in ("ein", "kein"):
        return ("er", "es")
    return ("e",)


def _numbers_of(verb: Reading) -> set[str]:
    """The numbers a finite verb form can have in the third person."""
    return {n for n, bit in ((SINGULAR, Reading.VERB_3SG), (PLURAL, Reading.VERB_3PL)) if verb & bit}


def _disagreement(text: str, opening: regex.Match, lexicon: Lexicon) -> Disagreement | None:
    """The finding for one opening, or None when subject and verb agree or cannot be told."""
    verb = lexicon.reading(opening["verb"])
    if verb & Reading.OTHER:
        return None  # a particle or adverb too: "Die Mobiltelefone bitte ausschalten!"
    verb_numbers = _numbers_of(verb)
    number = _subject_number(opening, lexicon) if verb_numbers else None
    if number is None or number in verb_numbers:
        return None
    rest = _rest_of_clause(text, opening.end())
    if _another_subject(rest, PLURAL if number == SINGULAR else SINGULAR, lexicon):
        return None
    if number == SINGULAR and _coordinated_subject(text, opening.end()):
        return None
    if number == SINGULAR and verb & Reading.VERB_INFINITIVE and (
            _infinitive_phrase(rest, lexicon) or _heading(text, opening.end())):
        return None
    return _finding(text, opening, opening.start("verb"), opening.end("verb"), number, lexicon)


def _in_subordinate_clause(text: str, clause: regex.Match, lexicon: Lexicon) -> Disagreement | None:
    """The finding for one subordinate clause: its last word, a finite verb of the other number
    only (no infinitive: "dass die Regierung die Steuern senken" may lack its "will"), and no
    other subject of that number between ("dass die Verhandlungen der Minister leitet")."""
    stop = min(len(text), clause.end() + REACH)
    end = _CLAUSE_END.search(text, clause.end(), stop)
    if end is None or not text[end.start()] in ",;:.!?)“”»«\"":
        return None  # a clause that ends in a conjunction or runs on: no last word to read
    words = list(_WORD.finditer(text, clause.end(), end.start()))
    if not words or not words[-1].group().islower():
        return None
    last, between = words[-1], [w.group() for w in words[:-1]]
    verb = lexicon.reading(last.group())
    if verb & (Reading.OTHER | Reading.VERB_PARTICIPLE | Reading.ADJECTIVE | Reading.NOUN):
        return None
    if verb & Reading.VERB_INFINITIVE and (between[-1:] == ["zu"] or any(
            _finite_verb_only(lexicon.reading(w)) for w in between if w.islower())):
        return None  # an infinitive after its finite verb: "dass die Regierung hätte handeln müssen"
    verb_numbers = _numbers_of(verb)
    number = _subject_number(clause, lexicon) if verb_numbers else None
    if number is None or number in verb_numbers:
        return None
    if number == PLURAL and clause["genitive"] and clause["genitive"].startswith("der") \
            and lexicon.noun_reading(clause["genitive_noun"]) & Reading.NOUN_NOM_SG_MAS:
        return None  # "dass die Verhandlungen der Minister leitet": "der Minister" may be the subject
    if _another_subject(between, PLURAL if number == SINGULAR else SINGULAR, lexicon):
        return None
    return _finding(text, clause, last.start(), last.end(), number, lexicon)


def _finding(text: str, phrase: regex.Match, start: int, end: int, number: str, lexicon: Lexicon) -> Disagreement:
    """The finding on the verb at ``start``-``end``, with its forms in the subject's number."""
    wanted = Reading.VERB_3SG if number == SINGULAR else Reading.VERB_3PL
    verb = text[start:end]
    replacements = tuple(f for f in lexicon.counterparts(verb) if f.islower() and lexicon.reading(f) & wanted)
    subject_end = max(phrase.end("noun"), phrase.end("genitive"), phrase.end("phrase"))
    subject = text[phrase.start("determiner"):subject_end].rstrip()
    return Disagreement(start, end, subject, number, replacements)


def _adjective_or_quantifier(word: str, reading: Reading) -> bool:
    """True for a word between article and noun: an adjective ("neuen", "letzte") or a
    quantifier ("beiden", "meisten"), not a finite verb and not an article or pronoun ("keine
    der Optionen", "der oder die Knoten", "die letzte seiner Sitzungen")."""
    if word in QUANTIFIERS:
        return True
    return bool(reading & Reading.ADJECTIVE) and not reading & VERB_FINITE


def _plural_attribute(opening: regex.Match, lexicon: Lexicon) -> bool:
    """True when a singular noun has an attribute in the plural, where the verb may follow the
    sense ("Die Zahl der Arbeitslosen sind", "Eine Reihe von Abgeordneten stimmten": the Duden
    allows the plural after such a noun)."""
    if opening["genitive_noun"]:
        word = opening["genitive_noun"]
    elif opening["phrase"] and opening["phrase"].split()[0] in ("von", "vom"):
        word = opening["phrase_noun"].split()[-1]
    else:
        return False  # after "um", "für" … the verb agrees with the noun: "Das Team um die Spieler hat"
    reading = lexicon.noun_reading(word)
    return not reading or bool(reading & (Reading.NOUN_PLURAL | Reading.NAME)) or not reading & Reading.NOUN


def _heading(text: str, start: int) -> bool:
    """True when the line goes on from ``start`` without a sentence's end mark: a heading or a
    title, where an infinitive follows its object ("Eine Methode aufrufen", "Ein Zeichen setzen").
    A heading is short: a line that runs on past REACH characters is none."""
    stretch = text[start:start + REACH]
    line = stretch.split("\n", 1)[0]
    return not regex.search(r"[.!?…]", line) and (len(line) < len(stretch) or start + REACH >= len(text))


_COORDINATED = regex.compile(r"(?<![\p{L}-])(?:ich|du|er|sie|es|wir|ihr|\p{Lu}[\p{L}-]*)[^\S\n]+(?:und|oder|sowie)[^\S\n]")


def _coordinated_subject(text: str, start: int) -> bool:
    """True when the sentence goes on from ``start`` with a pronoun or a capitalised word joined
    to another by "und", "oder", "sowie": a subject in the plural may follow the verb ("Dann
    machen die Planung halt ich und Lukas")."""
    stretch = text[start:start + REACH]
    end = regex.search(r"[.!?;]", stretch)
    return bool(_COORDINATED.search(stretch, 0, end.start() if end else len(stretch)))


def _rest_of_clause(text: str, start: int) -> list[str]:
    """The words after the verb up to the end of its clause."""
    stop = min(len(text), start + REACH)
    end = _CLAUSE_END.search(text, start, stop)
    return _WORD.findall(text, start, end.start() if end else stop)


def _another_subject(words: list[str], number: str, lexicon: Lexicon) -> bool:
    """True when one of ``words`` may be a subject in ``number``: a pronoun or article that
    opens one, or a capitalised word outside a prepositional phrase (a figure alone, "1904",
    is none; "300 Mitglieder" has its noun)."""
    oblique = determiner = False
    for word in words:
        lower = word.lower()
        if oblique and word.islower() and (lower in ARTICLES or _adjective_only(lexicon.reading(word))):
            continue  # the phrase goes on: "vor das Parlament", "mit dem neuen Plan"
        if number == SINGULAR and lower in SINGULAR_SUBJECTS or number == PLURAL and lower in PLURAL_PRONOUNS:
            return True
        if lower in OBLIQUE:
            oblique = True
            continue
        oblique = oblique and not word.islower()  # "vor allem die Kinder": the phrase has ended
        if number == PLURAL and lower in PLURAL_DETERMINERS:
            determiner = True
            continue
        if word[0].isupper():
            if not oblique and not _singular_noun_only(word, number, lexicon):
                return True
            oblique = determiner = False
    return determiner  # "die" with no noun after it may be a pronoun: "Die Kinder mögen die"


def _adjective_only(reading: Reading) -> bool:
    """True for an adjective that is no pronoun or other small word ("neuen", not "allem")."""
    return bool(reading & Reading.ADJECTIVE) and not reading & Reading.OTHER


def _singular_noun_only(word: str, number: str, lexicon: Lexicon) -> bool:
    """True when a capitalised ``word`` cannot be a plural subject: a noun the dictionary knows
    in the singular only (for a plural verb; a singular subject may be any noun or name)."""
    if number == SINGULAR:
        return False
    reading = lexicon.reading(word)
    return bool(reading & Reading.NOUN) and not reading & (Reading.NOUN_NOM_PL | Reading.NAME)


def _infinitive_phrase(words: list[str], lexicon: Lexicon) -> bool:
    """True when the clause goes on with "zu" or a finite verb in the singular: then the plural
    form before it is an infinitive ("Die Regierung stürzen will er nicht")."""
    return any(w == "zu" or (w.islower() and _finite_singular_verb_only(lexicon.reading(w))) for w in words)


def _finite_verb_only(reading: Reading) -> bool:
    """True for a finite verb form that is no infinitive, participle or word of another class
    ("hätte", "wird"; not "haben", "gesagt", "eine")."""
    return bool(reading & VERB_FINITE) and not reading & ~VERB_FINITE


def _finite_singular_verb_only(reading: Reading) -> bool:
    """True for a verb form in the third person singular that is no other word ("will", "reicht";
    not "eine", an article and a form of "einen")."""
    return bool(reading & Reading.VERB_3SG) and not reading & (Reading.OTHER | Reading.ADJECTIVE | Reading.NOUN)
