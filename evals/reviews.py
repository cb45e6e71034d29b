"""Clinicians' reviewed escalations as eval cases (`guide eval export-reviews`).

Resolved items the clinician approved, edited or replaced become one-turn cases: the question is
the REDACTED user message before the item's reply (redacted now, fail closed, when the turn stored
none, as emergencies do), the asker is the designee or the consumer, the expected decision is the
system's own when the clinician approved the draft unchanged, otherwise needs_review (an emergency
stays an emergency), and `reference` is the clinician's final answer. Known identifiers of the
consumer are matched once more over question and reference, so none ends in a suite file.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from evals.suites import Suite, parse_suite
from guide.careplan.model import CarePlan
from guide.ml.embeddings import redaction_word_vectors
from guide.settings import Settings
from guide.store.db.models import ConsumerRow, ConversationRow, MessageRow, ReviewItemRow
from guide.store.db.session import Database
from guide.turn.contracts import from_codes
from guide.turn.redact import RedactStage, known_identifiers
from redaction import PseudonymVault, Redactor

log = logging.getLogger(__name__)
EXPORTED_ACTIONS = ("approve", "edit", "replace")


def expected_decision(action: str, system_decision: str | None) -> str:
    """Approve unchanged: the system was right. Edit or replace: a clinician was needed (emergencies stay)."""
    if action == "approve" and system_decision in ("needs_review", "emergency", "answered"):
        return system_decision
    return "emergency" if system_decision == "emergency" else "needs_review"


@dataclass
class _Item:
    item: ReviewItemRow
    conversation: ConversationRow
    reply: MessageRow
    question: MessageRow | None
    plan: CarePlan | None


class ReviewExporter:
    """Reads resolved review items from the relational store."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.db = Database(settings)
        self.db.migrate()
        self._known_only = RedactStage(Redactor(detect=False))
        self._full: RedactStage | None = None

    def _items(self) -> list[_Item]:
        with self.db.session() as s:
            rows = s.scalars(
                select(ReviewItemRow)
                .where(ReviewItemRow.status == "resolved", ReviewItemRow.action.in_(EXPORTED_ACTIONS))
                .order_by(ReviewItemRow.resolved_at, ReviewItemRow.id)
            ).all()
            out = []
            for row in rows:
                conversation = s.get(ConversationRow, row.conversation_id)
                reply = s.get(MessageRow, row.message_id)
                if conversation is None or reply is None:
                    continue
                question = s.scalar(
                    select(MessageRow).where(
                        MessageRow.conversation_id == row.conversation_id,
                        MessageRow.seq < reply.seq,
                        MessageRow.role == "user",
                    ).order_by(MessageRow.seq.desc()).limit(1)
                )  # fmt: skip
                consumer = s.get(ConsumerRow, row.consumer_id)
                plan = CarePlan.model_validate(consumer.plan) if consumer else None
                out.append(_Item(row, conversation, reply, question, plan))
            return out

    def _redact(self, text: str, plan: CarePlan, vault: PseudonymVault, *, full: bool) -> str:
        stage = self._known_only
        if full:
            if self._full is None:
                allow = sorted(_kb_vocabulary(self.settings))
                vectors = redaction_word_vectors(self.settings)
                self._full = RedactStage(
                    Redactor(allow_list=allow, detect=self.settings.redaction_detect, word_vectors=vectors)
                )
            stage = self._full
        return stage.text(text, known=known_identifiers(plan), vault=vault).text

    def case(self, entry: _Item) -> dict[str, Any] | None:
        """One case, or None when the item cannot be exported safely."""
        item, conversation = entry.item, entry.conversation
        if entry.question is None or entry.plan is None:
            log.warning("review item %s: no question or no care plan; skipped", item.id)
            return None
        vault = PseudonymVault.from_dict(conversation.vault) if conversation.vault else PseudonymVault()
        try:
            stored = entry.question.redacted.strip()
            question = self._redact(stored or entry.question.content, entry.plan, vault, full=not stored)
            reference = self._redact(item.final_answer or "", entry.plan, vault, full=False)
        except Exception:  # noqa: BLE001 - fail closed: nothing unredacted is written
            log.warning("review item %s: redaction failed; skipped", item.id)
            return None
        decision = expected_decision(item.action or "", entry.reply.decision)
        tags = ["clinician-review", f"action:{item.action}", item.urgency]
        tags += [f"reason:{kind}" for kind in dict.fromkeys(r.kind for r in from_codes(item.reasons or []))]
        return {
            "id": f"review-{item.id[:12]}",
            "consumer": item.consumer_id,
            "asker": conversation.designee_id or "consumer",
            "tags": list(dict.fromkeys(tags)),
            "turns": [{"question": question, "expect": {"decision": decision}}],
            "reference": reference,
        }

    def suite(self, name: str = "reviews") -> Suite:
        """Every exportable item as one conversation suite (validated)."""
        cases = [c for entry in self._items() if (c := self.case(entry)) is not None]
        data = {
            "suite": name,
            "description": "Clinicians' reviewed escalations (approve, edit, replace); reference = final answer.",
            "cases": cases,
        }
        suite = parse_suite(data)
        assert isinstance(suite, Suite)
        return suite


def _kb_vocabulary(settings: Settings) -> set[str]:
    from guide.knowledge import loader

    return loader.load(settings.knowledge_path).vocabulary()


def suite_yaml(suite: Suite) -> str:
    """The suite file text."""
    import yaml

    header = (
        "# Exported by `guide eval export-reviews` from clinicians' resolved review items.\n"
        "# Questions and references are redacted (placeholders such as <PERSON_1>).\n"
    )
    data = suite.model_dump(exclude={"kind", "setup"}, exclude_defaults=False)
    for case in data["cases"]:
        for turn in case["turns"]:
            turn["expect"] = {"decision": turn["expect"]["decision"]}
    return header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=110)
