"""The resident engine against the real LanguageTool server: the same report as a command in its own process."""

from __future__ import annotations

import os

import pytest

from resident_support import REPO, last_taken, newslint

SAMPLE = REPO / "fixtures" / "euronews-kim-zug-2023-09.txt"


@pytest.fixture
def engine(tmp_path):
    env = {**os.environ, "NEWSLINT_STATE_DIR": str(tmp_path / "state")}
    assert newslint(["engine", "start"], env, "off").returncode == 0
    yield env
    newslint(["engine", "stop"], env, "off")


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_the_sample_article_through_the_engine_is_reported_as_in_its_own_process(engine, languagetool_url, fmt):
    args = ["check", "--no-cache", "--format", fmt, "--languagetool-url", languagetool_url, str(SAMPLE)]
    here = newslint(args, engine, "off")
    before = last_taken(engine)
    handed = newslint(args, engine, "on")
    assert last_taken(engine) > before, "the engine did not take the command"
    assert (handed.returncode, handed.stdout, handed.stderr) == (here.returncode, here.stdout, here.stderr)
    assert here.returncode == 1  # the sample article has errors to report


def test_a_batch_with_jobs_through_the_engine_is_reported_as_in_its_own_process(engine, languagetool_url, tmp_path):
    texts = {"a.txt": "Der Zug fährt am Montag , wie immer.\n", "b.txt": "Das ist jeoch nicht so.\n",
             "c.md": "# Titel\n\nDie Duchschnittsgeschwindigkeit stieg.\n"}
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    args = ["check", "--no-cache", "--jobs", "2", "--format", "json", "--languagetool-url", languagetool_url,
            *texts]
    here = newslint(args, engine, "off", cwd=tmp_path)
    handed = newslint(args, engine, "on", cwd=tmp_path)
    assert (handed.returncode, handed.stdout, handed.stderr) == (here.returncode, here.stdout, here.stderr)
    assert "jedoch" in here.stdout and "Durchschnittsgeschwindigkeit" in here.stdout
