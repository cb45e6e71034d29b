"""Maps the service's errors to HTTP codes, in one place."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

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


def install(app: FastAPI) -> None:
    """Register the handler."""

    @app.exception_handler(GuideError)
    async def _handle(_request: Request, exc: GuideError) -> JSONResponse:
        code = next((c for kind, c in _CODES if isinstance(exc, kind)), 500)
        detail = str(exc) if code != 500 else "the service could not complete this request"
        return JSONResponse({"detail": detail}, status_code=code)
