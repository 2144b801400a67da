"""Foreign passages and technical strings against the real LanguageTool: LanguageTool flags them,
newslint drops those findings, and a typo in the German sentence beside them stays an error."""

from __future__ import annotations

import json

import pytest

ARTICLE = (
    "Der Präsident schrieb auf X: We are monitoring the situation closely and remain hopeful.\n\n"
    "Macron sagte: „Nous sommes prêts à discuter avec nos partenaires.“ Eine Einigung sei jeoch noch fern.\n\n"
    "Im Refrain heißt es „Siamo tutti sulla stessa barca“, das Publikum sang begeistert mit.\n\n"
    "Das Land darf night mehr zahlen, sagte der Minister.\n\n"
    "Die Datei liegt unter C:\\Windows\\System32\\drivers\\etc\\hosts, sagte der Techniker.\n\n"
    "Unter /usr/lib/python3 und ~/Downloads/Steuerbescheid.pdf fand er nichts, jeoch einen Hinweis.\n\n"
    "Die Funktionen getElementById und user_id sowie os.path.join kamen im Kurs vor.\n\n"
    "Auf @tagesschau lief #FridaysForFuture, das Update v2.3.1 für den A320neo kam später.\n"
)

#: Words LanguageTool alone flags in the foreign passages and technical strings.
FOREIGN = ["monitoring", "prêts", "partenaires", "sulla", "barca"]
TECHNICAL = ["drivers", "hosts", "usr", "python", "getElementById", "user", "os.path.join", "neo"]  # "neo" of A320neo
#: Slips in the German copy beside them: they stay errors.
SLIPS = ["jeoch", "night"]


def _flagged(url: str, tmp_path, ablate: str = "") -> dict[str, str]:
    from typer.testing import CliRunner

    from linter.cli import app

    path = tmp_path / "artikel.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "--no-cache", "--format", "json", "--languagetool-url", url, str(path)],
                                env={"NEWSLINT_ABLATE": ablate}, catch_exceptions=False)
    [report] = json.loads(result.stdout)["files"]
    flagged: dict[str, str] = {}
    for finding in report["findings"]:
        if finding["source"] == "languagetool":
            flagged.setdefault(finding["text"], finding["severity"])
    return flagged


@pytest.fixture(scope="module")
def newslint(languagetool_url, tmp_path_factory) -> dict[str, str]:
    return _flagged(languagetool_url, tmp_path_factory.mktemp("on"))


@pytest.fixture(scope="module")
def without_the_means(languagetool_url, tmp_path_factory) -> dict[str, str]:
    return _flagged(languagetool_url, tmp_path_factory.mktemp("off"), ablate="foreign,technical")


@pytest.mark.languagetool
def test_languagetool_flags_the_passages_and_strings_without_the_means(without_the_means):
    for word in FOREIGN + TECHNICAL:
        assert any(word in text for text in without_the_means), (word, without_the_means)


@pytest.mark.languagetool
@pytest.mark.parametrize("word", FOREIGN + TECHNICAL)
def test_no_finding_in_a_foreign_passage_or_a_technical_string(newslint, word):
    assert not any(word in text for text in newslint), newslint


@pytest.mark.languagetool
@pytest.mark.parametrize("word", SLIPS)
def test_a_slip_in_the_german_sentence_beside_them_stays_an_error(newslint, word):
    assert newslint.get(word) == "error", newslint
