import pytest

from linter.markup import prose_view
from test_markup_support import assert_exact


def html(source, **kwargs):
    view, warnings = prose_view(source, "html", **kwargs)
    assert_exact(view, source)
    return view, warnings


def source_of(view, source, needle):
    at = view.text.index(needle)
    start, length = view.to_source(at, len(needle))
    return source[start:start + length]


def test_inline_markup_does_not_split_a_word():
    view, _ = html("<p>Der Sonder<b>zug</b> <em>fährt</em> <span class=x>heute</span>.</p>")
    assert view.text == "Der Sonderzug fährt heute."


@pytest.mark.parametrize("tag", ["p", "div", "li", "td", "th", "h1", "h3", "blockquote", "figcaption", "dd"])
def test_blocks_are_separated(tag):
    view, _ = html(f"<{tag}>Eins</{tag}><{tag}>Zwei</{tag}>")
    assert view.text == "Eins\n\nZwei"


def test_separator_has_an_empty_source_span_at_the_boundary():
    source = "<h1>Titel</h1><p>Text</p>"
    view, _ = html(source)
    sep = view.segments[1]
    assert view.text[sep.prose_start:sep.prose_end] == "\n\n"
    assert sep.source_start == sep.source_end == source.index("</h1>")


def test_br_is_a_line_break():
    view, _ = html("<p>Zeile eins<br>Zeile zwei</p>")
    assert view.text == "Zeile eins\nZeile zwei"


def test_whitespace_collapses_like_in_a_browser():
    source = "<p>\n    Ein   langer\n    Satz.\n  </p>"
    view, _ = html(source)
    assert view.text == "Ein langer Satz."
    assert source_of(view, source, "n l") == "n   l"


def test_stray_space_before_comma_is_kept():
    view, _ = html("<p>schwer ist , mit</p>")
    assert view.text == "schwer ist , mit"


@pytest.mark.parametrize(
    ("entity", "char"),
    [("&auml;", "ä"), ("&nbsp;", "\u00a0"), ("&#8222;", "„"), ("&#x201E;", "„"), ("&#X201c;", "“"),
     ("&auml", "ä"), ("&amp", "&"), ("&#150;", "–"), ("&#0;", "\ufffd")],
)
def test_entities_decode_and_map_to_the_whole_entity(entity, char):
    source = f"<p>x{entity}y</p>"
    view, _ = html(source)
    assert view.text == f"x{char}y"
    assert source_of(view, source, char) == entity


def test_unknown_entities_and_bare_ampersands_stay_text():
    view, _ = html("<p>AT&T &foo; &notit; a & b</p>")
    assert view.text == "AT&T &foo; ¬it; a & b"


def test_legacy_entity_in_attribute_before_equals_is_not_decoded():
    view, _ = html('<img alt="a &amp b &copy=1">')
    assert view.text == "a & b &copy=1"


def test_alt_and_title_are_their_own_blocks_after_the_paragraph():
    source = '<p>Lesen Sie <a href="/x" title="Mehr zum Thema">hier</a> weiter. <img src="a.jpg" alt="Ein Bild"></p><p>Next</p>'
    view, _ = html(source)
    assert view.text == "Lesen Sie hier weiter.\n\nMehr zum Thema\n\nEin Bild\n\nNext"
    assert source_of(view, source, "Ein Bild") == "Ein Bild"


def test_attribute_list_is_configurable():
    view, _ = html('<p title="Titel"><img alt="Alt" data-caption="Unterzeile">Text</p>', html_attributes=("data-caption",))
    assert view.text == "Text\n\nUnterzeile"


@pytest.mark.parametrize(
    "skipped",
    ["<script>var a = '<p>x</p>';</script>", "<style>p{}</style>", "<pre>code\n  here</pre>", "<noscript>Bitte JS</noscript>",
     "<template><p>Vorlage</p></template>", "<svg><title>Icon</title><text>Icon</text></svg>", "<!-- Kommentar -->",
     "<textarea>Eingabe</textarea>"],
)
def test_skipped_elements(skipped):
    view, _ = html(f"<p>Vorher</p>{skipped}<p>Nachher</p>")
    assert view.text == "Vorher\n\nNachher"


def test_code_and_urls_get_placeholders():
    source = "<p>Rufen Sie <code>make</code> auf oder https://example.de/a?b=1&amp;c=2. Mail an info@example.de.</p>"
    view, _ = html(source)
    assert view.text == "Rufen Sie Code auf oder Link. Mail an Mail."
    assert source_of(view, source, "Code") == "<code>make</code>"
    assert source_of(view, source, "Link") == "https://example.de/a?b=1&amp;c=2"
    assert source_of(view, source, "Mail.") == "info@example.de."


def test_whole_page_checks_only_the_body():
    view, _ = html("<html><head><title>Titel | Site</title><meta charset=utf-8></head><body><p>Text</p></body></html>")
    assert view.text == "Text"


def test_fragment_without_body_is_checked_everywhere():
    view, _ = html("<h2>Titel</h2>Lose Text<p>Absatz</p>")
    assert view.text == "Titel\n\nLose Text\n\nAbsatz"


def test_meta_charset_other_than_utf8_warns():
    _, warnings = html('<html><head>\n<meta charset="iso-8859-1"></head><body>Text</body></html>')
    assert warnings == ["line 2: the page declares charset 'iso-8859-1', but newslint reads files as UTF-8; "
                        'convert the file to UTF-8 and declare <meta charset="utf-8">']
    _, warnings = html('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">x')
    assert "windows-1252" in warnings[0]


@pytest.mark.parametrize(
    ("source", "text", "warning"),
    [
        ("<p>a < b</p>", "a < b", "line 1: stray '<' read as text"),
        ("<div>\n<p>Text <b>fett\n</div>", "Text fett", "line 2: <b> is not closed before </div>"),
        ("<p>Text</span></p>", "Text", "line 1: </span> closes no open element"),
        ("<div><p>Text", "Text", "line 1: <div> is never closed"),
        ("<p>Text <a href='x", "Text", "line 1: attribute value in <a> is never closed"),
        ("<p>Text</p><!-- offen", "Text", "line 1: comment '<!--' is never closed"),
        ("<p>Text</p><script>x", "Text", "line 1: <script> is never closed"),
        ("<p>Ein <code>x\n</p><p>Zwei</p>", "Ein Code\n\nZwei", "line 1: <code> is not closed before the block ends"),
    ],
)
def test_malformed_html_gives_prose_and_a_warning(source, text, warning):
    view, warnings = html(source)
    assert view.text == text
    assert any(w.startswith(warning) for w in warnings), warnings


def test_optional_end_tags_do_not_warn():
    _, warnings = html("<ul><li>Eins<li>Zwei</ul><p>Absatz<p>Noch einer<table><tr><td>a<td>b</table>")
    assert warnings == []


def test_crlf_source_maps_exactly():
    source = "<p>Zeile\r\n  zwei &auml;</p>\r\n<p>Drei</p>"
    view, _ = html(source)
    assert view.text == "Zeile zwei ä\n\nDrei"
