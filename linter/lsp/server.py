"""The newslint language server (``newslint lsp``): diagnostics and quick fixes in the editor.

Built on pygls 2 and lsprotocol. Documents are synchronised whole (full sync),
so every check sees exactly the editor's text; positions are converted by
:mod:`linter.lsp.positions` in the encoding client and server agreed on.
Which documents are checked, in which format, with which configuration, house
rules and vocabulary is decided as ``newslint check`` decides it for the file
at the document's path (:meth:`CheckService.config_for`); documents without a
file (an unsaved buffer) fall back to the editor's language id and the
configuration of the working directory.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from pathlib import Path

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from linter import __version__
from linter.config import CONFIG_NAMES, Config
from linter.config.discovery import PYPROJECT
from linter.errors import NewslintError
from linter.lsp.actions import ACCEPT_COMMAND, code_actions
from linter.lsp.diagnostics import document_notice, report_diagnostics
from linter.lsp.positions import PositionMap
from linter.lsp.scheduler import CheckScheduler
from linter.markup.formats import format_by_suffix
from linter.precision.accept_list import DEFAULT_ACCEPT_LIST, accept_word
from linter.service import CheckService
from linter.settings import ConfigResolver

logger = logging.getLogger(__name__)

#: The editor language ids newslint checks, for documents whose name does not say the format.
FORMAT_BY_LANGUAGE_ID = {"plaintext": "text", "text": "text", "markdown": "markdown", "html": "html"}
#: Seconds to wait after an edit before checking, so that typing is not checked keystroke by keystroke.
DEFAULT_DEBOUNCE = 0.4


@dataclass(frozen=True)
class Snapshot:
    """One version of an open document, as a check sees it."""

    uri: str
    version: int | None
    text: str
    path: str | None  # None: not a file (an unsaved buffer)
    language_id: str | None
    encoding: str


class NewslintLanguageServer(LanguageServer):
    """A language server around one :class:`CheckService`."""

    def __init__(self, resolver: ConfigResolver | None = None, use_languagetool: bool = True,
                 debounce: float = DEFAULT_DEBOUNCE) -> None:
        super().__init__("newslint", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Full)
        self.debounce = debounce
        self.service = CheckService(resolver, use_languagetool=use_languagetool, notice=self._notice)
        self.checks = CheckScheduler(self._check, self._publish, self._report_error, self._dropped)
        self._loop: asyncio.AbstractEventLoop | None = None

    # -- scheduling (event loop) --------------------------------------------------------------

    def request_check(self, uri: str, delay: float = 0.0) -> None:
        """Check the open document ``uri`` (after ``delay`` seconds), superseding earlier requests."""
        self._loop = asyncio.get_running_loop()
        self.checks.schedule(uri, lambda: self.snapshot(uri), delay)

    def recheck_all(self) -> None:
        """Forget loaded configurations and word lists, then check every open document again."""
        self.service.reload()
        for document in list(self.workspace.text_documents.values()):
            self.request_check(document.uri)

    def snapshot(self, uri: str) -> Snapshot | None:
        """The document as it is now, or None when it is no longer open."""
        document = self.workspace.text_documents.get(uri) or next(
            (d for d in self.workspace.text_documents.values() if d.uri == uri), None)
        if document is None:
            return None
        return Snapshot(uri=document.uri, version=document.version, text=document.source,
                        path=file_path(document.uri), language_id=document.language_id,
                        encoding=self.workspace.position_encoding or types.PositionEncodingKind.Utf16)

    # -- checking (worker thread) -------------------------------------------------------------

    def _check(self, snapshot: Snapshot) -> list[types.Diagnostic]:
        """The diagnostics of one snapshot; configuration errors become a diagnostic, not a crash."""
        try:
            config = self.service.config_for(snapshot.path)
            fmt = document_format(config, snapshot.path, snapshot.language_id)
            if fmt is None or (snapshot.path and not is_checked(config, Path(snapshot.path))):
                return []
            report = self.service.check_text(snapshot.text, filename=snapshot.path, fmt=fmt)
        except NewslintError as exc:
            return [document_notice(f"newslint: {exc}", types.DiagnosticSeverity.Error)]
        return report_diagnostics(report, PositionMap(snapshot.text, snapshot.encoding))

    def _publish(self, snapshot: Snapshot, diagnostics: list[types.Diagnostic]) -> None:
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
            uri=snapshot.uri, version=snapshot.version, diagnostics=diagnostics))

    def clear(self, uri: str) -> None:
        """Withdraw the document's diagnostics (it was closed)."""
        self.checks.cancel(uri)
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    def _dropped(self, snapshot: Snapshot) -> None:
        """Say in the editor's log that a finished check was outdated (and so never published)."""
        self.window_log_message(types.LogMessageParams(type=types.MessageType.Log, message=(
            f"newslint: dropped the check of version {snapshot.version} of {snapshot.uri}: "
            "the document changed while it was checked")))

    def _report_error(self, error: BaseException) -> None:
        """A bug in a check: show it rather than lose it (the next edit checks again)."""
        logger.error("check failed", exc_info=error)
        self.window_show_message(types.ShowMessageParams(
            type=types.MessageType.Error, message=f"newslint: internal error while checking: {error!r}"))

    def _notice(self, text: str) -> None:
        """Notes of the checker (called from worker threads) go to the editor's log."""
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self.window_log_message, types.LogMessageParams(
                type=types.MessageType.Info, message=text))

    # -- the project ---------------------------------------------------------------------------

    def project_root(self, path: str | None) -> Path:
        """Where a new config file goes: the workspace folder holding ``path``, else the root, else its folder."""
        if path is not None:
            target = Path(path).resolve()
            for folder in self.workspace.folders.values():
                root = file_path(folder.uri)
                if root and target.is_relative_to(Path(root).resolve()):
                    return Path(root)
        if self.workspace.root_path:
            return Path(self.workspace.root_path)
        return Path(path).parent if path else Path.cwd()

    def accept(self, uri: str, word: str) -> None:
        """Put ``word`` on the project's accept list and re-check every open document."""
        path = file_path(uri)
        try:
            result = accept_word(self.service.config_for(path), word, self.project_root(path))
        except NewslintError as exc:
            self.window_show_message(types.ShowMessageParams(type=types.MessageType.Error,
                                                             message=f"newslint: {exc}"))
            return
        if result.added:
            message = f"„{result.word}“ steht jetzt auf der Liste akzeptierter Wörter {result.list_path}."
        else:
            message = f"„{result.word}“ stand schon auf der Liste akzeptierter Wörter {result.list_path}."
        if result.config_path:
            message += f" Die Liste ist in {result.config_path} eingetragen."
        self.window_show_message(types.ShowMessageParams(type=types.MessageType.Info, message=message))
        self.recheck_all()

    def is_project_file(self, path: str | None) -> bool:
        """Whether saving ``path`` changes what checks find: a config file or a word list of the project."""
        if path is None:
            return False
        candidate = Path(path)
        if candidate.name in CONFIG_NAMES or candidate.name == PYPROJECT:
            return True
        try:
            config = self.service.config_for(path)
        except NewslintError:
            return False
        lists = config.vocabulary.accept + config.vocabulary.reject
        return any(candidate.resolve() == p.resolve() for p in lists)


def file_path(uri: str) -> str | None:
    """The file system path of a ``file:`` URI, else None."""
    return to_fs_path(uri) if uri.startswith("file:") else None


def document_format(config: Config, path: str | None, language_id: str | None) -> str | None:
    """The format to check a document in, or None when newslint does not check it.

    As on the command line the config's ``formats`` globs come first, then the
    file ending; the editor's language id only decides for names that say nothing.
    """
    if path is not None:
        chosen = config.input_format_for(path) or format_by_suffix(path)
        if chosen:
            return chosen
    return FORMAT_BY_LANGUAGE_ID.get(language_id or "")


def is_checked(config: Config, path: Path) -> bool:
    """Whether ``newslint check`` would check ``path``: included, and not one of the project's word lists."""
    if not config.is_included(path):
        return False
    lists = config.vocabulary.accept + config.vocabulary.reject
    return not any(path.resolve() == p.resolve() for p in lists)


def build_server(resolver: ConfigResolver | None = None, use_languagetool: bool = True,
                 debounce: float = DEFAULT_DEBOUNCE) -> NewslintLanguageServer:
    """The language server with its features registered."""
    server = NewslintLanguageServer(resolver, use_languagetool, debounce)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: NewslintLanguageServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.request_check(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: NewslintLanguageServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.request_check(params.text_document.uri, ls.debounce)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False))
    def did_save(ls: NewslintLanguageServer, params: types.DidSaveTextDocumentParams) -> None:
        if ls.is_project_file(file_path(params.text_document.uri)):
            ls.recheck_all()  # a changed config or word list applies to every document
        else:
            ls.request_check(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: NewslintLanguageServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.clear(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                    types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]))
    def code_action(ls: NewslintLanguageServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        only = params.context.only
        if only and not any(types.CodeActionKind.QuickFix.value.startswith(kind) for kind in only):
            return []
        snapshot = ls.snapshot(params.text_document.uri)
        if snapshot is None:
            return []
        try:
            config = ls.service.config_for(snapshot.path)
        except NewslintError:
            return []
        fmt = document_format(config, snapshot.path, snapshot.language_id) or "text"
        accept_list = config.vocabulary.accept[0].name if config.vocabulary.accept else DEFAULT_ACCEPT_LIST
        return code_actions(snapshot, params.context.diagnostics, fmt, accept_list)

    @server.command(ACCEPT_COMMAND)
    def accept(ls: NewslintLanguageServer, uri: str, word: str) -> None:
        ls.accept(uri, word)

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: NewslintLanguageServer, *args) -> None:
        ls.checks.shutdown()

    return server

