"""Which questions ask the plan for a whole list, and which ask something else."""

from __future__ import annotations

import pytest

from guide.careplan.passages import Passage
from guide.language.listing import KINDS, listing_asked


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("what medicines am i on", "medicines"),
        ("Which meds is <PERSON_1> taking right now?", "medicines"),
        ("remind me of his pills again pls", "medicines"),
        ("what are <PERSON_2>'s goals in his plan", "goals"),
        ("who is on my care team", "care_team"),
        ("who's her doctor", "care_team"),
        ("What is she allergic to?", "allergies"),
        ("what health problems does mom have", "conditions"),
        ("when is her next appointment", "appointments"),
        ("¿Cuáles son sus medicamentos?", "medicines"),
        ("What should I look for?", "warning_signs"),
        ("when should we call the doctor", "warning_signs"),
    ],
)
def test_a_question_that_only_asks_what_the_plan_lists_names_the_kind(question: str, kind: str) -> None:
    found = listing_asked(question)
    assert found is not None and found.name == kind


@pytest.mark.parametrize(
    "question",
    [
        "what meds is she on for her heart",  # a question about some of them
        "what medicines can he take for pain",  # a new medicine
        "is she taking her meds",  # yes or no, not a list
        "what did the doctor say",
        "what are her meds and what are her goals",  # two lists: answered from the best passages
        "can I give her an extra pill tonight",
        "what does her plan say about her diet",
        "should I call the doctor about his cough",
    ],
)
def test_any_other_word_makes_it_an_ordinary_question(question: str) -> None:
    assert listing_asked(question) is None


def test_a_kind_holds_its_items_in_every_section_that_may_hold_them() -> None:
    medicines = KINDS["medicines"]

    def passage(section: str, title: str) -> Passage:
        return Passage(id=f"cp:x:{section}:{title}", kind="careplan", section=section, title=title, text="t")

    assert medicines.holds(passage("medications", "Medicine: Metformin"))
    assert medicines.holds(passage("behavioral_health", "Medicine: Sertraline"))
    assert not medicines.holds(passage("behavioral_health", "Condition: Depression"))
    assert not medicines.holds(passage("instructions", "Instruction"))
