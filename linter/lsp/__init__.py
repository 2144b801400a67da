"""``newslint lsp``: a language server over standard input and output.

* :mod:`.server` registers the LSP features on pygls and decides what to check;
* :mod:`.scheduler` runs checks off the event loop, newest version only;
* :mod:`.positions` converts code-point offsets to LSP positions (UTF-16 units);
* :mod:`.diagnostics` turns findings into diagnostics;
* :mod:`.actions` and :mod:`.suppress` build the quick fixes.

See docs/editors.md for the editor setup.
"""

from __future__ import annotations


def serve(resolver=None, use_languagetool: bool = True, debounce: float | None = None) -> None:
    """Run the language server on standard input and output until the editor ends it."""
    from linter.lsp.server import DEFAULT_DEBOUNCE, build_server

    server = build_server(resolver, use_languagetool, DEFAULT_DEBOUNCE if debounce is None else debounce)
    server.start_io()
