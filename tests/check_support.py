"""Running ``newslint check`` in-process on some text, with precision means switched off for
comparison, and asking LanguageTool alone over its HTTP API."""

from __future__ import annotations

import json
import urllib.parse
import urllib.request
from pathlib import Path


def newslint_findings(languagetool_url: str, path: Path, text: str, ablate: str = "",
                      language: str = "de-AT") -> list[dict]:
    """Every finding of ``newslint check --format json`` on ``text`` written to ``path``, as the JSON
    report gives it, with the means named in ``ablate`` switched off (NEWSLINT_ABLATE)."""
    from typer.testing import CliRunner

    from linter.cli import app

    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "--language", language, "--format", "json", "--languagetool-url",
                                      languagetool_url, str(path)], env={"NEWSLINT_ABLATE": ablate},
                                catch_exceptions=False)
    [report] = json.loads(result.stdout)["files"]
    return report["findings"]


def languagetool_severities(languagetool_url: str, path: Path, text: str, ablate: str = "",
                            language: str = "de-AT") -> dict[str, str]:
    """The severity of each LanguageTool finding (by its text) when newslint checks ``text``
    written to ``path``, with the means named in ``ablate`` switched off (NEWSLINT_ABLATE)."""
    return {f["text"]: f["severity"]
            for f in newslint_findings(languagetool_url, path, text, ablate, language) if f["source"] == "languagetool"}


def languagetool_alone(languagetool_url: str, text: str, language: str = "de-AT") -> list[dict]:
    """LanguageTool's own matches on ``text``, straight from its HTTP API (``/v2/check``), no newslint between."""
    form = urllib.parse.urlencode({"text": text, "language": language}).encode()
    with urllib.request.urlopen(languagetool_url.rstrip("/") + "/v2/check", form, timeout=120) as answer:
        return json.load(answer)["matches"]


def severities_with_and_without(languagetool_url: str, folder: Path, text: str, means: str) -> dict[str, dict[str, str]]:
    """:func:`languagetool_severities` of ``text`` twice: with every means ("with") and with
    ``means`` switched off ("without")."""
    return {mode: languagetool_severities(languagetool_url, folder / f"{mode}.txt", text, ablate)
            for mode, ablate in (("with", ""), ("without", means))}
