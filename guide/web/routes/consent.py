"""Consent: who of the home team may see which sections of the plan."""

from __future__ import annotations

from fastapi import APIRouter, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse

from guide.errors import NotFoundError
from guide.store.accounts import Principal
from guide.store.consent import GRANTABLE
from guide.web.deps import ServicesDep
from guide.web.render import (
    SECTION_LABELS,
    PagePrincipal,
    consumer_name,
    render,
    require,
)

router = APIRouter(include_in_schema=False)


@router.get("/consent")
def consent_page(
    request: Request, principal: PagePrincipal, services: ServicesDep, consumer_id: str = "", saved: str = ""
) -> HTMLResponse:
    """What each designee may see; the consumer (or an admin for them) changes it here."""
    consumer_id = _consent_consumer(principal, consumer_id)
    ids = services.store.consumer_ids() if principal.role == "admin" else []
    consumers = [(c, f"{consumer_name(services, c)} ({c})") for c in ids]
    consumer_id = consumer_id or (ids[0] if ids else "")  # an admin sees the first person's designees at once
    designees = services.consent.designees(consumer_id) if consumer_id else []
    return render(
        request,
        "consent.html",
        principal,
        consumer_id=consumer_id,
        consumer_name=consumer_name(services, consumer_id) if consumer_id else "",
        consumers=consumers,
        designees=designees,
        grantable=[(s.value, SECTION_LABELS[s.value]) for s in GRANTABLE],
        saved=saved,
    )


@router.post("/consent/{consumer_id}/{designee_id}")
async def consent_change(
    request: Request, consumer_id: str, designee_id: str, principal: PagePrincipal, services: ServicesDep
) -> RedirectResponse:
    """Grant exactly the ticked sections; the change applies to the designee's next question."""
    consumer_id = _consent_consumer(principal, consumer_id)
    form = await request.form()
    scopes = {str(v) for v in form.getlist("scope")}
    granted, revoked = services.consent.set_scopes(consumer_id, designee_id, scopes)
    services.audit.by(
        principal,
        "consent_change",
        consumer_id=consumer_id,
        target=designee_id,
        detail={"granted": sorted(granted), "revoked": sorted(revoked)},
    )
    query = f"consumer_id={consumer_id}&" if principal.role == "admin" else ""
    return RedirectResponse(f"/consent?{query}saved={designee_id}", status.HTTP_303_SEE_OTHER)


def _consent_consumer(principal: Principal, consumer_id: str) -> str:
    if principal.role == "consumer":
        own = principal.acting[0].consumer_id if principal.acting else ""
        if consumer_id and consumer_id != own:
            raise NotFoundError("no such consumer")
        return own
    require(principal, "admin")
    return consumer_id
