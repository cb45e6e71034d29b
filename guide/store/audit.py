"""The audit log: append-only, who did or saw what, when, about which consumer.

Application logs carry no identifiers; this table is the one place that records who saw what.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from guide.store.accounts import Principal
from guide.store.db.models import AuditEventRow
from guide.store.db.session import Database

ACTIONS = (
    "sign_in",
    "sign_in_failed",
    "sign_out",
    "read_conversation",
    "read_passage",
    "read_plan",
    "turn",
    "review_read",
    "review_action",
    "consent_change",
    "feedback",
    "eval_report_read",
)


@dataclass(frozen=True)
class AuditQuery:
    """Filters for the admin page; None means any."""

    actor_id: str | None = None
    action: str | None = None
    consumer_id: str | None = None
    since: datetime | None = None
    limit: int = 200


# Who asks the turn running in this context: the turn's own transaction writes its audit event (`turn_event`).
_TURN_ASKER: ContextVar[Principal | None] = ContextVar("turn_asker", default=None)


@contextmanager
def turn_asked_by(who: Principal) -> Iterator[None]:
    """Turns recorded inside this block are audited as asked by `who`, in the same transaction as the turn: the
    turn, its review item and its audit event commit together or not at all."""
    token = _TURN_ASKER.set(who)
    try:
        yield
    finally:
        _TURN_ASKER.reset(token)


def turn_event(
    s: Session, *, consumer_id: str, message_id: str, decision: str, reasons: list[str], conversation_id: str
) -> None:
    """Add the "turn" event to the turn's own session, when a signed-in asker is known (`turn_asked_by`); who asked
    and what was decided, no text (the thread holds it)."""
    who = _TURN_ASKER.get()
    if who is None:
        return
    s.add(
        _event(
            "turn",
            actor_id=who.user_id,
            actor_role=who.role,
            consumer_id=consumer_id,
            target=message_id,
            detail={"decision": decision, "reasons": reasons, "conversation": conversation_id},
        )
    )


def _event(
    action: str,
    *,
    actor_id: str | None,
    actor_role: str = "",
    consumer_id: str | None = None,
    target: str = "",
    detail: dict[str, Any] | None = None,
) -> AuditEventRow:
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action}")
    return AuditEventRow(
        actor_id=actor_id,
        actor_role=actor_role,
        action=action,
        consumer_id=consumer_id,
        target=target,
        detail=detail or {},
    )


class Audit:
    """Writes and reads audit events; there is no update and no delete."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def record(
        self,
        action: str,
        *,
        actor_id: str | None,
        actor_role: str = "",
        consumer_id: str | None = None,
        target: str = "",
        detail: dict[str, Any] | None = None,
    ) -> None:
        """Append one event."""
        event = _event(
            action, actor_id=actor_id, actor_role=actor_role, consumer_id=consumer_id, target=target, detail=detail
        )
        with self.db.session() as s:
            s.add(event)

    def by(self, who: Principal, action: str, **details: Any) -> None:
        """Append one event done by this signed-in person."""
        self.record(action, actor_id=who.user_id, actor_role=who.role, **details)

    def events(self, query: AuditQuery) -> list[AuditEventRow]:
        """Newest first, filtered."""
        statement = select(AuditEventRow).order_by(AuditEventRow.id.desc()).limit(query.limit)
        if query.actor_id:
            statement = statement.where(AuditEventRow.actor_id == query.actor_id)
        if query.action:
            statement = statement.where(AuditEventRow.action == query.action)
        if query.consumer_id:
            statement = statement.where(AuditEventRow.consumer_id == query.consumer_id)
        if query.since:
            statement = statement.where(AuditEventRow.at >= query.since)
        with self.db.session() as s:
            return list(s.scalars(statement))
