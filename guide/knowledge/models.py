"""Pydantic models of the knowledge files; `extra="forbid"` makes a typo an error."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, field_validator, model_validator

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"


class Modality(StrEnum):
    """The six modalities the home team uses."""

    CONVENTIONAL = "conventional"
    LIFESTYLE = "lifestyle"
    BEHAVIORAL_HEALTH = "behavioral_health"
    SUPPLEMENTS = "supplements"
    COMPLEMENTARY = "complementary"
    HOME_REMEDIES = "home_remedies"


def without_apostrophes(pattern: str) -> str:
    """A pattern for text read without apostrophes ("can'?t" -> "cant"), as triage reads a picture's patterns."""
    return pattern.replace("'?", "").replace("'", "")


def _valid_patterns(patterns: list[str]) -> list[str]:
    """Each pattern compiles; the error names the one that does not."""
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as e:
            raise ValueError(f"pattern {pattern!r} is not a valid regular expression: {e}") from e
    return patterns


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Source(_Strict):
    """A public authoritative source an article or table entry rests on."""

    title: str = Field(min_length=3)
    publisher: str = Field(min_length=2)
    url: HttpUrl
    accessed: date

    @field_validator("url")
    @classmethod
    def _https(cls, url: HttpUrl) -> HttpUrl:
        if url.scheme != "https":
            raise ValueError("source URLs must use https")
        return url


class _Reviewed(_Strict):
    """When an entry was last checked against its sources and docs/clinical-review.md, and by what role."""

    last_reviewed: date
    reviewed_by: str = Field(
        min_length=3,
        description="The role of the last reviewer ('clinical pharmacist', 'project editor'); a role that starts "
        "with 'pending' marks an entry written from its sources and not yet signed off by a clinician.",
    )


class ArticleMeta(_Reviewed):
    """Front matter of one article."""

    id: str = Field(pattern=ID_PATTERN)
    title: str = Field(min_length=3)
    modality: Modality
    topics: list[str] = Field(default_factory=list)
    conditions: list[str] = Field(default_factory=list)
    only_for_conditions: bool = Field(
        False,
        description="The advice is for people with one of `conditions` only and could mislead anyone else (fluid "
        "limits in heart failure): it is not retrieved for a consumer whose plan and question name none of them.",
    )
    evidence: Literal["strong", "moderate", "limited", "insufficient", "not_applicable"]
    safety: Literal["generally_safe", "caution", "avoid"]
    summary: str = Field(min_length=10)
    sources: list[Source] = Field(min_length=1)

    @model_validator(mode="after")
    def _conditions_named(self) -> ArticleMeta:
        if self.only_for_conditions and not self.conditions:
            raise ValueError("only_for_conditions needs the conditions it is for")
        return self


class Article(_Strict):
    """An article: front matter and its Markdown body split into sections."""

    meta: ArticleMeta
    body: str
    sections: dict[str, str]
    path: str


class DrugClass(_Strict):
    """A class of drugs with the generic names in it."""

    label: str
    drugs: list[str] = Field(min_length=1)
    lay: list[str] = Field(
        default_factory=list,
        description="What families call a medicine of the class ('sugar pill', 'water pill'): a plan medicine of the "
        "class is named by these words too (a dose told twice, a hidden medicine's words).",
    )

    @field_validator("drugs", "lay")
    @classmethod
    def _lowercase(cls, drugs: list[str]) -> list[str]:
        bad = [d for d in drugs if d != d.lower().strip()]
        if bad:
            raise ValueError(f"drug names must be lowercase: {bad}")
        return drugs


class Interaction(_Reviewed):
    """An agent (herb, supplement, food, remedy, therapy) against drugs, classes or conditions."""

    id: str = Field(pattern=ID_PATTERN)
    agent: str
    synonyms: list[str] = Field(default_factory=list)
    agent_kind: Literal["supplement", "herb", "food", "remedy", "therapy", "drink", "drug"]
    drug_classes: list[str] = Field(default_factory=list)
    drugs: list[str] = Field(default_factory=list)
    conditions: list[str] = Field(default_factory=list)
    effect: str
    severity: Literal["major", "moderate", "minor"]
    action: str
    article: str | None = None
    sources: list[Source] = Field(min_length=1)

    @model_validator(mode="after")
    def _targets(self) -> Interaction:
        if not (self.drug_classes or self.drugs or self.conditions):
            raise ValueError("an interaction needs drugs, drug_classes or conditions")
        return self

    def names(self) -> list[str]:
        """The agent and every synonym, lowercase."""
        return sorted({self.agent.lower(), *(s.lower() for s in self.synonyms)})


class InteractionTable(_Strict):
    """`knowledge/interactions.yaml`."""

    drug_classes: dict[str, DrugClass]
    interactions: list[Interaction]


class Hazard(_Reviewed):
    """A dangerous substance or practice."""

    id: str = Field(pattern=ID_PATTERN)
    name: str
    substances: list[str] = Field(min_length=1)
    with_any: list[str] = Field(
        default_factory=list,
        description="The setting that makes a substance dangerous: the hazard holds only when the message or the "
        "question before it also names one of these (home oxygen, a heating pad). Empty: the substance alone is.",
    )
    routes: list[Literal["skin", "wound", "swallowed", "inhaled", "eyes", "ear", "other"]]
    danger: str
    instead: str
    emergency: str
    article: str | None = None
    sources: list[Source] = Field(min_length=1)


class HazardTable(_Strict):
    """`knowledge/hazards.yaml`."""

    hazards: list[Hazard]


class ContextStep(_Strict):
    """A step a red flag's reply adds when the plan or the message names a drug class or a word: naloxone in the
    unresponsive reply when the plan lists an opioid, glucagon in the collapse reply for someone with diabetes."""

    classes: list[str] = Field(default_factory=list, description="Drug class keys of knowledge/interactions.yaml.")
    words: list[str] = Field(default_factory=list, description="Lowercase words in the message or the plan.")
    message_only: bool = Field(
        False,
        description="Only when the message itself names the class or word: a step about the medicine that was taken "
        "(a diabetes medicine's sugar) is wrong for another medicine the plan also lists.",
    )
    step: str
    step_es: str | None = None

    @model_validator(mode="after")
    def _has_a_condition(self) -> ContextStep:
        if not (self.classes or self.words):
            raise ValueError("a context step needs classes or words")
        return self


class Accident(_Strict):
    """The same intake told as an accident is another flag: "took a whole handful of her sugar pills by mistake" is
    a medicine mistake (Poison Control, and sugar for a diabetes medicine), not a suicide attempt (988)."""

    flag: str = Field(pattern=ID_PATTERN, description="The red flag the message is instead.")
    words: list[str] = Field(
        min_length=1,
        description="Lowercase words that tell an accident, present now (ConText: 'not by mistake' is not).",
    )


class Picture(_Strict):
    """A flag that also holds when other flags fire and the message or plan names one of these: an opioid with a
    person who will not wake or breathes slowly is an opioid overdose."""

    flags: list[str] = Field(default_factory=list)
    signs: list[str] = Field(
        default_factory=list, description="Patterns of signs that, present now, count as well as the flags."
    )
    min_signs: int = Field(
        1,
        ge=1,
        description="How many different signs must be present when no flag fired (serotonin syndrome is "
        "a cluster: twitching and a fever, not sweating alone).",
    )
    classes: list[str] = Field(default_factory=list)
    words: list[str] = Field(default_factory=list)
    names: list[str] = Field(
        default_factory=list,
        description="Regular expressions that name the cause like `words` do, for what is not a fixed word: a "
        "reading ('210/120'), a child's age ('my 2 year old'), a place ('out mowing in the heat').",
    )

    @model_validator(mode="after")
    def _complete(self) -> Picture:
        if not (self.flags or self.signs):
            raise ValueError("a picture needs flags or signs")
        if not (self.classes or self.words or self.names):
            raise ValueError("a picture needs classes, words or names")
        _valid_patterns([without_apostrophes(p) for p in [*self.signs, *self.names]])  # the form triage compiles
        return self


class PlanOwns(_Strict):
    """When the consumer's own plan gives a call-the-care-team instruction for this sign, the plan's instruction is
    the answer (its clinicians wrote it for this person): the sign becomes an urgent review quoting that rule, not a
    911 instruction. Only for signs that are an emergency in general but that a plan may rightly route to its team
    (back pain with leg numbness or bladder trouble in a plan for back pain)."""

    rule_words: list[list[str]] = Field(
        min_length=1,
        description="A call-the-care-team rule owns the sign when its text holds every word of one of these lists "
        "(lowercase, matched as whole words or word starts: 'bladder', 'numb').",
    )
    keep_if: list[str] = Field(
        default_factory=list,
        description="Words of the message that keep the emergency reading whatever the plan says (an arm, the face, "
        "speech: a stroke, not the back), negated or not: 'help' keeps it in 'the inhaler isn't helping'.",
    )
    keep_if_present: list[str] = Field(
        default_factory=list,
        description="Words that keep the emergency reading when ConText finds them present now: 'pain' keeps it in "
        "'his chest is tight and it's starting to hurt' and not in 'chest is tight, no pain'.",
    )
    when: list[str] = Field(
        default_factory=list,
        description="Words of which the message must hold one for the plan to own the sign (the illness the plan's "
        "rule is about: the rescue inhaler or wheezing for a tight chest); empty: any message.",
    )


class RedFlag(_Reviewed):
    """An emergency symptom or sign and what to do at once."""

    id: str = Field(pattern=ID_PATTERN)
    label: str
    action: Literal["call_911", "call_988", "poison_control"]
    patterns: list[str] = Field(min_length=1)
    message: str
    rank: int = Field(
        2,
        ge=1,
        le=3,
        description="Order in a composed reply: 1 a specific cause with its own step (overdose, low sugar, "
        "anaphylaxis, poisoning), 2 a body system (chest pain, stroke, bleeding), 3 a general picture (collapse, "
        "unresponsive, trouble breathing).",
    )
    context_steps: list[ContextStep] = Field(default_factory=list)
    picture: Picture | None = None
    supersedes: list[str] = Field(
        default_factory=list,
        description="Flags whose message this one replaces when both fire (its steps are the right ones for that "
        "cause: no rescue inhaler for an opioid overdose, no 'lay flat' instead of sugar for a diabetic collapse).",
    )
    patterns_es: list[str] = Field(
        default_factory=list, description="Spanish patterns, matched on the message lowercased with accents removed."
    )
    message_es: str | None = Field(None, description="The message in Spanish; needed when there are Spanish patterns.")
    sources: list[Source] = Field(default_factory=list)
    plan_owns: PlanOwns | None = None
    accident: Accident | None = None
    when_over: Literal["review"] | None = Field(
        None,
        description="'review': the sign told as over, a day or more back, with the person well now "
        "(guide/language/over.py) is an urgent review, not an emergency. None (stroke signs): still a 911 call.",
    )

    @model_validator(mode="after")
    def _spanish_message(self) -> RedFlag:
        if self.patterns_es and not self.message_es:
            raise ValueError("a red flag with Spanish patterns needs message_es")
        return self

    @field_validator("patterns", "patterns_es")
    @classmethod
    def _compiles(cls, patterns: list[str]) -> list[str]:
        return _valid_patterns(patterns)


class RedFlagTable(_Strict):
    """`knowledge/red_flags.yaml`."""

    red_flags: list[RedFlag]


class OtherLanguageFlags(_Strict):
    """`knowledge/red_flags_other_languages.yaml`: for a language with no red-flag patterns of its own, the phrases
    of each red flag's sign, matched as lowercase substrings (so they work in scripts written without spaces)."""

    languages: dict[str, dict[str, list[str]]] = Field(default_factory=dict)

    @field_validator("languages")
    @classmethod
    def _lowercase(cls, languages: dict[str, dict[str, list[str]]]) -> dict[str, dict[str, list[str]]]:
        return {
            lang: {
                flag: [unicodedata.normalize("NFC", t.strip().lower()) for t in terms if t.strip()]
                for flag, terms in flags.items()
            }
            for lang, flags in languages.items()
        }


class SynonymTable(_Strict):
    """`knowledge/synonyms.yaml`: how families say it -> the words the articles use."""

    synonyms: dict[str, str]

    @field_validator("synonyms")
    @classmethod
    def _lowercase(cls, synonyms: dict[str, str]) -> dict[str, str]:
        bad = [k for k, v in synonyms.items() if k != k.lower() or v != v.lower()]
        if bad:
            raise ValueError(f"synonyms must be lowercase: {bad}")
        return synonyms


class ScopeRule(_Strict):
    """Patterns of one kind of request that only a clinician may answer."""

    description: str
    patterns: list[str] = Field(min_length=1)


class ScopeRuleTable(_Strict):
    """`knowledge/scope_rules.yaml`."""

    rules: dict[str, ScopeRule]
    ask: str


class PolicyRule(_Strict):
    """One row of the escalation policy: reasons of `kind` lead to `decision`, unless a reason of `unless` is there."""

    kind: str = Field(pattern=r"^[a-z_0-9]+$")
    decision: Literal["answered", "needs_review", "emergency"]
    unless: list[str] = Field(default_factory=list)
    severity: list[str] = Field(
        default_factory=list,
        description="Only reasons the stage graded with one of these severities (an interaction's major or moderate); "
        "empty, any. A reason of this kind that no rule takes is informational and left out of the decision.",
    )
    ids: list[str] = Field(
        default_factory=list,
        description="Only reasons pointing at one of these (a usual range's measure: 'oxygen'); empty, any.",
    )
    urgent: bool = Field(False, description="A review item this rule holds is urgent (emergencies always are).")
    why: str = Field(min_length=3)


class EmergencyIntent(_Strict):
    """Probabilities of the learned emergency intent: an emergency at or above `emergency`, review at `review`."""

    emergency: float = Field(ge=0.0, le=1.0)
    review: float = Field(ge=0.0, le=1.0)
    other_language: float | None = Field(
        None,
        ge=0.0,
        le=1.0,
        description="`emergency` for a message in a language other than English and Spanish (the train split has a "
        "few hundred such messages over twenty languages: the probabilities are less sure); unset, `emergency`.",
    )
    window: float | None = Field(
        None,
        ge=0.0,
        le=1.0,
        description="An emergency when a window of two sentences in a row of a message of three or more (English or "
        "Spanish) reads as one at this probability (`Reading.window_emergency`); unset, windows are not read.",
    )
    continues: float | None = Field(
        None,
        ge=0.0,
        le=1.0,
        description="After an emergency that only a reading named (the classifier's or the model's: no red flag, plan "
        "rule or dose), the next message goes on with it only at this emergency probability or more; unset, always.",
    )


class PolicyTable(_Strict):
    """`knowledge/policy.yaml`: the escalation policy as data."""

    intent_thresholds: dict[str, float]
    emergency_intent: EmergencyIntent
    off_topic_intent: float = Field(ge=0.0, le=1.0)
    plan_question_intent: float = Field(default=1.0, ge=0.0, le=1.0)
    rules: list[PolicyRule] = Field(min_length=1)


class ProtocolMatch(_Strict):
    """What on a plan makes a condition protocol apply: a condition named or coded, or a medicine named."""

    conditions: list[str] = Field(
        default_factory=list, description="Lowercase words or phrases matched as whole words in a condition's text."
    )
    codes: list[str] = Field(
        default_factory=list,
        description="SNOMED CT codes (exact) or ICD-10 codes (a letter first: a prefix, 'I50' matches 'I50.9').",
    )
    medicines: list[str] = Field(
        default_factory=list, description="Lowercase generic or brand words matched in a medicine's text."
    )
    drug_classes: list[str] = Field(
        default_factory=list, description="Drug class keys of knowledge/interactions.yaml; their drugs count."
    )
    needs: Literal["any", "medicine"] = Field(
        "any",
        description="`medicine`: only when the plan lists one of the medicines (diabetes on insulin or a "
        "sulfonylurea, not diabetes alone).",
    )

    @model_validator(mode="after")
    def _something(self) -> ProtocolMatch:
        if not (self.conditions or self.codes or self.medicines or self.drug_classes):
            raise ValueError("a protocol needs conditions, codes, medicines or drug_classes to match")
        if self.needs == "medicine" and not (self.medicines or self.drug_classes):
            raise ValueError("needs: medicine requires medicines or drug_classes")
        return self


class ProtocolRule(_Strict):
    """One rule of a protocol: `call_team` sends a turn that meets it to review; `first_aid` is what to do at home
    for exactly that reading, and leads the answer. Written so `guide.language.plan_rules` reads its numbers ("more
    than 2 pounds in a day", "below 70")."""

    id: str = Field(pattern=ID_PATTERN)
    kind: Literal["call_team", "first_aid"]
    text: str = Field(min_length=10)


class Protocol(_Reviewed):
    """Standard call-if and first-aid rules for a common condition, used when the plan has none of its own."""

    id: str = Field(pattern=ID_PATTERN)
    title: str = Field(min_length=3)
    applies_to: ProtocolMatch
    about: list[str] = Field(
        min_length=1,
        description="Lowercase words or phrases: a call-if rule (or an instruction with a number) of the plan naming "
        "one of them is the plan's own rule for this condition, and the protocol is not used.",
    )
    behavioral: bool = Field(False, description="Only for readers who may see behavioral health.")
    rules: list[ProtocolRule] = Field(min_length=1)
    evidence: Literal["strong", "moderate", "limited", "insufficient", "not_applicable"]
    safety: str = Field(min_length=10, description="Safety notes: what the protocol does not cover, when to call 911.")
    sources: list[Source] = Field(min_length=1)


class ProtocolTable(_Strict):
    """`knowledge/protocols.yaml`."""

    protocols: list[Protocol] = Field(default_factory=list)


class UsualRange(_Reviewed):
    """The usual adult range of one reading or lab value a family may report (`guide/language/measures.py`
    `MEASURES`): a value outside it, of a measure the person's plan sets no goal for, is held for the care team."""

    measure: str = Field(min_length=2)
    name: str = Field(min_length=2, description="How the reply names it: 'potassium', 'blood pressure'.")
    unit: str = Field("", description="The unit the range is written in, as the reply shows it ('mmol/L').")
    low: float | None = Field(None, description="Below this is outside (a blood pressure's upper number).")
    high: float | None = Field(None, description="Above this is outside (a blood pressure's upper number).")
    low2: float | None = Field(None, description="A blood pressure's lower number: below this is outside.")
    high2: float | None = Field(None, description="A blood pressure's lower number: above this is outside.")
    note: str = Field(min_length=10, description="Why these limits, and what they do not cover.")
    sources: list[Source] = Field(min_length=1)

    @model_validator(mode="after")
    def _has_a_limit(self) -> UsualRange:
        if self.low is None and self.high is None:
            raise ValueError(f"usual range {self.measure!r} has neither low nor high")
        if self.low is not None and self.high is not None and self.low >= self.high:
            raise ValueError(f"usual range {self.measure!r}: low {self.low} is not below high {self.high}")
        return self

    def shown(self) -> str:
        """The range as a reply says it: "potassium 3.5 to 5.0 mmol/L", "temperature up to 100.3 °F"."""
        values = [v for v in (self.low, self.high) if v is not None]
        form = ".1f" if any(v != int(v) for v in values) else ".0f"  # "3.5 to 5.0", "60 to 100"

        def num(v: float | None, v2: float | None) -> str:
            if v is None:
                return ""
            return f"{v:{form}}/{v2:.0f}" if v2 is not None else f"{v:{form}}"

        low, high = num(self.low, self.low2), num(self.high, self.high2)
        unit = self.unit if self.unit in ("%", "°F") else f" {self.unit}" if self.unit else ""
        if low and high:
            return f"{self.name} {low} to {high}{unit}"
        return f"{self.name} {'at least ' + low if low else 'up to ' + high}{unit}"


class UsualRangeTable(_Strict):
    """`knowledge/usual_ranges.yaml`."""

    ranges: list[UsualRange] = Field(default_factory=list)
