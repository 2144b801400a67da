"""The benchmarks' answer cache in front of a real LanguageTool server."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
import requests

_SPEC = importlib.util.spec_from_file_location("ltcache", Path(__file__).parent.parent / "benchmarks" / "ltcache.py")
ltcache = importlib.util.module_from_spec(_SPEC)
sys.modules["ltcache"] = ltcache
_SPEC.loader.exec_module(ltcache)

pytestmark = pytest.mark.languagetool


def _check(url: str, text: str) -> dict:
    response = requests.post(f"{url}/v2/check", data={"text": text, "language": "de-DE"}, timeout=120)
    response.raise_for_status()
    return response.json()


def test_a_repeated_check_is_answered_from_the_file_with_the_same_answer(languagetool_url, tmp_path):
    store = tmp_path / "answers.sqlite"
    with ltcache.AnswerCache(languagetool_url, store) as cache:
        first = _check(cache.url, "Das Land darf jeoch nichts.")
        again = _check(cache.url, "Das Land darf jeoch nichts.")
        other = _check(cache.url, "Das Land darf diekt nichts.")
        assert (cache.hits, cache.misses) == (1, 2)
    assert first == again == _check(languagetool_url, "Das Land darf jeoch nichts.")
    assert other["matches"][0]["context"]["text"].count("diekt") == 1
    with ltcache.AnswerCache(languagetool_url, store) as cache:  # a later run reads the same file
        assert _check(cache.url, "Das Land darf diekt nichts.") == other
        assert (cache.hits, cache.misses) == (1, 0)


def test_other_requests_pass_through(languagetool_url, tmp_path):
    with ltcache.AnswerCache(languagetool_url, tmp_path / "answers.sqlite") as cache:
        response = requests.get(f"{cache.url}/v2/languages", timeout=30)
        assert response.status_code == 200 and any(lang["longCode"] == "de-DE" for lang in response.json())
        assert cache.hits == cache.misses == 0
