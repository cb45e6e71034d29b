"""The clinicians' review queue and one item: approve, edit or answer, call the family."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from guide.errors import ConflictError, GuideError, InvalidInputError, NotFoundError
from guide.review.queue import QUEUE_PAGE, ItemView, draft_about_question, plan_items, reason_words, tel_href
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


@router.get("/review")
def queue(request: Request, principal: PagePrincipal, services: ServicesDep) -> HTMLResponse:
    """Open items of the clinician's care teams, urgent first, then the longest waiting."""
    require(principal, "clinician")
    page = _page_number(request.query_params.get("page"))
    queue_page = services.review.queue_page(principal.care_team, offset=(page - 1) * QUEUE_PAGE, limit=QUEUE_PAGE)
    items = queue_page.entries
    names = {c: consumer_name(services, c) for c in {i.consumer_id for i in items}}
    why = {i.id: "; ".join(dict.fromkeys(reason_words(r) for r in i.reasons)) for i in items}
    return render(request, "queue.html", principal, items=items, names=names, why=why, queue=queue_page, page=page)


def _page_number(raw: str | None) -> int:
    """The queue page asked for; anything that is not a page number is the first page."""
    try:
        return max(1, min(int(raw or "1"), 100_000))
    except ValueError:
        return 1


@router.get("/review/{item_id}")
def review_item(request: Request, item_id: str, principal: PagePrincipal, services: ServicesDep) -> HTMLResponse:
    """One item with everything needed to answer it."""
    require(principal, "clinician")
    view = services.review.item(item_id, principal.care_team)
    services.audit.by(
        principal,
        "review_read",
        consumer_id=view.entry.consumer_id,
        target=item_id,
    )
    return render(request, "review_item.html", principal, **_review_context(services, view), error="")


def _review_context(services: Any, view: ItemView) -> dict[str, Any]:
    """What the review page shows besides the item: hidden sections, reasons in words, whether to offer the draft."""
    plan = services.store.plan(view.entry.consumer_id)
    items = plan_items(plan)
    on_topic = bool(view.draft.strip()) and draft_about_question(
        view.question_redacted, view.draft_redacted, services.similarity
    )
    return {
        "view": view,
        "hidden": [SECTION_LABELS[s.value] for s in GRANTABLE if s.value not in view.reader_sections],
        "reasons": [(reason_words(r, items), r.code) for r in view.entry.reasons],
        "draft": view.draft if on_topic else "",
        "draft_off_topic": bool(view.draft.strip()) and not on_topic,
        "calls": [(phone, tel_href(phone)) for phone in (view.asker.phones if view.asker else [])],
        "not_on_plan": services.checker.medicines_not_on_plan(view.entry.question, plan),
    }


@router.post("/review/{item_id}")
def review_action(
    request: Request,
    item_id: str,
    principal: PagePrincipal,
    services: ServicesDep,
    action: Annotated[str, Form()] = "",
    text: Annotated[str, Form()] = "",
    note: Annotated[str, Form(max_length=4000)] = "",
) -> Response:
    """Approve, edit and send, replace, or record a call (with a note of what was agreed); the answer goes into
    the family's thread, and a call's note into the audit log as well."""
    require(principal, "clinician")
    view = services.review.item(item_id, principal.care_team)
    written = note.strip() if action == "called" else text
    try:
        if action == "approve" and view.status == "open" and _review_context(services, view)["draft_off_topic"]:
            raise InvalidInputError("the draft is not about the question, so it cannot be approved; write an answer")
        message_id = services.review.resolve(
            item_id, consumers=principal.care_team, reviewer_id=principal.user_id, action=action, text=written
        )
    except GuideError as e:
        if isinstance(e, NotFoundError):
            raise
        view = services.review.item(item_id, principal.care_team)  # as it is now: who answered, and what
        response = render(request, "review_item.html", principal, **_review_context(services, view), error=str(e))
        response.status_code = 409 if isinstance(e, ConflictError) else 422  # 409: another clinician answered first
        return response
    detail: dict[str, Any] = {"action": action, "message": message_id}
    if action == "called":
        detail["note"] = written
    services.audit.by(
        principal,
        "review_action",
        consumer_id=view.entry.consumer_id,
        target=item_id,
        detail=detail,
    )
    return RedirectResponse("/review?done=1", status.HTTP_303_SEE_OTHER)
