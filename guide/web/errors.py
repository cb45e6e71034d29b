"""Maps the service's errors to HTTP codes, in one place; pages get an HTML page, the API JSON.

Every API error body is `{"detail": ...}` and JSON-safe; an unexpected exception becomes a plain 500 and a
log line that names its type, the route and a request id, never the request's body or the exception's text."""

from __future__ import annotations

import logging
import math
import uuid
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from guide.errors import (
    ConflictError,
    GuideError,
    InvalidInputError,
    NotFoundError,
    PermissionDeniedError,
)
from guide.logs import exception_summary, withhold_exception_text

log = logging.getLogger(__name__)

UNEXPECTED = "the service could not complete this request"
_CODES: list[tuple[type[GuideError], int]] = [
    (NotFoundError, 404),
    (PermissionDeniedError, 404),  # a stranger learns nothing about what exists
    (ConflictError, 409),  # before InvalidInputError, its parent: the first match wins
    (InvalidInputError, 422),
]
_HEADINGS = {
    401: "Please sign in",
    403: "Not allowed",
    404: "Not found",
    409: "Already answered",
    408: "That took too long",
    413: "That was too much to send",
    415: "Please send JSON",
    422: "Please check what you entered",
    429: "Too many attempts",
}


def _is_page(request: Request) -> bool:
    return not request.url.path.startswith(("/api/", "/health", "/docs", "/openapi"))


def json_safe(value: Any) -> Any:
    """What JSON and UTF-8 can carry: no NaN or infinity, no unpaired surrogate (each becomes "?")."""
    if isinstance(value, str):
        return value.encode("utf-8", "replace").decode("utf-8")
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, dict):
        return {json_safe(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_safe(v) for v in value]
    return value


def _respond(request: Request, code: int, detail: Any) -> Response:
    detail = json_safe(detail)
    if not _is_page(request):
        return JSONResponse({"detail": detail}, status_code=code)
    from guide.web.render import TEMPLATES

    heading = _HEADINGS.get(code, "Something went wrong")
    me, csrf = _signed_in(request) if code != 500 else (None, None)
    return TEMPLATES.TemplateResponse(
        request,
        "error.html",
        {"code": code, "heading": heading, "message": detail, "me": me, "csrf": csrf},
        status_code=code,
    )


def _signed_in(request: Request) -> tuple[Any, str | None]:
    """Who is signed in, so an error page keeps the navigation (and sign-out); nobody if that cannot be told."""
    from guide.web.deps import SESSION_COOKIE

    try:
        found = request.app.state.services.accounts.session(request.cookies.get(SESSION_COOKIE))
    except Exception:  # an error page must render whatever failed
        return None, None
    return (found[0], found[1]) if found is not None else (None, None)


def public_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    """The validation errors without the `input` they quote: a body can hold names and record numbers."""
    errors = [{k: v for k, v in e.items() if k != "input"} for e in exc.errors()]
    return json_safe(jsonable_encoder(errors, custom_encoder={BaseException: str, bytes: lambda _: "<bytes>"}))


def validation_message(exc: RequestValidationError) -> str:
    """The validation errors as one sentence for people ("question: the question is empty"), never the input:
    every 4xx from the API is `{"detail": "<message>"}`, whichever check refused it."""
    parts = []
    for error in public_errors(exc):
        where = [str(part) for part in error.get("loc", []) if part != "body"]
        message = str(error.get("msg", "not valid")).removeprefix("Value error, ")
        parts.append(f"{where[-1]}: {message}" if where else message)
    return "; ".join(dict.fromkeys(parts)) or "the request is not valid"


def log_unexpected(scope: Scope, exc: BaseException) -> str:
    """Log what failed and where under a new request id, and return the id."""
    request_id = uuid.uuid4().hex[:12]
    route = getattr(scope.get("route"), "path", "an unmatched path")  # the template: no ids from the URL
    log.error(
        "unhandled %s on %s %s (request %s)\n%s",
        type(exc).__qualname__,
        scope.get("method"),
        route,
        request_id,
        exception_summary(exc),
    )
    return request_id


class CatchUnexpected:
    """Turn an exception no handler took into a 500 and one safe log line (pure ASGI: streams keep working).

    Starlette's own last resort re-raises to the server, which logs the traceback with every chained
    exception's text; this one keeps that text out of the log and gives the caller a request id to quote."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as exc:  # the last resort, by design
            request_id = log_unexpected(scope, exc)
            if started:  # the status line is gone; the server closes the connection
                return
            response = _respond(Request(scope), 500, UNEXPECTED)
            response.headers["X-Request-ID"] = request_id
            await response(scope, receive, send)


def install(app: FastAPI) -> None:
    """Register the handlers."""
    from guide.web.render import LoginRequiredError

    withhold_exception_text()
    app.add_middleware(CatchUnexpected)

    @app.exception_handler(GuideError)
    async def _handle(request: Request, exc: GuideError) -> Response:
        code = next((c for kind, c in _CODES if isinstance(exc, kind)), None)
        if code is not None:
            return _respond(request, code, str(exc))
        response = _respond(request, 500, UNEXPECTED)
        response.headers["X-Request-ID"] = log_unexpected(request.scope, exc)
        return response

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        response = _respond(request, exc.status_code, str(exc.detail))
        for name, value in (exc.headers or {}).items():
            response.headers[name] = value
        return response

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        if not _is_page(request):
            return JSONResponse({"detail": json_safe(validation_message(exc))}, status_code=422)
        fields = ", ".join(str(e.get("loc", ["", "?"])[-1]) for e in exc.errors())
        return _respond(request, 422, f"Some fields are missing or not valid: {fields}.")

    @app.exception_handler(LoginRequiredError)
    async def _login(_request: Request, _exc: LoginRequiredError) -> Response:
        return RedirectResponse("/login", status_code=303)
