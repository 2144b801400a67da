"""The JSON bodies of ``POST /v1/check`` and ``POST /v1/fix``: parsed, checked and described.

One table of fields serves both the parser and the OpenAPI description
(:func:`request_schema`), so what the server accepts and what it documents
cannot drift apart. Every rejection names the field and what was expected.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

FORMATS = ("text", "markdown", "html")
LANGUAGES = ("de-DE", "de-AT", "de-CH")
MAX_FILENAME = 1024


class BadRequest(Exception):
    """The body cannot be used; ``str(exc)`` says what to send instead, ``field`` names the culprit."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class Field:
    """One member of a request object: its JSON type, allowed values and meaning."""

    name: str
    kind: type  # str or bool
    description: str
    required: bool = False
    choices: tuple[str, ...] = ()
    max_length: int | None = None


TEXT = Field("text", str, "The copy, exactly as the CMS stores it (plain text, Markdown or HTML).", required=True)
FORMAT = Field("format", str, "How to read `text`. Default: from the file ending of `filename`, else plain text.",
               choices=FORMATS)
LANGUAGE = Field("language", str, "Language variant. Default: the configuration's, or the document's own "
                 "`lang` declaration, else de-DE.", choices=LANGUAGES)
FILENAME = Field("filename", str, "The name the copy would have as a file, e.g. `sport/derby.md`: it chooses the "
                 "format (by its ending) and the configuration (`.newslint.yaml` found from its folder, relative "
                 "to the server's working directory), and is the `path` of the answer. Nothing is read or written "
                 "under this name.", max_length=MAX_FILENAME)
UNSAFE = Field("unsafe", bool, "Also apply the fixes marked unsafe (like `newslint fix --unsafe-fixes`). "
               "Default: false.")

CHECK_FIELDS = (TEXT, FORMAT, LANGUAGE, FILENAME)
FIX_FIELDS = CHECK_FIELDS + (UNSAFE,)


@dataclass(frozen=True)
class TextRequest:
    """A parsed check or fix request; None means "not given"."""

    text: str
    format: str | None = None
    language: str | None = None
    filename: str | None = None
    unsafe: bool = False


def parse(body: bytes, fields: tuple[Field, ...]) -> TextRequest:
    """The request in ``body`` (JSON), or :class:`BadRequest` saying what is wrong with it."""
    try:
        # JSON between systems is UTF-8 (RFC 8259); json.loads would also guess UTF-16 or -32.
        data = json.loads(body.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise BadRequest(f"the body is not UTF-8 text (byte {exc.start}); send JSON encoded as UTF-8") from None
    except ValueError as exc:
        raise BadRequest(f"the body is not valid JSON: {exc}") from None
    except RecursionError:
        raise BadRequest("the body nests JSON too deeply; send one flat object") from None
    if not isinstance(data, dict):
        raise BadRequest(f"the body must be a JSON object like {{\"text\": \"...\"}}, not {_json_type(data)}")
    known = {f.name for f in fields}
    unknown = sorted(set(data) - known)
    if unknown:
        raise BadRequest(f"unknown field {unknown[0]!r}; the fields are: {', '.join(f.name for f in fields)}",
                         unknown[0])
    values = {f.name: _value(f, data) for f in fields}
    return TextRequest(**{name: value for name, value in values.items() if value is not None})


def _value(field: Field, data: dict):
    """The checked value of ``field`` in ``data``; None when absent or null (optional fields only)."""
    value = data.get(field.name)
    if value is None:
        if field.required:
            raise BadRequest(f"field {field.name!r} is required ({_expected(field)})", field.name)
        return None
    # bool is an int in Python and JSON true is not a string: compare types exactly.
    if type(value) is not field.kind:
        raise BadRequest(f"field {field.name!r} must be {_expected(field)}, got {_json_type(value)}", field.name)
    if field.choices and value not in field.choices:
        raise BadRequest(f"field {field.name!r} must be {_expected(field)}, got {value!r}", field.name)
    if field.kind is str:
        _check_string(field, value)
    return value


def _check_string(field: Field, value: str) -> None:
    """Reject what JSON can carry but no file can: unpaired surrogates, and NUL or overlong names."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise BadRequest(f"field {field.name!r} has an unpaired surrogate (\\u{ord(value[exc.start]):04x}) at "
                         f"character {exc.start}; send valid Unicode text", field.name) from None
    if field.max_length is not None:
        if not value or "\0" in value:
            raise BadRequest(f"field {field.name!r} must be a non-empty file name without NUL characters",
                             field.name)
        if len(value) > field.max_length:
            raise BadRequest(f"field {field.name!r} is {len(value)} characters long; at most "
                             f"{field.max_length} are allowed", field.name)


def _expected(field: Field) -> str:
    if field.choices:
        return "one of " + ", ".join(f'"{c}"' for c in field.choices)
    return "a string" if field.kind is str else "true or false"


def _json_type(value) -> str:
    """The JSON name of a parsed value's type, for messages."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return "null"


def request_schema(fields: tuple[Field, ...]) -> dict:
    """The JSON Schema (OpenAPI 3.1) of a request object with ``fields``."""
    properties = {}
    for f in fields:
        schema: dict = {"type": "string" if f.kind is str else "boolean", "description": f.description}
        if f.choices:
            schema["enum"] = list(f.choices)
        if f.max_length is not None:
            schema.update(minLength=1, maxLength=f.max_length)
        if not f.required:  # null means "not given"
            schema["type"] = [schema["type"], "null"]
            if f.choices:
                schema["enum"].append(None)
        properties[f.name] = schema
    return {"type": "object", "required": [f.name for f in fields if f.required],
            "properties": properties, "additionalProperties": False}
