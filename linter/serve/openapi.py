"""The OpenAPI 3.1 description served at ``/v1/openapi.json``, written by hand.

Written out rather than generated so that it documents what a CMS developer
needs: every field's meaning, every error answer, and examples. The request
schemas come from :mod:`linter.serve.params`, the table the server parses with;
the test suite validates this description and checks every answer it sees
against it.
"""

from __future__ import annotations

from linter import __version__
from linter.serve.params import CHECK_FIELDS, FIX_FIELDS, request_schema

REF = "#/components/schemas/"

_COUNT = {"type": "integer", "minimum": 0}

FINDING = {
    "type": "object",
    "description": "One finding, with exactly the keys of `newslint check --format json` (docs/output.md).",
    "required": ["rule", "source", "category", "severity", "message", "line", "column", "offset", "length",
                 "text", "replacements"],
    "additionalProperties": False,
    "properties": {
        "rule": {"type": "string", "description": "Rule id, e.g. `typografie.anfuehrungszeichen` or "
                 "`languagetool.GERMAN_SPELLER_RULE`.", "examples": ["typografie.leerzeichen-vor-satzzeichen"]},
        "source": {"type": "string", "enum": ["house", "languagetool"],
                   "description": "`house` for the house-style rules, `languagetool` for LanguageTool."},
        "category": {"type": "string", "description": "Rule category, e.g. `typografie` or `TYPOS`."},
        "severity": {"type": "string", "enum": ["error", "warning", "info"]},
        "message": {"type": "string", "description": "What is wrong, in German, for the editor."},
        "line": {"type": "integer", "minimum": 1, "description": "1-based line of the start."},
        "column": {"type": "integer", "minimum": 1,
                   "description": "1-based column of the start, in Unicode code points."},
        "offset": {**_COUNT, "description": "0-based start in the text, in Unicode code points (not UTF-16 units: "
                   "in JavaScript use `Array.from(text)`)."},
        "length": {**_COUNT, "description": "Length of the flagged span in code points; 0 marks an insertion point."},
        "text": {"type": "string", "description": "The flagged text."},
        "replacements": {"type": "array", "items": {"type": "string"},
                         "description": "Suggested replacements for the flagged text, best first; may be empty."},
    },
}

SUMMARY = {
    "type": "object",
    "description": "Counts of the findings in the answer.",
    "required": ["files", "findings", "errors", "warnings", "infos"],
    "additionalProperties": False,
    "properties": {"files": {"type": "integer", "const": 1}, "findings": _COUNT, "errors": _COUNT,
                   "warnings": _COUNT, "infos": _COUNT},
}

_PATH = {"type": "string", "description": "`filename` of the request, or `<text>` when none was given."}
_FILE_ERROR = {"type": "string", "description": "Present when the text could not be checked completely, e.g. "
               "LanguageTool did not answer; the findings then come from the house rules alone. Show it to the "
               "editor; it is not a verdict on the copy."}
_WARNINGS = {"type": "array", "items": {"type": "string"},
             "description": "Present when the text was checked with a caveat (markup that could not be read, a "
             "declared language that is not German)."}
_VERSION = {"type": "integer", "const": 1, "description": "Version of the finding format (as in the JSON report)."}

CHECK_RESPONSE = {
    "type": "object",
    "required": ["version", "path", "findings", "summary"],
    "additionalProperties": False,
    "properties": {
        "version": _VERSION, "path": _PATH,
        "findings": {"type": "array", "items": {"$ref": REF + "Finding"}, "description": "In text order."},
        "error": _FILE_ERROR, "warnings": _WARNINGS, "summary": {"$ref": REF + "Summary"},
    },
}

FIX_RESPONSE = {
    "type": "object",
    "required": ["version", "path", "text", "changed", "applied", "findings", "summary"],
    "additionalProperties": False,
    "properties": {
        "version": _VERSION, "path": _PATH,
        "text": {"type": "string", "description": "The text with the fixes applied (the request's text when none "
                 "applied). Line endings are kept."},
        "changed": {"type": "boolean", "description": "Whether `text` differs from the request's text."},
        "applied": {**_COUNT, "description": "How many fixes were applied."},
        "findings": {"type": "array", "items": {"$ref": REF + "Finding"},
                     "description": "The findings left in the fixed `text` (positions refer to it), in text order."},
        "error": _FILE_ERROR, "warnings": _WARNINGS, "summary": {"$ref": REF + "Summary"},
    },
}

HEALTH = {
    "type": "object",
    "required": ["status", "version", "languagetool"],
    "additionalProperties": False,
    "properties": {
        "status": {"type": "string", "enum": ["ok", "degraded"],
                   "description": "`degraded`: LanguageTool is on but does not answer now; checks then report an "
                   "`error` and the house rules' findings."},
        "version": {"type": "string", "description": "newslint's version.", "examples": [__version__]},
        "languagetool": {
            "type": "object",
            "required": ["enabled", "managed", "reachable"],
            "additionalProperties": False,
            "properties": {
                "enabled": {"type": "boolean", "description": "False when the server runs with --no-languagetool."},
                "managed": {"type": "boolean", "description": "newslint's own background server, started again "
                            "on the next check when it has stopped while idle."},
                "reachable": {"type": "boolean", "description": "Whether it answers right now."},
            },
        },
    },
}

PROBLEM = {
    "type": "object",
    "description": "An error (RFC 9457 problem details). `detail` says what is wrong and what to send instead.",
    "required": ["type", "title", "status", "detail"],
    "additionalProperties": False,
    "properties": {
        "type": {"type": "string", "const": "about:blank"},
        "title": {"type": "string", "description": "The HTTP reason phrase.", "examples": ["Bad Request"]},
        "status": {"type": "integer", "minimum": 400, "maximum": 599},
        "detail": {"type": "string", "examples": ["field 'format' must be one of \"text\", \"markdown\", \"html\", "
                                                  "got 'pdf'"]},
        "field": {"type": "string", "description": "The request field at fault (400 only).",
                  "examples": ["format"]},
    },
}


def _problem(description: str, headers: dict | None = None) -> dict:
    response = {"description": description,
                "content": {"application/problem+json": {"schema": {"$ref": REF + "Problem"}}}}
    if headers:
        response["headers"] = headers
    return response


RESPONSES = {
    "BadRequest": _problem("The body is not JSON, not an object, has an unknown field, or a field has the wrong "
                           "type or value; `field` names it."),
    "Unauthorized": _problem("The server has a token and the request did not carry it: send "
                             "`Authorization: Bearer TOKEN`.",
                             {"WWW-Authenticate": {"schema": {"type": "string"}, "description": "`Bearer`."}}),
    "PayloadTooLarge": _problem("The body is larger than the server's limit (`--max-body`, default 2 MB)."),
    "UnsupportedMediaType": _problem("The body was not sent as `Content-Type: application/json`."),
    "InternalError": _problem("The check could not run: the server's configuration or rules are broken, or "
                              "newslint has a bug. The server log has the details."),
    "Busy": _problem("Every check thread is busy and the queue is full (`--concurrency`, `--queue`). Retry later.",
                     {"Retry-After": {"schema": {"type": "integer"}, "description": "Seconds to wait."}}),
    "Timeout": _problem("The check took longer than the server's limit (`--timeout`, default 60 s)."),
}


def _operation(summary: str, text: str, request: str | None, response: str, example: dict | None = None) -> dict:
    operation: dict = {"summary": summary, "description": text, "operationId": summary.split()[0].lower()}
    ok: dict = {"description": "OK", "content": {"application/json": {"schema": {"$ref": REF + response}}}}
    operation["responses"] = {"200": ok, "401": {"$ref": "#/components/responses/Unauthorized"},
                              "500": {"$ref": "#/components/responses/InternalError"}}
    if request:
        body: dict = {"schema": {"$ref": REF + request}}
        if example:
            body["example"] = example
        operation["requestBody"] = {"required": True, "content": {"application/json": body}}
        for status, name in (("400", "BadRequest"), ("413", "PayloadTooLarge"), ("415", "UnsupportedMediaType"),
                             ("503", "Busy"), ("504", "Timeout")):
            operation["responses"][status] = {"$ref": "#/components/responses/" + name}
    return operation


def description() -> dict:
    """The whole OpenAPI 3.1 document."""
    draft = {"text": "Er sagte \"Hallo\" , und ging.", "format": "text", "language": "de-DE",
             "filename": "lokales/rathaus.txt"}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "newslint API",
            "version": __version__,
            "summary": "Spelling and style checks for German news copy: LanguageTool plus the house rules.",
            "description": (
                "Send a draft, get findings with exact positions, or the draft with the safe fixes applied. "
                "Errors in the copy are findings (200), never error statuses. Positions count Unicode code "
                "points. Unknown paths answer 404 and unknown methods 405, as problem details. "
                "Run the server with `newslint serve`; see docs/cms.md."),
            "license": {"name": "MIT", "identifier": "MIT"},
        },
        "security": [{"bearerAuth": []}, {}],
        "paths": {
            "/v1/check": {"post": _operation(
                "Check a text", "Checks `text` like `newslint check` checks a file of the name `filename`.",
                "CheckRequest", "CheckResponse", draft)},
            "/v1/fix": {"post": _operation(
                "Fix a text", "Applies the allowed fixes to `text` in memory, like `newslint fix`, and returns "
                "the result with the findings left in it. Nothing is written anywhere.",
                "FixRequest", "FixResponse", {**draft, "unsafe": False})},
            "/v1/health": {"get": _operation(
                "Health of the server", "Whether the server runs and LanguageTool answers.", None, "Health")},
            "/v1/openapi.json": {"get": {
                "summary": "This description", "operationId": "openapi",
                "responses": {"200": {"description": "OpenAPI 3.1 document",
                                      "content": {"application/json": {"schema": {"type": "object"}}}},
                              "401": {"$ref": "#/components/responses/Unauthorized"}}}},
        },
        "components": {
            "securitySchemes": {"bearerAuth": {
                "type": "http", "scheme": "bearer",
                "description": "Required when the server was started with a token (always when it listens on "
                               "an address other than loopback); then on every request."}},
            "schemas": {
                "CheckRequest": request_schema(CHECK_FIELDS), "FixRequest": request_schema(FIX_FIELDS),
                "CheckResponse": CHECK_RESPONSE, "FixResponse": FIX_RESPONSE, "Finding": FINDING,
                "Summary": SUMMARY, "Health": HEALTH, "Problem": PROBLEM},
            "responses": RESPONSES,
        },
    }
