"""Conversations, messages, review items and consumers in the relational store."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from guide.careplan.model import CarePlan, Section
from guide.errors import InvalidInputError, NotFoundError
from guide.store.audit import turn_event
from guide.store.db.models import (
    ConsumerRow,
    ConversationRow,
    FeedbackRow,
    MessageRow,
    ReportedModalityRow,
    ReviewItemRow,
)
from guide.store.db.session import Database
from guide.turn.contracts import Reason, from_codes
from redaction import PseudonymVault
from redaction.vault import renumber


@dataclass(frozen=True)
class ConversationInfo:
    """A conversation's identity without its messages."""

    id: str
    consumer_id: str
    designee_id: str | None
    owner: str
    vault: dict[str, Any]


def _info(row: ConversationRow) -> ConversationInfo:
    return ConversationInfo(row.id, row.consumer_id, row.designee_id, row.owner, dict(row.vault or {}))


class ConversationStore:
    """Reads and writes of conversations; every read is checked against its owner."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def plan(self, consumer_id: str) -> CarePlan:
        """The consumer's care plan."""
        return self.versioned_plan(consumer_id)[0]

    def versioned_plan(self, consumer_id: str) -> tuple[CarePlan, str]:
        """The consumer's care plan and the hash of the imported plan it came from (it changes with each import
        that changes the plan, and only after the plan's passages are in the vector store)."""
        with self.db.session() as s:
            row = s.get(ConsumerRow, consumer_id)
            if row is None:
                raise NotFoundError("no such consumer")
            plan = CarePlan.model_validate(row.plan)
            granted = {d.id: d.scopes for d in row.designees}
            version = row.content_hash
        for designee in plan.designees:  # consent as it stands now, which the app may have changed
            if designee.id in granted:
                designee.scopes = {Section(v) for v in granted[designee.id]}
        return plan, version

    def consumer_ids(self) -> list[str]:
        """Every consumer, by id."""
        with self.db.session() as s:
            return list(s.scalars(select(ConsumerRow.id).order_by(ConsumerRow.id)))

    def consumer_vault(self, consumer_id: str) -> dict[str, Any]:
        """The pseudonym mapping the consumer's stored passages use."""
        with self.db.session() as s:
            row = s.get(ConsumerRow, consumer_id)
            if row is None:
                raise NotFoundError("no such consumer")
            return dict(row.vault or {})

    def create(self, *, consumer_id: str, designee_id: str | None, owner: str) -> ConversationInfo:
        """A new conversation seeded with the consumer's pseudonyms (consistent placeholders)."""
        with self.db.session() as s:  # one transaction: the consumer's vault read and the row written
            consumer = s.get(ConsumerRow, consumer_id)
            if consumer is None:
                raise NotFoundError("no such consumer")
            vault = dict(consumer.vault or {})
            row = ConversationRow(consumer_id=consumer_id, designee_id=designee_id, owner=owner, vault=vault)
            s.add(row)
            s.flush()
            return _info(row)

    def get(self, conversation_id: str, *, owner: str | frozenset[str] | None) -> ConversationInfo:
        """A conversation; NotFound for a stranger so existence is not revealed.

        `owner` is the caller's owner key, or every key a signed-in person holds; None skips the check
        (clinicians reach conversations through their review items, never by id).
        """
        owners = frozenset([owner]) if isinstance(owner, str) else owner
        with self.db.session() as s:
            row = s.get(ConversationRow, conversation_id)
            if row is None or (owners is not None and row.owner not in owners):
                raise NotFoundError("no such conversation")
            return _info(row)

    def for_owners(self, owners: frozenset[str], consumer_id: str | None = None) -> list[ConversationInfo]:
        """Conversations held under any of these owner keys (optionally about one consumer), newest first."""
        with self.db.session() as s:
            query = select(ConversationRow).where(ConversationRow.owner.in_(owners))
            if consumer_id is not None:
                query = query.where(ConversationRow.consumer_id == consumer_id)
            rows = s.scalars(query.order_by(ConversationRow.created_at.desc()))
            return [_info(r) for r in rows]

    def add_feedback(self, *, conversation_id: str, message_id: str, user_id: str, rating: int, comment: str) -> None:
        """Thumbs up (+1) or down (-1) on a reply of this conversation."""
        if rating not in (1, -1):
            raise InvalidInputError("rating must be 1 or -1")
        with self.db.session() as s:
            message = s.get(MessageRow, message_id)
            if message is None or message.conversation_id != conversation_id or message.role == "user":
                raise NotFoundError("no such reply")
            s.add(FeedbackRow(message_id=message_id, user_id=user_id, rating=rating, comment=comment.strip()))

    def recent_questions(self, conversation_id: str, n: int = 3) -> list[str]:
        """The conversation's latest `n` questions as redacted text, oldest first."""
        with self.db.session() as s:
            rows = s.scalars(
                select(MessageRow.redacted)
                .where(MessageRow.conversation_id == conversation_id, MessageRow.role == "user")
                .order_by(MessageRow.seq.desc())
                .limit(n)
            ).all()
        return [r for r in reversed(rows) if r]

    def last_reply(self, conversation_id: str) -> tuple[str, list[Reason]] | None:
        """The decision and reasons of the guide's latest reply in the conversation (None before the first turn)."""
        with self.db.session() as s:
            row = s.execute(
                select(MessageRow.decision, MessageRow.reasons)
                .where(MessageRow.conversation_id == conversation_id, MessageRow.role == "assistant")
                .order_by(MessageRow.seq.desc())
                .limit(1)
            ).first()
        return (str(row[0]), from_codes(row[1] or [])) if row is not None and row[0] else None

    def _reviews(self, conversation_id: str) -> dict[str, tuple[str, str | None]]:
        """Each held reply's review state and the care team's answer to it, if any."""
        with self.db.session() as s:
            rows = s.execute(
                select(ReviewItemRow.message_id, ReviewItemRow.status, ReviewItemRow.reply_message_id).where(
                    ReviewItemRow.conversation_id == conversation_id
                )
            )
            return {str(held): (str(state), answer) for held, state, answer in rows}

    def thread(self, info: ConversationInfo) -> list[ThreadMessage]:
        """The conversation as its reader sees it: the guide's replies and citations with names
        restored (clinicians' replies are stored as written), and each held reply's review state."""
        vault = PseudonymVault.from_dict(info.vault)
        reviews = self._reviews(info.id)
        answered = {answer: held for held, (_state, answer) in reviews.items() if answer}
        return [
            ThreadMessage(
                id=m.id,
                seq=m.seq,
                role=m.role,
                content=vault.restore(m.content) if m.role == "assistant" else m.content,
                decision=m.decision,
                review=reviews[m.id][0] if m.id in reviews else None,
                answers=answered.get(m.id),
                reasons=list(m.reasons),
                citations=[
                    {**c, "title": vault.restore(c["title"]), "quote": vault.restore(c["quote"])} for c in m.citations
                ],
                created_at=m.created_at,
            )
            for m in self.messages(info.id)
        ]

    def messages(self, conversation_id: str) -> list[MessageRow]:
        """Messages in order."""
        with self.db.session() as s:
            rows = s.scalars(
                select(MessageRow).where(MessageRow.conversation_id == conversation_id).order_by(MessageRow.seq)
            )
            return list(rows)

    def record_turn(self, turn: TurnRecord) -> str:
        """Persist question, reply, review item, reported modalities and the turn's audit event (`turn_asked_by`)
        in one transaction; the reply comes right after its question however many turns of the conversation are
        written at once."""
        with self.db.session() as s:
            seq = next_seq(s, turn.conversation_id, 2)
            conversation = s.get(ConversationRow, turn.conversation_id)
            if conversation is None:  # next_seq found it and holds its lock; this keeps the type checker content
                raise NotFoundError("no such conversation")
            turn = _merged_vault(conversation, turn)
            s.add(
                MessageRow(
                    conversation_id=turn.conversation_id,
                    seq=seq,
                    role="user",
                    content=turn.question,
                    redacted=turn.redacted_question,
                )
            )
            reply = MessageRow(
                conversation_id=turn.conversation_id,
                seq=seq + 1,
                role="assistant",
                content=turn.reply,
                redacted=turn.reply,
                decision=turn.decision,
                reasons=turn.reasons if turn.shown_reasons is None else turn.shown_reasons,
                citations=turn.citations,
            )
            s.add(reply)
            s.flush()
            turn_event(
                s,
                consumer_id=conversation.consumer_id,
                message_id=reply.id,
                decision=turn.decision,
                reasons=turn.reasons if turn.shown_reasons is None else turn.shown_reasons,
                conversation_id=conversation.id,
            )
            self._review(s, turn, conversation, reply.id)
            for agent in turn.mentioned:
                s.add(
                    ReportedModalityRow(
                        consumer_id=conversation.consumer_id,
                        conversation_id=conversation.id,
                        message_id=reply.id,
                        agent=agent,
                    )
                )
            return reply.id

    @staticmethod
    def _review(s: Session, turn: TurnRecord, conversation: ConversationRow, message_id: str) -> None:
        if turn.decision == "answered":
            return
        s.add(
            ReviewItemRow(
                conversation_id=conversation.id,
                message_id=message_id,
                consumer_id=conversation.consumer_id,
                urgency=turn.urgency or "routine",
                reasons=turn.reasons,
                draft=turn.draft,
                draft_citations=turn.draft_citations,
            )
        )


def next_seq(s: Session, conversation_id: str, count: int) -> int:
    """The first of `count` consecutive message positions, reserved for this transaction.

    One UPDATE raises the conversation's counter and returns it, so it is the transaction's first write and takes
    the lock (SQLite's write lock, the row's lock elsewhere) before any position is read: concurrent turns wait
    for each other instead of reading the same count, and no retry is needed. The unique index on (conversation_id,
    seq) turns any writer that skips this into an error rather than an interleaved thread."""
    last = s.execute(
        update(ConversationRow)
        .where(ConversationRow.id == conversation_id)
        .values(last_seq=ConversationRow.last_seq + count)
        .returning(ConversationRow.last_seq)
        .execution_options(synchronize_session=False)
    ).scalar_one_or_none()
    if last is None:
        raise NotFoundError("no such conversation")
    return int(last) - count + 1


@dataclass
class ThreadMessage:
    """One message of a conversation, ready for its reader."""

    id: str
    seq: int
    role: str
    content: str
    decision: str | None
    review: str | None  # open | resolved, for a held reply
    reasons: list[str]
    citations: list[dict[str, str]]
    created_at: datetime
    answers: str | None = None  # for a care-team reply: the held reply (of the question) it answers

    @property
    def status(self) -> str | None:
        """What the reply's badge says: its decision, or resolved once the care team answered."""
        return "resolved" if self.review == "resolved" else self.decision


@dataclass
class TurnRecord:
    """Everything one turn writes."""

    conversation_id: str
    question: str
    redacted_question: str
    reply: str
    decision: str
    reasons: list[str]
    citations: list[dict[str, str]]
    draft: str
    vault: dict[str, Any]
    mentioned: list[str]
    draft_citations: list[dict[str, str]] = field(default_factory=list)
    # the reasons as the reader may see them (`interaction:withheld`); the review item keeps every reason
    shown_reasons: list[str] | None = None
    urgency: str | None = None  # the decision's review urgency (`Decision.urgency`)


def _merged_vault(conversation: ConversationRow, turn: TurnRecord) -> TurnRecord:
    """Write the turn's pseudonyms into the conversation's vault as it is now, under the row's lock, and return the
    turn with its texts renumbered where they changed. The turn worked on a copy read at its start; another turn of
    the same conversation may have written since (two tabs, a double send). Writing the copy back whole lost that
    turn's names, and both turns could have numbered two different people alike ("<PERSON_3>" restored as the wrong
    name). Now an identity keeps the placeholder the vault already gives it, or takes the next free one."""
    stored = PseudonymVault.from_dict(conversation.vault) if conversation.vault else PseudonymVault()
    renames = stored.absorb(PseudonymVault.from_dict(turn.vault) if turn.vault else PseudonymVault())
    conversation.vault = stored.to_dict()
    if not renames:
        return turn

    def cited(items: list[dict[str, str]]) -> list[dict[str, str]]:
        return [{k: renumber(v, renames) if isinstance(v, str) else v for k, v in c.items()} for c in items]

    return replace(
        turn,
        redacted_question=renumber(turn.redacted_question, renames),
        reply=renumber(turn.reply, renames),
        draft=renumber(turn.draft, renames),
        citations=cited(turn.citations),
        draft_citations=cited(turn.draft_citations),
        vault=conversation.vault,
    )
