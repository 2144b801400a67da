"""``newslint lsp`` driven by a real LSP client (pytest-lsp) as a subprocess, house rules only.

The LanguageTool-backed features (spelling findings, the accept list) are in
test_lsp_languagetool.py; the end-to-end test with Neovim in test_lsp_neovim.py.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from lsprotocol import types

from tests.lsp_session import (
    SERVER,
    change_document,
    lsp_session,
    open_document,
    published_for,
    TIMEOUT,
    uri_of,
    utf16_position,
)

pytestmark = pytest.mark.asyncio

STRAY = "typografie.leerzeichen-vor-satzzeichen"
DOUBLED = "tippfehler.doppeltes-wort"
QUOTES = "typografie.gerade-anfuehrungszeichen"
HOUSE_ONLY = ("--no-languagetool",)


def by_rule(params: types.PublishDiagnosticsParams, rule: str) -> list[types.Diagnostic]:
    return [d for d in params.diagnostics if d.code == rule]


def expected_range(text: str, flagged: str, occurrence: int = 0) -> types.Range:
    """The UTF-16 range of the ``occurrence``-th ``flagged`` in ``text``, worked out here, not by the server."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(flagged, start + 1)
    return types.Range(start=utf16_position(text, start), end=utf16_position(text, start + len(flagged)))


async def test_diagnostics_on_open_carry_rule_severity_link_and_german_message(tmp_path: Path):
    (tmp_path / ".newslint.yaml").write_text(f"severity:\n  {STRAY}: error\n  {DOUBLED}: info\n", encoding="utf-8")
    text = 'Er kam , sah und siegte.\nDas ist ist gut.\nEr sagte "Hallo".\n'
    async with lsp_session(tmp_path, *HOUSE_ONLY) as client:
        uri = open_document(client, tmp_path / "entwurf.txt", text)
        params = await published_for(client, uri, version=1)
    [stray], [doubled], [quotes] = by_rule(params, STRAY), by_rule(params, DOUBLED), by_rule(params, QUOTES)
    assert stray.severity == types.DiagnosticSeverity.Error  # from the document's .newslint.yaml
    assert doubled.severity == types.DiagnosticSeverity.Information
    assert quotes.severity == types.DiagnosticSeverity.Warning
    assert {d.source for d in params.diagnostics} == {"newslint"}
    assert stray.code_description.href.startswith("https://www.duden.de/")
    assert quotes.code_description is None  # the rule has no link
    assert stray.message == "Vor „,“ steht im Deutschen kein Leerzeichen. (-> ,)"
    assert "„Hallo“" in quotes.message
    assert stray.range == expected_range(text, " ,")
    assert doubled.range == expected_range(text, " ist", 1)


async def test_ranges_count_utf16_code_units_across_emoji_combining_marks_and_crlf(tmp_path: Path):
    text = "😀😀 Er kam , sah.\r\nCafe\u0301 und Tee , bitte.\r\n\r\nZum 👩\u200d👩\u200d👧 Schluss , danke.\r\n"
    async with lsp_session(tmp_path, *HOUSE_ONLY) as client:
        uri = open_document(client, tmp_path / "emoji.txt", text)
        params = await published_for(client, uri, version=1)
    ranges = [d.range for d in by_rule(params, STRAY)]
    assert ranges == [expected_range(text, " ,", i) for i in range(3)]
    # each emoji counts twice in UTF-16: the first " ," starts at character 4 + 7, not at 2 + 7
    assert ranges[0].start == types.Position(line=0, character=11)
    assert ranges[1].start.line == 1 and ranges[2].start.line == 3  # CR LF is one line break


async def test_change_is_checked_after_the_debounce_and_save_checks_again(tmp_path: Path):
    path = tmp_path / "entwurf.txt"
    async with lsp_session(tmp_path, *HOUSE_ONLY) as client:
        uri = open_document(client, path, "Er kam und sah.\n")
        opened = await published_for(client, uri, version=1)
        assert list(opened.diagnostics) == []
        changed = await edited(client, uri, "Er kam , sah.\n", 2)
        assert [d.code for d in changed.diagnostics] == [STRAY]

        # saving re-reads the configuration that applies: a disabled rule disappears
        (tmp_path / ".newslint.yaml").write_text(f"disable: [{STRAY}]\n", encoding="utf-8")
        client.text_document_did_save(types.DidSaveTextDocumentParams(
            text_document=types.TextDocumentIdentifier(uri=uri_of(tmp_path / ".newslint.yaml"))))
        mark = len(client.published)
        client.text_document_did_save(types.DidSaveTextDocumentParams(
            text_document=types.TextDocumentIdentifier(uri=uri)))
        saved = await published_for(client, uri, version=2, after=mark)
        assert list(saved.diagnostics) == []

        client.text_document_did_close(types.DidCloseTextDocumentParams(
            text_document=types.TextDocumentIdentifier(uri=uri)))
        closed = await published_for(client, uri, after=len(client.published) - 1)
        assert list(closed.diagnostics) == []


async def test_a_burst_of_edits_publishes_only_the_final_version(tmp_path: Path):
    async with lsp_session(tmp_path, *HOUSE_ONLY) as client:
        uri = open_document(client, tmp_path / "entwurf.txt", "Er kam.\n")
        await published_for(client, uri, version=1)
        mark = len(client.published)
        typed = "Er kam , sah , siegte ."
        for version, end in enumerate(range(8, len(typed) + 1), start=2):
            change_document(client, uri, typed[:end] + "\n", version)
            await asyncio.sleep(0.01)  # typing: far quicker than the debounce
        final = version
        params = await published_for(client, uri, version=final, after=mark)
        await asyncio.sleep(1.0)  # a stale check would publish within this time
    assert [p.version for p in client.published[mark:] if p.uri == uri] == [final]
    assert len(by_rule(params, STRAY)) == 3


async def test_a_running_check_of_a_long_document_does_not_block_and_its_stale_result_is_dropped(tmp_path: Path):
    long_text = ("Der Minister sagte am Montag in Berlin , dass die Regierung die Pläne prüfe. " * 10 + "\n\n") * 400
    async with lsp_session(tmp_path, *HOUSE_ONLY, "--debounce", "0") as client:
        warm = open_document(client, tmp_path / "warm.txt", "Er kam.\n")
        await published_for(client, warm, version=1)  # the engine is built; what follows is checking only
        mark = len(client.published)
        uri = open_document(client, tmp_path / "lang.txt", long_text)
        await asyncio.sleep(0.1)  # the long check is running in its worker now
        actions = await asyncio.wait_for(client.text_document_code_action_async(types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=1)),
            context=types.CodeActionContext(diagnostics=[]))), timeout=TIMEOUT)
        assert not dropped(client, uri, 1)  # answered while the check of version 1 still ran
        change_document(client, uri, "Kurz , knapp.\n", version=2)
        params = await published_for(client, uri, version=2, after=mark)
        deadline = time.monotonic() + TIMEOUT
        while not dropped(client, uri, 1) and time.monotonic() < deadline:
            await asyncio.sleep(0.05)  # the check of version 1 runs to its end in its thread
        assert dropped(client, uri, 1)
        await asyncio.sleep(0.2)
    assert list(actions or []) == []
    assert [p.version for p in client.published[mark:] if p.uri == uri] == [2]  # version 1 never published
    assert len(by_rule(params, STRAY)) == 1


def dropped(client, uri: str, version: int) -> bool:
    """Whether the server logged that it dropped the finished check of ``version``."""
    return any(f"version {version} of {uri}" in m.message for m in client.log_messages)


async def test_markdown_and_html_are_checked_in_their_format(tmp_path: Path):
    markdown = "# Titel\n\nEr rief `a , b` laut , dann ging er.\n"
    html = "<p>Er kam , sah.</p>\n<code>a , b</code>\n"
    async with lsp_session(tmp_path, *HOUSE_ONLY) as client:
        md_uri, html_uri = open_markdown_and_html(client, tmp_path, markdown, html)
        untitled = "untitled:Unbenannt-1"
        client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
            uri=untitled, language_id="markdown", version=1, text=markdown)))
        other = open_document(client, tmp_path / "tool.py", "x = 'a , b'\n", language_id="python")
        md = await published_for(client, md_uri, version=1)
        page = await published_for(client, html_uri, version=1)
        unsaved = await published_for(client, untitled, version=1)
        code = await published_for(client, other, version=1)
    assert [d.range for d in md.diagnostics] == [expected_range(markdown, " ,", 1)]  # not in the code span
    assert [d.range for d in unsaved.diagnostics] == [expected_range(markdown, " ,", 1)]  # by language id
    assert [d.range for d in page.diagnostics] == [expected_range(html, " ,")]  # not in <code>
    assert list(code.diagnostics) == []  # not a format newslint checks


async def code_actions(client, uri: str, diagnostic: types.Diagnostic) -> list[types.CodeAction]:
    return await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=diagnostic.range,
        context=types.CodeActionContext(diagnostics=[diagnostic])))


def apply(text: str, edits: list[types.TextEdit]) -> str:
    """Apply text edits the way an editor does (UTF-16 positions), independent of the server's conversion."""
    units = text.encode("utf-16-le")
    starts, position = [], 0  # the UTF-16 unit offset of each line's start
    for line in text.splitlines(keepends=True):
        starts.append(position)
        position += len(line.encode("utf-16-le")) // 2

    def unit(p: types.Position) -> int:
        return (starts[p.line] if p.line < len(starts) else position) + p.character

    for edit in sorted(edits, key=lambda e: unit(e.range.start), reverse=True):
        start, end = unit(edit.range.start) * 2, unit(edit.range.end) * 2
        units = units[:start] + edit.new_text.encode("utf-16-le") + units[end:]
    return units.decode("utf-16-le")


async def edited(client, uri: str, text: str, version: int) -> types.PublishDiagnosticsParams:
    """Send the edited text and wait for its diagnostics."""
    mark = len(client.published)
    change_document(client, uri, text, version)
    return await published_for(client, uri, version=version, after=mark)


def open_markdown_and_html(client, folder: Path, markdown: str, html: str) -> tuple[str, str]:
    """Open ``a.md`` and ``a.html`` with the editor's language ids; their URIs."""
    return (open_document(client, folder / "a.md", markdown, language_id="markdown"),
            open_document(client, folder / "a.html", html, language_id="html"))


async def test_quick_fix_replaces_the_flagged_text_and_suppression_silences_the_next_line(tmp_path: Path):
    text = "Einleitung.\n\n  😀 Er kam , sah.\n"
    async with lsp_session(tmp_path, *HOUSE_ONLY) as client:
        uri = open_document(client, tmp_path / "entwurf.txt", text)
        [diagnostic] = (await published_for(client, uri, version=1)).diagnostics
        actions = await code_actions(client, uri, diagnostic)
        titles = [a.title for a in actions]
        fix, suppress = actions
        assert fix.kind == types.CodeActionKind.QuickFix and fix.is_preferred
        assert "„,“" in fix.title and "newslint-disable-next-line" in suppress.title, titles
        fixed = apply(text, fix.edit.changes[uri])
        assert fixed == "Einleitung.\n\n  😀 Er kam, sah.\n"

        suppressed = apply(text, suppress.edit.changes[uri])
        assert suppressed == f"Einleitung.\n\n  <!-- newslint-disable-next-line {STRAY} -->\n  😀 Er kam , sah.\n"
        assert list((await edited(client, uri, suppressed, 2)).diagnostics) == []


async def test_suppression_keeps_markdown_paragraphs_and_html_indentation(tmp_path: Path):
    markdown = "> Erste Zeile des Zitats\n> und hier , zweite.\n\n- Punkt , eins\n"
    html = "<div>\n    <p>Er kam , sah.</p>\n</div>\n"
    async with lsp_session(tmp_path, *HOUSE_ONLY) as client:
        md_uri, html_uri = open_markdown_and_html(client, tmp_path, markdown, html)
        in_quote, in_list = (await published_for(client, md_uri, version=1)).diagnostics
        [in_div] = (await published_for(client, html_uri, version=1)).diagnostics
        edits = {}
        for name, uri, diagnostic in (("quote", md_uri, in_quote), ("list", md_uri, in_list),
                                      ("div", html_uri, in_div)):
            [suppress] = [a for a in await code_actions(client, uri, diagnostic) if "disable" in a.title]
            edits[name] = suppress.edit.changes[uri]
        comment = f"<!-- newslint-disable-next-line {STRAY} -->"
        # inside a paragraph the comment ends the line before: a comment line would split the paragraph
        assert apply(markdown, edits["quote"]) == f"> Erste Zeile des Zitats {comment}\n> und hier , zweite.\n\n- Punkt , eins\n"
        assert apply(markdown, edits["list"]) == f"> Erste Zeile des Zitats\n> und hier , zweite.\n\n{comment}\n- Punkt , eins\n"
        assert apply(html, edits["div"]) == f"<div>\n    {comment}\n    <p>Er kam , sah.</p>\n</div>\n"
        both = apply(apply(markdown, edits["list"]), edits["quote"])
        assert list((await edited(client, md_uri, both, 2)).diagnostics) == []
        assert list((await edited(client, html_uri, apply(html, edits["div"]), 2)).diagnostics) == []


async def test_house_findings_offer_no_accept_list_action(tmp_path: Path):
    async with lsp_session(tmp_path, *HOUSE_ONLY) as client:
        uri = open_document(client, tmp_path / "entwurf.txt", "Das ist ist gut.\n")
        [diagnostic] = (await published_for(client, uri, version=1)).diagnostics
        actions = await code_actions(client, uri, diagnostic)
    assert [a.command for a in actions] == [None, None]  # delete the word, suppress: the accept list is for spelling
    assert "löschen" in actions[0].title


async def test_a_broken_config_is_shown_on_the_document_and_a_bad_flag_stops_the_server(tmp_path: Path):
    (tmp_path / ".newslint.yaml").write_text("severity: [nicht, so]\n", encoding="utf-8")
    async with lsp_session(tmp_path, *HOUSE_ONLY) as client:
        uri = open_document(client, tmp_path / "entwurf.txt", "Er kam , sah.\n")
        [diagnostic] = (await published_for(client, uri, version=1)).diagnostics
    assert diagnostic.severity == types.DiagnosticSeverity.Error
    assert ".newslint.yaml" in diagnostic.message and "severity" in diagnostic.message

    process = await asyncio.create_subprocess_exec(*SERVER,
                                                   "--language", "fr-FR", stderr=asyncio.subprocess.PIPE,
                                                   stdin=asyncio.subprocess.DEVNULL, cwd=str(tmp_path))
    _, stderr = await asyncio.wait_for(process.communicate(), timeout=60)
    assert process.returncode == 2
    assert b"language" in stderr and b"de-AT" in stderr
