"""Datelines and bylines on the first line are metadata, not copy."""

from __future__ import annotations

import pytest

from linter.precision.byline import in_signature, is_metadata, metadata_span


@pytest.mark.parametrize("text", [
    " date 2023-09 Von Euronews\n\nDas Gipfeltreffen soll stattfinden.",
    "Von Anna Huber\n\nText.",
    "Wien, 12.09.2023\nText.",
    "12. September 2023 Von Peter Müller\nText.",
])
def test_metadata_lines(text):
    start, end = metadata_span(text)
    assert "\n" not in text[start:end] and text[start:end].strip()


@pytest.mark.parametrize("text", [
    "Putin trifft Kim in Wladiwostok\n\nText.",  # a headline: no date, no byline
    "Am 12. September 2023 kam er an.\nText.",  # a sentence: ends in a full stop
    "Von Montag an gilt das neue Gesetz in allen Bundesländern und Gemeinden des Landes ohne Ausnahme\n",
    "",
])
def test_copy_lines_are_not_metadata(text):
    assert metadata_span(text) is None


def test_only_spans_inside_the_line_count():
    text = " date 2023-09 Von Euronews\n\nDas ist jeoch falsch."
    assert is_metadata(text, 1, 4)
    assert not is_metadata(text, text.index("jeoch"), 5)


def test_ortsmarke_before_the_first_sentence_is_recognised():
    from linter.precision.byline import follows_ortsmarke

    for before in ("Wien – ", "Vorspann. Gaza/Jerusalem – ", "Text. New York/San Juan – ",
                   "Berlin (dpa) – ", "Titel\nLinz - ", "Text. Iowa City / Wien – ", "Text. Rio de Janeiro – ",
                   "Text. Saalfelden / Zell am See – ", "Chronik. 1990 – "):
        assert follows_ortsmarke(before + "Der", len(before)), before
    for before in ("Er sagte – ", "Das ist gut. Der Kanzler – ", "mitten im Satz – ", "Er kam im Mai 1990 – "):
        assert not follows_ortsmarke(before + "Der", len(before)), before


def test_ortsmarke_filter_drops_only_casing_matches_after_the_mark():
    from linter.findings import Match, Severity, Source
    from linter.precision.byline import ortsmarke_filter
    from linter.prose import ProseView

    text = "Wien – Der Kanzler sprach. Er sagte – Der Plan steht."
    view = ProseView.plain(text)

    def case(at, rule="languagetool.DE_CASE"):
        return Match(at, 3, rule, Source.LANGUAGETOOL, "CASING", Severity.ERROR, "m")

    assert not ortsmarke_filter(case(text.index("Der")), view)
    assert ortsmarke_filter(case(text.rindex("Der")), view)
    assert ortsmarke_filter(case(text.index("Der"), rule="languagetool.GERMAN_SPELLER_RULE"), view)


@pytest.mark.parametrize(("text", "word"), [
    ("Die Revision blieb ohne Reaktion. (fid, 7.3.2016)", "fid"),
    ("Der Rest folgt. (Maria Mustrova, 2.2.2016)", "Mustrova"),
    ("Danach kam nichts. (APA/dpa, 1.3.2016)", "APA/dpa"),
])
def test_the_author_of_a_dated_signature_is_no_copy(text, word):
    assert in_signature(text, text.index(word), len(word))


@pytest.mark.parametrize(("text", "word"), [
    ("Die Zahlen (laut der Statstik des Amtes, 3.4.2016) sind neu.", "Statstik"),  # a remark, not a signature
    ("Der Tag (am 3.4.2016) war lang, ohne Fheler.", "Fheler"),
    ("Die Revision (fid) blieb ohne Reaktion.", "fid"),  # no date: not a signature
])
def test_other_brackets_are_copy(text, word):
    assert not in_signature(text, text.index(word), len(word))


@pytest.mark.parametrize("text", [
    "Erdbeben der Stärke 2,3 – Keine Schäden zu erwarten.",
    "Das lief gestern. Kampf um die Hofburg – Das Duell beginnt.",
])
def test_the_second_part_of_a_two_part_headline_may_start_with_a_capital(text):
    from linter.precision.byline import follows_headline_dash

    assert follows_headline_dash(text, text.index("–") + 2)


@pytest.mark.parametrize("text", [
    # running text: a long clause before the dash, so a capital after it is still flagged
    "Der Minister, der seit vielen Jahren in der Regierung sitzt und schon viele Krisen erlebt hat, kam – Keine Frage.",
    "Er kam - Keine Frage.",  # a hyphen is no dash (typografie.gedankenstrich flags it)
])
def test_a_dash_in_running_text_is_no_headline(text):
    from linter.precision.byline import follows_headline_dash

    assert not follows_headline_dash(text, text.index("-" if " - " in text else "–") + 2)
