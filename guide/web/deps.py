"""FastAPI dependencies, in one place, so tests can override them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Header, HTTPException, Request, status

from guide.db.models import ConsumerRow, DesigneeRow
from guide.pipeline import Pipeline
from guide.services import Services


def get_services(request: Request) -> Services:
    """The app's services."""
    services: Services = request.app.state.services
    return services


ServicesDep = Annotated[Services, Depends(get_services)]


def get_pipeline(services: ServicesDep) -> Pipeline:
    """The turn pipeline."""
    return services.pipeline


PipelineDep = Annotated[Pipeline, Depends(get_pipeline)]


@dataclass(frozen=True)
class Caller:
    """Who is calling: a consumer for themself, or a designee for the consumer who designated them."""

    kind: str  # consumer | designee
    id: str
    consumer_id: str

    @property
    def key(self) -> str:
        """The owner key stored on conversations."""
        return f"{self.kind}:{self.id}"

    @property
    def designee_id(self) -> str | None:
        """The designee id when a designee calls."""
        return self.id if self.kind == "designee" else None


def get_caller(
    services: ServicesDep,
    x_guide_user: Annotated[str | None, Header(description="Development identity: consumer:ID or designee:ID")] = None,
) -> Caller:
    """The caller; until accounts exist, a development header trusted only when GUIDE_DEV_AUTH is on."""
    unauthorised = HTTPException(
        status.HTTP_401_UNAUTHORIZED, "sign in first", headers={"WWW-Authenticate": "X-Guide-User"}
    )
    if not services.settings.dev_auth or not x_guide_user or ":" not in x_guide_user:
        raise unauthorised
    kind, _, ident = x_guide_user.partition(":")
    with services.db.session() as s:
        if kind == "consumer" and s.get(ConsumerRow, ident) is not None:
            return Caller("consumer", ident, ident)
        if kind == "designee":
            designee = s.get(DesigneeRow, ident)
            if designee is not None:
                return Caller("designee", ident, designee.consumer_id)
    raise unauthorised


CurrentCaller = Annotated[Caller, Depends(get_caller)]
