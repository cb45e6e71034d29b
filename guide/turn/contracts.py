"""What the stages of a turn hand each other: typed reasons and each stage's result.

Every stage that finds a reason to escalate (or not) leaves a `Reason`: what kind of reason it is (the policy table
in knowledge/policy.yaml maps kinds to decisions), which thing it points at (a red flag's id, a plan rule's id, an
intent's name), the stage's own grading of it (an interaction's severity) and which stage left it. Only the decide
stage (guide/turn/decide.py) turns reasons into a decision; replies and the review queue read the typed reasons.

Each stage's result type lives here, so a later stage reads an earlier one's result without importing that stage:
the reading (understand), the triage, the retrieved passages, the checks' findings, the composition, the
verification and the decision.

A reason is stored and sent as its `code` ("red_flag:chest-pain", "interaction:ginkgo-warfarin:major"): the API's
`reasons`, the turn's record, the review item and the audit event. `Reason.from_code` reads a stored code back (the
conversation's earlier reply, a review item); it is the only place a code is taken apart.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from guide.careplan.passages import Passage
from guide.knowledge.models import ContextStep, Hazard, Interaction, RedFlag
from guide.language.dosing import OverUse
from guide.language.listing import Kind
from guide.language.measures import Measurement

Status = Literal["answered", "needs_review", "emergency"]
Urgency = Literal["urgent", "routine"]

Source = Literal[
    "triage",  # red flags and the plan's call-911 rules (guide/turn/triage.py)
    "reading",  # the message's reading: intents, goals, language (guide/language, guide/turn/decide.py)
    "checks",  # interactions, hazards, scope, plan rules, doses (guide/turn/checks.py)
    "plan",  # the plan itself: protocols, duplicates, lists, a deceased consumer (guide/turn/pipeline.py)
    "conversation",  # what the conversation so far says (an emergency going on)
    "composer",  # the composer's own verdict (guide/turn/compose)
    "verify",  # the verifier (guide/turn/verify.py)
    "failure",  # a stage that failed (fail closed)
    "record",  # read back from a stored turn
]


@dataclass(frozen=True, slots=True)
class Reason:
    """One reason a turn was decided as it was."""

    kind: str  # the policy table's key: "red_flag", "scope", "interaction", ...
    id: str = ""  # what it points at: a red flag, a plan item, an intent, a scope rule
    severity: str = ""  # the stage's own grading, where it has one: an interaction's "major", "moderate", "minor"
    source: Source = "record"

    @property
    def code(self) -> str:
        """The stored and sent form: "kind", "kind:id" or "kind:id:severity"."""
        return ":".join(p for p in (self.kind, self.id, self.severity) if p)

    def withheld(self) -> Reason:
        """The reason as a reader who may not see what it points at reads it: its kind only ("interaction:withheld")."""
        return Reason(self.kind, "withheld", source=self.source)

    @classmethod
    def from_code(cls, code: str, source: Source = "record") -> Reason:
        """A stored code read back. Only an interaction's code carries a severity after its id."""
        kind, _, rest = code.partition(":")
        if kind == "interaction" and rest.count(":") == 1:
            ident, _, severity = rest.partition(":")
            return cls(kind, ident, severity, source)
        return cls(kind, rest, "", source)

    def __str__(self) -> str:
        return self.code


def codes(reasons: Iterable[Reason]) -> list[str]:
    """The reasons' codes, each once, in order (what the API, the record and the audit event carry)."""
    return list(dict.fromkeys(r.code for r in reasons))


def from_codes(stored: Iterable[str]) -> list[Reason]:
    """Stored codes read back as reasons."""
    return [Reason.from_code(c) for c in stored]


def of_kind(reasons: Iterable[Reason], *kinds: str) -> list[Reason]:
    """The reasons of these kinds, in order."""
    return [r for r in reasons if r.kind in kinds]


def has(reasons: Iterable[Reason], *kinds: str) -> bool:
    """Whether any reason is of one of these kinds."""
    return any(r.kind in kinds for r in reasons)


WINDOW_LANGUAGES = frozenset({"en", "es"})  # where a long message is also read two sentences at a time


@dataclass
class Reading:
    """What a message says, read before anything is decided."""

    text: str
    language: str = "en"
    intents: dict[str, float] = field(default_factory=dict)  # the classifier's probabilities
    # The classifier's highest emergency probability over the message's windows of two sentences in a row, for a
    # message of three sentences or more (`Understander.read`); 0 otherwise.
    window_emergency: float = 0.0
    measurements: list[Measurement] = field(default_factory=list)
    outside_goals: list[str] = field(default_factory=list)  # ids of plan goals a reported value is outside
    within_goals: list[str] = field(default_factory=list)  # ids of plan goals every reported value is inside
    # measures a reported value is outside the usual adult range of (knowledge/usual_ranges.yaml), for the sides no
    # plan goal bounds -> the range as a reply says it ("potassium 3.5 to 5.0 mmol/L")
    outside_usual: dict[str, str] = field(default_factory=dict)
    # told as over, a day or more back, the person well now, naming no sign that stays an emergency when over (set
    # from the triage's `TriageResult.told_over`): the classifier's emergency is then an urgent review
    # (`over:emergency_report`)
    told_over: bool = False

    def probability(self, intent: str) -> float:
        """The classifier's probability for an intent (0 without a model)."""
        return self.intents.get(intent, 0.0)


@dataclass
class TriageResult:
    """Red flags found, most urgent action first."""

    flags: list[RedFlag] = field(default_factory=list)
    plan_rules: list[str] = field(default_factory=list)
    plan_messages: list[str] = field(default_factory=list)
    steps: dict[str, list[ContextStep]] = field(default_factory=dict)  # flag id -> the context steps that apply
    # flag id -> the plan's call-the-care-team rule that owns that sign for this consumer (`RedFlag.plan_owns`)
    owned: dict[str, str] = field(default_factory=dict)
    # flags whose signs the message tells as over, a day or more back, the person well now (`RedFlag.when_over`)
    over: list[str] = field(default_factory=list)
    # the message tells what happened as over, a day or more back, the person well now, and names no sign that stays
    # an emergency when over (`Triage._told_as_over`): an emergency only the classifier reads becomes an urgent review
    told_over: bool = False

    @property
    def emergency(self) -> bool:
        """True when anything calls for an immediate emergency instruction."""
        return bool(self.flags or self.plan_rules)

    @property
    def reasons(self) -> list[Reason]:
        """The red flags, the plan's call-911 rules met, and the signs the plan owns ("plan_owns:<flag>/<rule>")."""
        return (
            [Reason("red_flag", f.id, source="triage") for f in self.flags]
            + [Reason("plan_rule_911", r, source="triage") for r in self.plan_rules]
            + [Reason("plan_owns", f"{flag}/{rule}", source="triage") for flag, rule in self.owned.items()]
            + [Reason("over", flag, source="triage") for flag in self.over]
        )


@dataclass(frozen=True)
class Hit:
    """A retrieved passage and its similarity to the question."""

    passage: Passage
    score: float


@dataclass(frozen=True)
class Listing:
    """What a question for one of the plan's lists retrieved (`guide.language.listing`)."""

    kind: Kind
    # every item of the kind the reader may see, in the plan's order; when the plan has none at all (`absent`), the
    # care team's entries (always shared), who can tell them
    hits: list[Hit]
    partial: bool = False  # some sections that may hold the kind are outside the reader's scope
    hidden: bool = False  # every such section is: the reply says that part is not shared
    absent: bool = False  # the plan has no item of the kind at all


@dataclass
class Retrieved:
    """What one question retrieved."""

    careplan: list[Hit]
    knowledge: list[Hit]
    call_if: list[Hit]
    # the question as the searches read it: lay words expanded ("water pill" -> diuretic), and the plan's generic names
    # of the medicines it names in other words ("hctz" -> hydrochlorothiazide)
    expanded: str = ""
    # the question as it was searched: placeholders that point at no plan passage left out (guide.language.text.neutral)
    query: str = ""
    # "what meds is she on": the plan's list of that kind as this reader may see it (None: no list asked for)
    listing: Listing | None = None

    def all(self) -> list[Hit]:
        """Every hit, care plan first."""
        return [*self.careplan, *self.call_if, *self.knowledge]


@dataclass
class InteractionFinding:
    """An agent the question mentions that interacts with this consumer's medicine or condition."""

    interaction: Interaction
    matched: list[str]  # plan medicines or conditions it interacts with

    @property
    def reason(self) -> Reason:
        """The interaction with its severity: the policy table says which severities escalate."""
        return Reason("interaction", self.interaction.id, self.interaction.severity, "checks")


@dataclass
class Findings:
    """What the check stage found."""

    mentioned: list[str] = field(default_factory=list)
    interactions: list[InteractionFinding] = field(default_factory=list)
    hazards: list[Hazard] = field(default_factory=list)
    scope: list[str] = field(default_factory=list)
    plan_rules: list[str] = field(default_factory=list)
    rules_by_meaning: list[str] = field(default_factory=list)  # call-if rules a clause of the message means
    plan_instructions: list[str] = field(default_factory=list)  # the plan's home instructions for this reading
    over_use: list[OverUse] = field(default_factory=list)  # plan medicines used past their instructions

    @property
    def reasons(self) -> list[Reason]:
        """Everything the checks found, as reasons (every interaction with its severity: the policy decides)."""
        out = [f.reason for f in self.interactions]
        out += [Reason("hazard", h.id, source="checks") for h in self.hazards]
        out += [Reason("scope", s, source="checks") for s in self.scope]
        out += [Reason("plan_rule", r, source="checks") for r in self.plan_rules]
        out += [
            Reason("plan_rule_meaning", r, source="checks") for r in self.rules_by_meaning if r not in self.plan_rules
        ]
        out += [Reason("plan_instruction", i, source="checks") for i in self.plan_instructions]
        out += [over_use_reason(u) for u in self.over_use]
        return out


@dataclass(frozen=True)
class Citation:
    """A passage cited by the answer, with the words quoted from it."""

    kind: str
    id: str
    title: str
    quote: str

    def as_dict(self) -> dict[str, str]:
        """The JSON form of the API and CLI."""
        return {"kind": self.kind, "id": self.id, "title": self.title, "quote": self.quote}


@dataclass
class Composition:
    """A drafted answer: text with [n] markers, the citations they point to, and self-assessment."""

    text: str
    citations: list[Citation]
    confidence: float
    needs_review: bool = False
    reasons: list[Reason] = field(default_factory=list)
    composer: str = "offline"
    prompt_tokens: int = 0  # the prompt the composer sent a model (cl100k_base); 0 when no model was asked


@dataclass
class Verification:
    """The verifier's verdict with reasons."""

    ok: bool
    reasons: list[Reason] = field(default_factory=list)  # of kind "verify": which check failed
    supported: int = 0
    total: int = 0


@dataclass
class Decision:
    """The outcome of a turn, why, and how soon a clinician looks at it (None when answered)."""

    status: Status
    reasons: list[Reason] = field(default_factory=list)
    urgency: Urgency | None = None

    @property
    def codes(self) -> list[str]:
        """The reasons' codes, as stored and sent."""
        return [r.code for r in self.reasons]

    def has(self, *kinds: str) -> bool:
        """Whether a reason of one of these kinds is among the decision's."""
        return has(self.reasons, *kinds)


# a medicine the message names that the plan does not list, as the dose reading's medicine id ('double_dose:
# not-on-plan-metoprolol')
NOT_ON_PLAN = "not-on-plan-"


def over_use_reason(use: OverUse) -> Reason:
    """A plan medicine used past its instructions, as a reason: `dose`, `overdose` or `double_dose`, with its id."""
    return Reason(use.kind, use.medication.id, source="checks")
