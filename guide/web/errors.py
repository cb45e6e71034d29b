"""Maps the service's errors to HTTP codes, in one place; pages get an HTML page, the API JSON."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from guide.errors import (
    GuideError,
    InvalidInputError,
    NotFoundError,
    PermissionDeniedError,
)

_CODES: list[tuple[type[GuideError], int]] = [
    (NotFoundError, 404),
    (PermissionDeniedError, 404),  # a stranger learns nothing about what exists
    (InvalidInputError, 422),
]
_HEADINGS = {
    401: "Please sign in",
    403: "Not allowed",
    404: "Not found",
    422: "Please check what you entered",
    429: "Too many attempts",
}


def _is_page(request: Request) -> bool:
    return not request.url.path.startswith(("/api/", "/health", "/docs", "/openapi"))


def _respond(request: Request, code: int, detail: str) -> Response:
    if not _is_page(request):
        return JSONResponse({"detail": detail}, status_code=code)
    from guide.web.pages import TEMPLATES

    heading = _HEADINGS.get(code, "Something went wrong")
    return TEMPLATES.TemplateResponse(
        request,
        "error.html",
        {"code": code, "heading": heading, "message": detail, "me": None, "csrf": None},
        status_code=code,
    )


def install(app: FastAPI) -> None:
    """Register the handlers."""
    from guide.web.pages import LoginRequiredError

    @app.exception_handler(GuideError)
    async def _handle(request: Request, exc: GuideError) -> Response:
        code = next((c for kind, c in _CODES if isinstance(exc, kind)), 500)
        detail = str(exc) if code != 500 else "the service could not complete this request"
        return _respond(request, code, detail)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        response = _respond(request, exc.status_code, str(exc.detail))
        for name, value in (exc.headers or {}).items():
            response.headers[name] = value
        return response

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        if not _is_page(request):
            return JSONResponse({"detail": exc.errors()}, status_code=422)
        fields = ", ".join(str(e.get("loc", ["", "?"])[-1]) for e in exc.errors())
        return _respond(request, 422, f"Some fields are missing or not valid: {fields}.")

    @app.exception_handler(LoginRequiredError)
    async def _login(_request: Request, _exc: LoginRequiredError) -> Response:
        return RedirectResponse("/login", status_code=303)
