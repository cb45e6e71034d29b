"""One turn, one direction: guard, triage, redact, retrieve, check, compose, verify, decide.

This module is the only place that knows the order of the stages.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from guide.careplan.duplicates import Duplicate, therapeutic_duplicates
from guide.careplan.model import CarePlan, Section
from guide.careplan.passages import render
from guide.errors import ModelError, RedactionFailedError, RetrievalError
from guide.knowledge.loader import protocol_passages
from guide.knowledge.models import ProtocolTable
from guide.language.conversation import with_context
from guide.language.followup import continuing_emergency, help_called
from guide.language.listing import listing_asked
from guide.language.measures import goal_limits, measure_named
from guide.language.plan_rules import ProtocolRuleInUse, protocol_rules, protocol_triggered
from guide.language.text import sentences
from guide.logs import exception_summary
from guide.store.conversations import ConversationInfo, ConversationStore, TurnRecord
from guide.turn.checks import Checker
from guide.turn.compose import Composer
from guide.turn.compose.offline import LIBRARY_HEADING, cited
from guide.turn.contracts import (
    Citation,
    Composition,
    Decision,
    Findings,
    Hit,
    Reading,
    Reason,
    Retrieved,
    TriageResult,
    Verification,
    codes,
    has,
    over_use_reason,
)
from guide.turn.decide import Policy
from guide.turn.redact import RedactStage, known_identifiers, plan_terms
from guide.turn.replies import (
    OUT_OF_SCOPE,
    TEAM_WILL_ANSWER,
    emergency_reply,
    holding_reply,
    not_in_plan_reply,
    not_shared_reply,
    other_language_reply,
    within_goal_reply,
)
from guide.turn.retrieve import Retriever
from guide.turn.scope import Reader, Scope, guard, hidden_medicines, hidden_terms, withheld_reasons
from guide.turn.triage import Triage
from guide.turn.understand import Understander
from guide.turn.verify import mentions_hidden, verify
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
    prompt_tokens: int = 0  # the composer's count of the prompt it sent a model (not in the API's reply)

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
    reasons: list[Reason] = field(default_factory=list)  # from triage, the reading and the checks, in that order
    hidden: frozenset[str] = frozenset()  # words that would disclose what this reader may not see
    redacted: Redacted | None = None
    retrieved: Retrieved | None = None
    findings: Findings | None = None
    composition: Composition | None = None
    verification: Verification | None = None
    failures: list[Reason] = field(default_factory=list)
    conversation_previous: str | None = None  # the previous question, redacted, for follow-ups
    conversation_recent: str = ""  # the last few questions, redacted: what a bare reading is about
    plan_version: str = ""  # the imported plan's hash: the retriever keeps the plan's vectors under it
    protocols: list[ProtocolRuleInUse] = field(default_factory=list)  # knowledge-base protocol rules this turn met
    duplicates: list[Duplicate] = field(default_factory=list)  # the plan's therapeutic duplicates this turn names


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
        protocols: ProtocolTable | None = None,
    ) -> None:
        self.store = store
        self.protocols = protocols or ProtocolTable()
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
        if turn.reading.language not in {"en", "es"}:
            turn.triage.flags += self.triage.in_language(turn.question, turn.reading.language)
        visible_goals = _visible_goal_ids(turn)  # a value inside a goal the reader may not see is not answered by it
        turn.reading.within_goals = [g for g in turn.reading.within_goals if g in visible_goals]
        turn.reading.told_over = turn.triage.told_over
        turn.reasons = turn.triage.reasons + self.policy.reading_reasons(turn.reading)
        self._continue_emergency(turn)
        if plan.consumer.deceased is not None:
            turn.reasons.append(
                Reason("deceased", source="plan")
            )  # no routine guidance about a person who has died: a clinician answers
        if not self.policy.is_emergency(turn.reasons):
            self._answer(turn)
        else:
            self._redact_for_record(turn)
            self._name_a_medicine_mistake(turn)
        decision = self.policy.decide(
            reasons=turn.reasons + (turn.findings.reasons if turn.findings else []),
            composition=turn.composition,
            verification=turn.verification,
            failures=turn.failures,
        )
        return self._finish(turn, decision)

    def _continue_emergency(self, turn: _Turn) -> None:
        """A message right after an emergency reply is the same emergency going on unless it takes it back (help is
        there, it was a mistake or the past, it did not happen): the instruction is repeated, not walked back, and
        names the earlier emergency when this message raises no flag of its own."""
        last = self.store.last_reply(turn.conversation.id)
        if last is None or not continuing_emergency(last[0], turn.question):
            return
        if turn.reading is not None and not self.policy.continues(last[1], turn.reading):  # unnamed, no longer read
            return
        if not turn.triage.emergency:
            turn.triage = self.triage.resumed(last[1], turn.plan)
            turn.reasons = turn.triage.reasons + turn.reasons
        turn.reasons.append(Reason("emergency_continues", source="conversation"))

    def _redact(self, turn: _Turn) -> Redacted:
        """Redact the question with the plan's identifiers and clinical words (RedactionFailedError: fail closed)."""
        return self.redact.text(
            turn.question, known=known_identifiers(turn.plan), vault=turn.vault, allow=plan_terms(turn.plan)
        )

    def _redact_for_record(self, turn: _Turn) -> None:
        """An emergency is not answered, but its question is redacted for the record: the conversation's next
        message is read in its light. A failure leaves it unredacted in the record only (never sent anywhere)."""
        try:
            turn.redacted = self._redact(turn)
        except RedactionFailedError:
            turn.redacted = None

    def _name_a_medicine_mistake(self, turn: _Turn) -> None:
        """An emergency no red flag named (the classifier's) that is a plan medicine overdosed or taken twice gets
        the medicine-mistake flag's Poison Control instruction instead of the generic one; the checks that would
        find it do not run on an emergency, so only the dosing reading runs here, on the redacted text."""
        if turn.triage.emergency or turn.redacted is None:
            return
        found = [
            u for u in self.checker.over_use(turn.redacted.text, turn.plan, turn.conversation_previous) if u.overdose
        ]
        if found:
            self._poison_control(turn)
            turn.reasons += [over_use_reason(u) for u in found]  # the review item says which medicine

    def _poison_control(self, turn: _Turn) -> None:
        """An overdose or a double dose of a plan medicine: the medicine-mistake flag's Poison Control reply."""
        turn.triage = self.triage.resumed([Reason("red_flag", OVERDOSE_FLAG, source="checks")], turn.plan)

    def _answer(self, turn: _Turn) -> None:
        """Redact, retrieve, check, compose and verify; failures become review reasons."""
        try:
            turn.redacted = self._redact(turn)
        except RedactionFailedError:
            turn.failures.append(Reason("redaction_failed", source="failure"))
            return
        if turn.plan.consumer.deceased is not None:
            return  # the question is redacted for the review item; nothing is retrieved or drafted
        turn.findings = self.checker.check(
            turn.redacted.text, turn.plan, turn.conversation_recent, previous=turn.conversation_previous
        )
        if any(u.overdose for u in turn.findings.over_use) and not turn.triage.emergency:
            self._poison_control(turn)
        turn.protocols = self._protocols(turn)
        turn.duplicates = self._duplicates(turn)
        turn.reasons += [Reason(r.reason_kind, r.reason_id, source="plan") for r in turn.protocols]
        turn.reasons += [Reason("duplicate", d.reason_id, source="plan") for d in turn.duplicates]
        asked = replace(turn.redacted, text=with_context(turn.redacted.text, turn.conversation_previous))
        # "what meds is she on": the plan's whole list answers it; not a follow-up ("what should I look for" after
        # a question about a new medicine asks about that medicine)
        listing = listing_asked(turn.redacted.text) if asked.text == turn.redacted.text else None
        if listing is not None:
            turn.reasons.append(Reason("plan_list", listing.name, source="plan"))
        try:
            turn.retrieved = self.retriever.retrieve(
                asked,
                consumer_id=turn.plan.consumer.id,
                sections=turn.scope.sections,
                plan_version=turn.plan_version,
                conditions=_visible_conditions(turn),
                medicines=self.checker.plan_medicines_named(asked.text, turn.plan),
                listing=listing,
            )
        except RetrievalError as e:
            log.error("retrieval failed: %s", exception_summary(e))
            turn.failures.append(Reason("retrieval_error", source="failure"))
            return
        turn.retrieved = _without_hidden(turn.retrieved, turn.hidden)
        if (
            turn.retrieved.listing is not None and turn.retrieved.listing.hidden
        ):  # "what are his goals" to a reader the goals are not shared with
            turn.scope = replace(turn.scope, asks_hidden=True)
        try:
            turn.composition = self.composer.compose(question=asked, retrieved=turn.retrieved, findings=turn.findings)
        except ModelError as e:
            log.error("composer failed: %s", exception_summary(e))
            turn.failures.append(Reason("model_error", source="failure"))
            return
        # the protocol rules met are retrieved for the citations and the reply, and the first-aid ones lead the answer
        turn.retrieved = _with_protocols(turn.retrieved, turn.protocols)
        turn.composition = _first_aid_first(turn.composition, turn.protocols)
        turn.verification = verify(
            turn.composition, turn.retrieved, turn.hidden, self.similarity, drug_names=self.checker.drug_names
        )

    def _protocols(self, turn: _Turn) -> list[ProtocolRuleInUse]:
        """The knowledge base's condition protocol rules this question meets, for a plan without its own rule for that
        condition; a behavioral-health protocol only for a reader who may see that section, none naming a hidden
        term."""
        rules = protocol_rules(turn.plan, self.protocols.protocols, self.checker.table.drug_classes)
        text = turn.redacted.text if turn.redacted else turn.question
        return [
            r
            for r in rules
            if (not r.protocol.behavioral or turn.scope.allows(Section.BEHAVIORAL_HEALTH))
            and not mentions_hidden(r.rule.text, turn.hidden)
            and protocol_triggered(r, text, turn.conversation_recent)
        ]

    def _duplicates(self, turn: _Turn) -> list[Duplicate]:
        """The plan's therapeutic duplicates (same ingredient or class twice) that this question names, among the
        medicines this reader may see."""
        visible = [m for m in turn.plan.medications if turn.scope.allows(turn.plan.section_of(m))]
        found = therapeutic_duplicates(
            visible, generics=self.checker.plan_generics(turn.plan), classes_of=self.checker.classes_named
        )
        text = (turn.redacted.text if turn.redacted else turn.question).lower()
        return [d for d in found if d.named_in(text, self.checker.classes_named(text))]

    def _hidden(self, plan: CarePlan, scope: Scope) -> frozenset[str]:
        """Words that would disclose what this reader may not see."""
        generics = self.checker.plan_generics(plan)
        return hidden_terms(plan, scope, generics, self.checker.brands, self.checker.class_words)

    def _finish(self, turn: _Turn, decision: Decision) -> TurnResult:
        """Write the reply for this decision, persist, and restore pseudonyms for the reader."""
        draft = turn.composition.text if turn.composition else ""
        if decision.status == "emergency":
            language = turn.reading.language if turn.reading else "en"
            reply = emergency_reply(turn.triage, language, help_called=help_called(turn.question))
            citations: list[Citation] = []
        elif decision.status == "needs_review":
            reply, citations = _held_reply(turn, decision)
        else:
            reply, citations = _answer_reply(turn, decision)
        shown = withheld_reasons(decision.reasons, turn.hidden, _hidden_ids(turn))
        record = TurnRecord(
            conversation_id=turn.conversation.id,
            question=turn.question,
            redacted_question=turn.redacted.text if turn.redacted else "",
            reply=reply,
            decision=decision.status,
            reasons=decision.codes,
            citations=[c.as_dict() for c in citations],
            draft=draft,
            vault=turn.vault.to_dict(),
            mentioned=turn.findings.mentioned if turn.findings else [],
            draft_citations=[c.as_dict() for c in turn.composition.citations] if turn.composition else [],
            shown_reasons=codes(shown),
            urgency=decision.urgency,
        )
        message_id = self.store.record_turn(record)
        log.info("turn decided: %s (%s)", decision.status, ",".join(decision.codes))
        return TurnResult(
            conversation_id=turn.conversation.id,
            message_id=message_id,
            decision=decision.status,
            answer=turn.vault.restore(reply),
            citations=[_restore(c, turn.vault) for c in citations],
            reasons=codes(shown),
            composer=turn.composition.composer if turn.composition else self.composer.name,
            consumer_id=turn.conversation.consumer_id,
            prompt_tokens=turn.composition.prompt_tokens if turn.composition else 0,
        )


def _held_reply(turn: _Turn, decision: Decision) -> tuple[str, list[Citation]]:
    """What the family reads while a clinician looks: the condolence for a consumer who died, a holding reply in
    the message's language, or the holding reply with why, the plan's lines and what to do meanwhile."""
    language = turn.reading.language if turn.reading else "en"
    if decision.has("deceased"):
        return DECEASED_REPLY, []
    if language != "en":
        return other_language_reply(language, possible_emergency=decision.has("possible_emergency")), []
    reply = holding_reply(
        reasons=decision.reasons,
        findings=turn.findings,
        retrieved=turn.retrieved,
        hidden_medicines=hidden_medicines(turn.plan, turn.scope),
        plan_rules=_visible_rules(turn),
        goals=_visible_goals(turn),
        hidden_terms=turn.hidden,
        usual=list(turn.reading.outside_usual.values()) if turn.reading else [],
    )
    reply, citations = _with_protocol_lines(reply, turn)
    return _with_plan_instructions(reply, citations, turn)


def _answer_reply(turn: _Turn, decision: Decision) -> tuple[str, list[Citation]]:
    """An answered turn's reply: what the guide is for (off topic), that a part is not shared, a value inside the
    plan's goal, that the plan does not say, or the composer's draft with its citations."""
    if decision.has("off_topic"):
        return OUT_OF_SCOPE, []
    if turn.scope.asks_hidden:  # a part of the plan this reader may not see
        return not_shared_reply(turn.plan.consumer.name.given[:1]), []
    if decision.has("within_goal"):
        goals, rules = _visible_goals(turn, within=True), _measure_rules(turn)
        return within_goal_reply(goals, rules), _plan_citations(turn, goals + rules)
    if _not_in_plan(decision.reasons):
        given = None if turn.conversation.designee_id is None else turn.plan.consumer.name.given[:1]
        return not_in_plan_reply(given), []
    if turn.composition is None:
        return "", []
    return turn.composition.text, list(turn.composition.citations)


DECEASED_REPLY = (
    "Thank you for your message, and I am very sorry for your loss. The care record shows that this person has died, "
    "so I will not give guidance from the care plan. I have passed your message to the care team, and a member of "
    "the team will reply in this conversation. If you need to talk to someone now, you can call or text 988 at any "
    "time, and in an emergency call 911."
)


def _protocol_hits(protocols: list[ProtocolRuleInUse]) -> list[Hit]:
    """The knowledge-base passages of the protocol rules a turn met (as stored, so citations resolve)."""
    wanted = {r.passage_id for r in protocols}
    seen = {r.protocol.id: r.protocol for r in protocols}
    return [Hit(p, 1.0) for protocol in seen.values() for p in protocol_passages(protocol) if p.id in wanted]


def _with_protocols(retrieved: Retrieved, protocols: list[ProtocolRuleInUse]) -> Retrieved:
    """The retrieved passages plus the protocol rules met, first among the knowledge passages."""
    hits = _protocol_hits(protocols)
    if not hits:
        return retrieved
    ids = {h.passage.id for h in hits}
    return replace(retrieved, knowledge=hits + [h for h in retrieved.knowledge if h.passage.id not in ids])


_CITE = re.compile(r"\[(\d+)\]")


def _protocol_paragraph(hits: list[Hit], first: int) -> tuple[str, list[Citation]]:
    """The library's heading with each sentence of the rules quoted and cited, numbered from `first`."""
    lines, citations = [], []
    for number, hit in enumerate(hits, start=first):
        quoted = sentences(hit.passage.text)
        lines.append(" ".join(cited(s, number) for s in quoted))
        citations.append(Citation(kind="knowledge", id=hit.passage.id, title=hit.passage.title, quote=" ".join(quoted)))
    return f"{LIBRARY_HEADING}\n" + "\n".join(lines), citations


def _first_aid_first(composition: Composition, protocols: list[ProtocolRuleInUse]) -> Composition:
    """The answer led by the first-aid protocol rules the reading met ("sugar is 62": the rule of 15), cited as the
    knowledge base; the composer's own citations renumbered after them."""
    cited = {c.id for c in composition.citations}
    hits = [
        h for h in _protocol_hits([r for r in protocols if r.rule.kind == "first_aid"]) if h.passage.id not in cited
    ]
    if not hits:
        return composition
    lead, citations = _protocol_paragraph(hits, 1)
    rest = _CITE.sub(lambda m: f"[{int(m.group(1)) + len(hits)}]", composition.text)
    return replace(
        composition,
        text=f"{lead}\n\n{rest}".strip(),
        citations=citations + list(composition.citations),
        confidence=max(composition.confidence, 0.9),
        needs_review=False,
        reasons=[r for r in composition.reasons if r != "weak_retrieval"],
    )


def _with_protocol_lines(reply: str, turn: _Turn) -> tuple[str, list[Citation]]:
    """A holding reply that also says what the library's protocol says: first aid before it (what to do now), a
    call-the-team rule after the line that the team will answer (cited as the knowledge base), and a duplicate."""
    first_aid = _protocol_hits([r for r in turn.protocols if r.rule.kind == "first_aid"])
    call_team = _protocol_hits([r for r in turn.protocols if r.rule.kind == "call_team"])
    lead, citations = _protocol_paragraph(first_aid, 1) if first_aid else ("", [])
    extra = []
    for number, hit in enumerate(call_team, start=len(citations) + 1):
        extra.append(f"Our health library says: {hit.passage.text.rstrip('.')} [{number}].")
        citations.append(Citation(kind="knowledge", id=hit.passage.id, title=hit.passage.title, quote=hit.passage.text))
    extra += [d.sentence for d in turn.duplicates]
    if extra:
        reply = reply.replace(TEAM_WILL_ANSWER, " ".join([TEAM_WILL_ANSWER, *extra]), 1)
    return (f"{lead}\n\n{reply}" if lead else reply), citations


def _with_plan_instructions(reply: str, citations: list[Citation], turn: _Turn) -> tuple[str, list[Citation]]:
    """A held reply for a reading the plan has a home instruction for ("if blood sugar is below 70, take 4 glucose
    tablets") leads with that instruction, cited, as the plan's first step while the team looks at the value (for the
    next time, when the message tells it as over)."""
    wanted = set(turn.findings.plan_instructions) if turn.findings else set()
    texts = [a.text for a in turn.plan.activities if a.id in wanted and turn.scope.allows(a.section)]
    if not texts:
        return reply, citations
    found = [(text.rstrip("."), c) for text in texts for c in _plan_citations(turn, [text])]
    if not found:
        return reply, citations
    lines, lead_citations = [line for line, _ in found], [c for _, c in found]
    renumbered = re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)) + len(lines)}]", reply)
    # a story told as over (a day or more back, well now) gets the instruction for the next time, not "now"
    over = bool(turn.triage.over or turn.triage.told_over)
    said = "Your care plan says, for the next time:" if over else "Your care plan says to do this now:"
    lead = " ".join(f"{said} {line} [{n}]." for n, line in enumerate(lines, 1))
    return f"{lead}\n\n{renumbered}", lead_citations + citations


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


# the red flag whose instruction answers a plan medicine taken far past its dose (Poison Control, skip the next dose)
OVERDOSE_FLAG = "medicine-mistake"


def _visible_conditions(turn: _Turn) -> str:
    """The plan's conditions this reader may see, as text (what knowledge is fitting is judged on these only, so
    which articles appear never discloses a hidden condition)."""
    return " ".join(c.text for c in turn.plan.conditions if turn.scope.allows(turn.plan.section_of(c)))


def _visible_rules(turn: _Turn) -> list[str]:
    """Texts of the plan's call-the-team rules this question triggered, if the reader may see them."""
    triggered = set(turn.findings.plan_rules) if turn.findings else set()
    triggered |= set(turn.triage.owned.values())  # the rule that owns a sign the triage found (RedFlag.plan_owns)
    return [r.text for r in turn.plan.call_if if r.id in triggered and turn.scope.allows(turn.plan.section_of(r))]


def _visible_goal_ids(turn: _Turn) -> set[str]:
    """Ids of the plan's goals the reader may see."""
    return {g.id for g in turn.plan.goals if turn.scope.allows(turn.plan.section_of(g))}


def _not_in_plan(reasons: list[Reason]) -> bool:
    """A question about the plan answered only because it is one (knowledge/policy.yaml `plan_question`): the
    composer found nothing it is sure of, so its draft is not shown."""
    return has(reasons, "plan_question") and has(reasons, "weak_retrieval", "low_confidence")


def _visible_goals(turn: _Turn, *, within: bool = False) -> list[str]:
    """Texts of the plan's goals a reported value is outside of (`within`: inside of), if the reader may see them."""
    named = set((turn.reading.within_goals if within else turn.reading.outside_goals) if turn.reading else [])
    visible = _visible_goal_ids(turn)
    return [g.text for g in turn.plan.goals if g.id in named and g.id in visible]


def _plan_citations(turn: _Turn, texts: list[str]) -> list[Citation]:
    """The plan passages that hold these goal, rule and instruction texts, in the same order."""
    sections = {s.value for s in (Section.GOALS, Section.CALL_IF, Section.INSTRUCTIONS, Section.BEHAVIORAL_HEALTH)}
    passages = [p for p in render(turn.plan) if p.section in sections]
    out = []
    for text in texts:
        found = next((p for p in passages if text.rstrip(".").lower() in p.text.lower()), None)
        if found is not None:
            out.append(Citation(kind="careplan", id=found.id, title=found.title, quote=found.text))
    return out


def _measure_rules(turn: _Turn) -> list[str]:
    """The plan's call-the-team rules about the measures of the goals a reported value is inside of: what to watch
    for next ("call if weight goes up more than 2 pounds in a day")."""
    inside = set(turn.reading.within_goals) if turn.reading else set()
    measures = {limit.measure for limit in goal_limits(turn.plan.goals) if limit.goal_id in inside}
    return [
        r.text
        for r in turn.plan.call_if
        if r.urgency != "emergency"
        and turn.scope.allows(turn.plan.section_of(r))
        and any(measure_named(measure, r.text) for measure in measures)
    ]


def _restore(citation: Citation, vault: PseudonymVault) -> dict[str, str]:
    data = citation.as_dict()
    return {**data, "title": vault.restore(data["title"]), "quote": vault.restore(data["quote"])}


def _hidden_ids(turn: _Turn) -> set[str]:
    """Ids of the plan's medicines this reader may not see, and of the interactions found with one: a reason that
    points at either ("dose:<id>", "interaction:otc-nsaid-prescription-nsaid:major" for a hidden naproxen) is
    withheld, since the interaction's name says what the plan holds."""
    hidden = hidden_medicines(turn.plan, turn.scope)
    ids = {m.id for m in turn.plan.medications if m.text in hidden}
    if turn.findings is not None:
        ids |= {f.interaction.id for f in turn.findings.interactions if set(f.matched) & hidden}
    return ids
