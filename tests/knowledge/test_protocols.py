"""Condition protocols (knowledge/protocols.yaml): what they hold, which plans they apply to, and which questions meet
their rules. Plans here are written by the tests; every expected value is read off the plan or the rule text."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from guide.careplan.model import Activity, CallIf, CarePlan, Condition, Consumer, Medication, Name
from guide.knowledge.loader import check, load, protocol_passage_id, review_warnings
from guide.knowledge.models import Protocol
from guide.language.plan_rules import plan_has_own_rule, protocol_applies, protocol_rules, protocol_triggered

ROOT = Path(__file__).resolve().parents[2] / "knowledge"
REQUIRED = {
    "diabetes-low-blood-sugar",
    "heart-failure",
    "anticoagulant-bleeding",
    "asthma-action-plan",
    "copd-flare-up",
    "chronic-kidney-disease",
    "dementia-sudden-change",
    "depression-safety",
}
PUBLISHERS = ("CDC", "NIDDK", "MedlinePlus", "American Heart Association", "NHLBI", "NIA", "NIMH")


@pytest.fixture(scope="module")
def kb():  # type: ignore[no-untyped-def]
    return load(ROOT)


def _protocol(kb, protocol_id: str) -> Protocol:  # type: ignore[no-untyped-def]
    return next(p for p in kb.protocols.protocols if p.id == protocol_id)


def _plan(*, conditions=(), medications=(), call_if=(), activities=()) -> CarePlan:  # type: ignore[no-untyped-def]
    return CarePlan(
        consumer=Consumer(id="t-1", name=Name(given=["Ada"], family="Okafor")),
        conditions=list(conditions),
        medications=list(medications),
        call_if=list(call_if),
        activities=list(activities),
    )


def test_the_knowledge_base_has_a_protocol_for_each_common_condition(kb) -> None:  # type: ignore[no-untyped-def]
    assert REQUIRED <= {p.id for p in kb.protocols.protocols}


def test_every_protocol_is_sourced_from_public_authoritative_pages_and_awaits_clinical_review(kb) -> None:  # type: ignore[no-untyped-def]
    for protocol in kb.protocols.protocols:
        assert protocol.sources, protocol.id
        assert all(any(name in s.publisher for name in PUBLISHERS) for s in protocol.sources), protocol.id
        assert protocol.reviewed_by == "pending clinical review"
        assert protocol.evidence in {"strong", "moderate"} and len(protocol.safety) > 40


def test_protocols_awaiting_sign_off_are_warned_about(kb) -> None:  # type: ignore[no-untyped-def]
    warnings = review_warnings(kb, date(2026, 12, 3))
    assert "protocols.yaml: heart-failure: awaiting clinician sign-off (pending clinical review)" in warnings


def test_a_protocol_naming_an_unknown_drug_class_is_a_problem(tmp_path: Path) -> None:
    shutil.copytree(ROOT, tmp_path / "knowledge")
    path = tmp_path / "knowledge" / "protocols.yaml"
    path.write_text(path.read_text().replace("drug_classes: [anticoagulant]", "drug_classes: [anticoagulnat]"))
    assert "protocols.yaml: anticoagulant-bleeding: drug class 'anticoagulnat' is not defined" in check(
        tmp_path / "knowledge"
    )


def test_each_rule_is_a_citable_knowledge_passage_titled_as_the_library(kb) -> None:  # type: ignore[no-untyped-def]
    passages = {p.id: p for p in kb.protocol_passages()}
    rule15 = passages[protocol_passage_id("diabetes-low-blood-sugar", "rule-of-15")]
    assert rule15.kind == "knowledge" and rule15.title.startswith("Condition protocol:")
    assert "15 grams" in rule15.text and "15 minutes" in rule15.text
    assert not ({p.id for p in kb.passages()} & set(passages))  # cited when applied, never searched


@pytest.mark.parametrize(
    ("conditions", "medications", "applies"),
    [
        ([Condition(id="c", text="Diabetes")], [Medication(id="m", text="Insulin Glargine 100 UNT/ML")], True),
        ([Condition(id="c", text="Diabetes")], [Medication(id="m", text="Glipizide 5 MG Oral Tablet")], True),
        ([], [Medication(id="m", text="Humulin 70/30 Injectable Suspension")], True),
        ([Condition(id="c", text="Diabetes")], [Medication(id="m", text="Metformin 500 MG Oral Tablet")], False),
        ([Condition(id="c", text="Prediabetes")], [], False),
    ],
    ids=["insulin", "sulfonylurea", "insulin-brand-alone", "metformin-only", "prediabetes"],
)
def test_the_low_sugar_protocol_needs_insulin_or_a_sulfonylurea(kb, conditions, medications, applies) -> None:  # type: ignore[no-untyped-def]
    plan = _plan(conditions=conditions, medications=medications)
    protocol = _protocol(kb, "diabetes-low-blood-sugar")
    assert protocol_applies(protocol, plan, kb.interactions.drug_classes) is applies


@pytest.mark.parametrize(
    ("condition", "applies"),
    [
        (Condition(id="c", text="Chronic congestive heart failure"), True),
        (Condition(id="c", text="CHF", codes=["88805009"]), True),
        (Condition(id="c", text="HFrEF", codes=["I50.22"]), True),
        (Condition(id="c", text="Heart murmur", codes=["88610006"]), False),
        (Condition(id="c", text="Hypertension", codes=["I10"]), False),
    ],
    ids=["named", "snomed", "icd10-prefix", "other-snomed", "other-icd10"],
)
def test_the_heart_failure_protocol_matches_a_named_or_coded_condition(kb, condition, applies) -> None:  # type: ignore[no-untyped-def]
    plan = _plan(conditions=[condition])
    assert protocol_applies(_protocol(kb, "heart-failure"), plan, kb.interactions.drug_classes) is applies


def test_the_plans_own_rule_for_the_condition_wins(kb) -> None:  # type: ignore[no-untyped-def]
    hf = [Condition(id="c", text="Chronic heart failure")]
    own = CallIf(id="r", text="Call the care team if weight goes up more than 3 pounds in a day.")
    with_rule = _plan(conditions=hf, call_if=[own])
    without = _plan(conditions=hf, activities=[Activity(id="a", text="Low salt diet education")])
    assert plan_has_own_rule(_protocol(kb, "heart-failure"), with_rule)
    assert not protocol_rules(with_rule, kb.protocols.protocols, kb.interactions.drug_classes)
    used = protocol_rules(without, kb.protocols.protocols, kb.interactions.drug_classes)
    assert {r.rule.id for r in used} == {"weight-gain", "new-swelling", "breathless-lying-down"}


def test_an_instruction_with_a_number_counts_as_the_plans_own_rule(kb) -> None:  # type: ignore[no-untyped-def]
    plan = _plan(
        conditions=[Condition(id="c", text="Type 2 diabetes mellitus")],
        medications=[Medication(id="m", text="Glipizide 5 MG Oral Tablet")],
        activities=[Activity(id="a", text="If blood sugar is below 70, take 4 glucose tablets and recheck")],
    )
    assert not protocol_rules(plan, kb.protocols.protocols, kb.interactions.drug_classes)


def _rule(kb, protocol_id: str, rule_id: str):  # type: ignore[no-untyped-def]
    plan = _plan(
        conditions=[
            Condition(id="c1", text="Chronic congestive heart failure"),
            Condition(id="c2", text="Diabetes"),
        ],
        medications=[Medication(id="m", text="Insulin Lispro 100 UNT/ML")],
    )
    rules = protocol_rules(plan, kb.protocols.protocols, kb.interactions.drug_classes)
    return next(r for r in rules if r.protocol.id == protocol_id and r.rule.id == rule_id)


@pytest.mark.parametrize(
    ("protocol_id", "rule_id", "question", "met"),
    [
        ("heart-failure", "weight-gain", "he gained 3 lb overnight", True),
        ("heart-failure", "weight-gain", "his weight went up 4 pounds since yesterday", True),
        ("heart-failure", "weight-gain", "he gained 1 lb overnight", False),
        ("diabetes-low-blood-sugar", "rule-of-15", "her sugar is 62 on insulin, shaky and sweaty", True),
        ("diabetes-low-blood-sugar", "rule-of-15", "her blood sugar was 142 after lunch", False),
        ("diabetes-low-blood-sugar", "repeated-lows", "her sugar was 62 this morning", False),
    ],
)
def test_a_question_meets_a_protocol_rule_by_its_numbers(kb, protocol_id, rule_id, question, met) -> None:  # type: ignore[no-untyped-def]
    assert protocol_triggered(_rule(kb, protocol_id, rule_id), question) is met


def test_a_bare_reading_is_read_with_the_questions_before(kb) -> None:  # type: ignore[no-untyped-def]
    rule = _rule(kb, "diabetes-low-blood-sugar", "rule-of-15")
    assert protocol_triggered(rule, "it's 61 now", "we checked her blood sugar before lunch")
    assert not protocol_triggered(rule, "it's 61 now", "she walked to the shop")
