"""The app factory."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.staticfiles import StaticFiles

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

    app = FastAPI(
        lifespan=lifespan,
        docs_url="/docs" if docs else None,
        redoc_url="/redoc" if docs else None,
        openapi_url="/openapi.json" if docs else None,
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
    app.mount("/static", StaticFiles(directory=str(Path(__file__).resolve().parent / "static")), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        path = request.url.path
        if not path.startswith(("/docs", "/redoc")):  # the API docs page loads its own scripts
            report = path.startswith("/evals/")  # self-contained reports carry their own styles
            response.headers.setdefault("Content-Security-Policy", REPORT_CSP if report else CSP)
        if not path.startswith("/static/"):  # pages and API answers may carry patient information: never cached
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

    return app
