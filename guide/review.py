"""The clinicians' review queue: what waits, what it is about, and the clinician's answer into the thread."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from sqlalchemy import select

from guide.careplan.model import CarePlan
from guide.conversations import ConversationStore
from guide.db.models import ConversationRow, MessageRow, ReportedModalityRow, ReviewItemRow
from guide.errors import InvalidInputError, NotFoundError
from guide.guard import Reader, scope_for
from guide.redact import RedactStage, known_identifiers
from redaction import PseudonymVault

Action = Literal["approve", "edit", "replace", "called"]
ACTIONS: tuple[str, ...] = ("approve", "edit", "replace", "called")
CALLED = "A member of your care team called the family about this question."


@dataclass
class QueueEntry:
    """One line of the queue."""

    id: str
    consumer_id: str
    urgency: str
    reasons: list[str]
    created_at: datetime
    question: str

    @property
    def waiting_minutes(self) -> int:
        """How long it has waited."""
        created = self.created_at if self.created_at.tzinfo else self.created_at.replace(tzinfo=UTC)
        return int((datetime.now(UTC) - created).total_seconds() // 60)


@dataclass
class ItemView:
    """Everything a clinician needs to decide, names restored (clinicians see the full context)."""

    entry: QueueEntry
    status: str
    draft: str
    draft_citations: list[dict[str, str]]
    reply_shown: str
    plan: CarePlan
    reader_sections: list[str]
    reported: list[str]
    action: str | None
    final_answer: str


class ReviewQueue:
    """Reads the queue for a clinician's care teams and records their decisions."""

    def __init__(self, store: ConversationStore, redact: RedactStage) -> None:
        self.store = store
        self.db = store.db
        self.redact = redact

    def open_items(self, consumers: frozenset[str]) -> list[QueueEntry]:
        """Open items of these consumers, urgent first, then the longest waiting."""
        with self.db.session() as s:
            rows = s.scalars(
                select(ReviewItemRow).where(ReviewItemRow.status == "open", ReviewItemRow.consumer_id.in_(consumers))
            ).all()
            entries = [self._entry(s, r) for r in rows]
        return sorted(entries, key=lambda e: (e.urgency != "urgent", e.created_at))

    @staticmethod
    def _entry(s, row: ReviewItemRow) -> QueueEntry:  # type: ignore[no-untyped-def]
        reply = s.get(MessageRow, row.message_id)
        question = s.scalar(
            select(MessageRow.content).where(
                MessageRow.conversation_id == row.conversation_id, MessageRow.seq == (reply.seq - 1 if reply else -1)
            )
        )
        return QueueEntry(row.id, row.consumer_id, row.urgency, list(row.reasons), row.created_at, question or "")

    def item(self, item_id: str, consumers: frozenset[str]) -> ItemView:
        """One item, if it belongs to one of these consumers (otherwise it does not exist)."""
        with self.db.session() as s:
            row = s.get(ReviewItemRow, item_id)
            if row is None or row.consumer_id not in consumers:
                raise NotFoundError("no such review item")
            conversation = s.get(ConversationRow, row.conversation_id)
            reply = s.get(MessageRow, row.message_id)
            reported = sorted(
                set(
                    s.scalars(
                        select(ReportedModalityRow.agent).where(ReportedModalityRow.consumer_id == row.consumer_id)
                    )
                )
            )
            entry = self._entry(s, row)
            vault = PseudonymVault.from_dict(conversation.vault if conversation else {})
            designee_id = conversation.designee_id if conversation else None
            status, action, final, draft, cites = (
                row.status,
                row.action,
                row.final_answer,
                row.draft,
                row.draft_citations,
            )
            shown = reply.content if reply else ""
        plan = self.store.plan(entry.consumer_id)
        sections = sorted(scope_for(plan, Reader(plan.consumer.id, designee_id)).sections)
        return ItemView(
            entry=entry,
            status=status,
            draft=vault.restore(draft),
            draft_citations=[{**c, "quote": vault.restore(c.get("quote", ""))} for c in cites],
            reply_shown=vault.restore(shown),
            plan=plan,
            reader_sections=sections,
            reported=reported,
            action=action,
            final_answer=vault.restore(final),
        )

    def resolve(self, item_id: str, *, consumers: frozenset[str], reviewer_id: str, action: str, text: str = "") -> str:
        """Approve the draft, send an edited or new answer, or note a call; the answer lands in the thread."""
        if action not in ACTIONS:
            raise InvalidInputError(f"action must be one of {', '.join(ACTIONS)}")
        view = self.item(item_id, consumers)
        if view.status != "open":
            raise InvalidInputError("this item was already answered")
        final = self._final(action, view, text)
        with self.db.session() as s:
            row = s.get(ReviewItemRow, item_id)
            assert row is not None
            conversation = s.get(ConversationRow, row.conversation_id)
            assert conversation is not None
            vault = PseudonymVault.from_dict(conversation.vault)
            redacted = self.redact.text(final, known=known_identifiers(view.plan), vault=vault).text
            seq = s.scalar(
                select(MessageRow.seq)
                .where(MessageRow.conversation_id == conversation.id)
                .order_by(MessageRow.seq.desc())
                .limit(1)
            )
            message = MessageRow(
                conversation_id=conversation.id,
                seq=(seq or 0) + 1,
                role="clinician",
                content=final,  # the clinician's own words for the family, as written
                redacted=redacted,
                citations=row.draft_citations if action == "approve" else [],  # an edit may no longer match them
            )
            s.add(message)
            s.flush()
            conversation.vault = vault.to_dict()
            row.status, row.action, row.final_answer = "resolved", action, redacted
            row.reviewer_id, row.resolved_at, row.reply_message_id = reviewer_id, datetime.now(UTC), message.id
            return message.id

    @staticmethod
    def _final(action: str, view: ItemView, text: str) -> str:
        text = text.strip()
        if action == "approve":
            if not view.draft.strip():
                raise InvalidInputError("there is no draft to approve; write an answer instead")
            return view.draft
        if action == "called":
            return CALLED + (f" {text}" if text else "")
        if not text:
            raise InvalidInputError("write the answer to send")
        if len(text) > 8000:
            raise InvalidInputError("the answer is longer than 8000 characters")
        return text
