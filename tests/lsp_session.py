"""A real LSP client (pytest-lsp) driving ``newslint lsp`` as a subprocess, for the language server tests."""

from __future__ import annotations

import asyncio
import contextlib
import sys
import time
from pathlib import Path
from typing import Union

from lsprotocol import types
from pygls.uris import from_fs_path
from pytest_lsp import LanguageClient, client_capabilities
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES
from pygls.protocol import default_converter

SERVER = [sys.executable, "-m", "linter", "lsp"]
TIMEOUT = 60.0  # seconds; a first check builds the engine (and may start LanguageTool)


class RecordingClient(LanguageClient):
    """The pytest-lsp client, also keeping every publishDiagnostics notification in order."""

    published: list[types.PublishDiagnosticsParams]


def converter():
    """lsprotocol's converter, except that a code action with a command stays a CodeAction.

    lsprotocol reads every ``Command | CodeAction`` that has a ``command`` key as
    a Command; but a CodeAction may carry a command too (an object, where a
    Command's ``command`` is the command's name), as newslint's accept action does.
    """
    base = default_converter()

    def command_or_action(obj, _):
        is_command = isinstance(obj.get("command"), str)
        return base.structure(obj, types.Command if is_command else types.CodeAction)

    base.register_structure_hook(Union[types.Command, types.CodeAction], command_or_action)
    return base


def make_client() -> RecordingClient:
    client = RecordingClient(converter_factory=converter)
    client.published = []
    for method, handler in DEFAULT_CLIENT_FEATURES.items():
        if method != types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS:
            client.feature(method)(handler)

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def publish(ls: RecordingClient, params: types.PublishDiagnosticsParams) -> None:
        ls.published.append(params)
        ls.diagnostics[params.uri] = params.diagnostics

    @client.feature(types.WORKSPACE_APPLY_EDIT)
    def apply_edit(ls: RecordingClient, params: types.ApplyWorkspaceEditParams):
        return types.ApplyWorkspaceEditResult(applied=False)

    return client


@contextlib.asynccontextmanager
async def lsp_session(workspace: Path, *args: str, capabilities: str = "visual-studio-code"):
    """A started and initialised client for ``newslint lsp ARGS`` with ``workspace`` as root and cwd."""
    client = make_client()
    await client.start_io(*SERVER, *args, cwd=str(workspace))
    try:
        root = from_fs_path(str(workspace))
        await client.initialize_session(types.InitializeParams(
            capabilities=client_capabilities(capabilities), root_uri=root,
            workspace_folders=[types.WorkspaceFolder(uri=root, name=workspace.name)]))
        yield client
        await asyncio.wait_for(client.shutdown_session(), TIMEOUT)
    finally:
        server = client._server
        if server is not None and server.returncode is None:
            server.terminate()  # a failed test must fail, not wait for a server that was never told to exit
        await asyncio.wait_for(client.stop(), TIMEOUT)


def uri_of(path: Path) -> str:
    return from_fs_path(str(path))


def open_document(client: LanguageClient, path: Path, text: str, language_id: str = "plaintext",
                  version: int = 1) -> str:
    """Send didOpen for ``path`` (which need not exist on disk) and return its URI."""
    uri = uri_of(path)
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id=language_id, version=version, text=text)))
    return uri


def change_document(client: LanguageClient, uri: str, text: str, version: int) -> None:
    """Send a full-text didChange."""
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))


async def published_for(client: RecordingClient, uri: str, version: int | None = None, after: int = 0,
                        timeout: float = TIMEOUT) -> types.PublishDiagnosticsParams:
    """The first diagnostics for ``uri`` (of ``version``, if given) among those published after index ``after``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for params in client.published[after:]:
            if params.uri == uri and (version is None or params.version == version):
                return params
        await asyncio.sleep(0.02)
    seen = [(p.uri, p.version, len(p.diagnostics)) for p in client.published]
    raise AssertionError(f"no diagnostics for {uri} version {version} within {timeout}s; published: {seen}")


def utf16_position(text: str, offset: int) -> types.Position:
    """The LSP position of a code-point offset, computed independently of the server (UTF-16, LSP line ends)."""
    before = text[:offset].replace("\r\n", "\n").replace("\r", "\n")
    line = before.count("\n")
    column = before.rsplit("\n", 1)[-1]
    return types.Position(line=line, character=len(column.encode("utf-16-le")) // 2)
