"""The app factory."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from guide import __version__
from guide.services import Services, warm_up
from guide.settings import Settings
from guide.web import api, errors


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

    @app.get("/health", tags=["health"])
    def health() -> dict[str, str]:
        """Liveness, and which composer answers (offline or a model)."""
        return {"status": "ok", "composer": services.settings.llm_mode}

    return app
