"""The quick fixes newslint offers on its diagnostics.

For each newslint diagnostic under the cursor:

* one fix per replacement the finding suggests (the first one preferred);
* for a spelling finding the house vocabulary can overrule: put the word on
  the project's accept list (a command, run by the server, which writes the
  list and re-checks every open document);
* switch the rule off for the next line (a ``newslint-disable-next-line``
  comment, placed by :mod:`linter.lsp.suppress`).

A diagnostic whose text no longer matches the document (the editor sent an old
one) gets no actions: an edit on the wrong text would be worse than none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lsprotocol import types

from linter.lsp.diagnostics import SOURCE
from linter.lsp.positions import PositionMap
from linter.lsp.suppress import suppression

if TYPE_CHECKING:
    from linter.lsp.server import Snapshot

ACCEPT_COMMAND = "newslint.acceptWord"


def code_actions(snapshot: "Snapshot", diagnostics: list[types.Diagnostic], fmt: str,
                 accept_list: str) -> list[types.CodeAction]:
    """Every action for the newslint diagnostics among ``diagnostics``."""
    positions = PositionMap(snapshot.text, snapshot.encoding)
    actions: list[types.CodeAction] = []
    for diagnostic in diagnostics:
        data = diagnostic.data if isinstance(diagnostic.data, dict) else None
        if diagnostic.source != SOURCE or data is None or "rule" not in data:
            continue
        start, end = positions.offset(diagnostic.range.start), positions.offset(diagnostic.range.end)
        if snapshot.text[start:end] != data.get("text"):
            continue
        actions.extend(replacement_actions(snapshot.uri, diagnostic, data))
        if data.get("spelling"):
            actions.append(accept_action(snapshot.uri, diagnostic, data["text"], accept_list))
        suppress = suppress_action(snapshot, positions, diagnostic, fmt, start, data["rule"])
        if suppress is not None:
            actions.append(suppress)
    return actions


def replacement_actions(uri: str, diagnostic: types.Diagnostic, data: dict) -> list[types.CodeAction]:
    """One quick fix per suggested replacement."""
    actions = []
    for index, replacement in enumerate(data.get("replacements") or []):
        title = f"Ersetzen durch „{replacement}“" if replacement else f"„{data['text']}“ löschen"
        edit = types.WorkspaceEdit(changes={uri: [types.TextEdit(range=diagnostic.range, new_text=replacement)]})
        actions.append(types.CodeAction(title=title, kind=types.CodeActionKind.QuickFix,
                                        diagnostics=[diagnostic], edit=edit, is_preferred=index == 0))
    return actions


def accept_action(uri: str, diagnostic: types.Diagnostic, word: str, accept_list: str) -> types.CodeAction:
    """Put ``word`` on the accept list (run by the server: it writes files outside the document)."""
    title = f"„{word.strip()}“ in die Liste akzeptierter Wörter aufnehmen ({accept_list})"
    return types.CodeAction(title=title, kind=types.CodeActionKind.QuickFix, diagnostics=[diagnostic],
                            command=types.Command(title=title, command=ACCEPT_COMMAND, arguments=[uri, word]))


def suppress_action(snapshot: "Snapshot", positions: PositionMap, diagnostic: types.Diagnostic, fmt: str,
                    offset: int, rule: str) -> types.CodeAction | None:
    """Switch ``rule`` off for the line the finding starts on."""
    insertion = suppression(snapshot.text, fmt, offset, rule)
    if insertion is None:
        return None
    at = positions.position(insertion.offset)
    edit = types.TextEdit(range=types.Range(start=at, end=at), new_text=insertion.text)
    return types.CodeAction(title=f"Regel {rule} für diese Zeile abschalten (newslint-disable-next-line)",
                            kind=types.CodeActionKind.QuickFix, diagnostics=[diagnostic],
                            edit=types.WorkspaceEdit(changes={snapshot.uri: [edit]}))
