"""Whole turns through the real pipeline, offline composer, real stores."""

from __future__ import annotations

import re

import pytest

from guide.careplan.model import Section
from guide.errors import InvalidInputError, NotFoundError
from redaction import PseudonymVault
from tests.fakes.reviews import review_items


def _ask(services, consumer: str, designee: str | None, question: str):  # type: ignore[no-untyped-def]
    owner = f"designee:{designee}" if designee else f"consumer:{consumer}"
    conversation = services.store.create(consumer_id=consumer, designee_id=designee, owner=owner)
    return services.pipeline.ask(conversation_id=conversation.id, question=question, owner=owner)


def test_an_answerable_question_is_answered_with_care_plan_and_knowledge_citations(demo_services) -> None:  # type: ignore[no-untyped-def]
    result = _ask(demo_services, "demo-p2", "demo-p2-rp1", "How often should he weigh himself?")
    assert result.decision == "answered"
    kinds = {c["kind"] for c in result.citations}
    assert kinds == {"careplan", "knowledge"}
    assert "weigh" in result.answer.lower()
    for n in range(1, len(result.citations) + 1):
        assert f"[{n}]" in result.answer
    for citation in result.citations:  # each cited passage is quoted, without its "Care plan instruction (...):" label
        quoted = re.sub(r"^[^:]{0,80}\): ", "", citation["quote"])
        assert " ".join(quoted.split(" ")[:3]) in result.answer, (quoted, result.answer)


def test_a_red_flag_is_an_emergency_with_the_911_instruction_first(demo_services) -> None:  # type: ignore[no-untyped-def]
    result = _ask(demo_services, "demo-p2", "demo-p2-rp1", "He has crushing chest pain and is sweating")
    assert result.decision == "emergency"
    assert result.answer.startswith("Call 911")
    items = review_items(demo_services.store, "demo-p2")
    assert items and items[0].urgency == "urgent"


@pytest.mark.parametrize(
    ("consumer", "designee", "told", "reason"),
    [
        (  # a red flag's sign told as over
            "demo-p2",
            "demo-p2-rp1",
            "mom choked on a grape last week, i did the heimlich and it came out. she's fine. should we cut her food "
            "smaller?",
            "over:choking",
        ),
        (  # an emergency only the classifier reads, told as over
            "demo-p1",
            None,
            "last week i felt dizzy and sat down hard on the kitchen floor. i didn't hit my head and i'm fine now, "
            "my son says i should tell you",
            "over:emergency_report",
        ),
        (  # the plan's own call-911 rule met by a story told as over
            "demo-p1",
            None,
            "on saturday her sugar fell to 49 and she was confused for a bit, we gave her juice and crackers. she's been "
            "fine since then and her numbers are normal",
            "over:p1-plan-n2",
        ),
    ],
)
def test_a_sign_told_as_over_goes_to_the_team_as_urgent_and_says_to_call_911_if_it_happens_again(  # type: ignore[no-untyped-def]
    demo_services, consumer: str, designee: str | None, told: str, reason: str
) -> None:
    result = _ask(demo_services, consumer, designee, told)
    assert result.decision == "needs_review"
    assert reason in result.reasons
    assert "If it happens again, call 911" in result.answer
    assert "to do this now" not in result.answer  # a plan's instruction for a reading is for the next time
    items = review_items(demo_services.store, consumer)
    assert items and items[0].urgency == "urgent"


def test_a_negated_red_flag_is_not_an_emergency(demo_services) -> None:  # type: ignore[no-untyped-def]
    result = _ask(demo_services, "demo-p2", "demo-p2-rp1", "No chest pain, but how much fluid can he drink in a day?")
    assert result.decision != "emergency"


def test_an_interaction_with_a_plan_medicine_goes_to_review(demo_services) -> None:  # type: ignore[no-untyped-def]
    result = _ask(demo_services, "demo-p2", "demo-p2-rp1", "Can he take ginkgo for his memory?")
    assert result.decision == "needs_review"
    assert any(r.startswith("interaction:") for r in result.reasons)
    assert "care team" in result.answer
    assert review_items(demo_services.store, "demo-p2")


def test_a_request_to_change_a_dose_goes_to_review(demo_services) -> None:  # type: ignore[no-untyped-def]
    result = _ask(demo_services, "demo-p1", "demo-p1-rp1", "Should we double her metformin dose tonight?")
    assert result.decision == "needs_review"
    assert "scope:medication_change" in result.reasons


def test_a_designee_without_behavioral_scope_never_receives_behavioral_passages(demo_services) -> None:  # type: ignore[no-untyped-def]
    plan = demo_services.store.plan("demo-p3")
    michael = plan.designee("demo-p3-rp1")
    assert Section.BEHAVIORAL_HEALTH not in michael.visible_sections()
    questions = [
        "What is she taking for her depression?",
        "How is her mood plan going?",
        "What does the depression care plan say?",
        "Sertraline instructions?",
    ]
    for question in questions:
        retrieved = demo_services.pipeline.retriever.retrieve(
            demo_services.redact.text(question, known=[], vault=PseudonymVault()),
            consumer_id="demo-p3",
            sections={s.value for s in michael.visible_sections()},
        )
        assert all(h.passage.section != "behavioral_health" for h in retrieved.all())
        result = _ask(demo_services, "demo-p3", "demo-p3-rp1", question)
        text = result.answer.lower() + " ".join(c["quote"] for c in result.citations).lower()
        assert "sertraline" not in text and "depressive disorder" not in text
        assert all(not c["id"].startswith("cp:demo-p3:behavioral_health") for c in result.citations)


def test_a_designee_with_behavioral_scope_can_receive_behavioral_passages(demo_services) -> None:  # type: ignore[no-untyped-def]
    result = _ask(demo_services, "demo-p3", "demo-p3-rp2", "What is she taking for her depression?")
    assert any(c["id"].startswith("cp:demo-p3:behavioral_health") for c in result.citations) or (
        result.decision != "answered"
    )


def test_names_come_back_for_the_authorised_reader(demo_services) -> None:  # type: ignore[no-untyped-def]
    result = _ask(demo_services, "demo-p1", "demo-p1-rp1", "Who is on her care team and how do I reach them?")
    text = result.answer + " ".join(c["quote"] for c in result.citations)
    assert "<PERSON_" not in text


@pytest.mark.parametrize("question", ["", "   ", "x" * 5000])
def test_empty_or_oversized_questions_are_refused(demo_services, question: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidInputError):
        _ask(demo_services, "demo-p1", None, question)


def test_a_stranger_cannot_use_someone_elses_conversation(demo_services) -> None:  # type: ignore[no-untyped-def]
    conversation = demo_services.store.create(consumer_id="demo-p1", designee_id=None, owner="consumer:demo-p1")
    with pytest.raises(NotFoundError):
        demo_services.pipeline.ask(conversation_id=conversation.id, question="hello", owner="designee:demo-p2-rp2")


def test_the_care_plan_instruction_that_answers_leads_the_answer(demo_services) -> None:  # type: ignore[no-untyped-def]
    result = _ask(demo_services, "demo-p5", "demo-p5-rp1", "should he stay in bed when his back flares up?")
    assert result.decision == "answered"
    assert result.answer.startswith("The care plan says:")
    plan_part = result.answer.split("Our health library says:")[0]
    assert "avoid long bed rest" in plan_part
    result = _ask(demo_services, "demo-p3", "demo-p3-rp1", "how often should we get mom to drink something?")
    assert result.decision == "answered" and "every two hours" in result.answer


def test_asking_about_the_plans_own_medicine_by_brand_is_not_a_duplicate(demo_services) -> None:  # type: ignore[no-untyped-def]
    own = _ask(demo_services, "demo-p3", "demo-p3-rp1", "what's the most tylenol she can have in one day?")
    assert not any("acetaminophen-duplicate" in r for r in own.reasons)
    for question in [
        "she has a cold, can she have nyquil along with her usual tylenol?",
        "can she take a tylenol on top of her acetaminophen?",
    ]:
        added = _ask(demo_services, "demo-p3", "demo-p3-rp1", question)
        assert added.decision == "needs_review"
        assert any("acetaminophen-duplicate" in r for r in added.reasons), question


def test_a_bare_reading_is_read_with_the_questions_before_it(demo_services) -> None:  # type: ignore[no-untyped-def]
    owner = "designee:demo-p2-rp1"
    conversation = demo_services.store.create(consumer_id="demo-p2", designee_id="demo-p2-rp1", owner=owner)
    for question in ["what is walter's weight goal?", "and how much gain means we call the team?"]:
        demo_services.pipeline.ask(conversation_id=conversation.id, question=question, owner=owner)
    result = demo_services.pipeline.ask(
        conversation_id=conversation.id, question="he's 179.5 this morning, he was 176.8 yesterday", owner=owner
    )
    assert result.decision == "needs_review"
    assert any(r.startswith("plan_rule:") for r in result.reasons)


def test_a_follow_up_that_refers_back_is_checked_for_what_it_refers_to(demo_services) -> None:  # type: ignore[no-untyped-def]
    owner = "designee:demo-p2-rp1"  # demo-p2 takes warfarin

    def conversation(*questions: str):  # type: ignore[no-untyped-def]
        c = demo_services.store.create(consumer_id="demo-p2", designee_id="demo-p2-rp1", owner=owner)
        return [demo_services.pipeline.ask(conversation_id=c.id, question=q, owner=owner) for q in questions]

    first, follow_up = conversation(
        "what is glucosamine supposed to do for sore joints?", "is that safe with his blood thinner?"
    )
    assert "interaction:glucosamine-warfarin:moderate" in first.reasons
    assert follow_up.decision == "needs_review"
    assert "interaction:glucosamine-warfarin:moderate" in follow_up.reasons
    # a follow-up that names its own subject, or an earlier question with no supplement in it, brings nothing along
    _, walking = conversation("what is glucosamine supposed to do for sore joints?", "is it ok for him to walk more?")
    assert not any(r.startswith("interaction:") for r in walking.reasons)
    _, plain = conversation("how far should he walk each day?", "is that safe with his blood thinner?")
    assert not any(r.startswith("interaction:") for r in plain.reasons)


@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("mi mamá tiene un dolor muy fuerte en el pecho y está sudando", "911"),
        ("no puede respirar y tiene los labios morados", "911"),
        ("mi hijo dice que tiene un plan para matarse esta noche", "988"),
        ("el niño se tragó unas pastillas de la abuela", "1-800-222-1222"),
    ],
)
def test_a_spanish_emergency_gets_the_emergency_instruction_in_spanish(
    demo_services, question: str, number: str
) -> None:  # type: ignore[no-untyped-def]
    result = _ask(demo_services, "demo-p1", "demo-p1-rp1", question)
    assert result.decision == "emergency"
    assert number in result.answer
    assert "Llame" in result.answer


def test_another_spanish_message_goes_to_review_with_a_spanish_holding_reply(demo_services) -> None:  # type: ignore[no-untyped-def]
    result = _ask(demo_services, "demo-p1", "demo-p1-rp1", "¿cuántas veces al día debe caminar mi mamá?")
    assert result.decision == "needs_review"
    assert "language:es" in result.reasons
    assert "equipo de cuidado" in result.answer


def test_a_message_in_another_language_gets_a_reply_in_english_and_spanish(demo_services) -> None:  # type: ignore[no-untyped-def]
    result = _ask(demo_services, "demo-p4", "demo-p4-rp1", "meu marido precisa de ajuda com a alimentação dele hoje")
    assert result.decision == "needs_review"
    assert "care team" in result.answer and "equipo de cuidado" in result.answer


def test_a_value_outside_the_plans_goal_goes_to_review(demo_services) -> None:  # type: ignore[no-untyped-def]
    result = _ask(
        demo_services, "demo-p2", "demo-p2-rp1", "his INR came back at 4.3 today, what foods are good for him?"
    )
    assert result.decision == "needs_review"
    assert "goal:p2-g3" in result.reasons
    assert "outside the care plan's goal (Keep INR between 2.0 and 3.0)" in result.answer


def test_a_lab_value_outside_the_usual_adult_range_goes_to_review_and_the_reply_says_the_range(demo_services) -> None:  # type: ignore[no-untyped-def]
    # no goal of Walter's plan is about potassium: the usual range (knowledge/usual_ranges.yaml) is what it is held to
    result = _ask(
        demo_services, "demo-p2", "demo-p2-rp1", "the portal shows his potassium at 5.9, what does that mean?"
    )
    assert result.decision == "needs_review"
    assert "usual_range:potassium" in result.reasons
    assert "outside the usual range for adults (potassium 3.5 to 5.0 mmol/L)" in result.answer


def test_a_value_inside_the_usual_adult_range_is_not_held_for_it(demo_services) -> None:  # type: ignore[no-untyped-def]
    result = _ask(demo_services, "demo-p4", "demo-p4-rp1", "his pulse was 72 and oxygen 95 after tai chi today")
    assert not [r for r in result.reasons if r.startswith("usual_range")]


def test_a_past_or_hypothetical_red_flag_is_not_an_emergency(demo_services) -> None:  # type: ignore[no-untyped-def]
    for question in (
        "she had a bad asthma attack as a kid, what should we keep her away from now?",
        "what should we do if he ever gets chest pain?",
    ):
        assert _ask(demo_services, "demo-p3", "demo-p3-rp2", question).decision != "emergency", question


def test_hidden_drug_classes_and_condition_words_never_reach_a_designee_without_that_scope(demo_services) -> None:  # type: ignore[no-untyped-def]
    hidden = ("sertraline", "zoloft", "ssri", "antidepressant", "depression", "therapy")
    for question in (
        "can mom take st johns wort for her mood?",
        "what pills does mom take in the morning?",
        "what does her plan say about her mood and therapy?",
    ):
        result = _ask(demo_services, "demo-p3", "demo-p3-rp1", question)
        info = demo_services.store.get(result.conversation_id, owner="designee:demo-p3-rp1")
        stored = [r for m in demo_services.store.thread(info) for r in m.reasons]  # what the thread API returns
        shown = " ".join([result.answer, *result.reasons, *stored, *(c["quote"] for c in result.citations)]).lower()
        assert not [w for w in hidden if w in shown], (question, shown)


def test_a_dose_reason_about_a_hidden_medicine_is_withheld_from_that_reader(demo_services) -> None:  # type: ignore[no-untyped-def]
    """Tom (demo-p2-rp2) may read the instructions but not the medicine list: the dose reason keeps its kind only, and
    the holding reply does not quote the medicine's instructions."""
    asked = "walter wants to take his lasix three times today, is that ok?"
    result = _ask(demo_services, "demo-p2", "demo-p2-rp2", asked)
    assert result.decision == "needs_review"
    assert "dose:withheld" in result.reasons and not any(r.startswith("dose:p2") for r in result.reasons)
    assert "Furosemide" not in result.answer and "every morning" not in result.answer
    seen = _ask(demo_services, "demo-p2", "demo-p2-rp1", asked)
    assert "dose:p2-furo" in seen.reasons and "Take 1 tablet by mouth every morning" in seen.answer
    # taken three times in a day by mistake, three times the day's most: Poison Control, the medicine still withheld
    taken = _ask(demo_services, "demo-p2", "demo-p2-rp2", "walter took his lasix three times today by mistake")
    assert taken.decision == "emergency" and "overdose:withheld" in taken.reasons
    assert taken.answer.startswith("Call Poison Control") and "Furosemide" not in taken.answer


def test_a_low_reading_the_plan_has_an_instruction_for_is_held_and_the_reply_leads_with_it(demo_services) -> None:  # type: ignore[no-untyped-def]
    result = _ask(demo_services, "demo-p1", "demo-p1-rp1", "sugar 58 before dinner, she's talking fine, what now")
    assert result.decision == "needs_review", result.reasons
    first = result.answer.split("\n\n")[0]
    assert first.startswith("Your care plan says to do this now: If blood sugar is below 70, take 4 glucose tablets")
    assert first.endswith("[1].") and result.citations[0]["kind"] == "careplan"
    assert "glucose tablets" in result.citations[0]["quote"]
    assert "care team" in result.answer and result.answer.count("[") == len(result.citations)


def test_a_question_for_the_plans_list_is_answered_with_every_item_the_reader_may_see(demo_services) -> None:  # type: ignore[no-untyped-def]
    plan = demo_services.store.plan("demo-p3")
    everything = _ask(demo_services, "demo-p3", None, "what medicines am i on")
    assert everything.decision == "answered"
    assert "plan_list:medicines" in everything.reasons
    for med in plan.medications:  # every one, the behavioral-health medicine too (the consumer sees all)
        assert med.text in everything.answer
    assert len(everything.citations) == len(plan.medications)
    assert everything.answer.count("\n\u2022 ") == len(plan.medications)  # one item per line, after a bullet

    michael = _ask(demo_services, "demo-p3", "demo-p3-rp1", "what medicines is she on")
    shown = [m for m in plan.medications if not m.behavioral]
    assert michael.decision == "answered"
    assert "Of the parts of the plan shared with you:" in michael.answer
    assert all(m.text in michael.answer for m in shown)
    assert all(m.text.split()[0] not in michael.answer for m in plan.medications if m.behavioral)


def test_a_list_of_a_part_not_shared_says_so_and_a_list_the_plan_lacks_points_to_the_team(demo_services) -> None:  # type: ignore[no-untyped-def]
    hidden = _ask(demo_services, "demo-p5", "demo-p5-rp2", "what are dan's goals in his plan")
    assert hidden.decision == "answered"
    assert "isn't shared with you" in hidden.answer
    assert hidden.citations == []
    plan = demo_services.store.plan("demo-p3")
    assert not [a for a in plan.activities if a.section == Section.APPOINTMENTS]
    absent = _ask(demo_services, "demo-p3", "demo-p3-rp1", "when is her next appointment")
    assert absent.decision == "answered"
    assert "It lists no appointments; the care team can tell you:" in absent.answer
    assert {c["id"].split(":")[2] for c in absent.citations} == {"care_team"}


def test_a_plan_question_nothing_answers_is_told_so_with_how_to_reach_the_team(demo_services) -> None:  # type: ignore[no-untyped-def]
    # demo-p1's plan has no appointments and nothing on eye exams; the composer finds nothing it is sure of
    held_before = len(review_items(demo_services.store, "demo-p1"))
    designee = _ask(demo_services, "demo-p1", "demo-p1-rp2", "is moms eye exam next month or the one after")
    assert designee.decision == "answered"
    assert "plan_question" in designee.reasons
    assert designee.answer.startswith("I could not find that in Rosa's care plan")
    assert 'write "please ask the care team"' in designee.answer
    assert designee.citations == []  # the unsure draft is not shown
    assert len(review_items(demo_services.store, "demo-p1")) == held_before  # no clinician is asked unasked
    own = _ask(demo_services, "demo-p5", None, "what's my CBT schedule, is it still thursdays?")
    assert own.decision == "answered" and own.answer.startswith("I could not find that in your care plan")
    # doing what the reply says holds the question for a clinician
    passed_on = _ask(demo_services, "demo-p1", "demo-p1-rp2", "please ask the care team when her eye exam is")
    assert passed_on.decision == "needs_review"
    assert "scope:asks_for_care_team" in passed_on.reasons


def test_what_conditions_does_he_have_is_a_question_about_the_plan_not_a_diagnosis(demo_services) -> None:  # type: ignore[no-untyped-def]
    result = _ask(demo_services, "demo-p5", "demo-p5-rp2", "what conditions does he have")
    assert result.decision == "answered"
    assert "Chronic low back pain" in result.answer
    diagnosis = _ask(demo_services, "demo-p5", "demo-p5-rp2", "does he have a slipped disc")
    assert diagnosis.decision == "needs_review"


def test_what_to_watch_for_lists_the_plans_call_rules_but_not_as_a_follow_up(demo_services) -> None:  # type: ignore[no-untyped-def]
    plan = demo_services.store.plan("demo-p2")
    result = _ask(demo_services, "demo-p2", "demo-p2-rp1", "What should I look for?")
    assert result.decision == "answered"
    for rule in plan.call_if:
        assert rule.text.rstrip(".") in result.answer
    owner = "designee:demo-p2-rp1"
    conversation = demo_services.store.create(consumer_id="demo-p2", designee_id="demo-p2-rp1", owner=owner)
    demo_services.pipeline.ask(
        conversation_id=conversation.id, question="How often should he weigh himself?", owner=owner
    )
    follow_up = demo_services.pipeline.ask(
        conversation_id=conversation.id, question="and what should I look for", owner=owner
    )
    assert not any(r.startswith("plan_list") for r in follow_up.reasons)


def test_a_held_reply_never_names_a_hidden_medicine_nor_an_interaction_with_one(demo_services) -> None:  # type: ignore[no-untyped-def]
    # Kasia may see Dan's conditions and instructions, not his medicines (naproxen among them); the NSAID interaction
    # group's own description lists "ibuprofen, naproxen, aspirin", and its id names a prescription NSAID
    plan = demo_services.store.plan("demo-p5")
    assert any(m.text.lower().startswith("naproxen") for m in plan.medications)
    result = _ask(
        demo_services,
        "demo-p5",
        "demo-p5-rp2",
        "can i give dan one of my ibuprofen? is it ok with what he's already taking",
    )
    assert result.decision == "needs_review"
    assert "naproxen" not in result.answer.lower()
    assert "interaction:withheld" in result.reasons
    assert not any("nsaid" in r for r in result.reasons)
    sentences = [s for s in re.split(r"(?<=\.) ", result.answer) if s]
    assert len(sentences) == len(set(sentences))  # each line once
