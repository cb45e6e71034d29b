"""The app factory."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.staticfiles import StaticFiles

from guide import __version__
from guide.services import Services, warm_up
from guide.settings import Settings
from guide.web import api, errors, pages

# No inline script anywhere: text from people or plans can never run as code. The eval reports embed images.
CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'"
REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'"


def create_app(settings: Settings | None = None, services: Services | None = None) -> FastAPI:
    """Build the app for these settings; nothing heavy is built until first use."""
    services = services or Services(settings or Settings())

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if services.settings.warm_up:
            warm_up(services)
        yield

    app = FastAPI(
        lifespan=lifespan,
        title="Home Team Guide",
        version=__version__,
        description="Guidance for a patient's home team from their care plan and a curated "
        "knowledge base; anything uncertain or risky goes to the clinical team.",
    )
    app.state.services = services
    errors.install(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(Path(__file__).resolve().parent / "static")), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        if not request.url.path.startswith(("/docs", "/redoc")):  # the API docs page loads its own scripts
            report = request.url.path.startswith("/evals/")  # self-contained reports carry their own styles
            response.headers.setdefault("Content-Security-Policy", REPORT_CSP if report else CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response

    @app.get("/health", tags=["health"])
    def health() -> dict[str, str]:
        """Liveness, and which composer answers (offline or a model)."""
        return {"status": "ok", "composer": services.settings.llm_mode}

    return app
