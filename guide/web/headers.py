"""Security and caching headers on every response, as plain ASGI middleware.

`@app.middleware("http")` (Starlette's BaseHTTPMiddleware) runs each request through an extra task and memory
streams, a measured ~1-2 ms of CPU per request; this one only edits the start message's headers."""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# No inline script anywhere: text from people or plans can never run as code. The eval reports embed images.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; "
    "base-uri 'none'; form-action 'self'"
)
REPORT_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; "
    "base-uri 'none'; form-action 'none'"
)
HSTS = "max-age=31536000; includeSubDomains"
DOCS_ASSETS = "/static-docs"  # Swagger UI and ReDoc files, from the fastapi-offline package


class SecurityHeaders:
    """CSP (none on the API docs page, which runs its own inline start-up script; the reports' own on /evals/),
    no-store on everything but static files (pages and API answers may carry patient information), HSTS with
    secure cookies, and the usual nosniff / same-origin / DENY."""

    def __init__(self, app: ASGIApp, *, hsts: bool) -> None:
        self.app = app
        self.hsts = hsts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                self._add(MutableHeaders(scope=message), path)
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def _add(self, headers: MutableHeaders, path: str) -> None:
        if not path.startswith(("/docs", "/redoc")):
            headers.setdefault("Content-Security-Policy", REPORT_CSP if path.startswith("/evals/") else CSP)
        if not path.startswith(("/static/", DOCS_ASSETS + "/", "/favicon.ico")):
            headers["Cache-Control"] = "no-store"
        if self.hsts:
            headers.setdefault("Strict-Transport-Security", HSTS)
        headers.setdefault("X-Content-Type-Options", "nosniff")
        headers.setdefault("Referrer-Policy", "same-origin")
        headers.setdefault("X-Frame-Options", "DENY")
