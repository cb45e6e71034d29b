"""Tables. The care plan is kept whole as JSON; the database is the system of record."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def _now() -> datetime:
    return datetime.now(UTC)


def _uuid() -> str:
    return uuid.uuid4().hex


class Base(DeclarativeBase):
    """Declarative base of every table."""


class ConsumerRow(Base):
    """A consumer and their whole care plan."""

    __tablename__ = "consumers"

    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    plan: Mapped[dict[str, Any]] = mapped_column(JSON)
    source: Mapped[str] = mapped_column(String(512), default="")
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    vault: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now, onupdate=_now)

    designees: Mapped[list[DesigneeRow]] = relationship(back_populates="consumer", cascade="all, delete-orphan")


class DesigneeRow(Base):
    """A designee (FHIR RelatedPerson) of one consumer, with the scopes granted."""

    __tablename__ = "designees"

    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    consumer_id: Mapped[str] = mapped_column(ForeignKey("consumers.id", ondelete="CASCADE"), index=True)
    display_name: Mapped[str] = mapped_column(String(256), default="")
    relationship_label: Mapped[str | None] = mapped_column(String(128), nullable=True)
    scopes: Mapped[list[str]] = mapped_column(JSON, default=list)

    consumer: Mapped[ConsumerRow] = relationship(back_populates="designees")


class ConversationRow(Base):
    """A conversation about one consumer, asked by the consumer or one designee."""

    __tablename__ = "conversations"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=_uuid)
    consumer_id: Mapped[str] = mapped_column(ForeignKey("consumers.id", ondelete="CASCADE"), index=True)
    designee_id: Mapped[str | None] = mapped_column(String(128), nullable=True)
    owner: Mapped[str] = mapped_column(String(256), index=True)
    vault: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)

    messages: Mapped[list[MessageRow]] = relationship(
        back_populates="conversation", cascade="all, delete-orphan", order_by="MessageRow.seq"
    )


class MessageRow(Base):
    """One message of a conversation: the question, the guide's reply, or a clinician's."""

    __tablename__ = "messages"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=_uuid)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(16))  # user | assistant | clinician
    content: Mapped[str] = mapped_column(Text)  # raw for the user; redacted (placeholders) for replies
    redacted: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str | None] = mapped_column(String(16), nullable=True)
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    citations: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)

    conversation: Mapped[ConversationRow] = relationship(back_populates="messages")


class ReviewItemRow(Base):
    """A turn waiting for a clinician: needs_review or emergency."""

    __tablename__ = "review_items"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=_uuid)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    message_id: Mapped[str] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    consumer_id: Mapped[str] = mapped_column(String(128), index=True)
    urgency: Mapped[str] = mapped_column(String(16))  # urgent | routine
    status: Mapped[str] = mapped_column(String(16), default="open")
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    draft: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)


class ReportedModalityRow(Base):
    """A modality the home team mentioned in chat, kept for the care team to see."""

    __tablename__ = "reported_modalities"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    consumer_id: Mapped[str] = mapped_column(String(128), index=True)
    conversation_id: Mapped[str] = mapped_column(String(32))
    message_id: Mapped[str] = mapped_column(String(32))
    agent: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)


class KnowledgeIndexRow(Base):
    """Content hash of each indexed knowledge article, so re-indexing skips what is unchanged."""

    __tablename__ = "knowledge_index"

    article_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    passages: Mapped[list[str]] = mapped_column(JSON, default=list)
    indexed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
