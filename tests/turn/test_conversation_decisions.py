"""Decisions that depend on the conversation and on the plan's goals: an emergency is not walked back by the next
message, a reading inside the plan's goal is answered with that goal, a word the reader already sees is not hidden,
and a message in a language with no patterns of its own still gets the emergency instruction."""

from __future__ import annotations

import pytest

from guide.language.followup import continuing_emergency, help_called, takes_back


def _conversation(services, consumer: str, designee: str | None):  # type: ignore[no-untyped-def]
    owner = f"designee:{designee}" if designee else f"consumer:{consumer}"
    conversation = services.store.create(consumer_id=consumer, designee_id=designee, owner=owner)
    return lambda question: services.pipeline.ask(conversation_id=conversation.id, question=question, owner=owner)


@pytest.mark.parametrize(
    "message",
    [
        "the ambulance is here now, thank you",
        "we called 911 and they're taking him in",
        "ya llegó la ambulancia",
        "paramedics just walked in, thank you",
        "never mind, I misread the bottle, she took the right one",
        "sorry I meant he had that back in 2019",
        "found the pill on the floor, she didn't swallow it",
        "poison control is on the line, what is the pill in the tuesday slot called",
    ],
)
def test_a_message_that_says_help_is_there_or_it_was_a_mistake_takes_an_emergency_back(message: str) -> None:
    assert takes_back(message)
    assert not continuing_emergency("emergency", message)


@pytest.mark.parametrize(
    "message",
    [
        "ya llamamos al 911, ya vienen",
        "the ambulance is coming, should i still give him his evening pills",
        "ok i called them. should i unlock the front door?",
        "help is on the way. can i give her an aspirin while we wait",
    ],
)
def test_help_called_or_on_its_way_does_not_take_an_emergency_back(message: str) -> None:
    """Until help is there the emergency goes on (the train split labels every such follow-up an emergency)."""
    assert help_called(message)
    assert not takes_back(message)
    assert continuing_emergency("emergency", message)


@pytest.mark.parametrize(
    "message", ["the paramedics are here now", "ya llegó la ambulancia", "what do I do while we wait"]
)
def test_help_there_or_not_mentioned_is_not_help_called(message: str) -> None:
    assert not help_called(message)


@pytest.mark.parametrize(
    "message",
    [
        "do we really have to go in? he says he feels ok now",
        "she's a bit better, is it still necessary to call?",
        "what do I do while we wait",
        "should i call an ambulance or drive him in",
        "ya está un poco mejor, ¿de verdad hay que llamar?",
    ],
)
def test_a_message_that_questions_or_minimises_the_emergency_continues_it(message: str) -> None:
    assert not takes_back(message)
    assert continuing_emergency("emergency", message)
    assert not continuing_emergency("needs_review", message)  # only right after an emergency reply


def test_the_next_message_after_an_emergency_repeats_the_instruction(demo_services) -> None:  # type: ignore[no-untyped-def]
    ask = _conversation(demo_services, "demo-p2", "demo-p2-rp1")
    first = ask("He has crushing chest pain and is sweating")
    assert first.decision == "emergency"
    second = ask("he says it is easing a bit, can we wait and see how he is in an hour?")
    assert second.decision == "emergency"
    assert "emergency_continues" in second.reasons
    assert second.answer.startswith("Call 911")
    assert any(r.startswith("red_flag:chest-pain") for r in second.reasons)  # the first turn's flag, named again


def test_after_calling_911_the_emergency_goes_on_and_the_reply_says_help_is_coming(demo_services) -> None:  # type: ignore[no-untyped-def]
    ask = _conversation(demo_services, "demo-p1", None)
    assert ask("me duele mucho el pecho, como que me aprieta, y me falta el aire").decision == "emergency"
    after = ask("ya llamé. ¿abro la puerta de enfrente para cuando lleguen?")
    assert after.decision == "emergency"
    assert "emergency_continues" in after.reasons
    assert after.answer.startswith("La ayuda ya viene")
    assert "Llame al 911 ahora" not in after.answer
    assert "911" in after.answer
    ask = _conversation(demo_services, "demo-p2", "demo-p2-rp1")
    assert ask("He has crushing chest pain and is sweating").decision == "emergency"
    after = ask("the ambulance is coming. should i give him an aspirin while we wait?")
    assert after.decision == "emergency"
    assert after.answer.startswith("Help is on the way")
    assert "Call 911 now" not in after.answer


def test_a_retraction_after_an_emergency_is_read_on_its_own(demo_services) -> None:  # type: ignore[no-untyped-def]
    ask = _conversation(demo_services, "demo-p2", "demo-p2-rp1")
    assert ask("He has crushing chest pain and is sweating").decision == "emergency"
    after = ask("the paramedics are here and taking him in. how often should he weigh himself?")
    assert after.decision != "emergency"
    assert "emergency_continues" not in after.reasons


def test_a_weight_inside_the_plans_goal_is_answered_with_the_goal(demo_services) -> None:  # type: ignore[no-untyped-def]
    ask = _conversation(demo_services, "demo-p2", "demo-p2-rp1")  # goal: within 2 pounds of his dry weight of 176
    result = ask("he weighed 177 this morning, is that alright?")
    assert result.decision == "answered"
    assert any(r.startswith("within_goal:") for r in result.reasons)
    assert "within the care plan's goal" in result.answer
    assert "176" in result.answer


def test_a_weight_outside_the_plans_goal_is_not_answered(demo_services) -> None:  # type: ignore[no-untyped-def]
    ask = _conversation(demo_services, "demo-p2", "demo-p2-rp1")
    result = ask("he weighed 181 this morning, is that alright?")
    assert result.decision == "needs_review"
    assert not any(r.startswith("within_goal:") for r in result.reasons)


def test_a_reader_who_may_not_see_the_goals_is_not_told_them(demo_services) -> None:  # type: ignore[no-untyped-def]
    ask = _conversation(demo_services, "demo-p2", "demo-p2-rp2")  # Tom: instructions only
    result = ask("he weighed 177 this morning, is that alright?")
    assert not any(r.startswith("within_goal:") for r in result.reasons)
    assert "176" not in result.answer


def test_a_word_the_reader_already_sees_is_not_hidden_but_others_stay_hidden(demo_services) -> None:  # type: ignore[no-untyped-def]
    from guide.turn.scope import Reader, scope_for

    kasia = demo_services.pipeline._hidden(  # Dan's sister: conditions and instructions ("physical therapy ...")
        demo_services.store.plan("demo-p5"),
        scope_for(demo_services.store.plan("demo-p5"), Reader("demo-p5", "demo-p5-rp2")),
    )
    assert "therapy" not in kasia
    assert {"cbt", "therapist", "duloxetine"} <= kasia
    michael = demo_services.pipeline._hidden(  # Margaret's son: no behavioral health, no physical therapy in view
        demo_services.store.plan("demo-p3"),
        scope_for(demo_services.store.plan("demo-p3"), Reader("demo-p3", "demo-p3-rp1")),
    )
    assert {"therapy", "sertraline", "depression"} <= michael


@pytest.mark.parametrize(
    ("message", "flag"),
    [
        ("Mon mari a une douleur à la poitrine et il transpire", "chest-pain"),
        ("Mój ojciec nie może oddychać", "trouble-breathing"),
        ("我妈妈昏迷了，叫不醒", "unresponsive"),
    ],
)
def test_an_emergency_in_another_language_gets_the_instruction(demo_services, message: str, flag: str) -> None:  # type: ignore[no-untyped-def]
    ask = _conversation(demo_services, "demo-p2", "demo-p2-rp1")
    result = ask(message)
    assert result.decision == "emergency", result.reasons
    assert f"red_flag:{flag}" in result.reasons
    assert "911" in result.answer


def test_a_harmless_message_in_another_language_goes_to_review_not_911(demo_services) -> None:  # type: ignore[no-untyped-def]
    ask = _conversation(demo_services, "demo-p2", "demo-p2-rp1")
    result = ask("Bonjour, à quelle heure est son prochain rendez-vous chez le cardiologue ?")
    assert result.decision == "needs_review"
    assert "language:fr" in result.reasons


@pytest.mark.parametrize(
    "message",
    [
        "we're in the ER now, they think it was a small heart attack. when did he last take his coumadin?",
        "the paramedics are here with him, should i pack his pill bottles?",
        "she's at the hospital after the fall, they think her hip is broken. what should i bring her?",
        "the ambulance just took him after the fall, he hit his head and he is on coumadin. should i follow in the car?",
    ],
)
def test_help_already_at_the_persons_side_is_no_emergency(demo_services, message: str) -> None:  # type: ignore[no-untyped-def]
    ask = _conversation(demo_services, "demo-p2", "demo-p2-rp1")
    result = ask(message)
    assert result.decision != "emergency"
    assert "help_present" in result.reasons or result.decision == "answered"


@pytest.mark.parametrize(
    "message",
    [
        "we're on the way to the ER, he has crushing chest pain",  # en route: call 911 rather than drive
        "he was in the hospital last year for this, now crushing chest pain again",  # history, not presence
        "I'm at the hospital for my own appointment and he just texted that he has crushing chest pain",
        "should the ambulance take him or do i drive? he has crushing chest pain",  # asked, not happened
    ],
)
def test_help_on_the_way_in_the_past_or_somewhere_else_is_still_an_emergency(demo_services, message: str) -> None:  # type: ignore[no-untyped-def]
    ask = _conversation(demo_services, "demo-p2", "demo-p2-rp1")
    assert ask(message).decision == "emergency"


def test_an_emergency_only_the_classifier_named_that_is_a_double_dose_gets_poison_control(demo_services) -> None:  # type: ignore[no-untyped-def]
    ask = _conversation(demo_services, "demo-p2", None)
    result = ask("I took my coumadin twice tonight, I forgot I already had it")
    assert result.decision == "emergency"
    assert result.answer.startswith("Call Poison Control at 1-800-222-1222")
    assert any(r.startswith("double_dose:") for r in result.reasons)


def test_an_emergency_only_a_reading_named_goes_on_only_while_the_next_message_still_reads_as_one() -> None:
    from guide.knowledge import loader
    from guide.knowledge.models import EmergencyIntent
    from guide.resources import data_folder
    from guide.turn.contracts import Reading, from_codes
    from guide.turn.decide import Policy

    table = loader.load(data_folder("knowledge")).policy
    assert table is not None
    policy = Policy(
        table.model_copy(update={"emergency_intent": EmergencyIntent(emergency=0.5, review=0.5, continues=0.25)})
    )
    calm = Reading(text="what does cbt actually involve?", intents={"emergency_report": 0.02})
    still = Reading(text="he refuses to go, must we really go in?", intents={"emergency_report": 0.32})
    named = from_codes(["red_flag:chest-pain", "intent_emergency:emergency_report"])
    unnamed = from_codes(["intent_emergency:emergency_report", "language:zh"])
    assert policy.continues(named, calm)  # a named emergency goes on whatever the next message reads as
    assert policy.continues(unnamed, still)
    assert not policy.continues(unnamed, calm)
    assert not policy.continues(from_codes(["emergency_continues", "intent_emergency:emergency_report"]), calm)
    always = Policy(table.model_copy(update={"emergency_intent": EmergencyIntent(emergency=0.5, review=0.5)}))
    assert always.continues(unnamed, calm)  # unset: as before


@pytest.mark.parametrize(
    "message",
    [
        "she took her metoprolol twice this morning by mistake, she has her lisinopril too. what do we do?",
        "I gave grandma her warfarin twice tonight, I forgot the aide already gave it",
    ],
)
def test_a_double_dose_of_a_medicine_the_plan_does_not_list_gets_poison_control(demo_services, message: str) -> None:  # type: ignore[no-untyped-def]
    plan = demo_services.store.plan("demo-p1")
    listed = " ".join(m.text.lower() for m in plan.medications)
    assert "metoprolol" not in listed and "warfarin" not in listed  # the demo plan lists neither
    ask = _conversation(demo_services, "demo-p1", "demo-p1-rp1")
    result = ask(message)
    assert result.decision == "emergency"
    assert result.answer.startswith("Call Poison Control at 1-800-222-1222")
    assert [r for r in result.reasons if r.startswith("double_dose:")] in (
        ["double_dose:not-on-plan-metoprolol"],
        ["double_dose:not-on-plan-warfarin"],
    )
    assert not any(r.startswith("dose:") for r in result.reasons)  # no plan medicine is blamed for it
