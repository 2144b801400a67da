"""Running ``newslint check`` in-process on some text, with precision means switched off for comparison."""

from __future__ import annotations

import json
from pathlib import Path


def languagetool_severities(languagetool_url: str, path: Path, text: str, ablate: str = "",
                            language: str = "de-AT") -> dict[str, str]:
    """The severity of each LanguageTool finding (by its text) when newslint checks ``text``
    written to ``path``, with the means named in ``ablate`` switched off (NEWSLINT_ABLATE)."""
    from typer.testing import CliRunner

    from linter.cli import app

    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "--language", language, "--format", "json", "--languagetool-url",
                                      languagetool_url, str(path)], env={"NEWSLINT_ABLATE": ablate},
                                catch_exceptions=False)
    [report] = json.loads(result.stdout)["files"]
    return {f["text"]: f["severity"] for f in report["findings"] if f["source"] == "languagetool"}


def severities_with_and_without(languagetool_url: str, folder: Path, text: str, means: str) -> dict[str, dict[str, str]]:
    """:func:`languagetool_severities` of ``text`` twice: with every means ("with") and with
    ``means`` switched off ("without")."""
    return {mode: languagetool_severities(languagetool_url, folder / f"{mode}.txt", text, ablate)
            for mode, ablate in (("with", ""), ("without", means))}
