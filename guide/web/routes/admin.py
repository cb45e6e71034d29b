"""The audit log, for administrators."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from guide.store.audit import AuditQuery
from guide.web.deps import ServicesDep
from guide.web.render import (
    PagePrincipal,
    render,
    require,
)

router = APIRouter(include_in_schema=False)


@router.get("/admin/audit")
def audit_page(
    request: Request,
    principal: PagePrincipal,
    services: ServicesDep,
    action: str = "",
    consumer_id: str = "",
    actor_id: str = "",
) -> HTMLResponse:
    """The audit log, newest first, filtered by action, consumer or person."""
    require(principal, "admin")
    events = services.audit.events(
        AuditQuery(actor_id=actor_id or None, action=action or None, consumer_id=consumer_id or None)
    )
    users = {u.id: u.username for u in services.accounts.users()}
    from guide.store.audit import ACTIONS

    return render(
        request,
        "audit.html",
        principal,
        events=events,
        users=users,
        actions=ACTIONS,
        filters={"action": action, "consumer_id": consumer_id, "actor_id": actor_id},
    )
