"""What a real-world record means (issue 15): behavioral health by code, coded text kept from the name detectors,
conditions a procedure resolved, and therapeutic duplicates. Bundles are written by the tests in Synthea's shape;
every expected value is read off the bundle above it."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from guide.careplan.duplicates import therapeutic_duplicates
from guide.careplan.fhir_import import RESOLVED_BY_PROCEDURE, load_bundle, read_bundle
from guide.careplan.model import Designee, Medication, Name, Section
from guide.careplan.passages import render
from guide.turn.redact import RedactStage, known_identifiers
from redaction import PseudonymVault, Redactor
from tests.conftest import requires_synthea, synthea_bundles

PATIENT = "urn:uuid:5b9e2f10-0000-4000-8000-0000000000aa"
ME = {"reference": PATIENT}
SCT = "http://snomed.info/sct"
ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"
PLACEHOLDER = re.compile(r"<[A-Z_]+_\d+>")


def _patient() -> dict[str, Any]:
    return {
        "resourceType": "Patient",
        "id": "5b9e2f10-0000-4000-8000-0000000000aa",
        "name": [{"use": "official", "family": "Quigley282", "given": ["Marcus513"], "prefix": ["Mr."]}],
        "telecom": [{"system": "phone", "value": "555-271-0034"}],
        "birthDate": "1961-07-19",
    }


def _condition(cid: str, display: str, code: str, system: str = SCT, onset: str = "2015-03-02") -> dict[str, Any]:
    return {
        "resourceType": "Condition",
        "id": cid,
        "clinicalStatus": {"coding": [{"code": "active"}]},
        "verificationStatus": {"coding": [{"code": "confirmed"}]},
        "code": {"coding": [{"system": system, "code": code, "display": display}], "text": display},
        "subject": ME,
        "onsetDateTime": f"{onset}T10:00:00-05:00",
    }


def _medication(mid: str, text: str, reason: str | None = None, dosage: str | None = None) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "MedicationRequest",
        "id": mid,
        "status": "active",
        "intent": "order",
        "medicationCodeableConcept": {"coding": [{"system": "rxnorm", "code": "1"}], "text": text},
        "subject": ME,
    }
    if reason:
        resource["reasonReference"] = [{"reference": f"urn:uuid:{reason}"}]
    if dosage:
        resource["dosageInstruction"] = [{"text": dosage}]
    return resource


def _procedure(pid: str, text: str, reason: str | None = None, when: str = "2016-05-01") -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "Procedure",
        "id": pid,
        "status": "completed",
        "code": {"coding": [{"system": SCT, "code": "2"}], "text": text},
        "subject": ME,
        "performedPeriod": {"start": f"{when}T10:00:00-05:00", "end": f"{when}T11:00:00-05:00"},
    }
    if reason:
        resource["reasonReference"] = [{"reference": f"urn:uuid:{reason}"}]
    return resource


def _related_person() -> dict[str, Any]:
    return {
        "resourceType": "RelatedPerson",
        "id": "rp-sister",
        "patient": ME,
        "name": [{"given": ["Ines"], "family": "Quigley282"}],
        "relationship": [{"text": "sister"}],
    }


def _bundle(tmp_path: Path, *resources: dict[str, Any]) -> Path:
    entries = [{"fullUrl": PATIENT, "resource": _patient(), "request": {"method": "POST", "url": "Patient"}}]
    entries += [
        {"fullUrl": f"urn:uuid:{r['id']}", "resource": r, "request": {"method": "POST", "url": r["resourceType"]}}
        for r in resources
    ]
    path = tmp_path / "bundle.json"
    path.write_text(json.dumps({"resourceType": "Bundle", "type": "transaction", "entry": entries}))
    return path


# --- behavioral health from codes (item 6) ---


def _visible_to(designee: Designee, path: Path) -> str:
    plan = load_bundle(path)
    return " ".join(f"{p.title} {p.text}" for p in render(plan) if p.section in designee.visible_sections())


def test_opioid_abuse_is_not_shown_to_a_designee_without_the_behavioral_health_scope(tmp_path: Path) -> None:
    path = _bundle(
        tmp_path,
        _condition("c-oud", "Opioid abuse (disorder)", "5602001"),
        _condition("c-htn", "Hypertension", "38341003"),
        _medication("m-bup", "buprenorphine 2 MG / naloxone 0.5 MG Sublingual Tablet", reason="c-oud"),
        _related_person(),
    )
    plan = load_bundle(path)
    designee = plan.designee("rp-sister")
    assert designee is not None and Section.BEHAVIORAL_HEALTH not in designee.visible_sections()
    shown = _visible_to(designee, path)
    assert "Hypertension" in shown
    assert "opioid" not in shown.lower() and "buprenorphine" not in shown.lower()


@pytest.mark.parametrize(
    ("display", "code", "system"),
    [
        ("GAD", "F41.1", ICD10),  # the words say nothing; the ICD-10 F chapter does
        ("Sub-abuse NOS", "F19.10", ICD10),
        ("Misuses drugs (finding)", "361055000", SCT),
        ("Alcoholism", "7200002", SCT),
    ],
)
def test_a_condition_coded_as_behavioral_health_goes_to_that_section(
    tmp_path: Path, display: str, code: str, system: str
) -> None:
    plan = load_bundle(_bundle(tmp_path, _condition("c-bh", display, code, system)))
    assert [c.behavioral for c in plan.conditions] == [True]


def test_a_medicine_prescribed_for_a_coded_behavioral_condition_goes_with_it(tmp_path: Path) -> None:
    path = _bundle(
        tmp_path,
        _condition("c-gad", "GAD", "F41.1", ICD10),
        _medication("m-hyd", "Hydroxyzine 25 MG Oral Tablet", reason="c-gad"),
        _medication("m-lis", "Lisinopril 10 MG Oral Tablet"),
    )
    plan = load_bundle(path)
    assert {m.text: m.behavioral for m in plan.medications} == {
        "Hydroxyzine 25 MG Oral Tablet": True,
        "Lisinopril 10 MG Oral Tablet": False,
    }


def test_dementia_in_the_icd10_f_chapter_is_not_behavioral_health(tmp_path: Path) -> None:
    plan = load_bundle(_bundle(tmp_path, _condition("c-dem", "Unspecified dementia", "F03.90", ICD10)))
    assert [c.behavioral for c in plan.conditions] == [False]


# --- coded text is not free text (item 5) ---


@pytest.fixture(scope="module")
def redact_stage() -> RedactStage:
    return RedactStage(Redactor())


def test_coded_display_text_keeps_its_medical_words(tmp_path: Path, redact_stage: RedactStage) -> None:
    path = _bundle(
        tmp_path,
        _condition("c-tg", "Hypertriglyceridemia (disorder)", "302870006"),
        _condition("c-oud", "Opioid abuse (disorder)", "5602001"),
        _medication("m-lasix", "Lasix 40mg"),
    )
    plan = load_bundle(path)
    stored = redact_stage.passages(render(plan), known=known_identifiers(plan), vault=PseudonymVault())
    texts = {p.text for p in stored}
    assert "The care plan lists this condition: Hypertriglyceridemia." in texts
    assert "The care plan lists this condition: Opioid abuse." in texts
    assert "The care plan lists this medicine: Lasix 40mg." in texts


def test_free_text_still_goes_through_the_full_redactor(tmp_path: Path, redact_stage: RedactStage) -> None:
    dosage = "Ines Quigley282 gives it at 8 am; call Ines at 555-271-0099 if he refuses"
    plan = load_bundle(_bundle(tmp_path, _medication("m-furo", "Furosemide 40 MG Oral Tablet", dosage=dosage)))
    [passage] = [p for p in render(plan) if p.section == "medications"]
    assert not passage.coded
    [stored] = redact_stage.passages([passage], known=known_identifiers(plan), vault=PseudonymVault())
    assert "555-271-0099" not in stored.text and "Quigley282" not in stored.text and "Ines" not in stored.text


def test_a_known_identifier_inside_coded_text_is_still_removed(tmp_path: Path, redact_stage: RedactStage) -> None:
    plan = load_bundle(_bundle(tmp_path, _condition("c-odd", "Allergy noted by Quigley282 family", "3")))
    [passage] = [p for p in render(plan) if p.section == "conditions"]
    assert passage.coded
    [stored] = redact_stage.passages([passage], known=known_identifiers(plan), vault=PseudonymVault())
    assert "Quigley282" not in stored.text and PLACEHOLDER.search(stored.text)


@requires_synthea()
@pytest.mark.parametrize("path", synthea_bundles(), ids=lambda p: p.name)
def test_no_placeholder_in_a_stored_synthea_passage_unless_an_identifier_was_there(
    path: Path, redact_stage: RedactStage
) -> None:
    plan = load_bundle(path)
    known = known_identifiers(plan)
    raw = render(plan)
    stored = redact_stage.passages(raw, known=known, vault=PseudonymVault())
    values = [k.value.lower() for k in known]
    for before, after in zip(raw, stored, strict=True):
        for field in ("title", "text"):
            if PLACEHOLDER.search(getattr(after, field)):
                original = getattr(before, field).lower()
                assert any(v and v in original for v in values), (before.id, getattr(after, field))


# --- history, not the plan (item 2) ---


def test_a_condition_beside_the_history_of_the_operation_that_removed_it_is_history(tmp_path: Path) -> None:
    path = _bundle(
        tmp_path,
        _condition("c-app", "Appendicitis", "74400008", onset="1951-12-02"),
        _condition("c-rupt", "Rupture of appendix", "47693006", onset="1951-12-02"),
        _condition("c-hx", "History of appendectomy", "428251008", onset="1951-12-02"),
        _condition("c-htn", "Hypertension", "38341003", onset="1968-04-03"),
    )
    result = read_bundle(path)
    assert [c.text for c in result.plan.conditions] == ["History of appendectomy", "Hypertension"]
    gone = {o.resource: o for o in result.left_out}
    assert gone["Condition/c-app"].reason == RESOLVED_BY_PROCEDURE
    assert gone["Condition/c-app"].label == "Appendicitis: History of appendectomy"
    assert "Condition/c-rupt" in gone


def test_a_condition_that_began_after_the_operation_stays(tmp_path: Path) -> None:
    path = _bundle(
        tmp_path,
        _condition("c-app", "Appendicitis", "74400008", onset="2020-01-01"),
        _condition("c-hx", "History of appendectomy", "428251008", onset="1990-01-01"),
    )
    assert [c.text for c in load_bundle(path).conditions] == ["Appendicitis", "History of appendectomy"]


def test_a_procedure_the_bundle_links_to_the_condition_resolves_it(tmp_path: Path) -> None:
    path = _bundle(
        tmp_path,
        _condition("c-gall", "Cholelithiasis", "235919008"),
        _condition("c-copd", "Chronic obstructive bronchitis", "185086009"),
        _procedure("p-chole", "Laparoscopic cholecystectomy", reason="c-gall"),
        _procedure("p-spiro", "Spirometry (procedure)", reason="c-copd"),  # a test, not a cure
    )
    result = read_bundle(path)
    assert [c.text for c in result.plan.conditions] == ["Chronic obstructive bronchitis"]
    assert [(o.resource, o.reason) for o in result.left_out] == [("Condition/c-gall", RESOLVED_BY_PROCEDURE)]


# --- therapeutic duplicates (item 2) ---


@pytest.fixture(scope="module")
def checker():  # type: ignore[no-untyped-def]
    from guide.knowledge.loader import load
    from guide.turn.checks import Checker

    kb = load(Path(__file__).resolve().parents[2] / "knowledge")
    return Checker(kb.interactions, kb.hazards.hazards, kb.scope_rules, kb.synonyms.synonyms)


def _duplicates(checker, *texts: str):  # type: ignore[no-untyped-def]
    meds = [Medication(id=f"m{i}", text=t) for i, t in enumerate(texts)]
    from guide.careplan.model import CarePlan, Consumer

    plan = CarePlan(consumer=Consumer(id="x", name=Name()), medications=meds)
    return therapeutic_duplicates(meds, generics=checker.plan_generics(plan), classes_of=checker.classes_named)


@pytest.mark.parametrize(
    ("texts", "key", "same_ingredient"),
    [
        (("Furosemide 40 MG Oral Tablet", "Furosemide 10 MG/ML Injectable Solution"), "furosemide", True),
        (("Lasix 40mg", "Bumetanide 1 MG Oral Tablet"), "loop_diuretic", False),
        (("Ibuprofen 200 MG Oral Tablet", "Naproxen sodium 220 MG Oral Tablet"), "nsaid", False),
    ],
    ids=["tablets-and-injection", "two-loop-diuretics", "two-nsaids"],
)
def test_the_same_ingredient_or_class_twice_is_a_duplicate(checker, texts, key, same_ingredient) -> None:  # type: ignore[no-untyped-def]
    [found] = _duplicates(checker, *texts)
    assert (found.key, found.same_ingredient, set(found.medicines)) == (key, same_ingredient, set(texts))
    assert f"duplicate:{found.reason_id}" == f"duplicate:{key}"
    assert all(t in found.sentence for t in texts)


@pytest.mark.parametrize(
    "texts",
    [
        ("Insulin Glargine 100 UNT/ML", "Insulin Lispro 100 UNT/ML"),  # basal and mealtime insulin: the plan
        ("Aspirin 81 MG Oral Tablet", "Clopidogrel 75 MG Oral Tablet"),  # two antiplatelets after a stent
        ("Furosemide 40 MG Oral Tablet", "Lisinopril 10 MG Oral Tablet"),
    ],
    ids=["insulins", "antiplatelets", "different-classes"],
)
def test_medicines_meant_to_go_together_are_not_duplicates(checker, texts) -> None:  # type: ignore[no-untyped-def]
    assert _duplicates(checker, *texts) == []
