"""One turn, one direction: guard, triage, redact, retrieve, check, compose, verify, decide.

This module is the only place that knows the order of the stages.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from guide.careplan.model import CarePlan, Section
from guide.checks import Checker, Findings
from guide.composers import Citation, Composer, Composition
from guide.context import with_context
from guide.conversations import ConversationInfo, ConversationStore, TurnRecord
from guide.decide import Decision, Policy
from guide.errors import ModelError, RedactionFailedError, RetrievalError
from guide.guard import Reader, Scope, guard, hidden_medicines, hidden_terms, withheld_reasons
from guide.logs import exception_summary
from guide.redact import RedactStage, known_identifiers
from guide.replies import OUT_OF_SCOPE, emergency_reply, holding_reply, other_language_reply
from guide.retrieval import Retrieved, Retriever
from guide.text import sentences
from guide.triage import Triage, TriageResult
from guide.understanding import Reading, Understander
from guide.verify import Verification, mentions_hidden, verify
from redaction import PseudonymVault, Redacted

log = logging.getLogger(__name__)


@dataclass
class TurnResult:
    """What the reader gets back, pseudonyms restored."""

    conversation_id: str
    message_id: str
    decision: str
    answer: str
    citations: list[dict[str, str]]
    reasons: list[str]
    composer: str = "offline"
    consumer_id: str = ""

    def as_dict(self) -> dict[str, object]:
        """The `guide ask --json` and API contract."""
        return {"decision": self.decision, "answer": self.answer, "citations": self.citations, "reasons": self.reasons}


@dataclass
class _Turn:
    """State carried between stages of one turn."""

    conversation: ConversationInfo
    plan: CarePlan
    question: str
    scope: Scope
    vault: PseudonymVault
    triage: TriageResult = field(default_factory=TriageResult)
    reading: Reading | None = None
    reasons: list[str] = field(default_factory=list)  # from triage, the reading and the checks, in that order
    hidden: frozenset[str] = frozenset()  # words that would disclose what this reader may not see
    redacted: Redacted | None = None
    retrieved: Retrieved | None = None
    findings: Findings | None = None
    composition: Composition | None = None
    verification: Verification | None = None
    failures: list[str] = field(default_factory=list)
    conversation_previous: str | None = None  # the previous question, redacted, for follow-ups
    conversation_recent: str = ""  # the last few questions, redacted: what a bare reading is about
    plan_version: str = ""  # the imported plan's hash: the retriever keeps the plan's vectors under it


class Pipeline:
    """Runs turns and records them."""

    def __init__(
        self,
        *,
        store: ConversationStore,
        triage: Triage,
        redact: RedactStage,
        retriever: Retriever,
        checker: Checker,
        composer: Composer,
        max_question_chars: int,
        policy: Policy,
        understander: Understander,
        similarity: Callable[[str, list[str]], list[float]] | None = None,
    ) -> None:
        self.store = store
        self.policy = policy
        self.understander = understander
        self.triage = triage
        self.redact = redact
        self.retriever = retriever
        self.checker = checker
        self.composer = composer
        self.max_question_chars = max_question_chars
        self.similarity = similarity

    def ask(self, *, conversation_id: str, question: str, owner: str | frozenset[str] | None = None) -> TurnResult:
        """Answer one question in a conversation the caller owns."""
        conversation = self.store.get(conversation_id, owner=owner)
        plan, plan_version = self.store.versioned_plan(conversation.consumer_id)
        reader = Reader(conversation.consumer_id, conversation.designee_id)
        scope = guard(question, plan, reader, max_chars=self.max_question_chars)
        turn = _Turn(conversation, plan, question.strip(), scope, PseudonymVault.from_dict(conversation.vault))
        turn.plan_version = plan_version
        turn.hidden = self._hidden(plan, scope)
        recent = self.store.recent_questions(conversation.id)
        turn.conversation_previous = recent[-1] if recent else None
        turn.conversation_recent = " ".join(recent)
        turn.reading = self.understander.read(
            turn.question, plan, turn.conversation_recent, previous=turn.conversation_previous
        )
        turn.triage = self.triage.assess(turn.question, plan, turn.conversation_recent)
        turn.reasons = turn.triage.reasons + self.policy.reading_reasons(turn.reading)
        if not self.policy.is_emergency(turn.reasons):
            self._answer(turn)
        decision = self.policy.decide(
            reasons=turn.reasons + (turn.findings.reasons if turn.findings else []),
            composition=turn.composition,
            verification=turn.verification,
            failures=turn.failures,
        )
        return self._finish(turn, decision)

    def _answer(self, turn: _Turn) -> None:
        """Redact, retrieve, check, compose and verify; failures become review reasons."""
        try:
            turn.redacted = self.redact.text(turn.question, known=known_identifiers(turn.plan), vault=turn.vault)
        except RedactionFailedError:
            turn.failures.append("redaction_failed")
            return
        turn.findings = self.checker.check(
            turn.redacted.text, turn.plan, turn.conversation_recent, previous=turn.conversation_previous
        )
        asked = replace(turn.redacted, text=with_context(turn.redacted.text, turn.conversation_previous))
        try:
            turn.retrieved = self.retriever.retrieve(
                asked,
                consumer_id=turn.plan.consumer.id,
                sections=turn.scope.sections,
                plan_version=turn.plan_version,
                conditions=_visible_conditions(turn),
            )
        except RetrievalError as e:
            log.error("retrieval failed: %s", exception_summary(e))
            turn.failures.append("retrieval_error")
            return
        turn.retrieved = _without_hidden(turn.retrieved, turn.hidden)
        try:
            turn.composition = self.composer.compose(question=asked, retrieved=turn.retrieved, findings=turn.findings)
        except ModelError as e:
            log.error("composer failed: %s", exception_summary(e))
            turn.failures.append("model_error")
            return
        turn.verification = verify(turn.composition, turn.retrieved, turn.hidden, self.similarity)

    def _hidden(self, plan: CarePlan, scope: Scope) -> frozenset[str]:
        """Words that would disclose what this reader may not see."""
        generics = self.checker.plan_generics(plan)
        return hidden_terms(plan, scope, generics, self.checker.brands, self.checker.class_words)

    def _finish(self, turn: _Turn, decision: Decision) -> TurnResult:
        """Write the reply for this decision, persist, and restore pseudonyms for the reader."""
        draft = turn.composition.text if turn.composition else ""
        citations = list(turn.composition.citations) if turn.composition else []
        language = turn.reading.language if turn.reading else "en"
        if decision.status == "emergency":
            reply, citations = emergency_reply(turn.triage, language), []
        elif decision.status == "needs_review" and language != "en":
            reply, citations = other_language_reply(language), []
        elif decision.status == "answered" and any(r.startswith("off_topic") for r in decision.reasons):
            reply, citations = OUT_OF_SCOPE, []
        elif decision.status == "needs_review":
            reply, citations = (
                holding_reply(
                    reasons=decision.reasons,
                    findings=turn.findings,
                    retrieved=turn.retrieved,
                    hidden_medicines=hidden_medicines(turn.plan, turn.scope),
                    plan_rules=_visible_rules(turn),
                    goals=_visible_goals(turn),
                ),
                [],
            )
        else:
            reply = draft
        record = TurnRecord(
            conversation_id=turn.conversation.id,
            question=turn.question,
            redacted_question=turn.redacted.text if turn.redacted else "",
            reply=reply,
            decision=decision.status,
            reasons=decision.reasons,
            citations=[c.as_dict() for c in citations],
            draft=draft,
            vault=turn.vault.to_dict(),
            mentioned=turn.findings.mentioned if turn.findings else [],
            draft_citations=[c.as_dict() for c in turn.composition.citations] if turn.composition else [],
            shown_reasons=withheld_reasons(decision.reasons, turn.hidden),
            urgency=decision.urgency,
        )
        message_id = self.store.record_turn(record)
        log.info("turn decided: %s (%s)", decision.status, ",".join(decision.reasons))
        return TurnResult(
            conversation_id=turn.conversation.id,
            message_id=message_id,
            decision=decision.status,
            answer=turn.vault.restore(reply),
            citations=[_restore(c, turn.vault) for c in citations],
            reasons=withheld_reasons(decision.reasons, turn.hidden),
            composer=turn.composition.composer if turn.composition else self.composer.name,
            consumer_id=turn.conversation.consumer_id,
        )


def _without_hidden(retrieved: Retrieved, hidden: frozenset[str]) -> Retrieved:
    """Library passages without the sentences that name something this reader may not see ("antidepressants" for a
    designee without the behavioral-health scope); a passage left empty is dropped. The plan's own passages are
    already within scope."""
    if not hidden:
        return retrieved
    knowledge = []
    for hit in retrieved.knowledge:
        if not mentions_hidden(f"{hit.passage.title} {hit.passage.text}", hidden):
            knowledge.append(hit)
            continue
        if mentions_hidden(hit.passage.title, hidden):
            continue
        text = "\n".join(_without_hidden_sentences(hit.passage.text, hidden))
        if text.strip():
            knowledge.append(replace(hit, passage=hit.passage.model_copy(update={"text": text})))
    return replace(retrieved, knowledge=knowledge)


_LIST_ITEM = re.compile(r"^\s*([-*]|\d+\.)\s+")


def _without_hidden_sentences(text: str, hidden: frozenset[str]) -> list[str]:
    """The passage's lines, keeping its list structure: a list item naming a hidden term goes whole, another line
    loses only the sentences that name one."""
    lines = []
    for line in text.splitlines():
        if not mentions_hidden(line, hidden):
            lines.append(line)
        elif not _LIST_ITEM.match(line):
            kept = " ".join(s for s in sentences(line) if not mentions_hidden(s, hidden))
            if kept.strip():
                lines.append(kept)
    return lines


def _visible_conditions(turn: _Turn) -> str:
    """The plan's conditions this reader may see, as text (what knowledge is fitting is judged on these only, so
    which articles appear never discloses a hidden condition)."""
    return " ".join(
        c.text
        for c in turn.plan.conditions
        if turn.scope.allows(Section.BEHAVIORAL_HEALTH if c.behavioral else Section.CONDITIONS)
    )


def _visible_rules(turn: _Turn) -> list[str]:
    """Texts of the plan's call-the-team rules this question triggered, if the reader may see them."""
    triggered = set(turn.findings.plan_rules) if turn.findings else set()
    return [
        r.text
        for r in turn.plan.call_if
        if r.id in triggered and (not r.behavioral or turn.scope.allows("behavioral_health"))
    ]


def _visible_goals(turn: _Turn) -> list[str]:
    """Texts of the plan's goals a reported value is outside of, if the reader may see them."""
    outside = set(turn.reading.outside_goals) if turn.reading else set()
    return [
        g.text
        for g in turn.plan.goals
        if g.id in outside and turn.scope.allows(Section.BEHAVIORAL_HEALTH if g.behavioral else Section.GOALS)
    ]


def _restore(citation: Citation, vault: PseudonymVault) -> dict[str, str]:
    data = citation.as_dict()
    return {**data, "title": vault.restore(data["title"]), "quote": vault.restore(data["quote"])}
