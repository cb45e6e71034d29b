"""The care plan as the service understands it, independent of FHIR."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_serializer


class Section(StrEnum):
    """Care-plan sections; passages carry one, and consent scopes grant them."""

    CONDITIONS = "conditions"
    MEDICATIONS = "medications"
    ALLERGIES = "allergies"
    GOALS = "goals"
    INSTRUCTIONS = "instructions"
    CALL_IF = "call_if"
    CARE_TEAM = "care_team"
    MODALITIES = "modalities"
    APPOINTMENTS = "appointments"
    BEHAVIORAL_HEALTH = "behavioral_health"


# Safety instructions and who to call reach everyone the consumer designated, whatever the scopes.
ALWAYS_SHARED: frozenset[Section] = frozenset({Section.CALL_IF, Section.CARE_TEAM})
# What a designee sees when the plan carries no Consent: everything but behavioral health.
DEFAULT_DESIGNEE_SCOPES: frozenset[Section] = frozenset(Section) - {Section.BEHAVIORAL_HEALTH}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Name(_Model):
    """A person's name, as parts, for exact matching of its variants."""

    given: list[str] = Field(default_factory=list)
    family: str | None = None
    prefix: list[str] = Field(default_factory=list)

    @property
    def full(self) -> str:
        """Given names then family name."""
        return " ".join([*self.given, *([self.family] if self.family else [])]).strip()


class Address(_Model):
    """A postal address."""

    lines: list[str] = Field(default_factory=list)
    city: str | None = None
    state: str | None = None
    postal_code: str | None = None


class Identifier(_Model):
    """A record number or other identifier (MRN, SSN, licence, passport, insurance)."""

    kind: Literal["MRN", "SSN", "LICENSE", "PASSPORT", "INSURANCE", "OTHER"]
    value: str


class Preferences(_Model):
    """How the consumer likes to be addressed and supported."""

    language: str | None = None
    culture_notes: list[str] = Field(default_factory=list)


class Deceased(_Model):
    """The record says the person has died (`Patient.deceased[x]`); `on` is the date when it gives one."""

    on: date | None = None


class Consumer(_Model):
    """The person at the centre of the plan."""

    id: str
    name: Name
    birth_date: date | None = None
    gender: str | None = None
    identifiers: list[Identifier] = Field(default_factory=list)
    phones: list[str] = Field(default_factory=list)
    emails: list[str] = Field(default_factory=list)
    address: Address | None = None
    preferences: Preferences = Field(default_factory=Preferences)
    deceased: Deceased | None = None


class Condition(_Model):
    """An active problem on the plan; `verification` says when the record has not confirmed it."""

    id: str
    text: str
    onset: date | None = None
    behavioral: bool = False
    verification: Literal["unconfirmed", "provisional", "differential"] | None = None
    codes: list[str] = Field(default_factory=list, description="SNOMED CT / ICD-10 codes of the condition.")


class Medication(_Model):
    """A prescribed medicine with its instructions."""

    id: str
    text: str
    status: str = "active"
    instructions: str | None = None
    reason: str | None = None
    behavioral: bool = False
    codes: list[str] = Field(default_factory=list, description="RxNorm (or other) codes of the medicine.")


class Allergy(_Model):
    """An allergy or intolerance."""

    id: str
    substance: str
    reaction: str | None = None
    criticality: str | None = None


class Goal(_Model):
    """A goal the consumer and team agreed."""

    id: str
    text: str
    status: str | None = None
    behavioral: bool = False


class Activity(_Model):
    """An instruction or activity of the plan (diet, exercise, checks, appointments)."""

    id: str
    text: str
    plan: str | None = None
    status: str | None = None
    section: Section = Section.INSTRUCTIONS
    coded: bool = False  # its text and plan title are coded display text only (Synthea's "Diabetic diet")


class CallIf(_Model):
    """A "call us if" rule: when to call the care team or emergency services."""

    id: str
    text: str
    urgency: Literal["emergency", "care_team"] = "care_team"
    behavioral: bool = False


class CareTeamMember(_Model):
    """A clinician or service the home team can reach."""

    id: str
    name: str
    role: str | None = None
    phones: list[str] = Field(default_factory=list)


class Designee(_Model):
    """A member of the consumer's natural support network, with the scopes they were granted."""

    id: str
    name: Name
    relationship: str | None = None
    phones: list[str] = Field(default_factory=list)
    emails: list[str] = Field(default_factory=list)
    scopes: set[Section] = Field(default_factory=lambda: set(DEFAULT_DESIGNEE_SCOPES))

    @field_serializer("scopes")
    def _sorted_scopes(self, scopes: set[Section]) -> list[Section]:
        """In a stable order: a set's order changes from process to process, and the plan's JSON is hashed to tell
        an unchanged re-import (`guide.careplan.importer._version`)."""
        return sorted(scopes)

    def visible_sections(self) -> set[Section]:
        """What this designee may see: the granted scopes plus the always-shared sections."""
        return set(self.scopes) | ALWAYS_SHARED


class ModalityInUse(_Model):
    """A supplement, complementary therapy or home remedy the consumer uses."""

    id: str
    name: str
    kind: Literal["supplement", "complementary", "home_remedy", "other"] = "supplement"
    notes: str | None = None


class CarePlan(_Model):
    """Everything the guide knows about one consumer."""

    consumer: Consumer
    conditions: list[Condition] = Field(default_factory=list)
    medications: list[Medication] = Field(default_factory=list)
    allergies: list[Allergy] = Field(default_factory=list)
    goals: list[Goal] = Field(default_factory=list)
    activities: list[Activity] = Field(default_factory=list)
    call_if: list[CallIf] = Field(default_factory=list)
    care_team: list[CareTeamMember] = Field(default_factory=list)
    designees: list[Designee] = Field(default_factory=list)
    modalities: list[ModalityInUse] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)

    def designee(self, designee_id: str) -> Designee | None:
        """The designee with this id, if the consumer designated them."""
        return next((d for d in self.designees if d.id == designee_id), None)

    @staticmethod
    def section_of(item: PlanItem) -> Section:
        """The one answer to "which section is this item in": an instruction's own section; behavioral health for a
        condition, medicine, goal or call-if rule marked behavioral; else the section of its kind."""
        if isinstance(item, Activity):
            return item.section
        if getattr(item, "behavioral", False):
            return Section.BEHAVIORAL_HEALTH
        return _SECTION_OF_KIND[type(item)]


PlanItem = Condition | Medication | Allergy | Goal | Activity | CallIf | CareTeamMember | ModalityInUse
_SECTION_OF_KIND: dict[type, Section] = {
    Condition: Section.CONDITIONS,
    Medication: Section.MEDICATIONS,
    Allergy: Section.ALLERGIES,
    Goal: Section.GOALS,
    CallIf: Section.CALL_IF,
    CareTeamMember: Section.CARE_TEAM,
    ModalityInUse: Section.MODALITIES,
}
