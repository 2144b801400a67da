"""Brand names in the newsroom's own case are info; a stray capital or a mangled abbreviation stays an error."""

from __future__ import annotations

import pytest

from linter.findings import Severity
from linter.precision.brands import BrandCaseSeverity, is_brand_in_house_case
from linter.prose import ProseView
from tests.matches import speller_match


@pytest.mark.parametrize(("flagged", "brand"), [
    ("Youtube", "YouTube"),
    ("Unicredit", "UniCredit"),
    ("Youtubern", "YouTubern"),  # an inflected form
    ("Youtube-Star", "YouTube-Star"),  # part by part in a hyphen compound
    ("Playstation-Spiel", "PlayStation-Spiel"),
])
def test_a_brand_in_house_case_is_recognised(flagged, brand):
    assert is_brand_in_house_case(flagged, brand)


@pytest.mark.parametrize(("flagged", "suggestion"), [
    ("MInecraft", "Minecraft"),  # a stray inner capital is a slip
    ("Gmbh", "GmbH"),  # an abbreviation, its last capital carries meaning
    ("Youtub", "YouTube"),  # a letter missing as well
    ("youtube", "YouTube"),  # no capital at all
    ("YouTube", "YouTube"),
    ("Youtube-star", "YouTube-Star"),
])
def test_anything_else_is_not(flagged, suggestion):
    assert not is_brand_in_house_case(flagged, suggestion)


def test_the_adjuster_makes_it_info_and_names_the_company_spelling():
    text = "Das Video lief auf Youtube und im Fernsehen."
    adjusted = BrandCaseSeverity()(speller_match(text, "Youtube", ("YouTube",)), ProseView.plain(text))
    assert adjusted.severity is Severity.INFO
    assert "„YouTube“" in adjusted.message
    assert adjusted.replacements == ("YouTube",)


def test_the_adjuster_leaves_slips_alone():
    text = "Die Firma Muster Gmbh zahlt."
    match = speller_match(text, "Gmbh", ("GmbH", "Gibt"))
    assert BrandCaseSeverity()(match, ProseView.plain(text)) == match
