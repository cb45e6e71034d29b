"""Real-world records in whole turns (issue 15): condition protocols for a plan without call-if rules, a consumer who
has died, and a therapeutic duplicate; through the real pipeline, offline composer and real stores."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from guide.careplan.importer import import_care_plans
from guide.knowledge.loader import protocol_passage_id
from guide.turn.compose.offline import LIBRARY_HEADING
from guide.turn.contracts import codes, from_codes
from guide.turn.pipeline import DECEASED_REPLY
from guide.web.app import create_app
from tests.conftest import make_settings

FIXTURES = Path(__file__).resolve().parents[2] / "evals" / "suites" / "fixtures"
DM, HF = "syn-dm-7c1e", "syn-hf-4b2d"  # evals/suites/fixtures/synthea-*.json: Synthea-shaped, no call-if rules


def _ask(services, consumer: str, question: str):  # type: ignore[no-untyped-def]
    owner = f"consumer:{consumer}"
    conversation = services.store.create(consumer_id=consumer, designee_id=None, owner=owner)
    return services.pipeline.ask(conversation_id=conversation.id, question=question, owner=owner)


@pytest.fixture
def synthea_services(demo_services):  # type: ignore[no-untyped-def]
    import_care_plans(
        demo_services, [FIXTURES / "synthea-diabetes-insulin.json", FIXTURES / "synthea-heart-failure.json"]
    )
    return demo_services


def test_the_fixture_plans_have_no_call_if_rules_of_their_own(synthea_services) -> None:  # type: ignore[no-untyped-def]
    assert synthea_services.store.plan(DM).call_if == [] and synthea_services.store.plan(HF).call_if == []


def test_a_low_sugar_on_insulin_leads_with_the_rule_of_15_cited_as_the_library(synthea_services) -> None:  # type: ignore[no-untyped-def]
    result = _ask(synthea_services, DM, "her sugar is 62 on insulin, shaky and sweaty")
    # the plan sets no sugar goal: 62 is outside the usual adult range (knowledge/usual_ranges.yaml), so the team
    # sees it too, and the protocol's first aid still leads the reply
    assert result.decision == "needs_review"
    assert "usual_range:blood_sugar" in result.reasons
    assert result.answer.startswith(f"{LIBRARY_HEADING}\nIf blood sugar is below 70")
    assert "rule of 15" in result.answer.split("\n")[1] and "[1]" in result.answer.split("\n")[1]
    first = result.citations[0]
    assert first["kind"] == "knowledge"
    assert first["id"] == protocol_passage_id("diabetes-low-blood-sugar", "rule-of-15")
    assert first["title"].startswith("Condition protocol:")
    assert "protocol_instruction:diabetes-low-blood-sugar/rule-of-15" in result.reasons


def test_a_normal_sugar_gets_no_first_aid(synthea_services) -> None:  # type: ignore[no-untyped-def]
    result = _ask(synthea_services, DM, "her sugar was 128 before breakfast, what breakfast is good for her?")
    assert "rule of 15" not in result.answer
    assert not any(r.startswith("protocol_") for r in result.reasons)


def test_a_3_lb_overnight_gain_in_heart_failure_goes_to_the_team_with_the_librarys_rule(synthea_services) -> None:  # type: ignore[no-untyped-def]
    result = _ask(synthea_services, HF, "he gained 3 lb overnight")
    assert result.decision == "needs_review"
    assert "protocol_rule:heart-failure/weight-gain" in result.reasons
    assert "Our health library says: Call the care team if weight gain is more than 2 pounds" in result.answer
    assert "Your care plan says" not in result.answer
    [cited] = result.citations
    assert (cited["kind"], cited["id"]) == ("knowledge", protocol_passage_id("heart-failure", "weight-gain"))


def test_the_plans_own_rule_wins_over_the_protocol(demo_services) -> None:  # type: ignore[no-untyped-def]
    result = _ask(demo_services, "demo-p2", "he gained 3 lb overnight")  # demo-p2's plan has its own weight rule
    assert result.decision == "needs_review"
    assert not any(r.startswith("protocol_") for r in result.reasons)


# --- a consumer who has died ---


def _deceased_bundle(tmp_path: Path) -> Path:
    patient: dict[str, Any] = {
        "resourceType": "Patient",
        "id": "dec-p1",
        "name": [{"given": ["Vera"], "family": "Lindqvist"}],
        "deceasedDateTime": "2024-02-03T06:10:00-05:00",
    }
    condition = {
        "resourceType": "Condition",
        "id": "dec-c1",
        "subject": {"reference": "Patient/dec-p1"},
        "code": {"text": "Hypertension"},
    }
    entries = [
        {"fullUrl": "urn:uuid:dec-p1", "resource": patient},
        {"fullUrl": "urn:uuid:dec-c1", "resource": condition},
    ]
    path = tmp_path / "deceased.json"
    path.write_text(json.dumps({"resourceType": "Bundle", "type": "collection", "entry": entries}))
    return path


def test_every_turn_about_a_consumer_who_died_goes_to_review_with_a_respectful_reply(demo_services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import_care_plans(demo_services, [_deceased_bundle(tmp_path)])
    for question in ("what is a good diet for high blood pressure?", "thank you"):
        result = _ask(demo_services, "dec-p1", question)
        assert result.decision == "needs_review"
        assert "deceased" in result.reasons
        assert result.answer == DECEASED_REPLY and result.citations == []
    [entry, *_] = demo_services.review.open_items(frozenset({"dec-p1"}))
    view = demo_services.review.item(entry.id, frozenset({"dec-p1"}))
    assert view.deceased == "The record says this person has died on 2024-02-03."
    assert "deceased" in codes(view.entry.reasons)


def test_an_emergency_still_gets_the_emergency_reply_whatever_the_record_says(demo_services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import_care_plans(demo_services, [_deceased_bundle(tmp_path)])
    result = _ask(demo_services, "dec-p1", "she is not breathing and we can't wake her")
    assert result.decision == "emergency" and "911" in result.answer


def test_the_chat_page_says_the_consumer_has_died(demo_services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import_care_plans(demo_services, [_deceased_bundle(tmp_path)])
    conversation = demo_services.store.create(consumer_id="dec-p1", designee_id=None, owner="consumer:dec-p1")
    app = create_app(make_settings(demo_services.settings.data_dir))
    with TestClient(app) as client:
        page = client.get(f"/chat/c/{conversation.id}", headers={"X-Guide-User": "consumer:dec-p1"})
        alive = demo_services.store.create(consumer_id="demo-p1", designee_id=None, owner="consumer:demo-p1")
        other = client.get(f"/chat/c/{alive.id}", headers={"X-Guide-User": "consumer:demo-p1"})
    assert page.status_code == 200
    assert "has died (2024-02-03)" in page.text
    assert other.status_code == 200 and "has died" not in other.text


# --- a therapeutic duplicate ---


def test_a_question_naming_a_duplicated_medicine_goes_to_the_team_with_the_finding(demo_services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    patient = {"resourceType": "Patient", "id": "dup-p1", "name": [{"given": ["Otto"], "family": "Brandt"}]}
    meds = [
        {
            "resourceType": "MedicationRequest",
            "id": f"dup-m{i}",
            "status": "active",
            "intent": "order",
            "subject": {"reference": "urn:uuid:dup-p1"},
            "medicationCodeableConcept": {"text": text},
        }
        for i, text in enumerate(["Lasix 40mg", "Furosemide 20 MG Oral Tablet"])
    ]
    entries = [{"fullUrl": "urn:uuid:dup-p1", "resource": patient}]
    entries += [{"fullUrl": f"urn:uuid:{m['id']}", "resource": m} for m in meds]
    path = tmp_path / "dup.json"
    path.write_text(json.dumps({"resourceType": "Bundle", "type": "collection", "entry": entries}))
    import_care_plans(demo_services, [path])
    result = _ask(demo_services, "dup-p1", "what time of day should he take his furosemide?")
    assert result.decision == "needs_review"
    assert "duplicate:loop_diuretic" in result.reasons or "duplicate:furosemide" in result.reasons
    assert "Lasix 40mg and Furosemide 20 MG Oral Tablet" in result.answer
    unrelated = _ask(demo_services, "dup-p1", "what are good low salt snacks?")
    assert not any(r.startswith("duplicate:") for r in unrelated.reasons)


@pytest.mark.parametrize("consumer", ["demo-p4", HF])
def test_a_saturation_of_86_to_89_at_rest_is_the_teams_not_911(synthea_services, consumer: str) -> None:  # type: ignore[no-untyped-def]
    """86-89 alone goes to the team by the plan's oxygen goal or the usual adult range (below 90), not to 911; 85 and
    below is still the trouble-breathing red flag."""
    held = _ask(synthea_services, consumer, "pulse ox says 88 sitting here, usually 92. breathing ok, talking fine")
    assert held.decision == "needs_review", held.reasons
    assert not any(r.startswith("red_flag:") for r in held.reasons)
    assert any(r.startswith(("goal:", "usual_range:oxygen")) for r in held.reasons), held.reasons
    if "usual_range:oxygen" in held.reasons:  # below the usual range with no goal of the plan's: the team looks today
        policy = synthea_services.policy
        assert policy.urgency("needs_review", from_codes(held.reasons)) == "urgent"
    low = _ask(synthea_services, consumer, "pulse ox says 84 sitting here, usually 92")
    assert low.decision == "emergency" and "red_flag:trouble-breathing" in low.reasons
