"""Medicines a message names that the plan does not list (`Checker.medicines_not_on_plan`, the dose reading's
`not-on-plan-<generic>`): a word the plan's own medicine goes by is never one of them."""

from __future__ import annotations

import functools

from guide.careplan.model import CarePlan, Consumer, Medication, Name
from guide.knowledge import loader
from guide.resources import data_folder
from guide.turn.checks import Checker


@functools.cache
def _checker() -> Checker:
    kb = loader.load(data_folder("knowledge"))
    return Checker(kb.interactions, kb.hazards.hazards, kb.scope_rules, kb.synonyms.synonyms)


def _plan(*medicines: str) -> CarePlan:
    return CarePlan(
        consumer=Consumer(id="c", name=Name(given=["Ana"], family="Test")),
        medications=[Medication(id=f"m{i}", text=t) for i, t in enumerate(medicines)],
    )


def test_a_medicine_the_plan_does_not_list_is_named_and_its_repeat_is_a_double_dose() -> None:
    plan = _plan("Lisinopril 10 MG Oral Tablet")
    text = "she took her metoprolol twice by mistake and her lisinopril"
    assert _checker().medicines_not_on_plan(text, plan) == ["metoprolol"]
    assert [(u.medication.id, u.kind) for u in _checker().over_use(text, plan)] == [
        ("not-on-plan-metoprolol", "double_dose")
    ]


def test_the_word_the_family_uses_for_a_plan_medicine_is_not_another_medicine() -> None:
    # 'insulin' is a generic of its own and the word for the plan's insulin glulisine; 'levodopa' for carbidopa-levodopa
    for medicine, text in [
        ("Insulin glulisine 5 units before meals", "i gave her insulin twice by mistake"),
        ("Carbidopa-levodopa 25-100 MG", "he took his levodopa twice by mistake"),
    ]:
        plan = _plan(medicine)
        assert _checker().medicines_not_on_plan(text, plan) == []
        assert [u.medication.id for u in _checker().over_use(text, plan)] == ["m0"]
