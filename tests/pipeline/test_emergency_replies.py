"""The emergency reply is composed from every flag that holds, with the step that matters for this cause (issue 14).

Each scenario names what its reply must contain and what would be wrong for it. The expectations are clinical
steps written here from the sources the red flags cite (NIDDK, CDC, SAMHSA, MedlinePlus), not the code's output.
"""

from __future__ import annotations

import functools

import pytest

from guide.careplan.model import CarePlan, Condition, Consumer, Medication, Name
from guide.checks import Checker
from guide.kb import loader
from guide.replies import emergency_reply
from guide.resources import data_folder
from guide.triage import Triage

KB = loader.load(data_folder("knowledge"))


@functools.cache
def _triage() -> Triage:
    checker = Checker(KB.interactions, KB.hazards.hazards, KB.scope_rules, KB.synonyms.synonyms)
    return Triage(KB.red_flags.red_flags, KB.hazards.hazards, classes_named=checker.classes_named)


def _plan(medicines: list[str], conditions: list[str]) -> CarePlan:
    return CarePlan(
        consumer=Consumer(id="c", name=Name(given=["Ana"], family="Test")),
        medications=[Medication(id=f"m{i}", text=t) for i, t in enumerate(medicines)],
        conditions=[Condition(id=f"c{i}", text=t) for i, t in enumerate(conditions)],
    )


DIABETES = _plan(["Insulin glargine 20 units at bedtime", "Metformin 500 MG"], ["Type 2 diabetes mellitus"])
OPIOID = _plan(["Oxycodone 5 MG every 6 hours as needed"], ["Chronic low back pain"])
HEART = _plan(["Metoprolol succinate 50 MG"], ["Heart failure"])

# (message, plan, every phrase the reply must hold, phrases that would be wrong for this emergency)
SCENARIOS = [
    (  # a low sugar in someone still awake: sugar first, recheck in 15 minutes (the rule of 15)
        "her sugar is 38, sweaty but can talk",
        DIABETES,
        ["15 to 20 grams", "15 minutes", "Call 911", "glucagon"],
        ["Lay the person flat"],
    ),
    (  # a diabetic who collapsed: glucagon, not only "lay flat"
        "mom is diabetic and passed out",
        None,
        ["glucagon", "Call 911"],
        ["raise the legs"],
    ),
    (  # collapse in someone whose plan lists insulin: the low-sugar step joins the collapse reply
        "mom passed out in the kitchen",
        DIABETES,
        ["Call 911 now", "glucagon", "start CPR"],
        [],
    ),
    (  # a named opioid with a person who will not wake and breathes slowly
        "took his oxycodone, won't wake up, breathing slow",
        None,
        ["Call 911 now", "naloxone", "2 to 3 minutes", "their side"],
        ["rescue inhaler"],
    ),
    (  # fentanyl patches and blue lips: naloxone and take the patch off, never a rescue inhaler
        "he has fentanyl patches and his lips are blue",
        None,
        ["Call 911 now", "naloxone", "patch", "second dose"],
        ["rescue inhaler"],
    ),
    ("can't wake her after her pain pills", None, ["Call 911 now", "naloxone"], ["rescue inhaler"]),
    ("took his morphine, breathing very slow", None, ["Call 911 now", "naloxone"], []),
    (  # a plan that lists an opioid: naloxone is named in the unresponsive reply
        "he won't wake up",
        OPIOID,
        ["Call 911 now", "naloxone", "start CPR"],
        [],
    ),
    (  # the same words with no opioid anywhere: no naloxone step, no glucagon step
        "he won't wake up",
        HEART,
        ["Call 911 now", "start CPR"],
        ["naloxone", "glucagon"],
    ),
    (  # acetaminophen: Poison Control, even if the person seems fine
        "he overdosed on his tylenol",
        None,
        ["1-800-222-1222", "even if the person seems fine"],
        ["naloxone"],
    ),
    ("she took like 20 tylenol an hour ago", None, ["1-800-222-1222", "liver"], []),
    (  # a child who got into pills: Poison Control
        "my 3 year old got into grandma's pills",
        None,
        ["1-800-222-1222"],
        [],
    ),
    (  # anaphylaxis with an auto-injector in the house: epinephrine
        "her throat is swelling after the shrimp, we have an epipen",
        None,
        ["Call 911 now", "epinephrine"],
        [],
    ),
]


@pytest.mark.parametrize(("message", "plan", "required", "wrong"), SCENARIOS, ids=[s[0][:40] for s in SCENARIOS])
def test_an_emergency_reply_carries_the_steps_that_matter_for_its_cause(
    message: str, plan: CarePlan | None, required: list[str], wrong: list[str]
) -> None:
    result = _triage().assess(message, plan)
    assert result.emergency, f"no flag for {message!r}"
    reply = emergency_reply(result)
    for phrase in required:
        assert phrase.lower() in reply.lower(), f"{phrase!r} missing from: {reply}"
    for phrase in wrong:
        assert phrase.lower() not in reply.lower(), f"{phrase!r} is wrong for this emergency: {reply}"


def test_the_call_comes_first_and_no_sentence_is_said_twice() -> None:
    reply = emergency_reply(_triage().assess("my son swallowed a bottle of pills and won't wake up"))
    assert reply.startswith("Call 911 now.")
    assert reply.count("Call 911 now.") == 1
    sentences = [s.strip() for s in reply.split(". ") if s.strip()]
    assert len(sentences) == len(set(sentences))


def test_someone_who_passed_out_hears_the_call_first_and_someone_awake_hears_the_sugar_first() -> None:
    out = emergency_reply(_triage().assess("mom passed out in the bathroom and her sugar is 41", DIABETES))
    assert out.startswith("Call 911 now.") and "15 to 20 grams" in out and "glucagon" in out
    awake = emergency_reply(_triage().assess("her sugar is 38, sweaty but can talk", DIABETES))
    assert awake.startswith("If the person is awake and can swallow")


def test_the_specific_cause_comes_before_the_general_picture() -> None:
    reply = emergency_reply(_triage().assess("took his oxycodone, won't wake up, breathing slow"))
    assert reply.index("naloxone") < len(reply) // 2


def test_a_name_from_the_past_does_not_complete_a_picture() -> None:
    result = _triage().assess("he used to take oxycodone years ago, now he has trouble breathing, lips blue")
    assert "opioid-overdose" not in [f.id for f in result.flags]
    assert result.emergency


def test_the_spanish_reply_is_composed_too() -> None:
    result = _triage().assess("mi mamá es diabética y se desmayó", DIABETES)
    reply = emergency_reply(result, "es")
    assert "911" in reply and "glucag" in reply.lower()
