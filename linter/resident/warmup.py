"""What the resident engine loads before it serves: every module a check imports and the data it reads.

A check loads most of its data on first use: the frequency lists when a
spelling match is weighed, the sentence model when a typo's suggestions are
ranked, the first names when a capitalised word might be a name. So the
engine checks a short text of its own through the whole pipeline: the house
rules, and LanguageTool's matches from an answer written below (the engine
does not start or ask a LanguageTool server: a command may use another one,
or none), then writes the report in every format and plans its fixes.
Nothing of the user's (configuration, rule files, word lists) is loaded
here: each command reads its own, so a changed file is seen at once. What is
loaded is derived from the installation alone, which the engine's
fingerprint covers (:mod:`.fingerprint`).
"""

from __future__ import annotations

import io

from linter.document import Document

#: A news sentence with a typo, a compound slip, a name LanguageTool does not know and a stray space.
WARM_UP_TEXT = ("Kremlsprecher Dmitri Peskow sagte am Montag , die Duchschnittsgeschwindigkeit "
                "der Züge sei jeoch gestiegen.\n")

#: LanguageTool's matches for it: (flagged text, rule id, category id, issue type, suggestions).
WARM_UP_MATCHES = (
    ("Peskow", "GERMAN_SPELLER_RULE", "TYPOS", "misspelling", ("Pesko", "Peskows")),
    (" ,", "COMMA_PARENTHESIS_WHITESPACE", "TYPOGRAPHY", "whitespace", (",",)),
    ("Duchschnittsgeschwindigkeit", "GERMAN_SPELLER_RULE", "TYPOS", "misspelling",
     ("Durchschnittsgeschwindigkeit",)),
    ("jeoch", "GERMAN_SPELLER_RULE", "TYPOS", "misspelling", ("jedoch", "Joch", "je och")),
)


def warm_up_answer(text: str = WARM_UP_TEXT) -> dict:
    """A ``POST /v2/check`` answer for ``text`` with those matches above it contains, shaped as LanguageTool's."""
    matches = []
    for flagged, rule, category, issue, suggestions in WARM_UP_MATCHES:
        offset = text.find(flagged)
        if offset < 0:  # a round of fixes mended it
            continue
        matches.append({
            "message": "Möglicher Tippfehler gefunden.", "shortMessage": "",
            "replacements": [{"value": value} for value in suggestions],
            "offset": offset, "length": len(flagged),
            "context": {"text": text, "offset": offset, "length": len(flagged)},
            "sentence": text.strip(), "type": {"typeName": "Other"},
            "rule": {"id": rule, "description": rule, "issueType": issue,
                     "category": {"id": category, "name": category}},
        })
    return {"matches": matches}


class AnsweredLanguageTool:
    """A LanguageTool checker that answers every text with :func:`warm_up_answer`, through the real client's mapping."""

    def __init__(self, language: str) -> None:
        from linter.languagetool.client import LanguageToolClient

        self.client = LanguageToolClient("http://127.0.0.1:9/warm-up", language)  # never contacted

    def check(self, text: str):
        return self.client.matches_of(warm_up_answer(text), text)


def warm() -> None:
    """Import and load what ``check`` and ``fix`` need, by running them once on :data:`WARM_UP_TEXT`."""
    import filelock  # noqa: F401 - taken by the lookup of newslint's own LanguageTool server

    import linter.cli  # typer, the configuration's modules, the option types
    from linter.cached import CachedEngine  # noqa: F401
    from linter.fixing.run import fix_document
    from linter.languagetool import client, server  # noqa: F401 - the server lookup of every check
    from linter.reporters import FORMATS, write_report
    from linter.request import CheckRequest
    from linter.runner import RunContext  # noqa: F401
    from linter.wiring import build_engine

    linter.cli.click_command()
    client.warm_reader()
    # The result cache's key reads every file of the installation (a tenth of a second); the engine's own
    # fingerprint changes whenever one of them does, so the digest stays true for the engine's life.
    from linter.cachekey import installation_fingerprint

    installation_fingerprint()
    engine = build_engine(CheckRequest(paths=[], use_languagetool=False, quiet=True), lambda _: None)
    engine.languagetool = AnsweredLanguageTool
    engine.warm()
    document = Document(path="warm-up.txt", text=WARM_UP_TEXT)
    report = engine.check(document, "de-DE")
    for fmt in FORMATS:
        write_report(fmt, [report], io.StringIO())
    fix_document(engine, document, "de-DE", None, False)
    markdown = Document(path="warm-up.md", text="# Titel\n\n" + WARM_UP_TEXT)
    engine.check(markdown, "de-DE", "markdown")
