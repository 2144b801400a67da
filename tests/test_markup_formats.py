import pytest

from linter.errors import UsageError
from linter.markup import detect_format


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("a.txt", "text"), ("a.md", "markdown"), ("A.MARKDOWN", "markdown"), ("x/y.html", "html"),
        ("y.htm", "html"), ("notes", "text"), ("a.rst", "text"), ("a.md.txt", "text"),
    ],
)
def test_detect_by_suffix(path, expected):
    assert detect_format(path) == expected


def test_override_wins():
    assert detect_format("a.txt", "html") == "html"
    assert detect_format("a.html", " Markdown ") == "markdown"


def test_unknown_override_is_a_usage_error():
    with pytest.raises(UsageError, match="unknown input format 'rst'; use one of: text, markdown, html"):
        detect_format("a.txt", "rst")
