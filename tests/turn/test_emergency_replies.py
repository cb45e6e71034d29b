"""The emergency reply is composed from every flag that holds, with the step that matters for this cause (issue 14).

Each scenario names what its reply must contain and what would be wrong for it. The expectations are clinical
steps written here from the sources the red flags cite (NIDDK, CDC, SAMHSA, MedlinePlus), not the code's output.
"""

from __future__ import annotations

import functools

import pytest

from guide.careplan.model import CarePlan, Condition, Consumer, Medication, Name
from guide.knowledge import loader
from guide.resources import data_folder
from guide.turn.checks import Checker
from guide.turn.replies import emergency_reply
from guide.turn.triage import Triage

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
    (  # someone got into a pill box, with a word before it: Poison Control
        "his grandson got into the weekly pill box and there are pills missing",
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
    # Emergencies that raised no flag before issue 14; steps from AHA, MedlinePlus, CDC and Poison Control.
    (  # a hypertensive emergency: do not wait to recheck, no extra pills
        "dad's bp is 210/120 and he has a pounding headache",
        None,
        ["Call 911 now", "180/120", "do not wait to recheck"],
        [],
    ),
    (  # pink frothy spit in heart failure: sit upright, never "lay flat", no rescue inhaler
        "he keeps coughing up pink frothy stuff and can't lie down without gasping",
        HEART,
        ["Call 911 now", "sitting upright", "oxygen"],
        ["rescue inhaler", "Lay the person flat"],
    ),
    (  # serotonin syndrome: every bottle, no further dose
        "she started tramadol on top of her zoloft and now she's twitching and burning up",
        None,
        ["Call 911 now", "serotonin", "no further dose"],
        [],
    ),
    (  # lithium toxicity: the bottle and the time of the last dose
        "he's on lithium and has been throwing up since this morning, now he's stumbling",
        None,
        ["Call 911 now", "lithium", "last dose"],
        [],
    ),
    (  # the DTs: keep them safe, a seizure on the side
        "he quit drinking 3 days ago and now he's seeing bugs on the walls and shaking",
        None,
        ["Call 911 now", "withdrawal", "on their side"],
        [],
    ),
    (  # heat stroke: cool them fast, no fever medicine
        "no ac in grandma's apartment all week and now she's confused and her skin is hot and dry",
        None,
        ["Call 911 now", "cool them fast", "do not give fever medicine"],
        [],
    ),
    (  # hypothermia: warm the core gently, no rubbing, no hot water
        "the heat went out overnight and mom is mumbling and her hands are ice cold",
        None,
        ["Call 911 now", "warm the chest", "do not rub"],
        [],
    ),
    (  # a child and one adult pill: Poison Control even if fine, do not make them vomit
        "my 2 year old swallowed one of grandpa's blood pressure pills",
        None,
        ["1-800-222-1222", "even if the child seems fine", "do not make the child vomit"],
        ["Call 911 now."],
    ),
    (  # gummies: the same
        "the toddler ate a bunch of melatonin gummies off the counter",
        None,
        ["1-800-222-1222", "gummies"],
        [],
    ),
    (  # a button battery: the emergency room now, honey on the way for a child over 1
        "i think the baby swallowed one of the little watch batteries",
        None,
        ["Call 911 now", "emergency room", "honey", "under 1"],
        ["Do not make them vomit unless Poison Control"],
    ),
    (  # too much acetaminophen across products
        "between the nyquil and her regular tylenol she's had about 6000 mg today",
        None,
        ["1-800-222-1222", "liver"],
        [],
    ),
    (  # a handful of diabetes pills taken by mistake: Poison Control and sugar if awake (NIDDK), not a crisis line
        "mom took a whole handful of her sugar pills by mistake this morning, now she's sweaty and shaky",
        None,
        ["1-800-222-1222", "can swallow", "juice", "call 911"],
        ["988", "crisis"],
    ),
    (  # a named sulfonylurea swallowed: the sugar step joins the Poison Control reply
        "dad swallowed 6 of his glipizide instead of 1",
        None,
        ["1-800-222-1222", "fast sugar", "put nothing in their mouth"],
        ["988"],
    ),
    (  # the same intake told as no accident stays a suicide attempt: 911 and the crisis line
        "he took a whole bottle of his pills and it was no accident, he left a note",
        None,
        ["Call 911 now", "988"],
        [],
    ),
    (  # "instead of" does not tell an accident: still a suicide attempt
        "he swallowed all his pills instead of calling me back, he said he was done",
        None,
        ["Call 911 now", "988"],
        ["1-800-222-1222"],
    ),
    (  # another medicine taken twice in a plan that lists insulin: no sugar step, it is not the medicine taken
        "grandpa took his blood pressure pill twice by mistake",
        DIABETES,
        ["1-800-222-1222"],
        ["fast sugar"],
    ),
]

# Questions, negated signs and past events about the same emergencies: no flag (the reply answers the question).
NOT_EMERGENCIES = [
    "what would blue lips look like on a person with very dark skin, so we know",
    "she sweats at night when her room is hot. how do i tell sweating from the heat vs sweating from low sugar?",
    "what blood pressure reading counts as a hypertensive crisis?",
    "bp was 186/100 this morning but no headache, no chest pain, she feels fine",
    "what does pink frothy sputum mean in heart failure?",
    "she takes sertraline and tramadol, is that combination risky?",
    "he is on lithium, no vomiting or shaking, can he use sunscreen?",
    "what are the symptoms of alcohol withdrawal?",
    "she had heat stroke two summers ago at the fair",
    "what are the early signs of hypothermia in older adults?",
    "how many melatonin gummies can a 5 year old have?",
    "are button batteries dangerous if a child swallows one?",
    "what is the most tylenol mom can have in a day?",
    # a sign told as over, a day or more back, the person well now: an urgent review (`over`), not 911
    "mom choked on a grape last week, i did the heimlich and it came out. she's fine. should we cut her food smaller?",
    "he had chest tightness last tuesday walking up the hill, it went away when he sat down and hasn't come back",
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


@pytest.mark.parametrize("message", NOT_EMERGENCIES)
def test_a_question_a_negated_sign_or_a_past_event_raises_no_flag(message: str) -> None:
    assert not _triage().assess(message).emergency, [f.id for f in _triage().assess(message).flags]


def test_a_serotonin_picture_needs_a_cluster_not_one_sign() -> None:
    assert not _triage().assess("she's on zoloft and sweats a lot at night").emergency
    assert "serotonin-syndrome" in [
        f.id for f in _triage().assess("he took sumatriptan with his lexapro, now agitated and sweating buckets").flags
    ]


# red-flag pictures read as clusters: (flag, message, the words its reply must hold; None: the flag must not fire)
CLUSTERS = [
    ("heart-attack-signs", "can you check his refill date? also his jaw has been aching since lunch and he looks "
     "clammy, probably nothing", "Do not drive yourself"),
    ("heart-attack-signs", "she says the heartburn is spreading into her left arm now and she feels lightheaded",
     "Do not drive yourself"),
    ("heart-attack-signs", "grandpa is holding his left arm, gray in the face, queasy", "Do not drive yourself"),
    ("heart-attack-signs", "her jaw is sore since the dentist pulled a tooth, and the antibiotic makes her queasy", None),
    ("heart-attack-signs", "my left arm aches after the tetanus shot and i sweat a lot at night", None),
    ("heart-attack-signs", "his jaw hurt last year and he was sweaty, the cardiologist said it was nothing", None),
    ("heart-attack-signs", "no jaw pain or arm pain, just sweaty from the heat", None),
    ("heart-attack-signs", "his left arm aches", None),
    ("bleeding-with-faintness", "quick one about his diet. also his pee turned bloody this afternoon and he nearly "
     "fainted in the hall", "lie down"),
    ("bleeding-with-faintness", "her nose has bled on and off since supper and it's still dripping, she's gone gray "
     "and feels dizzy", "lie down"),
    ("bleeding-with-faintness", "blood clots in his urine again and his pulse is racing", "lie down"),
    ("bleeding-with-faintness", "his pee was red this morning after the beets, he's fine otherwise", None),
    ("bleeding-with-faintness", "the scrape on her knee is still oozing a little, and she gets dizzy when she stands "
     "up fast", None),
    ("bleeding-with-faintness", "no blood in his urine and no dizziness today", None),
    ("bleeding-with-faintness", "he was dizzy last week when his nose bled, it stopped after ten minutes", None),
    # the dizziness is present although its clause ends inside a hypothetical's scope ("when he"); asked as an if, not
    ("bleeding-with-faintness", "today there's blood in his pee, a big bruise on his belly and he's dizzy when he "
     "stands up", "lie down"),
    ("bleeding-with-faintness", "if there's ever blood in his pee and he's dizzy when he stands up, do we call?", None),
    # a name that holds its own negation is read with it: he denies drinking, so no withdrawal picture
    ("alcohol-withdrawal-severe", "no drugs no alcohol he says but hes having a seizure on the floor", None),
]  # fmt: skip


@pytest.mark.parametrize(("flag", "message", "reply_holds"), CLUSTERS)
def test_a_cluster_holds_in_any_order_and_words_and_needs_both_parts_now(
    flag: str, message: str, reply_holds: str | None
) -> None:
    result = _triage().assess(message)
    fired = [f.id for f in result.flags]
    if reply_holds is None:
        assert flag not in fired, fired
    else:
        assert flag in fired, fired
        assert reply_holds in emergency_reply(result, "en")


def test_a_person_who_can_only_just_be_woken_now_is_unresponsive() -> None:
    assert "unresponsive" in [
        f.id for f in _triage().assess("grandad's so drowsy tonight, we can barely rouse him").flags
    ]
    for habit in ["she's so tired, i could barely wake her for breakfast", "he barely wakes up before noon lately"]:
        assert "unresponsive" not in [f.id for f in _triage().assess(habit).flags], habit


def test_a_saturation_told_as_a_reading_is_a_911_sign_at_85_or_below() -> None:
    assert "trouble-breathing" in [f.id for f in _triage().assess("grandpa's pulse ox reading is 81, he's tired").flags]
    assert not _triage().assess("her oxygen reading was 88 while resting").emergency


def test_a_small_child_is_named_for_the_child_flag() -> None:
    adult = [f.id for f in _triage().assess("my husband swallowed one of his blood pressure pills").flags]
    assert "child-swallowed-medicine-or-gummies" not in adult


def test_the_new_emergencies_answer_in_spanish_and_a_spanish_question_raises_none() -> None:
    heat = _triage().assess("mi papá tiene un golpe de calor, está confundido")
    assert [f.id for f in heat.flags] == ["heat-stroke"]
    reply = emergency_reply(heat, "es")
    assert reply.startswith("Llame al 911 ahora.") and "enfríela" in reply
    battery = emergency_reply(_triage().assess("creo que el niño se tragó una pila del control"), "es")
    assert "sala de emergencias" in battery and "miel" in battery
    for question in [
        "¿qué es un golpe de calor?",
        "que hago si le da hipotermia a mi abuela",
        "¿y si se traga una pila?",
    ]:
        assert not _triage().assess(question).emergency, question


def test_a_sign_told_as_over_is_an_urgent_review_but_a_stroke_sign_that_went_away_is_still_911() -> None:
    over = _triage().assess("mom choked on a grape last week, i did the heimlich and it came out. she's fine")
    assert not over.emergency and over.over == ["choking"]
    assert "over:choking" in [r.code for r in over.reasons]
    stroke = _triage().assess("walt's speech was slurred for ten minutes yesterday but he's fine now")
    assert stroke.emergency and not stroke.over  # CDC: stroke signs that go away still need 911
    still = _triage().assess("he choked on a grape yesterday and he's not fine now, still coughing hard")
    assert still.emergency


@pytest.mark.parametrize(
    ("message", "told_over"),
    [
        ("last week i felt dizzy and sat down hard on the kitchen floor. i'm fine now", True),
        ("dad was really breathless on the stairs a few days ago, he's better now", True),
        ("ayer a mamá le dolió un poco el pecho pero se le pasó descansando", True),
        # a sign that stays an emergency when over, named in any way, keeps the classifier's emergency
        ("yesterday his speech was slurred for a bit but he's fine now", False),
        ("last week he said he wanted to end his life, he seems fine now", False),
        ("she took 10 extra tylenol yesterday but she seems fine today", False),
        ("he fell and hit his head on the fence yesterday, he's on warfarin. seems fine today", False),
        # the person's own word is not the family's observation
        ("his pill bottle was full yesterday, now half empty. he says he's fine, just sleepy", False),
        ("he got breathless on the stairs this morning but he's fine now", False),  # not a day back
    ],
)
def test_a_story_told_as_over_names_no_sign_that_stays_an_emergency(message: str, told_over: bool) -> None:
    assert _triage().assess(message).told_over is told_over


@pytest.mark.parametrize(
    ("message", "flag"),
    [
        # a Spanish sign told with its own "no", in a match across clauses
        ("a mi papá le marca la presión 205/118, le duele la cabeza y no ve bien", "hypertensive-emergency"),
        ("tiene la boca y la garganta hinchadas desde que comió camarones", "severe-allergic-reaction"),
        ("no quiero seguir así, ya no aguanto", "suicidal-thoughts"),
        # talking cut short by breath
        ("his asthma flared and he's struggling to talk between breaths", "trouble-breathing"),
        ("she can hardly get her words out, she's that winded", "trouble-breathing"),
        # searching for a way to die, in any tense, with a word before what was sought (NIMH's warning sign)
        ("i found he'd googled painless ways to die on the laptop, probably nothing", "suicidal-thoughts"),
        ("she looked into quick ways to end it last night", "suicidal-thoughts"),
    ],
)
def test_signs_told_in_other_words_raise_their_flag(message: str, flag: str) -> None:
    assert flag in [f.id for f in _triage().assess(message).flags]


@pytest.mark.parametrize(
    "message",
    [
        "she can't breathe well when she lies flat, so she sleeps propped on three pillows",  # the plan's zone, not 911
        "no quiero seguir tomando la pastilla de la noche, me da sueño",  # "seguir" + a gerund: keep doing
        "last night i dreamed that dad had a stroke and i couldn't wake him",
        "anoche soñé que a mi mamá le daba un infarto",
        "hace años a mi papá se le hinchó la garganta con la penicilina",
        "a couple of months ago i thought about ending it, but i'm in a good place now",
    ],
)
def test_a_dream_a_long_past_story_or_a_lookalike_raises_no_flag(message: str) -> None:
    assert not _triage().assess(message).flags, message
