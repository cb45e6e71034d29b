"""The clinicians' review queue: what waits, what it is about, and the clinician's answer into the thread."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal, cast

from sqlalchemy import CursorResult, select, update

from guide.careplan.model import CarePlan
from guide.conversations import ConversationStore, next_seq
from guide.db.models import ConversationRow, MessageRow, ReportedModalityRow, ReviewItemRow, UserRow
from guide.errors import ConflictError, InvalidInputError, NotFoundError
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


@dataclass(frozen=True)
class Answer:
    """A clinician's answer, ready to store."""

    action: str
    text: str  # as written, for the family
    redacted: str  # with the conversation's placeholders, for the record
    vault: PseudonymVault
    reviewer_id: str


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
        """Approve the draft, send an edited or new answer, or note a call; the answer lands in the thread.

        Exactly one answer reaches the family however many clinicians press at once: the item is claimed by one
        conditional update, and whoever comes second gets a ConflictError naming who answered first."""
        if action not in ACTIONS:
            raise InvalidInputError(f"action must be one of {', '.join(ACTIONS)}")
        view = self.item(item_id, consumers)
        if view.status != "open":
            raise self._answered_by(item_id)
        final = self._final(action, view, text)
        redacted, vault = self._redacted(item_id, final, view.plan)  # slow (Presidio): before the write lock
        answer = Answer(action=action, text=final, redacted=redacted, vault=vault, reviewer_id=reviewer_id)
        message_id = self._claim_and_answer(item_id, answer)
        if message_id is None:
            raise self._answered_by(item_id)
        return message_id

    def _redacted(self, item_id: str, final: str, plan: CarePlan) -> tuple[str, PseudonymVault]:
        """The answer as stored (placeholders), and the conversation's pseudonyms with any it added."""
        with self.db.session() as s:
            row = s.get(ReviewItemRow, item_id)
            conversation = s.get(ConversationRow, row.conversation_id) if row is not None else None
            vault = PseudonymVault.from_dict(conversation.vault if conversation is not None else {})
        return self.redact.text(final, known=known_identifiers(plan), vault=vault).text, vault

    def _claim_and_answer(self, item_id: str, answer: Answer) -> str | None:
        """Resolve the item only if it is still open (`WHERE status = 'open'`, one statement: the first write, so
        it takes the lock) and add the answer to the thread in the same transaction; None if someone was first."""
        with self.db.session() as s:
            claimed = s.execute(
                update(ReviewItemRow)
                .where(ReviewItemRow.id == item_id, ReviewItemRow.status == "open")
                .values(
                    status="resolved",
                    action=answer.action,
                    final_answer=answer.redacted,
                    reviewer_id=answer.reviewer_id,
                    resolved_at=datetime.now(UTC),
                )
                .execution_options(synchronize_session=False)
            )
            if cast(CursorResult[Any], claimed).rowcount != 1:
                return None
            row = s.get(ReviewItemRow, item_id)
            conversation = s.get(ConversationRow, row.conversation_id) if row is not None else None
            if row is None or conversation is None:
                raise NotFoundError("no such review item")
            message = MessageRow(
                conversation_id=conversation.id,
                seq=next_seq(s, conversation.id, 1),
                role="clinician",
                content=answer.text,  # the clinician's own words for the family, as written
                redacted=answer.redacted,
                citations=row.draft_citations if answer.action == "approve" else [],  # an edit may no longer match
            )
            s.add(message)
            s.flush()
            conversation.vault = answer.vault.to_dict()
            row.reply_message_id = message.id
            return message.id

    def _answered_by(self, item_id: str) -> ConflictError:
        """The refusal for a second answer, naming the clinician who gave the first."""
        with self.db.session() as s:
            row = s.get(ReviewItemRow, item_id)
            user = s.get(UserRow, row.reviewer_id) if row is not None and row.reviewer_id else None
            name = (user.display_name or user.username) if user is not None else "another clinician"
        return ConflictError(f"this item was already answered by {name}")

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
