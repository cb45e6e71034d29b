"""The home team's chat: choosing a consumer, conversations, the thread, asking without the script, feedback,
and the passage a citation points to."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Form, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from guide.errors import NotFoundError
from guide.store.conversations import ThreadMessage
from guide.web.deps import ServicesDep
from guide.web.render import (
    PagePrincipal,
    consumer_name,
    first_name,
    render,
    require,
)
from guide.web.routes.api import ask_as
from redaction import PseudonymVault

router = APIRouter(include_in_schema=False)


@router.get("/chat")
def choose_consumer(request: Request, principal: PagePrincipal, services: ServicesDep) -> Response:
    """The consumers this person may ask about."""
    require(principal, "consumer", "caregiver")
    people = [(a, consumer_name(services, a.consumer_id)) for a in principal.acting]
    if len(people) == 1:
        return RedirectResponse(f"/chat/{people[0][0].consumer_id}", status.HTTP_303_SEE_OTHER)
    return render(request, "consumers.html", principal, people=people)


@router.get("/chat/{consumer_id}")
def conversations_page(request: Request, consumer_id: str, principal: PagePrincipal, services: ServicesDep) -> Response:
    """Conversations about one consumer, and a button to start one."""
    acting = principal.acting_for(consumer_id)
    if acting is None:
        raise NotFoundError("no such consumer")
    services.audit.by(principal, "read_plan", consumer_id=consumer_id, target="list")
    conversations = services.store.for_owners(frozenset([acting.key]), consumer_id)
    previews = [(c, services.store.messages(c.id)[:1]) for c in conversations]
    return render(
        request,
        "conversations.html",
        principal,
        consumer_id=consumer_id,
        name=consumer_name(services, consumer_id),
        previews=previews,
    )


@router.post("/chat/{consumer_id}/new")
def new_conversation(consumer_id: str, principal: PagePrincipal, services: ServicesDep) -> RedirectResponse:
    """Start a conversation."""
    acting = principal.acting_for(consumer_id)
    if acting is None:
        raise NotFoundError("no such consumer")
    info = services.store.create(consumer_id=consumer_id, designee_id=acting.designee_id, owner=acting.key)
    return RedirectResponse(f"/chat/c/{info.id}", status.HTTP_303_SEE_OTHER)


@router.get("/chat/c/{conversation_id}")
def thread(request: Request, conversation_id: str, principal: PagePrincipal, services: ServicesDep) -> HTMLResponse:
    """One conversation: questions, replies with their sources and status, the clinician's answers."""
    info = services.store.get(conversation_id, owner=principal.owner_keys)
    services.audit.by(
        principal,
        "read_conversation",
        consumer_id=info.consumer_id,
        target=conversation_id,
    )
    in_order = services.store.thread(info)
    questions = {r.id: q.content for q, r in zip(in_order, in_order[1:], strict=False) if q.role == "user"}
    messages = answers_in_place(in_order)
    replies = [m for m in messages if m.role == "assistant"]
    latest = max(replies, key=lambda m: m.seq) if replies else None
    emergency = latest if latest is not None and latest.decision == "emergency" else None
    return render(
        request,
        "thread.html",
        principal,
        conversation=info,
        name=consumer_name(services, info.consumer_id),
        first_name=first_name(services, info.consumer_id),
        own_plan=info.designee_id is None,  # the consumer asking about their own plan: "Your care plan says"
        messages=messages,
        last_seq=max((m.seq for m in messages), default=0),
        max_chars=services.settings.max_question_chars,
        composer=services.settings.llm_mode,
        questions=questions,
        emergency=emergency,
        calls=emergency_calls(emergency.content) if emergency else [],
        deceased=services.store.plan(info.consumer_id).consumer.deceased,
    )


def answers_in_place(messages: list[ThreadMessage]) -> list[ThreadMessage]:
    """The thread with each care-team answer right under the held reply (and so the question) it answers."""
    present = {m.id for m in messages}
    answers: dict[str, list[ThreadMessage]] = {}
    for m in messages:
        if m.answers in present:
            answers.setdefault(m.answers, []).append(m)
    placed = {a.id for group in answers.values() for a in group}
    ordered: list[ThreadMessage] = []
    for m in messages:
        if m.id in placed:
            continue
        ordered.append(m)
        ordered += answers.get(m.id, [])
    return ordered


_CALLS = (
    (re.compile(r"(?<!\d)911(?!\d)"), "Call 911", "tel:911"),
    (re.compile(r"(?<!\d)988(?!\d)"), "Call or text 988", "tel:988"),
    (re.compile(r"1-800-222-1222"), "Poison Control 1-800-222-1222", "tel:18002221222"),
)


def emergency_calls(text: str) -> list[tuple[str, str]]:
    """Tap-to-call links for the numbers an emergency reply tells the family to call, in the order the reply gives
    them ('Call Poison Control at 1-800-222-1222 now. If the person collapses ... call 911': Poison Control first, as
    the reply says); 911 is always there, first when the reply does not name it."""
    found = []
    for pattern, label, href in _CALLS:
        m = pattern.search(text)
        if m is not None or href == "tel:911":
            found.append((m.start() if m is not None else -1, label, href))
    return [(label, href) for _pos, label, href in sorted(found)]


@router.post("/chat/c/{conversation_id}/ask")
def ask_without_script(
    conversation_id: str, principal: PagePrincipal, services: ServicesDep, question: Annotated[str, Form()] = ""
) -> RedirectResponse:
    """The form's plain submit (no JavaScript): answer, then show the thread."""
    result = ask_as(services, principal, conversation_id, question)
    return RedirectResponse(f"/chat/c/{conversation_id}#m-{result.message_id}", status.HTTP_303_SEE_OTHER)


@router.post("/chat/c/{conversation_id}/m/{message_id}/feedback")
def feedback(
    conversation_id: str,
    message_id: str,
    principal: PagePrincipal,
    services: ServicesDep,
    rating: Annotated[int, Form()],
    comment: Annotated[str, Form(max_length=2000)] = "",
) -> RedirectResponse:
    """Thumbs up or down on a reply, with an optional comment."""
    info = services.store.get(conversation_id, owner=principal.owner_keys)
    services.store.add_feedback(
        conversation_id=conversation_id,
        message_id=message_id,
        user_id=principal.user_id,
        rating=rating,
        comment=comment,
    )
    services.audit.by(
        principal,
        "feedback",
        consumer_id=info.consumer_id,
        target=message_id,
    )
    return RedirectResponse(f"/chat/c/{conversation_id}#m-{message_id}", status.HTTP_303_SEE_OTHER)


@router.get("/chat/c/{conversation_id}/passage/{passage_id:path}")
def passage(
    request: Request, conversation_id: str, passage_id: str, principal: PagePrincipal, services: ServicesDep
) -> HTMLResponse:
    """A cited passage, only if a reply in this conversation cites it."""
    info = services.store.get(conversation_id, owner=principal.owner_keys)
    cited = {c["id"]: c for m in services.store.messages(conversation_id) for c in m.citations}
    if passage_id not in cited:
        raise NotFoundError("no such passage")
    vault = PseudonymVault.from_dict(info.vault)
    found = services.passages.get(passage_id)
    if found and (
        found.kind != cited[passage_id]["kind"] or (found.kind == "careplan" and found.consumer_id != info.consumer_id)
    ):
        found = None  # only this consumer's plan, and only what the reply cited (a stored id is not trusted further)
    article = services.passages.article(found) if found else None
    text = found.text if found else cited[passage_id]["quote"]
    if cited[passage_id]["kind"] == "careplan":
        text = vault.restore(text)
    services.audit.by(
        principal,
        "read_passage",
        consumer_id=info.consumer_id,
        target=passage_id,
    )
    return render(
        request,
        "passage.html",
        principal,
        conversation=info,
        title=vault.restore(cited[passage_id]["title"]),
        text=text,
        kind=cited[passage_id]["kind"],
        article=article,
    )
