"""FastAPI dependencies, in one place, so tests can override them."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Header, HTTPException, Request, status

from guide.services import Services
from guide.store.accounts import Acting, Principal
from guide.store.db.models import ConsumerRow, DesigneeRow
from guide.turn.pipeline import Pipeline

SESSION_COOKIE = "guide_session"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


# Dependencies that only read what the request already holds are `async def`: FastAPI runs a plain `def` dependency in
# its thread pool, one hand-off per dependency per request (measured: about 0.3 ms of CPU each on this machine class).
# The ones that touch the database stay plain functions, off the event loop.


async def get_services(request: Request) -> Services:
    """The app's services."""
    services: Services = request.app.state.services
    return services


ServicesDep = Annotated[Services, Depends(get_services)]


async def get_pipeline(services: ServicesDep) -> Pipeline:
    """The turn pipeline."""
    return services.pipeline


PipelineDep = Annotated[Pipeline, Depends(get_pipeline)]


OPERATOR = "operator"  # the development identity of a command line using a server (`guide kb search --server`)


def _dev_principal(services: Services, header: str) -> Principal | None:
    """`consumer:ID` or `designee:ID`, trusted only when GUIDE_DEV_AUTH is on (never in production); `operator:NAME`
    is signed in and acts for no consumer (it reads the knowledge base; every consumer's data is a 404 to it)."""
    kind, _, ident = header.partition(":")
    if kind == OPERATOR and ident:
        return Principal(f"dev:{header}", header, ident, OPERATOR, ())
    with services.db.session() as s:
        if kind == "consumer" and s.get(ConsumerRow, ident) is not None:
            acting = Acting(ident, None, "my own care plan")
            return Principal(f"dev:{header}", header, ident, "consumer", (acting,))
        designee = s.get(DesigneeRow, ident) if kind == "designee" else None
        if designee is not None:
            acting = Acting(designee.consumer_id, ident, designee.consumer_id)
            return Principal(f"dev:{header}", header, ident, "caregiver", (acting,))
    return None


def optional_principal(
    request: Request,
    services: ServicesDep,
    x_guide_user: Annotated[str | None, Header(description="Development identity: consumer:ID or designee:ID")] = None,
) -> Principal | None:
    """The signed-in person (session cookie), or the development header when enabled, or None."""
    found = services.accounts.session(request.cookies.get(SESSION_COOKIE))
    if found is not None:
        request.state.csrf = found[1]
        return found[0]
    request.state.csrf = None
    if services.settings.dev_auth and x_guide_user and ":" in x_guide_user:
        return _dev_principal(services, x_guide_user)
    return None


MaybePrincipal = Annotated[Principal | None, Depends(optional_principal)]


async def verify_csrf(request: Request, principal: MaybePrincipal) -> None:
    """A state-changing request on a cookie session must carry the session's CSRF token
    (form field `csrf_token` or header `X-CSRF-Token`); header-identified development calls carry no cookie."""
    expected = getattr(request.state, "csrf", None)
    if request.method in SAFE_METHODS or principal is None or expected is None:
        return
    sent = request.headers.get("x-csrf-token")
    if sent is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        sent = str((await request.form()).get("csrf_token", ""))
    if not sent or not hmac.compare_digest(sent, expected):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "the form expired or did not come from this site; reload it")


async def require_json(request: Request) -> None:
    """A JSON API body must say it is JSON (`application/json` or `*+json`); anything else is a 415, not a guess."""
    media_type = request.headers.get("content-type", "").partition(";")[0].strip().lower()
    if media_type == "application/json" or (media_type.startswith("application/") and media_type.endswith("+json")):
        return
    if media_type or await request.body():
        raise HTTPException(
            status.HTTP_415_UNSUPPORTED_MEDIA_TYPE, "send the body as JSON (Content-Type: application/json)"
        )


JsonBody = Depends(require_json)


async def current_principal(principal: MaybePrincipal, _csrf: Annotated[None, Depends(verify_csrf)]) -> Principal:
    """The caller, or 401."""
    if principal is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "sign in first", headers={"WWW-Authenticate": "Session"})
    return principal


CurrentPrincipal = Annotated[Principal, Depends(current_principal)]


def client_address(request: Request) -> str:
    """The client address used by the sign-in rate limit."""
    return request.client.host if request.client else "unknown"
