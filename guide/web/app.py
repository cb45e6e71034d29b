"""The app factory."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Response
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline

from guide import __version__
from guide.demo.accounts import refuse_demo_accounts_in_production
from guide.services import Services, warm_up
from guide.settings import Settings
from guide.web import errors, limits
from guide.web.headers import DOCS_ASSETS, SecurityHeaders
from guide.web.routes import admin, api, auth, chat, consent, evals, knowledge, review
from guide.web.spread import RecycleConnections, limit_threads

log = logging.getLogger(__name__)

STATIC = Path(__file__).resolve().parent / "static"


def create_app(settings: Settings | None = None, services: Services | None = None) -> FastAPI:
    """Build the app for these settings; nothing heavy is built until first use."""
    services = services or Services(settings or Settings())
    docs = services.settings.env != "production" or services.settings.api_docs_in_production

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        refuse_demo_accounts_in_production(services)
        if services.settings.warm_up:  # a server process (`guide serve`): its share of the cores, then the models
            limit_threads(services.settings.threads_per_worker)
            warm_up(services)
            limited = limit_threads(services.settings.threads_per_worker)  # and the libraries warming up loaded
            log.info("threads per library in this worker: %s", limited or "library defaults")
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
    app.add_middleware(RecycleConnections, max_requests=services.settings.max_requests_per_connection)
    app.include_router(api.router)
    app.include_router(knowledge.router)
    for pages in (auth, chat, review, consent, admin, evals):
        app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        """The site icon where browsers look for it by default (pages link the same file)."""
        return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")

    # outermost, so every answer gets the headers, a 500 from CatchUnexpected included (pure ASGI: see headers.py)
    app.add_middleware(SecurityHeaders, hsts=services.settings.secure_cookies)

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
