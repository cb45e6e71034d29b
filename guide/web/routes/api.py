"""The JSON API, version 1. Routes stay thin: they call the pipeline and the stores."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, status
from sse_starlette import EventSourceResponse

from guide.errors import NotFoundError
from guide.services import Services
from guide.store.accounts import Principal
from guide.store.audit import turn_asked_by
from guide.store.conversations import ThreadMessage
from guide.turn.pipeline import TurnResult
from guide.web.deps import CurrentPrincipal, JsonBody, ServicesDep
from guide.web.schemas import (
    CitationOut,
    Conversation,
    ConversationCreate,
    MessageOut,
    QuestionIn,
    TurnOut,
    Updates,
)
from guide.web.streaming import turn_events

router = APIRouter(prefix="/api/v1", tags=["conversations"])


@router.post(
    "/conversations", status_code=status.HTTP_201_CREATED, response_model=Conversation, dependencies=[JsonBody]
)
def create_conversation(body: ConversationCreate, caller: CurrentPrincipal, services: ServicesDep) -> Conversation:
    """Start a conversation about a consumer you are, or who designated you."""
    acting = caller.acting_for(body.consumer_id)
    if acting is None or body.designee_id not in (None, acting.designee_id):
        raise NotFoundError("no such consumer")
    info = services.store.create(consumer_id=acting.consumer_id, designee_id=acting.designee_id, owner=acting.key)
    return Conversation(id=info.id, consumer_id=info.consumer_id, designee_id=info.designee_id)


@router.get("/conversations", response_model=list[Conversation])
def list_conversations(caller: CurrentPrincipal, services: ServicesDep) -> list[Conversation]:
    """Your conversations, newest first."""
    return [
        Conversation(id=c.id, consumer_id=c.consumer_id, designee_id=c.designee_id)
        for c in services.store.for_owners(caller.owner_keys)
    ]


def ask_as(services: Services, caller: Principal, conversation_id: str, question: str) -> TurnResult:
    """Run the turn for a caller who holds the conversation, and audit who asked and what was decided
    (no text: the thread holds it) in the turn's own transaction. The API and the pages both ask through here."""
    with turn_asked_by(caller):
        return services.pipeline.ask(conversation_id=conversation_id, question=question, owner=caller.owner_keys)


@router.post("/conversations/{conversation_id}/messages", response_model=TurnOut, dependencies=[JsonBody])
def ask(conversation_id: str, body: QuestionIn, caller: CurrentPrincipal, services: ServicesDep) -> TurnOut:
    """Ask a question. The reply says whether it was answered, is waiting for the care team,
    or is an emergency, with the passages it cites and the reasons for the decision."""
    result = ask_as(services, caller, conversation_id, body.question)
    return TurnOut(
        **result.as_dict(),
        conversation_id=result.conversation_id,  # type: ignore[arg-type]
        message_id=result.message_id,
        composer=result.composer,
    )


@router.post(
    "/conversations/{conversation_id}/messages/stream",
    response_class=EventSourceResponse,
    dependencies=[JsonBody],
    responses={200: {"content": {"text/event-stream": {}}, "description": "decision, delta..., citations, done"}},
)
def ask_streamed(
    conversation_id: str, body: QuestionIn, caller: CurrentPrincipal, services: ServicesDep
) -> EventSourceResponse:
    """Ask a question and receive the reply as server-sent events. The first event carries the
    decision (and, for an emergency, the whole instruction); the answer follows in pieces."""
    return EventSourceResponse(turn_events(ask_as(services, caller, conversation_id, body.question)))


@router.get("/conversations/{conversation_id}/messages", response_model=list[MessageOut])
def messages(conversation_id: str, caller: CurrentPrincipal, services: ServicesDep) -> list[MessageOut]:
    """The conversation so far, with names restored for you."""
    info = services.store.get(conversation_id, owner=caller.owner_keys)
    services.audit.by(
        caller,
        "read_conversation",
        consumer_id=info.consumer_id,
        target=conversation_id,
    )
    return [_message_out(m) for m in services.store.thread(info)]


@router.get("/conversations/{conversation_id}/updates", response_model=Updates)
def updates(
    conversation_id: str,
    caller: CurrentPrincipal,
    services: ServicesDep,
    after: Annotated[int, Query(ge=0, description="The last message position the page already shows.")] = 0,
) -> Updates:
    """What changed for a page that waits for the care team: which held replies are answered and the care team's
    answers after `after`. An open chat asks every few seconds, so only a call that returns an answer is audited
    as a read of the conversation; a call that finds nothing new reads no message text and writes no event."""
    info = services.store.get(conversation_id, owner=caller.owner_keys)
    thread = services.store.thread(info)
    answers = [m for m in thread if m.role == "clinician" and m.seq > after]
    if answers:
        services.audit.by(
            caller,
            "read_conversation",
            consumer_id=info.consumer_id,
            target=conversation_id,
            detail={"via": "updates", "answers": len(answers)},
        )
    return Updates(
        waiting=[m.id for m in thread if m.review == "open"],
        resolved=[m.id for m in thread if m.review == "resolved"],
        answers=[_message_out(m) for m in answers],
    )


def _message_out(m: ThreadMessage) -> MessageOut:
    return MessageOut(
        id=m.id,
        seq=m.seq,
        role=m.role,  # type: ignore[arg-type]
        content=m.content,
        decision=m.decision,
        review=m.review,
        reasons=m.reasons,
        citations=[CitationOut(**c) for c in m.citations],  # type: ignore[arg-type]
        created_at=m.created_at,
        answers=m.answers,
    )
