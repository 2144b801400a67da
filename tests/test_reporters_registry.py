"""The registry and the promises every format keeps."""

from __future__ import annotations

import pytest

from linter.errors import UsageError
from linter.reporters import FORMATS

from test_reporters_support import CASES, render

FILE_ERROR = "b.md:3: not valid UTF-8 (byte 0xfc at byte offset 17)"
FILE_WARNING = "LanguageTool: Zeitüberschreitung, nur Hausregeln geprüft"


def test_formats():
    assert FORMATS == ("text", "json", "sarif", "github", "gitlab", "html", "jsonl")


def test_unknown_format_is_a_usage_error():
    with pytest.raises(UsageError, match="unknown output format 'xml'; expected one of: text, json"):
        render("xml", [])


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_reports_file_errors_and_warnings(fmt):
    out = render(fmt, CASES["file-error"]())
    # text drops the repeated path: "b.md:3: error: not valid UTF-8 ..."
    assert FILE_ERROR.removeprefix("b.md:3: ") in out
    assert FILE_WARNING in out


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", sorted(CASES))
def test_every_format_is_deterministic_and_ends_with_newline(fmt, case):
    first, second = render(fmt, CASES[case]()), render(fmt, CASES[case]())
    assert first == second
    assert first == "" or first.endswith("\n")
