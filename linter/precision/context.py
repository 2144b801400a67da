"""Which spelling suggestion fits the sentence: ranking suggestions in context.

LanguageTool's speller ranks its suggestions by the word alone. Many slips are
one key from several words ("warden": waren, werden, worden; "sin": ein, sind,
sie, in), and only the sentence decides: "Die Anwohner sid verärgert" needs a
verb, so "sind". This module ranks them as a noisy channel:

    score = log P(sentence with the suggestion)           (part-of-speech model)
            + FREQUENCY_WEIGHT * log P(suggestion)        (word frequency)
            - SLIP_LOG_ODDS * slip_cost(flagged, suggestion)

The sentence model is HanTa's hidden Markov model (the Hanover Tagger, trained
on the TIGER corpus of German newspaper text): the likelihood of its best tag
sequence for the words around the match. Its emissions are conditional on the
tag, so the word's own frequency (wordfreq) is added back. A typing slip costs
``SLIP_LOG_ODDS`` nats, so a suggestion one slip further away must make the
sentence about 3,000 times likelier to win.

LanguageTool also leaves out words that are plainly meant: "warden" gets
waren, worden, warmen, but often not "werden". Common German words one edit
from the flagged word (:func:`~linter.precision.frequency.common_neighbours`)
join the candidates when the tagger's newspaper text has them; a lower-case
candidate it reads as a noun or a name is left out, since that needs a capital.

Only the order and the list of suggestions change, never whether or how
severely a word is reported. The model (1.2 MB) loads on the first spelling match:
about 0.35 s and 30 MB. HanTa imports numpy (15 MB, 0.1-0.2 s) for one scalar
function, ``logaddexp``; :func:`hanover_tagger_module` loads HanTa's module with the
same function in plain Python instead (tested equal to numpy's), unless numpy is
loaded already.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib
import importlib.util
import math
import pickle
import re
import struct
import sys
import types

from linter.findings import Match
from linter.languagetool.client import MAX_REPLACEMENTS
from linter.languagetool.spelling import is_unknown_word
from linter.languagetool.suggestions import slip_cost
from linter.precision.frequency import FREQUENCY, WordFrequency
from linter.longwords import LONGEST_WORD, is_overlong
from linter.prose import ProseView

#: Log-likelihood (natural log) one typing slip costs: a slip is about 1 in 3,000 keystrokes' worth of evidence.
SLIP_LOG_ODDS = 8.0
#: Weight of the suggestion's own frequency (a Zipf unit is a factor of 10).
FREQUENCY_WEIGHT = 0.5
#: Words on either side of the match the sentence model sees, within its sentence.
WINDOW_WORDS = 10
#: HanTa tags (STTS) a lower-case word cannot have: nouns and names need a capital, and
#: foreign words and non-words are no correction. wordfreq folds case, so "dieter" is Dieter.
NOT_LOWER_CASE_TAGS = frozenset({"NN", "NE", "FM", "XY"})

_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
#: A sentence ends at . ! ? followed by a space or the end, or at a line break.
SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


def tokens(text: str) -> list[str]:
    """Words and punctuation marks of ``text``, in the way the tagger expects them."""
    return _TOKEN.findall(text)


#: How far the window looks for its words on either side: WINDOW_WORDS of the longest words
#: (:data:`~linter.longwords.LONGEST_WORD`) with a space each. Looking no farther keeps
#: the cost per match constant, however long the text or the sentence.
WINDOW_REACH = WINDOW_WORDS * (LONGEST_WORD + 1)


def sentence_window(text: str, offset: int, length: int) -> tuple[list[str], list[str]]:
    """The tokens before and after a span, within its sentence and at most WINDOW_WORDS each."""
    reach_start = max(0, offset - WINDOW_REACH)
    start = reach_start
    for end in SENTENCE_END.finditer(text, reach_start, offset):
        start = end.end()
    reach_stop = min(len(text), offset + length + WINDOW_REACH)
    following = SENTENCE_END.search(text, offset + length, reach_stop)
    stop = following.end() if following else reach_stop
    before = tokens(text[start:offset])
    if start == reach_start > 0 and text[start - 1].isalnum() and before:
        before = before[1:]  # the reach cut a word in two; its tail is no word
    return before[-WINDOW_WORDS:], tokens(text[offset + length:stop])[:WINDOW_WORDS]


#: A Viterbi row (state -> score) and how many words it has read: see SentenceModel.prefix.
Prefix = tuple[dict, int]


class SentenceModel:
    """Log-likelihood of a word sequence under HanTa's part-of-speech model of German."""

    def __init__(self) -> None:
        HanoverTagger = hanover_tagger_module()  # deferred: the model costs 0.25 s to load
        self._module = HanoverTagger
        self._tagger = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")

    def log_likelihood(self, words: list[str], prefix: "Prefix | None" = None) -> float:
        """Natural log of the likeliest tag sequence's probability for ``words``.

        HanTa's Viterbi search (``tag_sent``) returns the tags only; this is the
        same search, keeping its score. Like HanTa, the first word is read
        without case (a sentence start is capitalised anyway) and the beam keeps
        the five best states. ``prefix`` (from :meth:`prefix`) stands for words
        read before ``words``: the candidates of one match share the words before
        it, and reading those once halves the cost of ranking them.
        """
        row, position = prefix if prefix is not None else self.prefix([])
        row = self._advance(row, words, position)
        if not row:
            return -math.inf
        end = self._module.END
        return max(score + self._tagger.LP_trans_word[state].get(end, -math.inf) for state, score in row.items())

    def prefix(self, words: list[str]) -> "Prefix":
        """The search after reading ``words``, to continue with several different words."""
        h = self._module
        return self._advance({(h.EMPTY, h.START): 0.0}, words, 0), len(words)

    def _advance(self, row: dict, words: list[str], start: int) -> dict:
        """The Viterbi row after reading ``words`` from ``row`` (``start``: their position in the
        sentence); empty when no tag sequence can read them."""
        h, tagger = self._module, self._tagger
        for position, word in enumerate(words, start):
            if not row:
                return row
            emissions = self._emissions(word, position > 0)
            unknown = not emissions or set(emissions) == {h.UNKNOWN}
            bound = sorted(row.values(), reverse=True)[5] - 1 if len(row) > 5 else -math.inf
            following: dict[tuple[int, int], float] = {}
            for state, score in row.items():
                if score < bound:
                    continue
                for tag, transition in tagger.LP_trans_word[state].items():
                    if tag == h.END or (not unknown and tag not in emissions):
                        continue
                    candidate = score + transition + (0.0 if unknown else emissions[tag])
                    key = (state[1], tag)
                    if candidate > following.get(key, -math.inf):
                        following[key] = candidate
            row = following
        return row

    @functools.lru_cache(maxsize=65536)
    def _emissions(self, word: str, case_sensitive: bool) -> dict[int, float]:
        """HanTa's tag scores for one word (do not change the result: it is shared).

        HanTa caches only the words of its training text; analysing any other word
        (a name, a slip) is its costliest step, and every candidate's sentence repeats
        the same neighbours.
        """
        if is_overlong(word):
            return {}  # unknown: analysing it costs the square of its length (linter.longwords)
        return dict(self._tagger._tag_word(word, cutoff=5, casesensitive=case_sensitive, conditional=True))

    def knows_in_lower_case(self, word: str) -> bool:
        """True when the tagger's newspaper text has ``word`` and it reads best as a lower-case word
        (not a noun, a name, a foreign word or a non-word)."""
        if not self.knows(word):
            return False
        tag = self.likeliest_tag(word)
        return bool(tag) and tag not in NOT_LOWER_CASE_TAGS

    def likeliest_tag(self, word: str) -> str:
        """The STTS tag HanTa finds likeliest for ``word`` in lower case ("" when it has none)."""
        if is_overlong(word):
            return ""  # no tagger knows it, and analysing it costs the square of its length
        tags = self._tagger.tag_word(word.lower())
        return tags[0][0] if tags else ""

    def knows(self, word: str) -> bool:
        """True when the tagger's newspaper text has ``word`` in any case."""
        return word.lower() in self._tagger.cache


_NUMPY_IMPORT = "from numpy import logaddexp\n"


def logaddexp(x: float, y: float) -> float:
    """log(exp(x) + exp(y)) without overflow: numpy's scalar ``npy_logaddexp``, step for step."""
    if x == y:
        return x + math.log(2.0)  # also -inf + -inf, and inf + inf
    difference = x - y
    if difference > 0:
        return x + math.log1p(math.exp(-difference))
    if difference <= 0:
        return y + math.log1p(math.exp(difference))
    return difference  # NaN


@functools.lru_cache(maxsize=1)
def hanover_tagger_module() -> types.ModuleType:
    """HanTa's tagger module, loaded with :func:`logaddexp` instead of numpy's when numpy is not loaded yet.

    The module is compiled from HanTa's own source with its one numpy import replaced,
    and kept out of ``sys.modules``, so nothing else sees the change. If the source
    is not as expected (another HanTa version), HanTa is imported as it is.
    """
    spec = importlib.util.find_spec("HanTa.HanoverTagger")
    source = spec.loader.get_source(spec.name) if spec and spec.loader else None
    if "numpy" in sys.modules or not source or source.count(_NUMPY_IMPORT) != 1:
        return importlib.import_module("HanTa.HanoverTagger")
    module = types.ModuleType(spec.name)
    module.__file__ = spec.origin  # HanTa finds its model files beside its module
    module.logaddexp = logaddexp
    exec(compile(source.replace(_NUMPY_IMPORT, "\n"), spec.origin, "exec"), module.__dict__)
    module.pickle = types.SimpleNamespace(load=load_model, dump=pickle.dump)  # this copy's pickle only
    return module


def load_model(file) -> object:
    """Unpickle a HanTa model without numpy: its few numpy float64 values become equal Python floats."""
    return _ModelUnpickler(file).load()


class _NumpyDtype:
    """Stands in for the ``numpy.dtype`` a pickled numpy scalar names: only its code and byte order."""

    def __init__(self, code: str, align: bool = False, copy: bool = False) -> None:
        self.code, self.byte_order = code, "<"

    def __setstate__(self, state: tuple) -> None:
        self.byte_order = state[1]


def _numpy_scalar(dtype: _NumpyDtype, data: bytes) -> float:
    """A pickled numpy float64 as the Python float with the same bits."""
    if dtype.code != "f8" or len(data) != 8:
        raise pickle.UnpicklingError(f"HanTa model holds a numpy {dtype.code} value, not float64")
    return struct.unpack(("<" if dtype.byte_order in "<=|" else ">") + "d", data)[0]


class _ModelUnpickler(pickle.Unpickler):
    """Reads numpy float64 scalars as floats; any other numpy object is refused."""

    def find_class(self, module: str, name: str):
        if module in ("numpy.core.multiarray", "numpy._core.multiarray") and name == "scalar":
            return _numpy_scalar
        if module == "numpy" and name == "dtype":
            return _NumpyDtype
        if module.split(".")[0] == "numpy":
            raise pickle.UnpicklingError(f"HanTa model holds {module}.{name}")
        return super().find_class(module, name)


@functools.lru_cache(maxsize=1)
def sentence_model() -> SentenceModel:
    """The shared sentence model, loaded on first use."""
    return SentenceModel()


def candidates(flagged: str, replacements: tuple[str, ...], model: SentenceModel,
               freq: WordFrequency = FREQUENCY) -> list[str]:
    """LanguageTool's suggestions, then common words one edit away that it left out.

    An added word must occur in the tagger's newspaper text, and a lower-case one must
    read as a lower-case word there ("sin" gains "sind", not "sir" or "son"). In a
    flagged pair of words, either word may be the slip.
    """
    found = list(replacements)
    for word in _mended(flagged, model, freq):
        if word not in found:
            found.append(word)
    return found


def _mended(flagged: str, model: SentenceModel, freq: WordFrequency) -> list[str]:
    """The flagged text with one word replaced by a common neighbour the tagger knows.

    LanguageTool flags a pair of words when moving the space mends it ("Schaden
    sin" -> "Schadens in"); the slip may as well be in either word ("sind").
    """
    words = flagged.split(" ")
    if len(words) > 2:
        return []
    mended = []
    for position, word in enumerate(words):
        for neighbour in freq.common_neighbours(word):
            if model.knows_in_lower_case(neighbour) if neighbour[:1].islower() else model.knows(neighbour):
                mended.append(" ".join(words[:position] + [neighbour] + words[position + 1:]))
    return mended


def rank_in_context(flagged: str, replacements: tuple[str, ...], before: list[str], after: list[str],
                    model: SentenceModel | None = None, freq: WordFrequency = FREQUENCY) -> list[str]:
    """Suggestions for ``flagged`` best first, given the words before and after it."""
    model = model or sentence_model()
    found = candidates(flagged, replacements, model, freq)
    if len(found) < 2:
        return found

    read_before = model.prefix(before)

    def score(index: int) -> tuple[float, int]:
        word = found[index]
        fit = model.log_likelihood(tokens(word) + after, read_before)
        prior = FREQUENCY_WEIGHT * math.log(10) * freq.phrase_zipf(word)
        return (fit + prior - SLIP_LOG_ODDS * slip_cost(flagged, word), -index)

    return [found[i] for i in sorted(range(len(found)), key=score, reverse=True)]


class ContextRanking:
    """Engine adjuster: reorders a spelling match's suggestions by how well each fits its sentence."""

    def __init__(self, freq: WordFrequency = FREQUENCY) -> None:
        self.freq = freq

    def __call__(self, match: Match, view: ProseView) -> Match:
        if not is_unknown_word(match):
            return match  # a real-word rule's suggestions are its authors' choice for the sentence
        flagged = view.text[match.offset:match.offset + match.length]
        if not flagged.strip() or is_overlong(flagged):
            return match  # a word no dictionary holds has no better-fitting spelling to find
        before, after = sentence_window(view.text, match.offset, match.length)
        ranked = rank_in_context(flagged, match.replacements, before, after, freq=self.freq)
        if not ranked:
            return match
        return dataclasses.replace(match, replacements=tuple(ranked[:MAX_REPLACEMENTS]))
