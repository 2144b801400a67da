"""The Starlette application: routes, authentication, body limits and error answers.

Every answer is JSON: findings with 200, problems (RFC 9457) with 4xx and 5xx.
Blocking work (checks, fixes, asking LanguageTool whether it is up) never runs
on the event loop, so a slow check does not hold up health probes or other requests.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
from contextlib import asynccontextmanager
from http import HTTPStatus
from typing import Callable

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from linter.errors import NewslintError
from linter.serve.bodies import health_body, problem_body
from linter.serve.openapi import description
from linter.serve.params import CHECK_FIELDS, FIX_FIELDS, BadRequest, Field, TextRequest, parse
from linter.serve.pool import Busy, CheckPool, TooSlow
from linter.serve.settings import ServeSettings
from linter.serve.work import Work

log = logging.getLogger("linter.serve")

JSON_MEDIA = "application/json"


class ApiError(Exception):
    """An answer other than 200: its status, what to do about it, and the field at fault."""

    def __init__(self, status: int, detail: str, field: str | None = None, headers: dict | None = None) -> None:
        super().__init__(detail)
        self.status, self.detail, self.field, self.headers = status, detail, field, headers


class ProblemResponse(JSONResponse):
    media_type = "application/problem+json"


def problem(status: int, detail: str, field: str | None = None, headers: dict | None = None) -> Response:
    """A problem-details answer with the standard reason phrase as its title."""
    return ProblemResponse(problem_body(status, HTTPStatus(status).phrase, detail, field),
                           status_code=status, headers=headers)


class BearerAuth:
    """ASGI middleware: every HTTP request must carry ``Authorization: Bearer TOKEN``, else 401.

    The token is compared in constant time, so its characters cannot be guessed
    one by one from response times.
    """

    def __init__(self, app, token: str) -> None:
        self.app = app
        self.token = token.encode("ascii")

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http":
            refusal = self._refusal(scope)
            if refusal:
                response = problem(401, refusal, headers={"WWW-Authenticate": 'Bearer realm="newslint"'})
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)

    def _refusal(self, scope) -> str | None:
        """Why the request may not pass, or None when its token is right."""
        values = [value for name, value in scope["headers"] if name == b"authorization"]
        if not values:
            return "this server needs a token: send the header 'Authorization: Bearer TOKEN'"
        scheme, _, credential = values[0].partition(b" ")
        if len(values) > 1 or scheme.lower() != b"bearer":
            return "send exactly one header 'Authorization: Bearer TOKEN'"
        if not hmac.compare_digest(credential.strip(), self.token):
            return "the token is wrong"
        return None


def create_app(work: Work, settings: ServeSettings) -> Starlette:
    """The API over ``work`` with the limits and token of ``settings``."""
    pool = CheckPool(settings.concurrency, settings.queue, settings.timeout)
    openapi = description()

    async def answer(request: Request, fields: tuple[Field, ...], action: Callable[[TextRequest], dict]) -> Response:
        _require_json(request)
        try:
            params = parse(await _read_body(request, settings.max_body), fields)
        except BadRequest as exc:
            raise ApiError(400, str(exc), exc.field) from None
        try:
            return JSONResponse(await pool.run(action, params))
        except Busy:
            raise ApiError(503, f"all {pool.workers} check threads are busy and {settings.queue} checks are "
                           "waiting (--concurrency, --queue); retry after a moment",
                           headers={"Retry-After": "1"}) from None
        except TooSlow:
            raise ApiError(504, f"the check took longer than {settings.timeout:g} s (--timeout); send a shorter "
                           "text or ask the operator to raise the limit") from None
        except NewslintError as exc:  # configuration, rules, LanguageTool setup: the operator must act
            log.error("%s %s: %s", request.method, request.url.path, exc)
            raise ApiError(500, f"the check could not run: {exc}") from None
        except Exception:
            log.exception("%s %s: internal error", request.method, request.url.path)
            raise ApiError(500, "internal error in newslint (a bug); the server log has the traceback") from None

    async def check(request: Request) -> Response:
        return await answer(request, CHECK_FIELDS, work.check)

    async def fix(request: Request) -> Response:
        return await answer(request, FIX_FIELDS, work.fix)

    async def health(request: Request) -> Response:
        # A blocking probe of LanguageTool, off the loop but outside the check pool:
        # a full pool must not make the server look dead.
        return JSONResponse(health_body(await asyncio.to_thread(work.languagetool_status)))

    async def openapi_json(request: Request) -> Response:
        return JSONResponse(openapi)

    @asynccontextmanager
    async def lifespan(app):
        yield
        pool.close()

    routes = [
        Route("/v1/check", check, methods=["POST"]),
        Route("/v1/fix", fix, methods=["POST"]),
        Route("/v1/health", health, methods=["GET"]),
        Route("/v1/openapi.json", openapi_json, methods=["GET"]),
    ]
    middleware = [Middleware(BearerAuth, token=settings.token)] if settings.token else []
    return Starlette(routes=routes, middleware=middleware, lifespan=lifespan, exception_handlers={
        ApiError: _api_error, HTTPException: _http_error, 500: _server_error})


def _require_json(request: Request) -> None:
    """Refuse bodies not declared as JSON; this also keeps web pages from posting forms here."""
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media != JSON_MEDIA and not (media.startswith("application/") and media.endswith("+json")):
        raise ApiError(415, f"send the body as JSON with the header 'Content-Type: {JSON_MEDIA}'"
                       + (f", not {media!r}" if media else ""))


async def _read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it is known to exceed ``limit`` bytes.

    A declared Content-Length over the limit is refused before reading anything;
    a longer body than declared, or a chunked one, when the limit is crossed.
    """
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.strip().isdigit():
            raise ApiError(400, f"the Content-Length header {declared!r} is not a number of bytes")
        if int(declared) > limit:
            raise ApiError(413, _too_large(limit, f"{int(declared)} bytes declared"))
    chunks, size = [], 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise ApiError(413, _too_large(limit, f"{size} bytes so far"))
            chunks.append(chunk)
    except ClientDisconnect:
        raise ApiError(400, "the client closed the connection before the body was complete") from None
    return b"".join(chunks)


def _too_large(limit: int, size: str) -> str:
    return (f"the body ({size}) is over the limit of {limit} bytes (--max-body); "
            "split the text or ask the operator to raise the limit")


async def _api_error(request: Request, exc: ApiError) -> Response:
    return problem(exc.status, exc.detail, exc.field, exc.headers)


async def _http_error(request: Request, exc: HTTPException) -> Response:
    """Starlette's own 404 and 405, as problem details that say what exists."""
    if exc.status_code == 404:
        detail = f"no endpoint {request.url.path}; the API is described at /v1/openapi.json"
    elif exc.status_code == 405:
        allowed = (exc.headers or {}).get("Allow", "")
        detail = f"{request.url.path} does not answer {request.method}; use {allowed}"
    else:
        detail = str(exc.detail)
    return problem(exc.status_code, detail, headers=exc.headers)


async def _server_error(request: Request, exc: Exception) -> Response:
    # Reached only by errors outside the endpoints; uvicorn logs the traceback after this answer.
    return problem(500, "internal error in newslint (a bug); the server log has the traceback")
