"""Request and response bodies of the HTTP API."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

# C0 controls and DEL, less tab and line breaks: never meant, and PostgreSQL cannot store a NUL.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class ConversationCreate(BaseModel):
    """Start a conversation about a consumer."""

    model_config = ConfigDict(extra="forbid")

    consumer_id: str = Field(description="The consumer (FHIR Patient.id) the conversation is about.")
    designee_id: str | None = Field(None, description="The designee asking; must be the caller.")


class Conversation(BaseModel):
    """A conversation."""

    id: str
    consumer_id: str
    designee_id: str | None


class QuestionIn(BaseModel):
    """A question from the home team."""

    model_config = ConfigDict(extra="forbid")

    # No `min_length`: an empty question and one of spaces are refused by the same check, with the same message.
    question: str = Field(description="The question, in the asker's own words (up to 2,000 characters).")

    @field_validator("question")
    @classmethod
    def _not_empty(cls, value: str) -> str:
        """Control characters are dropped; a question of nothing else (a lone NUL) is empty."""
        value = _CONTROL.sub("", value)
        if not value.strip():
            raise ValueError("the question is empty")
        return value


class CitationOut(BaseModel):
    """A cited passage."""

    kind: Literal["careplan", "knowledge"]
    id: str
    title: str
    quote: str


class TurnOut(BaseModel):
    """The guide's reply to one question."""

    decision: Literal["answered", "needs_review", "emergency"]
    answer: str
    citations: list[CitationOut]
    reasons: list[str]
    conversation_id: str
    message_id: str
    composer: str = Field(description="offline (extractive, no language model) or the model used.")


class MessageOut(BaseModel):
    """One message of a conversation."""

    id: str
    seq: int = Field(description="The message's position in the conversation.")
    role: Literal["user", "assistant", "clinician"]
    content: str
    decision: str | None
    review: str | None = Field(None, description="For a reply held for the care team: open or resolved.")
    reasons: list[str]
    citations: list[CitationOut]
    created_at: datetime
    answers: str | None = Field(
        None, description="For a care-team reply: the id of the held reply (to the question) it answers."
    )


class Updates(BaseModel):
    """What changed in a conversation for a page waiting for the care team."""

    waiting: list[str] = Field(description="Held replies the care team has not answered yet.")
    resolved: list[str] = Field(description="Held replies the care team has answered.")
    answers: list[MessageOut] = Field(description="The care team's answers after the position asked for.")


class KnowledgeHit(BaseModel):
    """One knowledge-base article found for a query, by its best passage."""

    id: str = Field(description="The article's id.")
    title: str
    modality: str | None = Field(description="What kind of care the article is about.")
    score: float = Field(description="Cosine similarity of the best passage to the query (0-1).")
    snippet: str = Field(description="The start of the best passage (up to 200 characters).")
