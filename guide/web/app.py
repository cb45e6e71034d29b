"""The app factory."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline

from guide import __version__
from guide.demo.accounts import refuse_demo_accounts_in_production
from guide.services import Services, warm_up
from guide.settings import Settings
from guide.web import api, errors, limits, pages

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
STATIC = Path(__file__).resolve().parent / "static"


def create_app(settings: Settings | None = None, services: Services | None = None) -> FastAPI:
    """Build the app for these settings; nothing heavy is built until first use."""
    services = services or Services(settings or Settings())
    docs = services.settings.env != "production" or services.settings.api_docs_in_production

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        refuse_demo_accounts_in_production(services)
        if services.settings.warm_up:
            warm_up(services)
        yield

    # fastapi-offline serves Swagger UI's and ReDoc's files from its own package: /docs works with the network off.
    offline_docs = {
        "docs_url": "/docs",
        "redoc_url": "/redoc",
        "static_url": DOCS_ASSETS,
        "favicon_url": "/favicon.ico",
    }
    app = (FastAPIOffline if docs else FastAPI)(
        **(offline_docs if docs else {"docs_url": None, "redoc_url": None, "openapi_url": None}),
        lifespan=lifespan,
        title="Home Team Guide",
        version=__version__,
        description="Guidance for a patient's home team from their care plan and a curated "
        "knowledge base; anything uncertain or risky goes to the clinical team.",
    )
    app.state.services = services
    errors.install(app)
    app.add_middleware(limits.BodyLimit, max_bytes=services.settings.max_body_bytes)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        """The site icon where browsers look for it by default (pages link the same file)."""
        return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        path = request.url.path
        if not path.startswith(("/docs", "/redoc")):  # the API docs page runs its own inline start-up script
            report = path.startswith("/evals/")  # self-contained reports carry their own styles
            response.headers.setdefault("Content-Security-Policy", REPORT_CSP if report else CSP)
        # pages and API answers may carry patient information: never cached
        if not path.startswith(("/static/", DOCS_ASSETS + "/", "/favicon.ico")):
            response.headers["Cache-Control"] = "no-store"
        if services.settings.secure_cookies:
            response.headers.setdefault("Strict-Transport-Security", HSTS)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response

    @app.get("/health", tags=["health"])
    def health() -> dict[str, str]:
        """Liveness, and which composer answers (offline or a model)."""
        return {"status": "ok", "composer": services.settings.llm_mode}

    @app.get("/ready", tags=["health"])
    def ready() -> Response:
        """Readiness: 200 when the database, the vector store and the model endpoint (when one is configured)
        answer, else 503 naming the part that does not; a load balancer sends turns only to ready instances."""
        import json

        from guide.services import readiness

        checks = readiness(services)
        ok = all(v == "ok" for v in checks.values())
        body = json.dumps({"status": "ready" if ok else "not_ready", "checks": checks})
        return Response(body, status_code=200 if ok else 503, media_type="application/json")

    return app
