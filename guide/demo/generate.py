"""Writes the invented demo bundles: `python -m guide.demo.generate`.

The people, phones, addresses and record numbers are fictional (555-01xx phones, 999- SSNs).
The bundles are committed; rerun this only to change them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from guide.careplan.fhir_import import SCOPE_SYSTEM
from guide.demo import BUNDLES

RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"


def _ref(kind: str, rid: str) -> dict[str, str]:
    return {"reference": f"urn:uuid:{rid}"}


def _entry(resource: dict[str, Any]) -> dict[str, Any]:
    return {
        "fullUrl": f"urn:uuid:{resource['id']}",
        "resource": resource,
        "request": {"method": "PUT", "url": f"{resource['resourceType']}/{resource['id']}"},
    }


def _patient(c: dict[str, Any]) -> dict[str, Any]:
    return {
        "resourceType": "Patient",
        "id": c["id"],
        "identifier": [
            {
                "type": {
                    "coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}],
                    "text": "Medical Record Number",
                },
                "system": "urn:demo:mrn",
                "value": c["mrn"],
            },
            {
                "type": {
                    "coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "SS"}],
                    "text": "Social Security Number",
                },
                "system": "http://hl7.org/fhir/sid/us-ssn",
                "value": c["ssn"],
            },
        ],
        "name": [{"use": "official", "family": c["family"], "given": c["given"], "prefix": [c["prefix"]]}],
        "telecom": [{"system": "phone", "value": c["phone"], "use": "home"}, {"system": "email", "value": c["email"]}],
        "gender": c["gender"],
        "birthDate": c["birth"],
        "address": [{"line": [c["street"]], "city": c["city"], "state": c["state"], "postalCode": c["zip"]}],
        "communication": [
            {"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": c["lang"][0]}], "text": c["lang"][1]}}
        ],
        "extension": [
            {"url": "https://hometeamguide.example/fhir/culture-note", "valueString": n} for n in c.get("culture", [])
        ],
    }


def _condition(pid: str, cid: str, text: str) -> dict[str, Any]:
    return {
        "resourceType": "Condition",
        "id": cid,
        "subject": _ref("Patient", pid),
        "clinicalStatus": {
            "coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]
        },
        "code": {"text": text},
    }


def _med(pid: str, mid: str, text: str, dosage: str, reason: str | None) -> dict[str, Any]:
    res: dict[str, Any] = {
        "resourceType": "MedicationRequest",
        "id": mid,
        "status": "active",
        "intent": "order",
        "subject": _ref("Patient", pid),
        "medicationCodeableConcept": {"text": text},
        "dosageInstruction": [{"text": dosage}],
    }
    if reason:
        res["reasonReference"] = [_ref("Condition", reason)]
    return res


def _statement(pid: str, sid: str, text: str, category: str, note: str) -> dict[str, Any]:
    return {
        "resourceType": "MedicationStatement",
        "id": sid,
        "status": "active",
        "category": {"text": category},
        "subject": _ref("Patient", pid),
        "medicationCodeableConcept": {"text": text},
        "note": [{"text": note}],
    }


def _related(pid: str, r: dict[str, Any]) -> dict[str, Any]:
    return {
        "resourceType": "RelatedPerson",
        "id": r["id"],
        "active": True,
        "patient": _ref("Patient", pid),
        "relationship": [{"text": r["relationship"]}],
        "name": [{"use": "official", "family": r["family"], "given": r["given"]}],
        "telecom": [{"system": "phone", "value": r["phone"]}, {"system": "email", "value": r["email"]}],
    }


def _consent(pid: str, related: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "resourceType": "Consent",
        "id": f"{pid}-consent",
        "status": "active",
        "scope": {
            "coding": [{"system": "http://terminology.hl7.org/CodeSystem/consentscope", "code": "patient-privacy"}]
        },
        "category": [{"coding": [{"system": "http://loinc.org", "code": "59284-0"}]}],
        "patient": _ref("Patient", pid),
        "provision": {
            "type": "deny",
            "provision": [
                {
                    "type": "permit",
                    "actor": [{"role": {"text": "designee"}, "reference": _ref("RelatedPerson", r["id"])}],
                    "code": [{"coding": [{"system": SCOPE_SYSTEM, "code": s} for s in r["scopes"]]}],
                }
                for r in related
            ],
        },
    }


def _practitioner(p: dict[str, Any]) -> dict[str, Any]:
    return {
        "resourceType": "Practitioner",
        "id": p["id"],
        "name": [{"family": p["family"], "given": p["given"], **({} if "nurse" in p["role"] else {"prefix": ["Dr."]})}],
        "telecom": [{"system": "phone", "value": p["phone"]}],
    }


def _care_team(pid: str, team: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "resourceType": "CareTeam",
        "id": f"{pid}-team",
        "status": "active",
        "subject": _ref("Patient", pid),
        "participant": [{"role": [{"text": p["role"]}], "member": _ref("Practitioner", p["id"])} for p in team],
    }


def _goal(pid: str, gid: str, text: str) -> dict[str, Any]:
    return {
        "resourceType": "Goal",
        "id": gid,
        "lifecycleStatus": "active",
        "subject": _ref("Patient", pid),
        "description": {"text": text},
    }


def _allergy(pid: str, aid: str, substance: str, reaction: str) -> dict[str, Any]:
    return {
        "resourceType": "AllergyIntolerance",
        "id": aid,
        "patient": _ref("Patient", pid),
        "clinicalStatus": {
            "coding": [
                {"system": "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "code": "active"}
            ]
        },
        "code": {"text": substance},
        "criticality": "high",
        "reaction": [{"manifestation": [{"text": reaction}]}],
    }


def _care_plan(pid: str, plan_id: str, title: str, activities: list[str], notes: list[str]) -> dict[str, Any]:
    return {
        "resourceType": "CarePlan",
        "id": plan_id,
        "status": "active",
        "intent": "plan",
        "subject": _ref("Patient", pid),
        "title": title,
        "category": [{"text": title}],
        "activity": [{"detail": {"status": "in-progress", "description": a}} for a in activities],
        "note": [{"text": n} for n in notes],
    }


def build(c: dict[str, Any]) -> dict[str, Any]:
    """One consumer's bundle."""
    pid = c["id"]
    resources = [_patient(c)]
    resources += [_condition(pid, cid, text) for cid, text in c["conditions"]]
    resources += [_med(pid, mid, text, dose, reason) for mid, text, dose, reason in c["meds"]]
    resources += [_statement(pid, sid, text, cat, note) for sid, text, cat, note in c.get("statements", [])]
    resources += [_allergy(pid, aid, s, r) for aid, s, r in c.get("allergies", [])]
    resources += [_goal(pid, gid, text) for gid, text in c["goals"]]
    resources += [_care_plan(pid, plan_id, title, acts, notes) for plan_id, title, acts, notes in c["plans"]]
    resources += [_practitioner(p) for p in c["team"]]
    resources.append(_care_team(pid, c["team"]))
    resources += [_related(pid, r) for r in c["related"]]
    resources.append(_consent(pid, c["related"]))
    return {"resourceType": "Bundle", "type": "transaction", "entry": [_entry(r) for r in resources]}


def main() -> None:
    """Write every demo bundle."""
    from guide.demo.people import CONSUMERS

    BUNDLES.mkdir(parents=True, exist_ok=True)
    for c in CONSUMERS:
        path = Path(BUNDLES) / f"{c['file']}.json"
        path.write_text(json.dumps(build(c), indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
