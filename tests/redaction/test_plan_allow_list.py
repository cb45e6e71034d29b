"""Issue 17: a care plan's own coded clinical words are a per-call allow-list (guide/turn/redact.py)."""

from __future__ import annotations

from guide.careplan.model import Allergy, CarePlan, Condition, Consumer, Medication, Name
from guide.careplan.passages import Passage
from guide.turn.redact import RedactStage, plan_terms
from redaction import PseudonymVault, Redactor


def _plan() -> CarePlan:
    return CarePlan(
        consumer=Consumer(id="c1", name=Name(given=["Ada"], family="Okonkwo")),
        conditions=[Condition(id="k1", text="Zorvitemic syndrome")],
        medications=[Medication(id="m1", text="Qelbrisa 20")],
        allergies=[Allergy(id="a1", substance="Tramoxil")],
    )


def test_when_a_plan_is_read_then_its_conditions_medicines_and_allergies_are_its_terms():
    # the whole texts, and each name word of four letters or more on its own (a family writes "the Qelbrisa")
    assert plan_terms(_plan()) == [
        "Qelbrisa",
        "Qelbrisa 20",
        "Tramoxil",
        "Zorvitemic",
        "Zorvitemic syndrome",
        "syndrome",
    ]


def test_when_a_question_names_one_word_of_a_plan_medicine_then_it_is_kept():
    stage = RedactStage(Redactor())
    plan = _plan()
    plan.medications.append(Medication(id="m2", text="tiotropium (Spiriva HandiHaler) once a day"))
    text = "Does Grace Adeyemi still use her HandiHaler before breakfast?"  # "the HandiHaler" reads as a thing
    bare = stage.text(text, known=[], vault=PseudonymVault()).text
    kept = stage.text(text, known=[], vault=PseudonymVault(), allow=plan_terms(plan)).text
    assert "HandiHaler" not in bare  # an unknown brand in the middle of a sentence looks like a name
    assert "HandiHaler" in kept and "Adeyemi" not in kept


def test_when_free_text_passages_mention_the_plans_coded_words_then_they_are_kept_and_names_go():
    stage = RedactStage(Redactor())
    coded = Passage(id="p1", kind="careplan", section="medications", title="Medicine: Qelbrisa", text="x", coded=True)
    note = Passage(id="p2", kind="careplan", section="instructions", title="Note",
                   text="Give Qelbrisa after lunch; Nnamdi Eze checks it.")  # fmt: skip
    bare = stage.passages([note], known=[], vault=PseudonymVault())[0].text
    both = stage.passages([coded, note], known=[], vault=PseudonymVault())[1].text
    assert "Qelbrisa" not in bare  # without the plan's words an unknown drug looks like a name
    assert "Qelbrisa" in both and "Nnamdi" not in both and "Eze" not in both


def test_when_a_question_is_redacted_with_plan_terms_then_the_terms_survive():
    stage = RedactStage(Redactor())
    text = "Can Tramoxil go with her Zorvitemic syndrome pills? Ask Chidi Obiora."
    out = stage.text(text, known=[], vault=PseudonymVault(), allow=plan_terms(_plan())).text
    assert "Tramoxil" in out and "Zorvitemic" in out and "Obiora" not in out
