"""The cached copies of the precision data answer exactly as the libraries do, and survive bad caches."""

from __future__ import annotations

import math
import os
import subprocess
import sys
from pathlib import Path

import pytest
from wordfreq import get_frequency_list, zipf_frequency

from linter.precision import context, datacache, frequency, names

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    """An empty cache directory of its own, with the in-process lookups forgotten before and after."""
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache"))
    _forget()
    yield tmp_path / "cache"
    _forget()


def _forget() -> None:
    for cached in (frequency.frequency_table, frequency.zipf, frequency._common_words, names.first_names):
        cached.cache_clear()


def _list_words(language: str, step: int) -> list[str]:
    """Every ``step``-th word of wordfreq's own list, across all its buckets."""
    words = [word for bucket in get_frequency_list(language, "best") for word in bucket]
    return words[::step]


def _variants(words: list[str]) -> list[str]:
    """The words as written in copy: capitalised, upper case, joined by hyphens and spaces."""
    found = list(words)
    found += [w[:1].upper() + w[1:] for w in words]
    found += [w.upper() for w in words[::7]]
    found += [f"{a}-{b}" for a, b in zip(words[::5], words[1::5])]
    found += [f"{a} {b}" for a, b in zip(words[::9], words[2::9])]
    return found


#: Hand-made: unlisted slips, ß and umlauts, digits, apostrophes, other scripts, odd separators.
HAND_MADE = ["Duchschnittsgeschwindigkeit", "Straße", "STRASSE", "Größe", "Pjöngjang", "Kickl", "G7-Gipfel",
             "2023", "Kim's", "Jong-un", "Sejong-Institut", "war den", "in  der", "-Wort", "Wort-", "Ärger",
             "naïve", "Москва", "Æbleskiver", "Œuvre", "x", "Ab-", "ÄÖÜ", "façade", "Zürich", "über-all"]


def test_german_frequencies_equal_wordfreq(fresh_cache):
    words = _variants(_list_words("de", 211)) + HAND_MADE  # about 7,000 lookups
    assert len(words) > 5000
    assert [frequency._zipf_frequency(w, "de") for w in words] == [zipf_frequency(w, "de") for w in words]
    assert frequency.frequency_table("de") is not None  # answered from the copy, not by the fallback


def test_english_frequencies_equal_wordfreq(fresh_cache):
    words = _variants(_list_words("en", 401)) + HAND_MADE
    assert [frequency._zipf_frequency(w, "en") for w in words] == [zipf_frequency(w, "en") for w in words]


def test_common_words_equal_the_list_buckets(fresh_cache):
    last = round(100 * (9 - frequency.SUGGESTIBLE_ZIPF))
    expected = frozenset(w for bucket in get_frequency_list("de", "best")[:last + 1] for w in bucket)
    assert frequency._common_words() == expected


def test_first_names_equal_gender_guesser(fresh_cache):
    from_cache = names.first_names()
    assert from_cache == names._library_first_names()
    assert "Jörg" in from_cache and len(from_cache) > 50000


def test_a_corrupt_copy_is_rebuilt(fresh_cache):
    path = datacache.table_path("wordfreq", "frequency-de")
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a database" * 100)
    assert frequency._zipf_frequency("jedoch", "de") == zipf_frequency("jedoch", "de")
    assert datacache._open(path, "frequency-de") is not None


def test_a_truncated_copy_is_rebuilt(fresh_cache):
    frequency.frequency_table("de")
    path = datacache.table_path("wordfreq", "frequency-de")
    data = path.read_bytes()
    _forget()
    path.write_bytes(data[: len(data) // 3])
    assert frequency._zipf_frequency("Anwohner", "de") == zipf_frequency("Anwohner", "de")


def test_a_copy_of_another_table_or_format_is_not_used(fresh_cache):
    table = datacache.open_table("wordfreq", "probe", lambda: [("a", 1)])
    path = datacache.table_path("wordfreq", "probe")
    assert table.value("a") == 1 and datacache._open(path, "another") is None
    assert f"-v{datacache.FORMAT}." in path.name
    from importlib import metadata
    assert metadata.version("wordfreq") in path.name  # a new library version gets a copy of its own


def test_an_unwritable_cache_falls_back_to_the_library(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(blocker))
    _forget()
    try:
        assert frequency.frequency_table("de") is None
        assert frequency._zipf_frequency("Anwohner", "de") == zipf_frequency("Anwohner", "de")
        assert names.first_names() == names._library_first_names()
    finally:
        _forget()


BUILDER = """
import sys, time
from linter.precision import datacache
def rows():
    with open(sys.argv[1], "a") as log:
        log.write("built\\n")
    time.sleep(1.0)
    return [(f"w{i}", i) for i in range(1000)]
table = datacache.open_table("filelock", "concurrency-probe", rows)
print(table.value("w999"), len(table.keys()))
"""


def test_concurrent_processes_build_once_and_all_read_the_copy(fresh_cache, tmp_path):
    log = tmp_path / "builds.log"
    env = {**os.environ, "NEWSLINT_CACHE_DIR": str(fresh_cache)}
    procs = [subprocess.Popen([sys.executable, "-c", BUILDER, str(log)], cwd=REPO, env=env,
                              stdout=subprocess.PIPE, text=True) for _ in range(4)]
    outputs = [p.communicate(timeout=120)[0].strip() for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0]
    assert outputs == ["999 1000"] * 4
    assert log.read_text() == "built\n"
    assert not list(fresh_cache.glob("precision/*.tmp"))  # no half-written file left behind


def test_logaddexp_equals_numpy():
    import numpy
    values = [-math.inf, math.inf, 0.0, -0.0, 1e-300, -745.0, -1e-9, 3.5, -3.5, 700.0, -18.5255, -19.9097]
    values += [x / 7.0 for x in range(-200, 200, 3)]
    for x in values:
        for y in values:
            expected = float(numpy.logaddexp(x, y))
            got = context.logaddexp(x, y)
            assert got == expected or (math.isnan(got) and math.isnan(expected)), (x, y)


NUMPY_FREE_MODEL = """
import json, sys
from linter.precision.context import SentenceModel
model = SentenceModel()
known = sorted(model._tagger.cache)
# known words, and unknown ones (HanTa analyses those with logaddexp): made-up endings on known stems
words = known[::10] + [w + "ungsen" for w in known[::50]] + ["Sever", "Pjöngjang", "sid", "warden", "Duchschnitt"]
out = {"numpy": "numpy" in sys.modules,
       "emissions": [sorted(model._emissions(w, i % 2 == 0).items()) for i, w in enumerate(words)],
       "tags": [model.likeliest_tag(w) for w in words],
       "likelihood": [model.log_likelihood(["Die", "Anwohner", w, "verärgert", "."]) for w in words[:300]]}
print(json.dumps(out))
"""


def test_the_numpy_free_tagger_scores_as_hanta_with_numpy():
    import json
    free = json.loads(subprocess.run([sys.executable, "-c", NUMPY_FREE_MODEL], cwd=REPO, check=True,
                                     capture_output=True, text=True).stdout)
    with_numpy = json.loads(subprocess.run([sys.executable, "-c", "import numpy\n" + NUMPY_FREE_MODEL], cwd=REPO,
                                           check=True, capture_output=True, text=True).stdout)
    assert free["numpy"] is False and with_numpy["numpy"] is True
    assert len(free["emissions"]) > 1000
    for key in ("emissions", "tags", "likelihood"):
        assert free[key] == with_numpy[key], key
