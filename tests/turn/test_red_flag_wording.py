"""Red-flag patterns read a sign in its everyday wordings, and not the same words about something else."""

from __future__ import annotations

import functools

import pytest

from guide.knowledge import loader
from guide.resources import data_folder
from guide.turn.triage import Triage


@functools.cache
def _triage() -> Triage:
    kb = loader.load(data_folder("knowledge"))
    return Triage(kb.red_flags.red_flags, kb.hazards.hazards)


@pytest.mark.parametrize(
    "message",
    [
        "dad keeps telling me he doesn't see the point in living now that mum is gone",
        "she can't see any reason to go on, she told the neighbour tonight",
        "he said what's the point of going on, nobody needs him",
        "grandpa sees no point in living anymore",
    ],
)
def test_no_point_in_living_in_its_wordings_is_suicidal_thoughts(message: str) -> None:
    assert "suicidal-thoughts" in [f.id for f in _triage().assess(message).flags]


@pytest.mark.parametrize(
    "message",
    [
        "i don't see the point in arguing with him about the walker",
        "what's the point of eating, she says, nothing tastes right",
        "she doesn't see the point of the new exercises",
    ],
)
def test_the_same_words_about_something_else_raise_no_flag(message: str) -> None:
    assert not _triage().assess(message).emergency


def test_other_languages_are_read_without_accents_and_whatever_language_was_detected() -> None:
    kb = loader.load(data_folder("knowledge"))
    triage = Triage(
        kb.red_flags.red_flags, kb.hazards.hazards, other_languages={"pl": {"suicidal-thoughts": ["nie chcę już żyć"]}}
    )
    assert [f.id for f in triage.in_language("mama pisze: nie chce juz zyc", "pl")] == ["suicidal-thoughts"]
    assert [f.id for f in triage.in_language("NIE CHCĘ JUŻ ŻYĆ", "cs")] == ["suicidal-thoughts"]  # detected as Czech
    assert triage.in_language("nie chce juz jesc", "pl") == []


def test_a_sign_denied_right_before_it_in_another_language_raises_nothing() -> None:
    kb = loader.load(data_folder("knowledge"))
    triage = Triage(
        kb.red_flags.red_flags, other_languages={"it": {"head-injury-blood-thinner-or-confusion": ["battuto la testa"]}}
    )
    assert triage.in_language("è caduta ma non ha battuto la testa", "it") == []
    assert [f.id for f in triage.in_language("è caduta e ha battuto la testa", "it")] == [
        "head-injury-blood-thinner-or-confusion"
    ]


@pytest.mark.parametrize(
    "message",
    [
        "se tomó la pastilla de la presión dos veces esta mañana, se le olvidó que ya la había tomado",
        "le dimos la insulina dos veces anoche",
        "por error le di a mi papá la medicina de mi mamá",
    ],
)
def test_a_repeated_or_mixed_up_dose_in_spanish_is_a_medicine_mistake(message: str) -> None:
    assert "medicine-mistake" in [f.id for f in _triage().assess(message).flags]


@pytest.mark.parametrize(
    "message",
    [
        "toma la pastilla de la presión dos veces al día",
        "¿qué hago si se toma la pastilla dos veces?",
        "camina dos veces por semana con su hija",
    ],
)
def test_twice_as_a_frequency_or_a_question_in_spanish_is_no_medicine_mistake(message: str) -> None:
    assert "medicine-mistake" not in [f.id for f in _triage().assess(message).flags]


@pytest.mark.parametrize(
    "message",
    [
        "he says he can't breathe lying flat anymore, sleeps in the recliner, no chest pain",
        "she's been more short of breath lying down the last few nights",
        "trouble breathing when lying down, needs three pillows now",
    ],
)
def test_breathless_only_lying_down_is_no_911_breathing_emergency(message: str) -> None:
    # the AHA heart-failure action plan's call-the-doctor zone (more pillows, sleeping in a chair)
    assert "trouble-breathing" not in [f.id for f in _triage().assess(message).flags]


@pytest.mark.parametrize(
    "message",
    [
        "he can't breathe lying down or sitting up, he's sweating",
        "she can't breathe, lying on the floor",
        "cant breathe when he lies down and he's gasping",
    ],
)
def test_breathless_at_rest_or_gasping_is_still_a_breathing_emergency(message: str) -> None:
    assert "trouble-breathing" in [f.id for f in _triage().assess(message).flags]


@pytest.mark.parametrize(
    "message",
    [
        "a few streaks of blood in his phlegm this morning, he's breathing fine",
        "been coughing up a little blood in my phlegm for 3 days",
        "coughing up little streaks of blood since the cold",
        "he's coughing up blood streaks since this morning",
        "he coughed up some blood-tinged mucus this morning",
        "I coughed some blood this morning. Only streaks in the phlegm, one time.",
    ],
)
def test_streaks_or_a_little_blood_in_phlegm_is_for_the_care_team_not_911(message: str) -> None:
    # MedlinePlus "Coughing up blood": 911 beyond a few teaspoons
    assert "coughing-or-vomiting-blood" not in [f.id for f in _triage().assess(message).flags]


@pytest.mark.parametrize(
    "message",
    [
        "he's coughing up blood",
        "she coughed up a lot of blood",
        "he threw up a little blood",
        "blood in his phlegm",
        "he coughed up a mouthful of bright blood just now, and some more streaks after",
    ],
)
def test_coughing_blood_or_any_vomited_blood_is_still_911(message: str) -> None:
    assert "coughing-or-vomiting-blood" in [f.id for f in _triage().assess(message).flags]


@pytest.mark.parametrize(
    "message",
    [
        "tengo pensamientos de hacerme daño esta noche",
        "dice que quiere lastimarse, está encerrado en el baño",
        "my brother says he feels like a burden and we'd all be better off. he said it calmly",
    ],
)
def test_self_harm_in_spanish_and_the_burden_thought_are_suicidal_thoughts(message: str) -> None:
    assert "suicidal-thoughts" in [f.id for f in _triage().assess(message).flags]


@pytest.mark.parametrize(
    "message",
    [
        "we'd all be better off if we moved closer to the clinic",
        "no quiero hacerme daño, solo estoy cansada",
        "quiere hacerse algo de comer pero no tiene hambre",
    ],
)
def test_better_off_about_a_plan_and_denied_self_harm_are_not(message: str) -> None:
    assert "suicidal-thoughts" not in [f.id for f in _triage().assess(message).flags]


# Thirteenth session: wordings a separate dev writer used (dev D11/D12); the sentences here are invented anew.
@pytest.mark.parametrize(
    ("message", "flag"),
    [
        ("she told me she knows how she'd do it and it scares me", "suicidal-thoughts"),
        ("i asked if he thinks about suicide. he said sometimes, and he has thought about how.", "suicidal-thoughts"),
        ("he's been googling how many of his pills it would take to overdose", "suicidal-thoughts"),
        ("she just got herself a pistol, not for anything in particular she says", "suicidal-thoughts"),
        ("grandpa swallowed grandma's warfarin by mistake at breakfast", "medicine-mistake"),
        ("i gave him my husband's lisinopril instead of his own pill, they look alike", "medicine-mistake"),
        ("the new aide gave her all of her pills twice today", "medicine-mistake"),
        ("her nose started bleeding after lunch and it still hasn't slowed down", "heavy-bleeding"),
        ("his gums keep bleeding and he is spitting out a mouthful every few minutes", "heavy-bleeding"),
        ("it was pink before but now there are clots and he keeps coughing them up", "coughing-or-vomiting-blood"),
        ("dad knocked his head on the shelf and since then we can't keep him awake, he keeps nodding off", None),
        ("I stood up from the toilet and everything went black, next thing I was on the floor", "fainting-or-collapse"),
        ("she started seeing double about an hour ago", "stroke-vision-loss"),
        ("his headache tonight is the worst he's ever had", "stroke-severe-headache"),
        ("the chiropractor adjusted her neck this afternoon and now she's slurring and unsteady", None),
        ("his back has been awful and this morning he wet himself without even feeling it", None),
        ("with her sciatica flaring she hasn't peed since last night", "back-pain-bladder-bowel-control"),
        # fourteenth session: sudden confusion told by contrast with a few hours ago, fever with confusion in lay words,
        # a pulse oximeter called by what it looks like (dev D7's misses; invented anew)
        ("grandma keeps asking what year it is and is not making any sense, she was fine at breakfast", None),
        ("he was totally fine this morning and now he doesn't know who any of us are", None),
        ("her oxygen thingy on her finger, the finger monitor, says 84", "trouble-breathing"),
        ("dad isnt making any sense and he is burning up", "fever-stiff-neck-confusion"),
        ("she is burning up and doesn't know where she is", "fever-stiff-neck-confusion"),
    ],
)
def test_signs_told_in_other_everyday_words_are_emergencies(message: str, flag: str | None) -> None:
    flags = [f.id for f in _triage().assess(message).flags]
    assert flags, message
    if flag is not None:
        assert flag in flags, flags


@pytest.mark.parametrize(
    "message",
    [
        "i know how to do it, the nurse showed me how to give the shot",
        "I looked up how much it takes to ship a wheelchair to florida",
        "my husband bought a gun for hunting season and I keep thinking about it being in the house",
        "she asks me everything twice these days, is that the dementia",
        "my daughter took my wife's advice instead of mine",
        "he had a nosebleed last year and it hasn't stopped him from taking his coumadin",
        "he keeps spitting out mouthfuls of water when he drinks",
        "the power went out and everything went black, he was scared but fine",
        "she sees double when she is tired, the eye doctor knows about it",
        "we came back from the store and he hasnt peed since lunch, is that ok",
        "he twisted his neck lifting boxes and now hes a bit dizzy when he stands up fast",
        "he took his night pills and then his morning ones the next morning like normal",
        "did the whole loop at the park today, oxygen at 3 the entire time, felt great",  # a flow rate, not a reading
        "where are my keys, i cannot find them and i have to leave",  # things, not a person missing
        "he is confused about the new pill schedule, he was fine at lunch though",  # confused about a thing
        "she's not confused at all, she was fine at lunch",
        "she had a fever last week and now it's making sense why she was so tired",
        "he has a bit of a fever but he is making sense and chatting",
        "the finger monitor says 97 and his color is good",
        "his oxygen dipped to 85 on the stairs but came back up to 94 once he sat down",  # over, told as recovered
    ],
)
def test_the_same_words_about_something_else_are_not(message: str) -> None:
    assert _triage().assess(message).flags == [], message


def _worded(phrases: dict[str, list[str]]) -> Triage:
    kb = loader.load(data_folder("knowledge"))
    return Triage(kb.red_flags.red_flags, other_languages={"xx": phrases})


def test_another_languages_phrase_is_found_with_a_word_between_or_another_ending() -> None:
    triage = _worded({"suicidal-thoughts": ["nie chcę żyć"], "chest-pain": ["douleur dans la poitrine"]})
    assert [f.id for f in triage.in_language("nie chce juz zyc. od miesiaca odkladam tabletki", "pl")] == [
        "suicidal-thoughts"
    ]
    assert [f.id for f in triage.in_language("il a des douleurs dans la poitrine depuis une heure", "fr")] == [
        "chest-pain"
    ]


@pytest.mark.parametrize(
    "message",
    [
        "nie chce juz dzis jesc, ale zyc chce",  # two words between, and another verb
        "nie wiem czy chce zyc tak dalej z tym bolem",  # "nie" denies something else: the phrase starts later
        "poitrine et douleur",  # out of order
    ],
)
def test_a_phrase_spread_too_far_or_out_of_order_is_not_found(message: str) -> None:
    triage = _worded({"suicidal-thoughts": ["nie chcę żyć"], "chest-pain": ["douleur poitrine"]})
    assert triage.in_language(message, "pl") == []


def test_no_word_is_skipped_after_a_negation_or_across_one() -> None:
    triage = _worded({"not-breathing": ["не дышит"], "trouble-breathing": ["respira male"]})
    assert triage.in_language("ноги не отекают, дышит хорошо", "ru") == []
    assert triage.in_language("respira non male, sta meglio", "it") == []
    assert [f.id for f in triage.in_language("respira molto male", "it")] == ["trouble-breathing"]
    assert [f.id for f in triage.in_language("она не дышит", "ru")] == ["not-breathing"]
