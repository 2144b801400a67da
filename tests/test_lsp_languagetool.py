"""``newslint lsp`` with the real LanguageTool server: spelling diagnostics and the accept list."""

from __future__ import annotations

from pathlib import Path

import pytest
from lsprotocol import types

from linter.precision.wordlists import read_entries
from tests.lsp_session import lsp_session, open_document, published_for

pytestmark = [pytest.mark.asyncio, pytest.mark.languagetool]

SPELLER = "languagetool.GERMAN_SPELLER_RULE"
PLACE = "Er besuchte das Schnitzelfest in Kleinwurzing.\n"
TYPO = "Wir nennen das den Frühschichtwechsl.\n"


def spelling(params: types.PublishDiagnosticsParams) -> list[types.Diagnostic]:
    return [d for d in params.diagnostics if d.code == SPELLER]


async def actions_for(client, uri: str, diagnostic: types.Diagnostic) -> list[types.CodeAction]:
    return await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=diagnostic.range,
        context=types.CodeActionContext(diagnostics=[diagnostic])))


async def test_spelling_diagnostics_offer_each_replacement_the_accept_list_and_a_suppression(
        tmp_path: Path, languagetool_url: str):
    async with lsp_session(tmp_path, "--languagetool-url", languagetool_url) as client:
        uri = open_document(client, tmp_path / "entwurf.txt", TYPO)
        [typo] = spelling(await published_for(client, uri, version=1))
        actions = await actions_for(client, uri, typo)
    assert typo.severity == types.DiagnosticSeverity.Error and typo.source == "newslint"
    start = TYPO.index("Frühschichtwechsl")
    assert (typo.range.start.character, typo.range.end.character) == (start, start + len("Frühschichtwechsl"))
    replacements = typo.data["replacements"]
    assert replacements and "Frühschichtwechsel" in typo.message  # the suggestion is in the message
    fixes = [a for a in actions if a.edit and a.edit.changes[uri][0].new_text in replacements]
    assert [a.edit.changes[uri][0].new_text for a in fixes] == replacements  # one fix per replacement
    assert [a.is_preferred for a in fixes] == [True] + [False] * (len(fixes) - 1)
    [accept] = [a for a in actions if a.command]
    assert accept.command.command == "newslint.acceptWord"
    assert list(accept.command.arguments) == [uri, "Frühschichtwechsl"]
    assert any("newslint-disable-next-line" in a.title for a in actions)


async def test_accepting_a_word_creates_the_list_and_updates_every_open_document(
        tmp_path: Path, languagetool_url: str):
    async with lsp_session(tmp_path, "--languagetool-url", languagetool_url) as client:
        first = open_document(client, tmp_path / "a.txt", PLACE)
        second = open_document(client, tmp_path / "b.md", "# Bericht\n\nEr besuchte das Schnitzelfest in *Kleinwurzing*.\n",
                               language_id="markdown")
        [place] = spelling(await published_for(client, first, version=1))
        assert len(spelling(await published_for(client, second, version=1))) == 1
        [accept] = [a for a in await actions_for(client, first, place) if a.command]
        assert "vocabulary/accept.txt" in accept.title  # where the word will go
        mark = len(client.published)
        await client.workspace_execute_command_async(types.ExecuteCommandParams(
            command=accept.command.command, arguments=accept.command.arguments))
        after_first = await published_for(client, first, after=mark)
        after_second = await published_for(client, second, after=mark)
    assert spelling(after_first) == [] and spelling(after_second) == []  # no restart needed
    accept_list = tmp_path / "vocabulary" / "accept.txt"
    assert read_entries(accept_list) == ["Kleinwurzing"]
    assert (tmp_path / ".newslint.yaml").read_text(encoding="utf-8") == "vocabulary:\n  accept: [vocabulary/accept.txt]\n"
    assert any("Kleinwurzing" in m.message and m.type == types.MessageType.Info for m in client.messages)


async def test_accepting_adds_to_the_configured_list_in_sorted_order(tmp_path: Path, languagetool_url: str):
    (tmp_path / "woerter").mkdir()
    names = tmp_path / "woerter" / "orte.txt"
    names.write_text("# Orte der Region\nAltwurzing\nOberwurzing\n", encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("vocabulary:\n  accept: [woerter/orte.txt]\n", encoding="utf-8")
    async with lsp_session(tmp_path, "--languagetool-url", languagetool_url) as client:
        uri = open_document(client, tmp_path / "a.txt", PLACE)
        [place] = spelling(await published_for(client, uri, version=1))
        [accept] = [a for a in await actions_for(client, uri, place) if a.command]
        assert "orte.txt" in accept.title
        mark = len(client.published)
        await client.workspace_execute_command_async(types.ExecuteCommandParams(
            command=accept.command.command, arguments=accept.command.arguments))
        assert spelling(await published_for(client, uri, after=mark)) == []
    assert names.read_text(encoding="utf-8") == "# Orte der Region\nAltwurzing\nKleinwurzing\nOberwurzing\n"
