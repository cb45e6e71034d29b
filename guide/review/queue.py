"""The clinicians' review queue: what waits, what it is about, and the clinician's answer into the thread."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal, cast

from sqlalchemy import CursorResult, and_, case, func, select, update
from sqlalchemy.orm import aliased

from guide.careplan.model import CarePlan
from guide.errors import ConflictError, InvalidInputError, NotFoundError
from guide.language.text import sentences
from guide.store.conversations import ConversationStore, next_seq
from guide.store.db.models import ConversationRow, MessageRow, ReportedModalityRow, ReviewItemRow, UserRow
from guide.turn.contracts import NOT_ON_PLAN, Reason, from_codes
from guide.turn.redact import RedactStage, known_identifiers, plan_terms
from guide.turn.scope import Reader, scope_for
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
    reasons: list[Reason]
    created_at: datetime
    question: str

    @property
    def waiting_minutes(self) -> int:
        """How long it has waited."""
        created = self.created_at if self.created_at.tzinfo else self.created_at.replace(tzinfo=UTC)
        return int((datetime.now(UTC) - created).total_seconds() // 60)

    @property
    def waiting(self) -> str:
        """How long it has waited, as a nurse reads it at a glance: '12 min', '5 h', '3 d'."""
        minutes = max(0, self.waiting_minutes)
        if minutes < 120:
            return f"{minutes} min"
        if minutes < 48 * 60:
            return f"{minutes // 60} h"
        return f"{minutes // (24 * 60)} d"


def _with_questions(ids: Any) -> Any:
    """The items whose ids `ids` (a select of ReviewItemRow.id) gives, each with its question: the message right
    before the held reply in its conversation."""
    chosen = ids.subquery()
    reply, asked = aliased(MessageRow), aliased(MessageRow)
    return (
        select(ReviewItemRow, asked.content)
        .join(chosen, chosen.c.id == ReviewItemRow.id)
        .outerjoin(reply, reply.id == ReviewItemRow.message_id)
        .outerjoin(asked, and_(asked.conversation_id == ReviewItemRow.conversation_id, asked.seq == reply.seq - 1))
    )


def _lines(s: Any, query: Any) -> list[QueueEntry]:
    """The queue lines of a `_with_questions` query."""
    return [
        QueueEntry(row.id, row.consumer_id, row.urgency, from_codes(row.reasons), row.created_at, question or "")
        for row, question in s.execute(query).all()
    ]


# Items on one page of the queue. A care team's queue can hold thousands of open items (after an outage, or a busy
# week); the page shows how many there are and the most pressing first, a page at a time.
QUEUE_PAGE = 50


@dataclass(frozen=True)
class QueuePage:
    """One page of the queue, and how many items wait in all."""

    entries: list[QueueEntry]
    total: int
    urgent: int
    offset: int
    limit: int

    @property
    def has_older(self) -> bool:
        """More items after this page."""
        return self.offset + len(self.entries) < self.total


@dataclass(frozen=True)
class Asker:
    """Who asked, from the care plan: the person to call back."""

    name: str
    relationship: str
    phones: list[str]


@dataclass(frozen=True)
class EarlierMessage:
    """A message of the conversation before the held reply, as the family saw it."""

    role: str
    content: str
    decision: str | None


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

    @property
    def deceased(self) -> str | None:
        """What the record says of the consumer's death, with its date, for the clinician; None when it says nothing."""
        died = self.plan.consumer.deceased
        if died is None:
            return None
        return "The record says this person has died" + (f" on {died.on.isoformat()}." if died.on else ".")

    asker: Asker | None = None
    earlier: list[EarlierMessage] = field(default_factory=list)
    question_redacted: str = ""  # with placeholders: what may be compared by a model
    draft_redacted: str = ""


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

    def open_items(self, consumers: frozenset[str], *, offset: int = 0, limit: int | None = None) -> list[QueueEntry]:
        """Open items of these consumers, urgent first, then the longest waiting; `limit` of them from `offset`.
        One query, its question joined in (the database orders and cuts; nothing is loaded to be dropped)."""
        order = (case((ReviewItemRow.urgency == "urgent", 0), else_=1), ReviewItemRow.created_at, ReviewItemRow.id)
        page = (
            select(ReviewItemRow.id)
            .where(ReviewItemRow.status == "open", ReviewItemRow.consumer_id.in_(consumers))
            .order_by(*order)
            .offset(max(0, offset))
        )
        if limit is not None:
            page = page.limit(max(0, limit))
        # ordered and cut on the items alone; only the page's rows are joined to their messages
        with self.db.session() as s:
            return _lines(s, _with_questions(page).order_by(*order))

    def queue_page(self, consumers: frozenset[str], *, offset: int = 0, limit: int = QUEUE_PAGE) -> QueuePage:
        """One page of the open items, with how many wait in all and how many of them are urgent."""
        with self.db.session() as s:
            counts = dict(
                s.execute(
                    select(ReviewItemRow.urgency, func.count())
                    .where(ReviewItemRow.status == "open", ReviewItemRow.consumer_id.in_(consumers))
                    .group_by(ReviewItemRow.urgency)
                ).all()
            )
        entries = self.open_items(consumers, offset=offset, limit=limit)
        return QueuePage(entries, sum(counts.values()), counts.get("urgent", 0), max(0, offset), limit)

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
            [entry] = _lines(s, _with_questions(select(ReviewItemRow.id).where(ReviewItemRow.id == row.id)))
            vault = PseudonymVault.from_dict(conversation.vault if conversation else {})
            designee_id = conversation.designee_id if conversation else None
            before = s.scalars(
                select(MessageRow)
                .where(MessageRow.conversation_id == row.conversation_id, MessageRow.seq < (reply.seq if reply else 0))
                .order_by(MessageRow.seq)
            ).all()
            earlier = [
                EarlierMessage(m.role, vault.restore(m.content) if m.role == "assistant" else m.content, m.decision)
                for m in before
            ]
            question_redacted = before[-1].redacted if before and before[-1].role == "user" else ""
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
            asker=asker(plan, designee_id),
            earlier=earlier[:-1],  # the question itself is shown on its own
            question_redacted=question_redacted or "",
            draft_redacted=draft,
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
        return self.redact.text(final, known=known_identifiers(plan), vault=vault, allow=plan_terms(plan)).text, vault

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


def asker(plan: CarePlan, designee_id: str | None) -> Asker | None:
    """The designee who asked (or the consumer), with the phone numbers the plan gives for them."""
    if designee_id is None:
        return Asker(plan.consumer.name.full, "the person the plan is for", list(plan.consumer.phones))
    designee = plan.designee(designee_id)
    if designee is None:
        return None
    return Asker(designee.name.full, designee.relationship or "designated by the consumer", list(designee.phones))


def tel_href(phone: str) -> str:
    """A tap-to-call address: the digits (and a leading +) of a written number."""
    return "tel:" + re.sub(r"[^\d+]", "", phone)


# Whether a held reply's draft is about the question, and so may be offered for "Approve draft as is". The draft is
# built from whatever was retrieved, and a question the guide cannot answer often retrieves the plan's most general
# lines ("keep glucose tablets in her purse") and an unrelated article (valerian for a metformin-timing question).
# Citing retrieved passages proves nothing here (every offline draft does), so the test is meaning: MiniLM cosine of
# each draft sentence to the question, on the redacted texts. The draft is shown when at least half its sentences
# reach 0.5. Measured on demo drafts (2026-12-02): turmeric 4/4, melatonin 5/7 and berberine 5/7 sentences reach it
# (all on the question); "metformin at night" 2/7, "double her glipizide" 1/7 and "cough syrup" 1/6 do not (mostly
# hypoglycemia, valerian or honey lines). Otherwise the clinician gets an empty box and the passages.
ON_TOPIC_SIMILARITY = 0.5
ON_TOPIC_SHARE = 0.5
_MARKER = re.compile(r"\s*\[\d+\]")


def draft_about_question(question: str, draft: str, similarity: Callable[[str, list[str]], list[float]]) -> bool:
    """True when most of the draft's sentences are about the question (see the rule above)."""
    said = [_MARKER.sub("", s).strip() for s in sentences(draft)]
    said = [s for s in said if s]
    if not question.strip() or not said:
        return False
    near = sum(1 for score in similarity(question, said) if score >= ON_TOPIC_SIMILARITY)
    return near >= ON_TOPIC_SHARE * len(said)


# The decision's reasons in a clinician's words; the code stays beside them in small print (knowledge/policy.yaml).
_REASON_WORDS: dict[str, str] = {
    "red_flag": "An emergency sign in the message",
    "help_present": "Says professional help is already with the person (in the ER, paramedics there)",
    "plan_rule_911": "Meets the care plan's own call-911 rule",
    "intent_emergency": "Reads as an emergency",
    "possible_emergency": "May be an emergency",
    "plan_owns": "An emergency sign that the care plan tells the family to call the care team about",
    "over": "An emergency sign told as over (a day or more ago, the person well now)",
    "over:emergency_report": "Reads as an emergency, told as over (a day or more ago, the person well now)",
    "over:emergency_report:window": "Part of it reads as an emergency, told as over (a day or more ago, well now)",
    "language": "Written in another language",
    "scope:medication_change": "Asks to start, stop, skip or change a medicine or its dose",
    "scope:start_medicine": "Asks about starting something new (a medicine, supplement or herb)",
    "scope:someone_elses_prescription": "Asks about using a medicine prescribed for someone else",
    "scope:diagnosis": "Asks what is causing a problem (a diagnosis)",
    "scope:asks_for_care_team": "Asks to hear from the care team",
    "scope:referral": "Asks for a referral or whether to see a specialist",
    "interaction": "A possible interaction with the plan's medicines or conditions",
    "hazard": "Mentions a dangerous substance or practice",
    "plan_rule": "Meets one of the care plan's call-the-care-team rules",
    "plan_rule_meaning": "Describes what one of the plan's call-the-care-team rules is about",
    "protocol_rule": "Meets a condition protocol's call-the-care-team rule",
    "duplicate": "Names a medicine the plan lists twice (same ingredient or class)",
    "overdose": "A medicine reported taken at once at three or more times its most allowed dose",
    "double_dose": "A medicine reported taken twice (a dose repeated by mistake)",
    "dose": "A medicine taken (or asked about) more often or more at a time than the plan's instructions",
    "deceased": "The record says the person has died",
    "goal": "A reading outside one of the care plan's goals",
    "usual_range": "A reading outside the usual adult range, of a measure the care plan sets no goal for",
    "plan_instruction": "The care plan has a home instruction for this reading (the family was given it)",
    "intent:needs_clinician": "Reads as needing a clinician's judgement",
    "intent:medicine_change": "Reads as a question about changing a medicine",
    "intent:supplement_start": "Reads as a question about starting a supplement",
    "intent:diagnosis": "Reads as a request for a diagnosis",
    "intent:asks_for_team": "Reads as asking for the care team",
    "intent:new_or_worse_symptom": "Reads as a new or worse symptom",
    "intent:hazard": "Reads as something dangerous",
    "intent:interaction": "Reads as a possible interaction",
    "weak_retrieval": "Nothing in the care plan or the health library answers it",
    "low_confidence": "The draft is not a confident answer",
    "model_needs_review": "The language model says a clinician should answer",
    "model_emergency": "The language model reads it as an emergency",
    "model_intent": "The language model reads it as needing a clinician",
    "verify": "The draft failed a check before sending",
    "model_error": "The language model could not be reached",
    "retrieval_error": "The search could not be completed",
    "redaction_failed": "Names could not be removed safely, so nothing was sent",
    "off_topic": "Not a health question",
    "plan_list": "Asks what the care plan lists; the reply listed every item of that kind the reader may see",
}


def plan_items(plan: CarePlan) -> dict[str, str]:
    """The plan's items a reason may point at by id (medicines with their instructions, call-if rules, goals,
    instructions), as their text."""
    items = {m.id: f"{m.text} ({m.instructions})" if m.instructions else m.text for m in plan.medications}
    items.update({r.id: r.text for r in plan.call_if})
    items.update({g.id: g.text for g in plan.goals})
    items.update({a.id: a.text for a in plan.activities})
    return items


def reason_words(reason: Reason, items: Mapping[str, str] | None = None) -> str:
    """A reason ("scope:start_medicine", "red_flag:chest-pain") as a sentence a clinician reads at once; with
    `items` (the plan's item ids -> their text), a reason that points at a plan item by its id says which one
    ("dose:p4-alb" -> "...: Albuterol ... (Inhale 2 puffs every 4 to 6 hours ...)")."""
    kind, detail = reason.kind, reason.id
    own = _REASON_WORDS.get(f"{kind}:{detail}")  # a scope rule or an intent has words of its own
    words = own or _REASON_WORDS.get(kind)
    if words is None:
        return reason.code.replace("_", " ").replace(":", ": ").capitalize()
    if items and detail in items:
        return f"{words}: {items[detail]}"
    if detail.startswith(NOT_ON_PLAN):  # 'double_dose:not-on-plan-metoprolol'
        return f"{words}: {detail.removeprefix(NOT_ON_PLAN)} (not on the care plan)"
    if kind == "plan_owns" and "/" in detail:  # 'plan_owns:<red flag>/<plan rule>': the sign, then the plan's rule
        flag, _, rule = detail.partition("/")
        sign = flag.replace("-", " ")
        return f"{words}: {sign}; the plan says: {items[rule]}" if items and rule in items else f"{words}: {sign}"
    if (
        detail
        and own is None
        and kind in {"red_flag", "over", "hazard", "interaction", "verify", "plan_list", "usual_range"}
    ):
        graded = f" ({reason.severity})" if reason.severity else ""  # an interaction's severity
        return f"{words}: {detail.replace('-', ' ').replace('_', ' ')}{graded}"
    return words
