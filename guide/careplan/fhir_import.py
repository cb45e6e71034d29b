"""Read a FHIR R4 Bundle into a `CarePlan`.

fhir.resources ships R4 as its `R4B` module (R4B is the R4-compatible technical correction).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from fhir.resources.R4B import get_fhir_model_class
from fhir.resources.R4B.bundle import Bundle
from pydantic import ValidationError

from guide.careplan import vocabulary as vocab
from guide.careplan.model import (
    Activity,
    Address,
    Allergy,
    CallIf,
    CarePlan,
    CareTeamMember,
    Condition,
    Consumer,
    Deceased,
    Designee,
    Goal,
    Identifier,
    Medication,
    ModalityInUse,
    Name,
    Preferences,
    Section,
)
from guide.errors import CarePlanImportError

SCOPE_SYSTEM = "https://hometeamguide.example/fhir/consent-scope"
MODALITY_CATEGORIES = {
    "supplement": "supplement",
    "dietary supplement": "supplement",
    "herbal": "supplement",
    "complementary": "complementary",
    "complementary therapy": "complementary",
    "home remedy": "home_remedy",
}
_IDENTIFIER_KINDS = {"MR": "MRN", "SS": "SSN", "DL": "LICENSE", "PPN": "PASSPORT", "MB": "INSURANCE"}
_INACTIVE_GOALS = {"completed", "cancelled", "entered-in-error", "rejected"}
_ACTIVE_CONDITION = {"active", "recurrence", "relapse"}
_NOT_TRUE = {"entered-in-error", "refuted"}
_UNCONFIRMED = {"unconfirmed", "provisional", "differential"}
_ABATEMENT = ("abatementDateTime", "abatementAge", "abatementPeriod", "abatementRange", "abatementString")
# Why a resource was left out of the plan, as the import summary says it.
OTHER_PATIENT = "not this patient's (subject/patient is another Patient)"
ENTERED_IN_ERROR = "entered in error"
REFUTED = "refuted"
RESOLVED = "resolved or abated (history, not the plan)"
RESOLVED_BY_PROCEDURE = "resolved by a procedure the record holds (history, not the plan)"
# A procedure that ends the condition it is done for (not a test such as spirometry, nor ongoing care).
_RESOLVING_PROCEDURE = re.compile(r"ectomy|excision|resection|removal|amputation|repair|replacement", re.IGNORECASE)
_SURGICAL_SUFFIX = re.compile(r"^([a-z]{4,})ectomy$")


@dataclass(frozen=True)
class LeftOut:
    """A resource the bundle holds that the plan does not, and why."""

    resource: str  # "Condition/abc"
    reason: str
    label: str | None = None  # the condition's text, for a reader of the summary


@dataclass
class ImportedBundle:
    """One bundle's plan and what was left out of it."""

    plan: CarePlan
    left_out: list[LeftOut] = field(default_factory=list)


def load_bundle(path: Path) -> CarePlan:
    """Parse and map one bundle file; every failure is a one-line CarePlanImportError."""
    return read_bundle(path).plan


def read_bundle(path: Path) -> ImportedBundle:
    """The plan of one bundle file with what was left out of it; failures are one-line CarePlanImportErrors."""
    raw = _read_json(path)
    try:
        _check_resource_types(raw)
        bundle = Bundle.model_validate(raw)
    except ValidationError as e:
        raise CarePlanImportError(f"{path.name}: {_describe(e, raw)}") from e
    except CarePlanImportError as e:
        raise CarePlanImportError(f"{path.name}: {e}") from e
    except (LookupError, TypeError, ValueError) as e:  # fhir.resources' own refusals, never a traceback
        raise CarePlanImportError(f"{path.name}: not a FHIR R4 bundle ({type(e).__name__}: {e})") from e
    try:
        mapper = BundleMapper(bundle)
        return ImportedBundle(mapper.care_plan(), mapper.left_out)
    except CarePlanImportError as e:
        raise CarePlanImportError(f"{path.name}: {e}") from e


def _check_resource_types(raw: dict[str, Any]) -> None:
    """Refuse, naming it, an entry whose resourceType FHIR R4 does not define (fhir.resources raises KeyError)."""
    entries = raw.get("entry") or []
    for index, entry in enumerate(entries if isinstance(entries, list) else []):
        resource = entry.get("resource") if isinstance(entry, dict) else None
        if not isinstance(resource, dict):
            continue
        kind = resource.get("resourceType")
        where = f"{kind or 'resource'}/{resource.get('id', '?')} (entry {index})"
        if not isinstance(kind, str) or not kind:
            raise CarePlanImportError(f"{where} field resourceType: missing")
        try:
            get_fhir_model_class(kind)
        except (KeyError, ValueError) as e:
            raise CarePlanImportError(f"{where} field resourceType: {kind!r} is not a FHIR R4 resource type") from e


def _read_json(path: Path) -> dict[str, Any]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise CarePlanImportError(f"{path}: no such file") from e
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise CarePlanImportError(f"{path.name}: not valid JSON ({e})") from e
    if not isinstance(raw, dict) or raw.get("resourceType") != "Bundle":
        kind = raw.get("resourceType") if isinstance(raw, dict) else type(raw).__name__
        raise CarePlanImportError(f"{path.name}: expected a FHIR Bundle, found {kind}")
    return raw


def _describe(error: ValidationError, raw: dict[str, Any]) -> str:
    """Name the resource and field of the first validation error."""
    first = error.errors()[0]
    loc = list(first.get("loc", ()))
    where = "Bundle"
    if len(loc) >= 3 and loc[0] == "entry" and isinstance(loc[1], int):
        entry = (raw.get("entry") or [{}])[loc[1]]
        resource = entry.get("resource", {}) if isinstance(entry, dict) else {}
        resource = resource if isinstance(resource, dict) else {}
        rid = resource.get("id", "?")
        where = f"{resource.get('resourceType', 'resource')}/{rid} (entry {loc[1]})"
        loc = loc[3:]
    name = ".".join(str(part) for part in loc if not isinstance(part, int)) or "(resource)"
    return f"{where} field {name}: {_why(first)}"


def _why(error: Any) -> str:
    """Pydantic's message, said in FHIR terms where it would mislead ("Invalid JSON" for an STU3 code string)."""
    kind = error.get("type", "")
    found = type(error.get("input")).__name__
    if kind in {"json_invalid", "model_type", "model_attributes_type", "dict_type"}:
        return f"expected an R4 object, found a {found} (an STU3-style or malformed value?)"
    if kind == "extra_forbidden":
        return "not a field of this FHIR R4 resource (an STU3-style or misspelt field?)"
    if kind == "list_type":
        return f"expected a list in FHIR R4, found a {found}"
    return str(error.get("msg", "invalid")).splitlines()[0]


def _text(concept: Any) -> str | None:
    """The human text of a CodeableConcept: its text, else the first coding display."""
    if concept is None:
        return None
    if getattr(concept, "text", None):
        return vocab.clean_display(concept.text)
    for coding in getattr(concept, "coding", None) or []:
        if coding.display:
            return vocab.clean_display(coding.display)
    return None


def _codes(concept: Any) -> set[str]:
    return {c.code for c in (getattr(concept, "coding", None) or []) if c.code}


def _code_list(concept: Any) -> list[str]:
    """The codes of a CodeableConcept, in order, once each."""
    return list(dict.fromkeys(c.code for c in (getattr(concept, "coding", None) or []) if c.code))


def _behavioral_code(concept: Any) -> bool:
    """A coding of the concept is a behavioral-health or substance-use concept (ICD-10 F10-F99, SNOMED CT)."""
    return any(vocab.is_behavioral_code(c.system, c.code) for c in (getattr(concept, "coding", None) or []))


def _name(human_names: Any) -> Name:
    names = list(human_names or [])
    official = next((n for n in names if n.use == "official"), names[0] if names else None)
    if official is None:
        return Name()
    return Name(given=list(official.given or []), family=official.family, prefix=list(official.prefix or []))


def _telecom(points: Any, system: str) -> list[str]:
    return [p.value for p in points or [] if p.system == system and p.value]


def _id_from_full_url(full_url: str | None) -> str | None:
    """The uuid of a `urn:uuid:` fullUrl, or the last segment of a `.../Patient/id` one."""
    if not full_url:
        return None
    tail = full_url.removeprefix("urn:uuid:").rstrip("/").rsplit("/", 1)[-1]
    return tail or None


def _name_of(resource: Any, full_url: str | None = None) -> str:
    """`Type/id` of a resource, for the import summary."""
    return f"{resource.get_resource_type()}/{resource.id or full_url or '?'}"


def _as_date(value: Any) -> date | None:
    """A FHIR dateTime as a date; a partial one ("2020", "2020-03") gives None."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


class BundleMapper:
    """Maps the resources of one bundle's Patient to the domain model; `left_out` says what it did not take."""

    def __init__(self, bundle: Bundle) -> None:
        self.left_out: list[LeftOut] = []
        self.by_ref: dict[str, Any] = {}
        entries = [e for e in bundle.entry or [] if e.resource is not None]
        for entry in entries:
            res: Any = entry.resource
            if res.get_resource_type() == "Patient" and not res.id:  # linked by its urn:uuid fullUrl only
                res.id = _id_from_full_url(entry.fullUrl)
            if entry.fullUrl:
                self.by_ref[entry.fullUrl] = res
            if res.id:
                self.by_ref[f"{res.get_resource_type()}/{res.id}"] = res
        self.full_urls = {id(e.resource): e.fullUrl for e in entries}
        self.resources: list[Any] = [e.resource for e in entries]

    def _keep_patients_own(self, patient: Any) -> None:
        """Drop, and name in `left_out`, every resource whose subject or patient is not this Patient."""
        kept = []
        for res in self.resources:
            if self._belongs(res, patient):
                kept.append(res)
            else:
                self.left_out.append(LeftOut(_name_of(res, self.full_urls.get(id(res))), OTHER_PATIENT))
        self.resources = kept

    def _belongs(self, resource: Any, patient: Any) -> bool:
        """False when the resource's subject/patient reference does not resolve to the bundle's Patient."""
        for attr in ("subject", "patient"):
            reference = getattr(resource, attr, None) if attr in type(resource).model_fields else None
            if reference is None or isinstance(reference, list):
                continue
            ref = getattr(reference, "reference", None) or ""
            return self.by_ref.get(ref) is patient or ref.endswith(f"/Patient/{patient.id}")
        return True

    def of_type(self, kind: str) -> list[Any]:
        """All resources of one FHIR type."""
        return [r for r in self.resources if r.get_resource_type() == kind]

    def resolve(self, reference: Any) -> Any:
        """The resource a Reference points to, if it is in the bundle."""
        ref = getattr(reference, "reference", None)
        return self.by_ref.get(ref) if ref else None

    def care_plan(self) -> CarePlan:
        """The whole plan of the bundle's one Patient."""
        patients = self.of_type("Patient")
        if len(patients) != 1:
            raise CarePlanImportError(f"Bundle must hold exactly one Patient, found {len(patients)}")
        patient = patients[0]
        if not patient.id:
            raise CarePlanImportError("Patient field id: missing, and no fullUrl to take it from")
        self._keep_patients_own(patient)
        conditions = self.conditions()
        activities, call_if, notes = self.plan_activities()
        medications, modalities = self.medications()
        return CarePlan(
            consumer=self.consumer(patient),
            conditions=conditions,
            medications=medications,
            allergies=self.allergies(),
            goals=self.goals(),
            activities=activities,
            call_if=call_if,
            care_team=self.care_team(),
            designees=self.designees(patient),
            modalities=modalities,
            notes=notes,
        )

    def consumer(self, patient: Any) -> Consumer:
        """The Patient as the consumer, with every identifier we must protect."""
        identifiers = []
        for ident in patient.identifier or []:
            if not ident.value:
                continue
            kind = next(iter(_codes(ident.type) & set(_IDENTIFIER_KINDS)), None)
            identifiers.append(Identifier(kind=_IDENTIFIER_KINDS.get(kind or "", "OTHER"), value=ident.value))  # type: ignore[arg-type]
        address = None
        if patient.address:
            a = patient.address[0]
            address = Address(lines=list(a.line or []), city=a.city, state=a.state, postal_code=a.postalCode)
        language = None
        if patient.communication:
            language = _text(patient.communication[0].language)
        culture = [
            ext.valueString
            for ext in patient.extension or []
            if ext.url and ext.url.endswith("culture-note") and ext.valueString
        ]
        return Consumer(
            id=patient.id,
            name=_name(patient.name),
            birth_date=patient.birthDate,
            gender=patient.gender,
            identifiers=identifiers,
            phones=_telecom(patient.telecom, "phone"),
            emails=_telecom(patient.telecom, "email"),
            address=address,
            preferences=Preferences(language=language, culture_notes=culture),
            deceased=self._deceased(patient),
        )

    @staticmethod
    def _deceased(patient: Any) -> Deceased | None:
        """`Patient.deceasedDateTime` (with its date) or `deceasedBoolean` true."""
        if patient.deceasedDateTime is not None:
            return Deceased(on=_as_date(patient.deceasedDateTime))
        return Deceased() if patient.deceasedBoolean else None

    def conditions(self) -> list[Condition]:
        """Active conditions the record holds true, less those a procedure resolved; unconfirmed ones are kept and say
        so."""
        kept = self._active_conditions()
        resolved = self._resolved_by_procedure(kept)
        for condition in kept:
            if condition.id in resolved:
                self.left_out.append(
                    LeftOut(
                        f"Condition/{condition.id}",
                        RESOLVED_BY_PROCEDURE,
                        f"{condition.text}: {resolved[condition.id]}",
                    )
                )
        return [c for c in kept if c.id not in resolved]

    def _resolved_by_procedure(self, conditions: list[Condition]) -> dict[str, str]:
        """Condition id -> what resolved it: a completed Procedure that removes or repairs and whose `reasonReference`
        is the condition (the bundle links them), or, by name, a "History of appendectomy" condition or an
        "Appendectomy" procedure beside an "Appendicitis" that began no later."""
        out: dict[str, str] = {}
        for procedure in self.of_type("Procedure"):
            label = _text(procedure.code) or ""
            if procedure.status not in {None, "completed"} or not _RESOLVING_PROCEDURE.search(label):
                continue
            when = _as_date(getattr(procedure, "performedDateTime", None)) or _as_date(
                getattr(getattr(procedure, "performedPeriod", None), "start", None)
            )
            for ref in procedure.reasonReference or []:
                target = self.resolve(ref)
                if target is not None and target.get_resource_type() == "Condition":
                    out[target.id] = label
            out.update(_named_pairs(label, when, conditions))
        for history in conditions:
            if history.text.lower().startswith("history of "):
                out.update(_named_pairs(history.text, history.onset, conditions))
        return out

    def _active_conditions(self) -> list[Condition]:
        out = []
        for c in self.of_type("Condition"):
            text = _text(c.code)
            reason = self._condition_left_out(c)
            if reason:
                self.left_out.append(LeftOut(_name_of(c), reason, text))
                continue
            if not text:
                continue
            verification = next(iter(_codes(c.verificationStatus) & _UNCONFIRMED), None)
            onset = c.onsetDateTime.date() if getattr(c, "onsetDateTime", None) else None
            out.append(
                Condition(
                    id=c.id,
                    text=text,
                    onset=onset,
                    behavioral=vocab.is_behavioral(text) or _behavioral_code(c.code),
                    verification=verification,  # type: ignore[arg-type]
                    codes=_code_list(c.code),
                )
            )
        return out

    @staticmethod
    def _condition_left_out(condition: Any) -> str | None:
        """Why a Condition is not on the plan: not true (entered in error, refuted) or over (resolved, abated)."""
        verification = _codes(condition.verificationStatus)
        if "entered-in-error" in verification:
            return ENTERED_IN_ERROR
        if "refuted" in verification:
            return REFUTED
        status = _codes(condition.clinicalStatus)
        abated = any(getattr(condition, name, None) is not None for name in _ABATEMENT)
        if abated or (status and not status & _ACTIVE_CONDITION):
            return RESOLVED
        return None

    def _medication_text(self, resource: Any) -> str | None:
        if getattr(resource, "medicationCodeableConcept", None):
            return _text(resource.medicationCodeableConcept)
        med = self.resolve(getattr(resource, "medicationReference", None))
        return _text(med.code) if med is not None else None

    def _reason(self, resource: Any) -> str | None:
        for ref in getattr(resource, "reasonReference", None) or []:
            target = self.resolve(ref)
            if target is not None and target.get_resource_type() == "Condition":
                return _text(target.code)
        for concept in getattr(resource, "reasonCode", None) or []:
            return _text(concept)
        return None

    def _behavioral_reason(self, resource: Any) -> bool:
        """The medicine is prescribed for a condition coded as behavioral health (buprenorphine for "Opioid abuse")."""
        targets = [getattr(self.resolve(r), "code", None) for r in getattr(resource, "reasonReference", None) or []]
        return any(_behavioral_code(c) for c in [*targets, *(getattr(resource, "reasonCode", None) or [])])

    def medications(self) -> tuple[list[Medication], list[ModalityInUse]]:
        """Active prescriptions and statements; supplement-like statements become modalities."""
        meds: list[Medication] = []
        modalities: list[ModalityInUse] = []
        for r in self.of_type("MedicationRequest") + self.of_type("MedicationStatement"):
            if r.status not in {"active", "on-hold", "intended"}:
                continue
            text = self._medication_text(r)
            if not text:
                continue
            kind = self._modality_kind(r)
            if kind:
                notes = "; ".join(n.text for n in r.note or [] if n.text) or None
                modalities.append(ModalityInUse(id=r.id, name=text, kind=kind, notes=notes))  # type: ignore[arg-type]
                continue
            reason = self._reason(r)
            meds.append(
                Medication(
                    id=r.id,
                    text=text,
                    status=r.status,
                    instructions=self._dosage_text(r),
                    reason=reason,
                    behavioral=vocab.is_behavioral(f"{text} {reason or ''}") or self._behavioral_reason(r),
                    codes=_code_list(getattr(r, "medicationCodeableConcept", None)),
                )
            )
        return meds, modalities

    @staticmethod
    def _modality_kind(resource: Any) -> str | None:
        if resource.get_resource_type() != "MedicationStatement":
            return None
        categories = getattr(resource, "category", None)
        concepts = categories if isinstance(categories, list) else [categories]
        for concept in concepts:
            label = (_text(concept) or "").lower()
            if label in MODALITY_CATEGORIES:
                return MODALITY_CATEGORIES[label]
        return None

    @staticmethod
    def _dosage_text(resource: Any) -> str | None:
        parts: list[str] = []
        for dosage in getattr(resource, "dosageInstruction", None) or getattr(resource, "dosage", None) or []:
            parts.extend(p for p in (dosage.text, dosage.patientInstruction) if p)
        return " ".join(parts) or None

    def allergies(self) -> list[Allergy]:
        """Allergies and intolerances that are not resolved."""
        out = []
        for a in self.of_type("AllergyIntolerance"):
            status = _codes(a.clinicalStatus)
            if status and "active" not in status:
                continue
            substance = _text(a.code)
            if not substance:
                continue
            reactions = [_text(m) for r in a.reaction or [] for m in r.manifestation or [] if _text(m)]
            out.append(
                Allergy(
                    id=a.id,
                    substance=substance,
                    reaction=", ".join(r for r in reactions if r) or None,
                    criticality=a.criticality,
                )
            )
        return out

    def goals(self) -> list[Goal]:
        """Goals still being worked on."""
        out = []
        for g in self.of_type("Goal"):
            if g.lifecycleStatus in _INACTIVE_GOALS:
                continue
            text = _text(g.description)
            if text:
                addresses = " ".join(_text(getattr(self.resolve(r), "code", None)) or "" for r in g.addresses or [])
                out.append(
                    Goal(
                        id=g.id,
                        text=text,
                        status=g.lifecycleStatus,
                        behavioral=vocab.is_behavioral(f"{text} {addresses}"),
                    )
                )
        return out

    def plan_activities(self) -> tuple[list[Activity], list[CallIf], list[str]]:
        """Activities, call-if rules and notes of every active CarePlan."""
        activities: list[Activity] = []
        call_if: list[CallIf] = []
        notes: list[str] = []
        for plan in self.of_type("CarePlan"):
            if plan.status not in {"active", "on-hold", "draft"}:
                continue
            category = next((_text(c) for c in plan.category or [] if _text(c)), None)
            title = category or plan.title
            behavioral = vocab.is_behavioral(f"{title or ''} {self._addresses(plan)}")
            for index, activity in enumerate(plan.activity or []):
                self._map_activity(plan, index, activity, title, behavioral, activities, call_if, coded=bool(category))
            for index, note in enumerate(plan.note or []):
                self._map_note(plan, index, note.text or "", title, behavioral, activities, call_if)
            if plan.description:
                notes.append(plan.description)
        return activities, call_if, notes

    def _addresses(self, plan: Any) -> str:
        return " ".join(_text(getattr(self.resolve(r), "code", None)) or "" for r in plan.addresses or [])

    def _map_activity(
        self,
        plan: Any,
        index: int,
        activity: Any,
        title: str | None,
        behavioral: bool,
        activities: list[Activity],
        call_if: list[CallIf],
        *,
        coded: bool = False,
    ) -> None:
        detail = activity.detail
        if detail is None:
            return
        if detail.status in {"cancelled", "entered-in-error", "stopped", "completed"}:
            return
        parts = [p for p in (_text(detail.code), detail.description) if p]
        text = ". ".join(dict.fromkeys(parts))
        if not text:
            return
        item_id = f"{plan.id}-a{index}"
        urgency = vocab.call_if_urgency(text)
        if urgency:
            call_if.append(
                CallIf(id=item_id, text=text, urgency=urgency, behavioral=behavioral or vocab.is_behavioral(text))
            )  # type: ignore[arg-type]
            return
        section = (
            Section.BEHAVIORAL_HEALTH
            if behavioral or vocab.is_behavioral(text)
            else (Section.APPOINTMENTS if detail.kind == "Appointment" else Section.INSTRUCTIONS)
        )
        activities.append(
            Activity(
                id=item_id,
                text=text,
                plan=title,
                status=detail.status,
                section=section,
                coded=coded and not detail.description and _text(detail.code) is not None,
            )
        )

    def _map_note(
        self,
        plan: Any,
        index: int,
        text: str,
        title: str | None,
        behavioral: bool,
        activities: list[Activity],
        call_if: list[CallIf],
    ) -> None:
        text = text.strip()
        if not text:
            return
        item_id = f"{plan.id}-n{index}"
        urgency = vocab.call_if_urgency(text)
        if urgency:
            call_if.append(
                CallIf(id=item_id, text=text, urgency=urgency, behavioral=behavioral or vocab.is_behavioral(text))
            )  # type: ignore[arg-type]
            return
        section = Section.BEHAVIORAL_HEALTH if behavioral or vocab.is_behavioral(text) else Section.INSTRUCTIONS
        activities.append(Activity(id=item_id, text=text, plan=title, section=section))

    def care_team(self) -> list[CareTeamMember]:
        """CareTeam participants; without a CareTeam, the bundle's Practitioners and the Organizations with a phone."""
        members: dict[str, CareTeamMember] = {}
        for team in self.of_type("CareTeam"):
            for participant in team.participant or []:
                member = self.resolve(participant.member)
                if member is None or member.get_resource_type() not in {"Practitioner", "Organization"}:
                    continue
                role = next((_text(r) for r in participant.role or [] if _text(r)), None)
                members[member.id] = self._member(member, role)
        if not members:
            for practitioner in self.of_type("Practitioner"):
                members[practitioner.id] = self._member(practitioner, "clinician")
            for organization in self.of_type("Organization"):
                if _telecom(organization.telecom, "phone"):
                    members[organization.id] = self._member(organization, "organization")
        return list(members.values())

    @staticmethod
    def _member(resource: Any, role: str | None) -> CareTeamMember:
        if resource.get_resource_type() == "Organization":
            name = resource.name or "Care team"
        else:
            n = _name(resource.name)
            name = " ".join([*n.prefix[:1], n.full]).strip() or "Clinician"
        return CareTeamMember(id=resource.id, name=name, role=role, phones=_telecom(resource.telecom, "phone"))

    def designees(self, patient: Any) -> list[Designee]:
        """RelatedPersons of this patient, with the scopes a Consent grants them."""
        grants = self._consent_grants()
        out = []
        for person in self.of_type("RelatedPerson"):
            target = self.resolve(person.patient)
            if person.active is False or (target is not None and target.id != patient.id):
                continue
            relationship = next((_text(r) for r in person.relationship or [] if _text(r)), None)
            designee = Designee(
                id=person.id,
                name=_name(person.name),
                relationship=relationship,
                phones=_telecom(person.telecom, "phone"),
                emails=_telecom(person.telecom, "email"),
            )
            if person.id in grants:
                designee.scopes = grants[person.id]
            out.append(designee)
        return out

    def _consent_grants(self) -> dict[str, set[Section]]:
        grants: dict[str, set[Section]] = {}
        for consent in self.of_type("Consent"):
            if consent.status != "active" or consent.provision is None:
                continue
            for provision in [consent.provision, *(consent.provision.provision or [])]:
                self._read_provision(provision, grants)
        return grants

    def _read_provision(self, provision: Any, grants: dict[str, set[Section]]) -> None:
        scopes = {
            Section(c.code)
            for concept in provision.code or []
            for c in concept.coding or []
            if c.system == SCOPE_SYSTEM and c.code in Section._value2member_map_
        }
        for actor in provision.actor or []:
            ref = actor.reference.reference if actor.reference else None
            person = self.by_ref.get(ref or "")
            if person is None or person.get_resource_type() != "RelatedPerson":
                continue
            granted = grants.setdefault(person.id, set())
            if provision.type == "deny":
                granted.difference_update(scopes)
            else:
                granted.update(scopes)


def _named_pairs(label: str, when: date | None, conditions: list[Condition]) -> dict[str, str]:
    """Conditions a surgical procedure named in `label` ("appendectomy") resolved by its stem ("append": appendicitis,
    rupture of appendix), when they began no later than it; a "History of ..." condition itself is never one."""
    out: dict[str, str] = {}
    for word in re.findall(r"[a-z]+", label.lower()):
        match = _SURGICAL_SUFFIX.match(word)
        if match is None:
            continue
        stem = match.group(1)
        for c in conditions:
            if c.text.lower().startswith("history of") or c.verification:
                continue
            began_before = when is None or c.onset is None or c.onset <= when
            if began_before and any(w.startswith(stem) for w in re.findall(r"[a-z]+", c.text.lower())):
                out[c.id] = label
    return out


def load_bundles(paths: Iterable[Path]) -> list[CarePlan]:
    """Parse every bundle before anything is written, so one bad file writes nothing."""
    return [b.plan for b in read_bundles(paths)]


def read_bundles(paths: Iterable[Path]) -> list[ImportedBundle]:
    """Every bundle's plan and what was left out of it, all parsed before anything is written."""
    return [read_bundle(Path(p)) for p in paths]
