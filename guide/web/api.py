"""The JSON API, version 1. Routes stay thin: they call the pipeline and the stores."""

from __future__ import annotations

from fastapi import APIRouter, status

from guide.errors import NotFoundError
from guide.web.deps import CurrentCaller, PipelineDep, ServicesDep
from guide.web.schemas import (
    CitationOut,
    Conversation,
    ConversationCreate,
    MessageOut,
    QuestionIn,
    TurnOut,
)
from redaction import PseudonymVault

router = APIRouter(prefix="/api/v1", tags=["conversations"])


@router.post("/conversations", status_code=status.HTTP_201_CREATED, response_model=Conversation)
def create_conversation(body: ConversationCreate, caller: CurrentCaller, services: ServicesDep) -> Conversation:
    """Start a conversation about a consumer you are, or who designated you."""
    if body.consumer_id != caller.consumer_id or (body.designee_id not in (None, caller.designee_id)):
        raise NotFoundError("no such consumer")
    info = services.store.create(consumer_id=caller.consumer_id, designee_id=caller.designee_id, owner=caller.key)
    return Conversation(id=info.id, consumer_id=info.consumer_id, designee_id=info.designee_id)


@router.get("/conversations", response_model=list[Conversation])
def list_conversations(caller: CurrentCaller, services: ServicesDep) -> list[Conversation]:
    """Your conversations, newest first."""
    return [
        Conversation(id=c.id, consumer_id=c.consumer_id, designee_id=c.designee_id)
        for c in services.store.for_owner(owner=caller.key)
    ]


@router.post("/conversations/{conversation_id}/messages", response_model=TurnOut)
def ask(conversation_id: str, body: QuestionIn, caller: CurrentCaller, pipeline: PipelineDep) -> TurnOut:
    """Ask a question. The reply says whether it was answered, is waiting for the care team,
    or is an emergency, with the passages it cites and the reasons for the decision."""
    result = pipeline.ask(conversation_id=conversation_id, question=body.question, owner=caller.key)
    return TurnOut(
        **result.as_dict(),
        conversation_id=result.conversation_id,  # type: ignore[arg-type]
        message_id=result.message_id,
        composer=result.composer,
    )


@router.get("/conversations/{conversation_id}/messages", response_model=list[MessageOut])
def messages(conversation_id: str, caller: CurrentCaller, services: ServicesDep) -> list[MessageOut]:
    """The conversation so far, with names restored for you."""
    info = services.store.get(conversation_id, owner=caller.key)
    vault = PseudonymVault.from_dict(info.vault)
    return [
        MessageOut(
            id=m.id,
            role=m.role,
            content=m.content if m.role == "user" else vault.restore(m.content),  # type: ignore[arg-type]
            decision=m.decision,
            reasons=m.reasons,
            citations=[
                CitationOut(**{**c, "title": vault.restore(c["title"]), "quote": vault.restore(c["quote"])})
                for c in m.citations
            ],
            created_at=m.created_at,
        )
        for m in services.store.messages(conversation_id)
    ]
