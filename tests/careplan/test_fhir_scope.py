"""What the importer leaves out and why: another patient's data, untrue conditions, a death, bad input.

The bundles here are written by the tests; every expected value is read off the bundle above it.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from guide.careplan.fhir_import import (
    ENTERED_IN_ERROR,
    OTHER_PATIENT,
    REFUTED,
    RESOLVED,
    RESOLVED_BY_PROCEDURE,
    read_bundle,
)
from guide.careplan.model import CarePlan, Deceased
from guide.careplan.passages import render
from guide.errors import CarePlanImportError
from tests.conftest import requires_synthea, synthea_bundles

PATIENT_URL = "urn:uuid:7d1c0f3e-0000-4000-8000-000000000001"
PATIENT_ID = "7d1c0f3e-0000-4000-8000-000000000001"
ME = {"reference": PATIENT_URL}


def _patient(**extra: Any) -> dict[str, Any]:
    return {"resourceType": "Patient", "id": PATIENT_ID, "name": [{"family": "Okafor", "given": ["Ada"]}], **extra}


def _condition(cid: str, text: str, subject: dict[str, str] = ME, **extra: Any) -> dict[str, Any]:
    return {"resourceType": "Condition", "id": cid, "subject": subject, "code": {"text": text}, **extra}


def _status(code: str) -> dict[str, Any]:
    return {"coding": [{"code": code}]}


def _bundle(tmp_path: Path, *resources: dict[str, Any], patient: dict[str, Any] | None = None) -> Path:
    entries = [{"fullUrl": PATIENT_URL, "resource": patient or _patient()}]
    entries += [{"fullUrl": f"urn:uuid:{r.get('id', 'x')}", "resource": r} for r in resources]
    path = tmp_path / "bundle.json"
    path.write_text(json.dumps({"resourceType": "Bundle", "type": "transaction", "entry": entries}))
    return path


def test_resources_of_another_patient_are_left_out_and_named(tmp_path: Path) -> None:
    path = _bundle(
        tmp_path,
        _condition("c-mine-by-url", "Hypertension"),
        _condition("c-mine-by-id", "Asthma", {"reference": f"Patient/{PATIENT_ID}"}),
        _condition("c-theirs", "Epilepsy", {"reference": "Patient/someone-else"}),
        {
            "resourceType": "MedicationRequest",
            "id": "m-theirs",
            "status": "active",
            "intent": "order",
            "subject": {"reference": "urn:uuid:another-person"},
            "medicationCodeableConcept": {"text": "Insulin glargine"},
        },
    )
    imported = read_bundle(path)
    assert {c.text for c in imported.plan.conditions} == {"Hypertension", "Asthma"}
    assert imported.plan.medications == []
    assert {(o.resource, o.reason) for o in imported.left_out} == {
        ("Condition/c-theirs", OTHER_PATIENT),
        ("MedicationRequest/m-theirs", OTHER_PATIENT),
    }


@pytest.mark.parametrize(("code", "reason"), [("entered-in-error", ENTERED_IN_ERROR), ("refuted", REFUTED)])
def test_a_condition_that_is_not_true_is_left_out_with_its_reason(tmp_path: Path, code: str, reason: str) -> None:
    path = _bundle(tmp_path, _condition("c-1", "Diabetes", verificationStatus=_status(code)))
    imported = read_bundle(path)
    assert imported.plan.conditions == []
    assert [(o.resource, o.reason, o.label) for o in imported.left_out] == [("Condition/c-1", reason, "Diabetes")]


@pytest.mark.parametrize("code", ["unconfirmed", "provisional", "differential"])
def test_an_unconfirmed_condition_is_kept_and_the_reader_is_told(tmp_path: Path, code: str) -> None:
    path = _bundle(
        tmp_path,
        _condition("c-1", "Heart failure", clinicalStatus=_status("active"), verificationStatus=_status(code)),
    )
    plan = read_bundle(path).plan
    assert [(c.text, c.verification) for c in plan.conditions] == [("Heart failure", code)]
    (passage,) = [p for p in render(plan) if p.section == "conditions"]
    assert f"{code}, not confirmed" in passage.text
    assert f"{code}, not confirmed" in passage.title


def test_a_confirmed_condition_reads_as_before(tmp_path: Path) -> None:
    path = _bundle(tmp_path, _condition("c-1", "Hypertension", verificationStatus=_status("confirmed")))
    plan = read_bundle(path).plan
    assert plan.conditions[0].verification is None
    assert [p.text for p in render(plan)][0] == "The care plan lists this condition: Hypertension."


@pytest.mark.parametrize(
    "extra",
    [
        {"clinicalStatus": _status("resolved")},
        {"clinicalStatus": _status("inactive")},
        {"clinicalStatus": _status("remission")},
        {"clinicalStatus": _status("active"), "abatementDateTime": "1985-06-01"},
        {"abatementString": "as a child"},
    ],
    ids=["resolved", "inactive", "remission", "active-but-abated", "abated-no-status"],
)
def test_a_resolved_or_abated_condition_is_not_listed_as_active(tmp_path: Path, extra: dict[str, Any]) -> None:
    path = _bundle(tmp_path, _condition("c-old", "Appendicitis", **extra), _condition("c-now", "Hypertension"))
    imported = read_bundle(path)
    assert [c.text for c in imported.plan.conditions] == ["Hypertension"]
    assert [(o.resource, o.reason) for o in imported.left_out] == [("Condition/c-old", RESOLVED)]


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ({"deceasedDateTime": "2024-02-03T08:30:00Z"}, Deceased(on=date(2024, 2, 3))),
        ({"deceasedDateTime": "2024-02-03"}, Deceased(on=date(2024, 2, 3))),
        ({"deceasedBoolean": True}, Deceased(on=None)),
        ({"deceasedBoolean": False}, None),
        ({}, None),
    ],
    ids=["datetime", "date", "flag", "alive-flag", "not-said"],
)
def test_a_recorded_death_is_kept_on_the_plan_and_survives_storage(
    tmp_path: Path, extra: dict[str, Any], expected: Deceased | None
) -> None:
    plan = read_bundle(_bundle(tmp_path, patient=_patient(**extra))).plan
    assert plan.consumer.deceased == expected
    stored = json.loads(plan.model_dump_json())  # the plan is stored as JSON on the consumer's row
    assert CarePlan.model_validate(stored).consumer.deceased == expected


def test_a_plan_stored_before_deceased_existed_still_loads(tmp_path: Path) -> None:
    stored = json.loads(read_bundle(_bundle(tmp_path)).plan.model_dump_json())
    del stored["consumer"]["deceased"]
    assert CarePlan.model_validate(stored).consumer.deceased is None


def test_a_patient_without_id_takes_the_uuid_of_its_full_url(tmp_path: Path) -> None:
    patient = _patient()
    del patient["id"]
    path = _bundle(tmp_path, _condition("c-1", "Hypertension"), patient=patient)
    imported = read_bundle(path)
    assert imported.plan.consumer.id == PATIENT_ID
    assert [c.text for c in imported.plan.conditions] == ["Hypertension"]
    assert imported.left_out == []


@pytest.mark.parametrize(
    ("resource", "expected"),
    [
        ({"resourceType": "Frobnicator", "id": "f-1"}, ["Frobnicator/f-1", "resourceType", "not a FHIR R4"]),
        ({"id": "nothing"}, ["resource/nothing", "resourceType", "missing"]),
        (_condition("c-stu3", "Asthma", clinicalStatus="active"), ["Condition/c-stu3", "clinicalStatus", "STU3"]),
        (_condition("c-stu3", "Asthma", assertedDate="2020-01-01"), ["Condition/c-stu3", "assertedDate", "STU3"]),
        (
            {
                "resourceType": "MedicationRequest",
                "id": "m-stu3",
                "status": "active",
                "intent": "order",
                "subject": ME,
                "medicationCodeableConcept": {"text": "Lisinopril"},
                "reasonReference": {"reference": "urn:uuid:c-1"},
            },
            ["MedicationRequest/m-stu3", "reasonReference", "list"],
        ),
    ],
    ids=["unknown-type", "no-type", "stu3-code-string", "stu3-field", "single-where-r4-has-list"],
)
def test_a_refused_bundle_says_resource_and_field_in_one_line(
    tmp_path: Path, resource: dict[str, Any], expected: list[str]
) -> None:
    with pytest.raises(CarePlanImportError) as error:
        read_bundle(_bundle(tmp_path, resource))
    message = str(error.value)
    assert "\n" not in message
    assert message.startswith("bundle.json: ")
    for part in expected:
        assert part in message
    assert "Invalid JSON" not in message


def _organization(oid: str, phone: str | None) -> dict[str, Any]:
    telecom = [{"system": "phone", "value": phone}] if phone else []
    return {"resourceType": "Organization", "id": oid, "name": f"{oid} clinic", "telecom": telecom}


def test_without_a_care_team_the_organizations_phones_are_the_contacts(tmp_path: Path) -> None:
    practitioner = {"resourceType": "Practitioner", "id": "pr-1", "name": [{"family": "Ng", "prefix": ["Dr."]}]}
    path = _bundle(tmp_path, practitioner, _organization("org-1", "508-555-0100"), _organization("org-2", None))
    team = read_bundle(path).plan.care_team
    assert [(m.id, m.role, m.phones) for m in team] == [
        ("pr-1", "clinician", []),
        ("org-1", "organization", ["508-555-0100"]),
    ]
    (org,) = [p for p in render(read_bundle(path).plan) if p.id.endswith(":org-1")]
    assert org.section == "care_team" and "508-555-0100" in org.text


def test_a_care_team_resource_still_decides_the_contacts(tmp_path: Path) -> None:
    practitioner = {
        "resourceType": "Practitioner",
        "id": "pr-1",
        "name": [{"family": "Ng"}],
        "telecom": [{"system": "phone", "value": "978-555-0111"}],
    }
    team = {
        "resourceType": "CareTeam",
        "id": "ct-1",
        "subject": ME,
        "participant": [{"member": {"reference": "urn:uuid:pr-1"}, "role": [{"text": "nurse"}]}],
    }
    path = _bundle(tmp_path, practitioner, _organization("org-1", "508-555-0100"), team)
    assert [(m.id, m.phones) for m in read_bundle(path).plan.care_team] == [("pr-1", ["978-555-0111"])]


def _raw_resources(path: Path, kind: str) -> list[dict[str, Any]]:
    raw = json.loads(path.read_text())
    return [e["resource"] for e in raw["entry"] if e["resource"]["resourceType"] == kind]


@requires_synthea()
@pytest.mark.parametrize("path", synthea_bundles(), ids=lambda p: p.name)
def test_a_synthea_bundle_leaves_out_exactly_its_resolved_conditions(path: Path) -> None:
    conditions = _raw_resources(path, "Condition")
    over = {
        f"Condition/{c['id']}"
        for c in conditions
        if any(k.startswith("abatement") for k in c) or c["clinicalStatus"]["coding"][0]["code"] != "active"
    }
    imported = read_bundle(path)
    assert {o.resource for o in imported.left_out if o.reason == RESOLVED} == over
    by_procedure = {o.resource for o in imported.left_out if o.reason == RESOLVED_BY_PROCEDURE}
    assert {o.reason for o in imported.left_out} <= {RESOLVED, RESOLVED_BY_PROCEDURE}
    assert len(imported.plan.conditions) == len(conditions) - len(over) - len(by_procedure)
    assert all(c.verification is None for c in imported.plan.conditions)  # Synthea confirms every condition


@requires_synthea()
def test_synthea_appendicitis_beside_the_history_of_appendectomy_is_history() -> None:
    path = next(p for p in synthea_bundles() if p.name.startswith("07_"))
    named = {c["code"]["text"]: f"Condition/{c['id']}" for c in _raw_resources(path, "Condition")}
    imported = read_bundle(path)
    by_procedure = {o.resource for o in imported.left_out if o.reason == RESOLVED_BY_PROCEDURE}
    assert by_procedure == {named["Appendicitis"], named["Rupture of appendix"]}
    assert "History of appendectomy" in [c.text for c in imported.plan.conditions]


@requires_synthea()
@pytest.mark.parametrize("path", synthea_bundles(), ids=lambda p: p.name)
def test_a_synthea_bundle_gives_the_care_team_its_organizations_phones(path: Path) -> None:
    phones = {t["value"] for o in _raw_resources(path, "Organization") for t in o.get("telecom", [])}
    plan = read_bundle(path).plan
    assert phones and phones == {p for m in plan.care_team for p in m.phones}
    (patient,) = _raw_resources(path, "Patient")
    assert not any(k.startswith("deceased") for k in patient)
    assert plan.consumer.deceased is None
