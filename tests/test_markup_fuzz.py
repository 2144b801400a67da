"""prose_view never raises and its map stays inside the source, whatever the input."""

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linter.markup import prose_view
from test_markup_support import assert_exact

_PIECES = st.sampled_from([
    "<", ">", "</", "<p>", "</p>", "<b>", "</div>", "<br>", "<img alt='x &amp y'>", "<script>", "</script>",
    "<!--", "-->", "&", "&auml;", "&#8222;", "&#x", ";", "\"", "'", "=", "`", "```", "*", "**", "_", "[", "]",
    "(", ")", "![", "](", "<https://x.de>", "https://a.de/b.", "a@b.de", "\\", "\\*", "|", "---", "- ", "> ",
    "#", "[^1]", ":", "\n", "\r\n", "\r", "\t", "  ", "title: ", "teaser: 'a''b'", "Wort", "ä", "„", "\u00a0",
])
_TEXT = st.lists(st.one_of(_PIECES, st.text(alphabet=string.printable + "äöüß„“–\u00a0", max_size=5)), max_size=40).map("".join)
_ANY = st.text(max_size=200)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(source=_TEXT, fmt=st.sampled_from(["text", "markdown", "html"]))
def test_markup_like_input_maps_exactly(source, fmt):
    view, warnings = prose_view(source, fmt)
    assert all(isinstance(w, str) for w in warnings)
    assert_exact(view, source)


@settings(max_examples=200, deadline=None)
@given(source=_ANY, fmt=st.sampled_from(["text", "markdown", "html"]))
def test_arbitrary_text_never_raises_and_stays_inside(source, fmt):
    view, _ = prose_view(source, fmt)
    for i in range(len(view.text)):
        start, length = view.to_source(i, 1)
        assert 0 <= start and start + length <= len(source)


@settings(max_examples=100, deadline=None)
@given(body=_TEXT)
def test_front_matter_never_raises(body):
    source = "---\n" + body + "\n---\n\nText"
    view, _ = prose_view(source, "markdown")
    assert_exact(view, source)
