from linter.markup import prose_view
from test_markup_support import assert_exact


def md(source, **kwargs):
    view, warnings = prose_view(source, "markdown", **kwargs)
    assert_exact(view, source)
    return view, warnings


def source_of(view, source, needle):
    at = view.text.index(needle)
    start, length = view.to_source(at, len(needle))
    return source[start:start + length]


def test_blocks_are_separated():
    source = "# Titel\n\nEin Absatz\nüber zwei Zeilen.\n\n- Punkt eins\n- Punkt zwei\n\n> Zitat\n\n| a | b |\n|---|---|\n| c | d |\n"
    view, warnings = md(source)
    assert warnings == []
    assert view.text == "Titel\n\nEin Absatz\nüber zwei Zeilen.\n\nPunkt eins\n\nPunkt zwei\n\nZitat\n\na\n\nb\n\nc\n\nd"


def test_emphasis_and_inline_html_do_not_split_words():
    view, _ = md("Der Sonder**zug** fährt *heute* mit Sonder<b>wagen</b>.")
    assert view.text == "Der Sonderzug fährt heute mit Sonderwagen."


def test_link_text_is_kept_and_target_skipped():
    source = "Mehr auf der [Seite *der* Stadt](https://x.de/a.b_(c) \"Titel\"). Und [Ref][r] sowie [kurz].\n\n[r]: https://r.de\n[kurz]: /k\n"
    view, _ = md(source)
    assert view.text == "Mehr auf der Seite der Stadt. Und Ref sowie kurz."
    assert source_of(view, source, ". Und") == ". Und"


def test_code_urls_and_mail_get_placeholders():
    source = "Rufen Sie `make all` auf, siehe <https://x.de>, www.y.de/z oder <info@x.de>.\n\n```\nCode\n```\n\n    eingerückt\n"
    view, _ = md(source)
    assert view.text == "Rufen Sie Code auf, siehe Link, Link oder Mail."
    assert source_of(view, source, "Code") == "`make all`"
    assert source_of(view, source, "Mail") == "<info@x.de>"


def test_image_alt_text_is_its_own_block():
    source = "Das Bild ![Ein *roter* Zug](zug.jpg \"T\") zeigt.\n\nWeiter.\n"
    view, _ = md(source)
    assert view.text == "Das Bild zeigt.\n\nEin roter Zug\n\nWeiter."


def test_escapes_and_entities_map_to_their_source():
    source = "Ein \\*Stern\\* und &auml;h &#8222;x&#x201C; &copy;"
    view, _ = md(source)
    assert view.text == "Ein *Stern* und äh „x“ ©"
    assert source_of(view, source, "*") == "\\*"
    assert source_of(view, source, "ä") == "&auml;"
    assert source_of(view, source, "„") == "&#8222;"


def test_html_block_text_is_read_as_html():
    source = '<div class="tweet"><p>Tweet &amp; mehr</p>\n<script>alert("x")</script></div>\n\nText\n'
    view, _ = md(source)
    assert view.text == "Tweet & mehr\n\nText"


def test_comments_are_dropped_without_double_space():
    view, _ = md("Wort <!-- newslint-disable-line --> Wort und falsch<!-- x -->.\n\n<!-- Block -->\n\nEnde")
    assert view.text == "Wort Wort und falsch.\n\nEnde"


def test_footnotes():
    view, _ = md("Satz[^1] weiter.\n\n[^1]: Die Fußnote.\n")
    assert view.text == "Satz weiter.\n\nDie Fußnote."


def test_front_matter_copy_fields():
    source = (
        "---\ntitle: Kim  reist\nsubtitle: 'Der ''Zug'' fährt'\nteaser: \"Ein \\\"Satz\\\"\n  über zwei Zeilen\"\n"
        "summary: >\n  Gefaltet\n  weiter\nauthor: Nicht prüfen\nseo:\n  description: Verschachtelt\n---\n\nText\n"
    )
    view, warnings = md(source)
    assert warnings == []
    assert view.text == "Kim  reist\n\nDer 'Zug' fährt\n\nEin \"Satz\" über zwei Zeilen\n\nGefaltet weiter\n\nVerschachtelt\n\nText"
    assert source_of(view, source, "Kim  reist") == "Kim  reist"
    assert source_of(view, source, "'Zug'") == "''Zug''"
    assert source_of(view, source, "Satz\" über") == 'Satz\\"\n  über'


def test_copy_fields_are_configurable():
    view, _ = md("---\ntitle: A\nkicker: B\n---\nText", copy_fields=("kicker",))
    assert view.text == "B\n\nText"


def test_broken_front_matter_yaml_warns_and_the_body_is_still_read():
    view, warnings = md("---\ntitle: [kaputt\nteaser: x\n---\n\nText mit Fehler.\n")
    assert view.text == "Text mit Fehler."
    assert len(warnings) == 1 and warnings[0].startswith("line ") and "front matter is not valid YAML" in warnings[0]


def test_unclosed_front_matter_warns():
    view, warnings = md("---\ntitle: x\n\nText\n")
    assert warnings == ["line 1: front matter opened with '---' is never closed with '---'; it is read as Markdown text"]
    assert "Text" in view.text


def test_unclosed_fence_warns():
    view, warnings = md("Text\n\n```python\nprint()\n")
    assert view.text == "Text"
    assert warnings == ["line 3: code block opened with ``` is never closed; the rest of the file is read as code and not checked"]


def test_nested_containers_map_exactly():
    source = "> - Eins mit **fett**\n>   und weiter\n> - Zwei\n>\n> > Tief\n\n1. Liste\n   mit\ttab\n"
    view, warnings = md(source)
    assert warnings == []
    assert view.text == "Eins mit fett\nund weiter\n\nZwei\n\nTief\n\nListe\nmit\ttab"


def test_crlf_source_maps_exactly():
    source = "# Titel\r\n\r\nZeile eins\r\nZeile zwei &auml;\r\n"
    view, _ = md(source)
    assert view.text == "Titel\n\nZeile eins\nZeile zwei ä"
    assert source_of(view, source, "eins\nZeile") == "eins\r\nZeile"


def test_table_cells_with_equal_text_map_to_their_own_cell():
    source = "| a | a |\n|---|---|\n| x \\| y | a |\n"
    view, _ = md(source)
    assert view.text == "a\n\na\n\nx | y\n\na"
    second = view.text.index("a", 1)
    assert view.to_source(second, 1)[0] == source.index("a", 3)


def test_placeholder_as_long_as_its_source_still_stands_for_all_of_it():
    source = "Mit `ab` hier."
    view, _ = md(source)
    assert view.text == "Mit Code hier."
    assert source_of(view, source, "Code") == "`ab`"
    assert source_of(view, source, "C") == "`ab`"
