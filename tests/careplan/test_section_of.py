"""`CarePlan.section_of` is the one answer to "which section is this item in"."""

from __future__ import annotations

import pytest

from guide.careplan.model import (
    Activity,
    Allergy,
    CallIf,
    CarePlan,
    CareTeamMember,
    Condition,
    Consumer,
    Goal,
    Medication,
    ModalityInUse,
    Name,
    Section,
)
from guide.careplan.passages import render

PLAN = CarePlan(
    consumer=Consumer(id="c", name=Name()),
    conditions=[Condition(id="c1", text="Hypertension"), Condition(id="c2", text="Depression", behavioral=True)],
    medications=[Medication(id="m1", text="Lisinopril 10 MG"), Medication(id="m2", text="Sertraline", behavioral=True)],
    allergies=[Allergy(id="a1", substance="Penicillin")],
    goals=[Goal(id="g1", text="Blood pressure below 140/90"), Goal(id="g2", text="Sleep 7 hours", behavioral=True)],
    activities=[Activity(id="i1", text="Walk daily"), Activity(id="i2", text="CBT", section=Section.BEHAVIORAL_HEALTH)],
    call_if=[CallIf(id="r1", text="Call if dizzy"), CallIf(id="r2", text="Call if hopeless", behavioral=True)],
    care_team=[CareTeamMember(id="t1", name="Dr. Ada Stone")],
    modalities=[ModalityInUse(id="x1", name="Fish oil")],
)


@pytest.mark.parametrize(
    ("item", "section"),
    [
        (PLAN.conditions[0], Section.CONDITIONS),
        (PLAN.conditions[1], Section.BEHAVIORAL_HEALTH),
        (PLAN.medications[0], Section.MEDICATIONS),
        (PLAN.medications[1], Section.BEHAVIORAL_HEALTH),
        (PLAN.allergies[0], Section.ALLERGIES),
        (PLAN.goals[1], Section.BEHAVIORAL_HEALTH),
        (PLAN.activities[0], Section.INSTRUCTIONS),
        (PLAN.activities[1], Section.BEHAVIORAL_HEALTH),
        (PLAN.call_if[0], Section.CALL_IF),
        (PLAN.call_if[1], Section.BEHAVIORAL_HEALTH),
        (PLAN.care_team[0], Section.CARE_TEAM),
        (PLAN.modalities[0], Section.MODALITIES),
    ],
)
def test_each_kind_of_item_has_one_section(item: object, section: Section) -> None:
    assert CarePlan.section_of(item) == section  # type: ignore[arg-type]


def test_every_rendered_passage_carries_its_items_section() -> None:
    by_id = {p.id.rsplit(":", 1)[-1]: p.section for p in render(PLAN)}
    items = [*PLAN.conditions, *PLAN.medications, *PLAN.allergies, *PLAN.goals, *PLAN.activities, *PLAN.call_if]
    assert {i.id: by_id[i.id] for i in items} == {i.id: PLAN.section_of(i).value for i in items}
