"""The request bodies and settings of ``newslint serve``: what is accepted, what is refused, and why."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linter.errors import UsageError
from linter.serve.openapi import description
from linter.serve.params import CHECK_FIELDS, FIX_FIELDS, BadRequest, TextRequest, parse
from linter.serve.settings import ServeSettings, is_loopback, parse_size
from tests.serve_support import schema_validator

TOKEN = "0123456789abcdef-token"


def test_a_full_fix_request_parses():
    body = json.dumps({"text": "Er kam.", "format": "html", "language": "de-AT", "filename": "a/b.html",
                       "unsafe": True}).encode()
    assert parse(body, FIX_FIELDS) == TextRequest("Er kam.", "html", "de-AT", "a/b.html", True)


def test_null_means_not_given_and_a_utf8_bom_is_tolerated():
    body = "\ufeff" + json.dumps({"text": "ä", "format": None, "filename": None})
    assert parse(body.encode(), CHECK_FIELDS) == TextRequest("ä")


@pytest.mark.parametrize("body, message", [
    ({"text": True}, "field 'text' must be a string, got a boolean"),
    ({"text": "a", "unsafe": 1}, "field 'unsafe' must be true or false, got a number"),
    ({"text": "a", "filename": ""}, "field 'filename' must be a non-empty file name"),
    ({"text": "a", "filename": "a\0b"}, "without NUL characters"),
    ({"text": "a", "filename": "a" * 1025}, "is 1025 characters long; at most 1024"),
    ({"text": None}, "field 'text' is required (a string)"),
    ([], "must be a JSON object like {\"text\": \"...\"}, not an array"),
])
def test_refusals_say_what_to_send(body, message):
    with pytest.raises(BadRequest) as caught:
        parse(json.dumps(body).encode(), FIX_FIELDS)
    assert message in str(caught.value)


def test_deep_nesting_is_a_bad_request_not_a_crash():
    with pytest.raises(BadRequest, match="nests JSON too deeply"):
        parse(b"[" * 100_000, CHECK_FIELDS)


# Values of every JSON type, including the ones each field accepts.
JSON_VALUES = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=5),
                        st.sampled_from(["text", "markdown", "html", "de-DE", "de-CH", "pdf", ""]),
                        st.lists(st.integers(), max_size=2))
BODIES = st.dictionaries(st.sampled_from(["text", "format", "language", "filename", "unsafe", "extra"]),
                         JSON_VALUES, max_size=5)


SCHEMAS = {name: schema_validator(description(), f"#/components/schemas/{name}")
           for name in ("CheckRequest", "FixRequest")}


@settings(max_examples=300, deadline=None)
@given(BODIES)
def test_the_parser_accepts_exactly_what_the_openapi_schema_allows(body):
    for fields, name in ((CHECK_FIELDS, "CheckRequest"), (FIX_FIELDS, "FixRequest")):
        valid = SCHEMAS[name].is_valid(body)
        try:
            parse(json.dumps(body).encode(), fields)
            accepted = True
        except BadRequest:
            accepted = False
        assert accepted == valid, (name, body)


@pytest.mark.parametrize("host, loopback", [
    ("127.0.0.1", True), ("127.1.2.3", True), ("::1", True), ("localhost", True),
    ("0.0.0.0", False), ("::", False), ("192.168.1.5", False), ("cms.example", False)])
def test_which_addresses_count_as_loopback(host, loopback):
    assert is_loopback(host) is loopback


def test_listening_beyond_loopback_needs_a_good_token():
    assert ServeSettings(host="0.0.0.0", token=TOKEN).token == TOKEN
    with pytest.raises(UsageError, match="needs a token"):
        ServeSettings(host="0.0.0.0")
    with pytest.raises(UsageError, match="at least 16"):
        ServeSettings(token="short")
    with pytest.raises(UsageError, match="visible ASCII"):
        ServeSettings(token="ein Passwort mit Leerzeichen")


def test_limits_are_checked_together():
    with pytest.raises(UsageError) as caught:
        ServeSettings(port=70000, timeout=0, concurrency=0, queue=-1, max_body=0)
    for option in ("--port", "--timeout", "--concurrency", "--queue", "--max-body"):
        assert option in str(caught.value)


@pytest.mark.parametrize("text, size", [("2MB", 2 * 1024 * 1024), ("512kb", 512 * 1024), ("100", 100),
                                        ("7 K", 7 * 1024), ("3b", 3)])
def test_sizes(text, size):
    assert parse_size(text) == size


def test_a_size_that_is_not_one():
    with pytest.raises(UsageError, match="write bytes or a number with KB or MB"):
        parse_size("2 GB")
