"""Tables. The care plan is kept whole as JSON; the database is the system of record."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
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
    # what the stored plan was made from (bundle bytes, code, clinical words, pseudonyms): an equal digest on a
    # re-import means nothing to do (guide/careplan/importer.py `_source_digest`)
    source_digest: Mapped[str] = mapped_column(String(64), default="", server_default="")
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
    scopes_set_in_app: Mapped[bool] = mapped_column(Boolean, default=False)  # kept over a re-import's Consent
    user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), nullable=True, index=True)

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
    # the highest message `seq` handed out; raised in the same statement that reads it, so two writers never share one
    last_seq: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    messages: Mapped[list[MessageRow]] = relationship(
        back_populates="conversation", cascade="all, delete-orphan", order_by="MessageRow.seq"
    )


class MessageRow(Base):
    """One message of a conversation: the question, the guide's reply, or a clinician's."""

    __tablename__ = "messages"
    # one position per message: concurrent turns cannot interleave a thread (a unique index: SQLite adds it in place)
    __table_args__ = (Index("uq_messages_conversation_seq", "conversation_id", "seq", unique=True),)

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
    draft_citations: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    action: Mapped[str | None] = mapped_column(String(16), nullable=True)  # approve | edit | replace | called
    final_answer: Mapped[str] = mapped_column(Text, default="")  # what the clinician sent (pseudonyms kept)
    reviewer_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    reply_message_id: Mapped[str | None] = mapped_column(String(32), nullable=True)


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


class UserRow(Base):
    """A person who signs in: consumer, caregiver, clinician, evaluator or admin."""

    __tablename__ = "users"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=_uuid)
    username: Mapped[str] = mapped_column(String(128), unique=True, index=True)
    display_name: Mapped[str] = mapped_column(String(256), default="")
    password_hash: Mapped[str] = mapped_column(String(256))
    role: Mapped[str] = mapped_column(String(16))  # consumer | caregiver | clinician | evaluator | admin
    consumer_id: Mapped[str | None] = mapped_column(String(128), nullable=True)  # for the consumer role
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)


class CareTeamMemberRow(Base):
    """A clinician on a consumer's care team: they review that consumer's items."""

    __tablename__ = "care_team_members"
    __table_args__ = (UniqueConstraint("user_id", "consumer_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    consumer_id: Mapped[str] = mapped_column(String(128), index=True)


class SessionRow(Base):
    """A server-side sign-in session; the cookie holds only the random token, the table its hash."""

    __tablename__ = "sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class LoginAttemptRow(Base):
    """Failed sign-ins, for rate limiting by username and by client address."""

    __tablename__ = "login_attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(256), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now, index=True)


class AuditEventRow(Base):
    """Append-only: who did or saw what, when, about which consumer."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now, index=True)
    actor_id: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    actor_role: Mapped[str] = mapped_column(String(16), default="")
    action: Mapped[str] = mapped_column(String(48), index=True)
    consumer_id: Mapped[str | None] = mapped_column(String(128), nullable=True, index=True)
    target: Mapped[str] = mapped_column(String(128), default="")
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class FeedbackRow(Base):
    """Thumbs up or down on a reply, with an optional comment."""

    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    message_id: Mapped[str] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[str] = mapped_column(String(32))
    rating: Mapped[int] = mapped_column(Integer)  # +1 | -1
    comment: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
