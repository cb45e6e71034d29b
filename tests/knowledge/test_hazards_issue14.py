"""The hazards issue 14 adds, the keys it fixes, and its small article fixes, checked as families write.

Expected hazard ids, routes and sentences come from knowledge/hazards.yaml and the articles as written for
issue 14 (docs/drafts/issue-14/), not from the code's output.
"""

from __future__ import annotations

import functools
from datetime import date

import pytest

from guide.careplan.model import CarePlan, Consumer, Name
from guide.knowledge import loader
from guide.resources import data_folder
from guide.turn.checks import Checker
from guide.turn.replies import emergency_message
from guide.turn.triage import Triage

KB = loader.load(data_folder("knowledge"))
HAZARDS = {h.id: h for h in KB.hazards.hazards}
ARTICLES = {a.meta.id: a for a in KB.articles}
PLAN = CarePlan(consumer=Consumer(id="c", name=Name(given=["Ana"], family="Test")))

NEW_HAZARDS = [
    "comfrey-by-mouth",
    "lead-mercury-folk-remedies",
    "ipecac-or-salt-water-to-vomit",
    "numbing-teething-products-for-babies",
    "alcohol-for-babies",
    "apricot-kernels-amygdalin",
    "cough-cold-medicine-young-children",
    "ear-candling",
    "quinine-for-leg-cramps",
    "pennyroyal",
    "mothballs",
]
CHANGED_HAZARDS = [
    "bleach-on-skin",
    "expired-or-moldy-medicine",
    "essential-oils-swallowed",
    "butter-oil-ice-on-burns",
    "toothpaste-and-home-remedies-on-burns",
]
PENDING = "pending clinical review (project editor, from the cited sources)"
POISON_CONTROL = "1-800-222-1222"


@functools.cache
def _checker() -> Checker:
    return Checker(KB.interactions, KB.hazards.hazards, KB.scope_rules, KB.synonyms.synonyms)


@functools.cache
def _triage() -> Triage:
    return Triage(KB.red_flags.red_flags, KB.hazards.hazards, classes_named=_checker().classes_named)


def _hazard_ids(question: str) -> list[str]:
    return [h.id for h in _checker().check(question, PLAN).hazards]


@pytest.mark.parametrize("hazard_id", NEW_HAZARDS + CHANGED_HAZARDS)
def test_each_new_or_changed_hazard_is_dated_and_awaits_clinical_sign_off(hazard_id: str) -> None:
    hazard = HAZARDS[hazard_id]
    assert hazard.last_reviewed == date(2026, 12, 2)
    assert hazard.reviewed_by == PENDING


@pytest.mark.parametrize("hazard_id", NEW_HAZARDS)
def test_each_new_hazard_cites_https_sources_accessed_on_the_review_day(hazard_id: str) -> None:
    for source in HAZARDS[hazard_id].sources:
        assert source.url.scheme == "https"
        assert source.accessed == date(2026, 12, 2)


@pytest.mark.parametrize(
    ("question", "hazard_id"),
    [
        ("my aunt says comfrey tea will help grandpa's bad knee, can he drink it every day?", "comfrey-by-mouth"),
        ("her grandmother wants to give the baby azarcon for empacho, is that ok?", "lead-mercury-folk-remedies"),
        ("my mother-in-law puts kohl in the baby's eyes every night", "lead-mercury-folk-remedies"),
        (
            "we still have ipecac syrup in the cabinet, should we keep it for poisonings?",
            "ipecac-or-salt-water-to-vomit",
        ),
        ("should i make him throw up with salt water?", "ipecac-or-salt-water-to-vomit"),
        ("can I put baby orajel on her gums for teething?", "numbing-teething-products-for-babies"),
        ("are hyland's teething tablets safe for my 8 month old?", "numbing-teething-products-for-babies"),
        ("my mom says to rub a little whiskey on the baby's gums for teething", "alcohol-for-babies"),
        ("grandma wants to put rubbing alcohol on the baby for his fever", "alcohol-for-babies"),
        ("is vitamin b17 from apricot kernels good for his cancer?", "apricot-kernels-amygdalin"),
        ("can I give my 2 year old robitussin for her cough?", "cough-cold-medicine-young-children"),
        ("is there a baby cough syrup that works at night?", "cough-cold-medicine-young-children"),
        ("is ear candling safe to get the wax out of dad's ears?", "ear-candling"),
        ("can grandpa take quinine pills for his leg cramps at night?", "quinine-for-leg-cramps"),
        ("he drinks tonic water with quinine for his night cramps, is that ok?", "quinine-for-leg-cramps"),
        ("can I drink pennyroyal tea to bring on my period?", "pennyroyal"),
        ("grandma puts mothballs in the closets and the baby's room, is that safe?", "mothballs"),
    ],
)
def test_a_family_question_naming_a_new_hazard_is_flagged(question: str, hazard_id: str) -> None:
    assert hazard_id in _hazard_ids(question)


@pytest.mark.parametrize(
    ("question", "hazard_id"),
    [
        ("his lantus looks cloudy today, can he still use it?", "expired-or-moldy-medicine"),
        ("the clear insulin turned cloudy in the fridge", "expired-or-moldy-medicine"),
        ("her NPH pen has clumps in it, and the insulin with clumps won't mix", "expired-or-moldy-medicine"),
        ("can i put bleach on her foot sore to kill the germs?", "bleach-on-skin"),
        ("my cousin says to dab it with diluted bleach twice a day", "bleach-on-skin"),
        ("she put undiluted bleach on the rash on her arm", "bleach-on-skin"),
        ("my tia says to soak abuela's foot sore in bleach water", "bleach-on-skin"),
        ("is pennyroyal oil safe to put in her tea?", "pennyroyal"),
    ],
)
def test_the_dangerous_cases_of_the_fixed_keys_are_still_flagged(question: str, hazard_id: str) -> None:
    assert hazard_id in _hazard_ids(question)


@pytest.mark.parametrize(
    "question",
    [
        "her insulin is cloudy after I rolled it, is that normal?",  # NPH is meant to be cloudy
        "his 70/30 insulin looks cloudy after rolling, is that ok?",
        "is cloudy insulin bad?",
        "the dermatologist said to do a dilute bleach bath twice a week",  # a prescribed eczema treatment
        "how much bleach goes in her eczema bath?",
        "she likes tonic water with lime after dinner",
        "we drink mint tea after dinner",
        "we light candles in the living room in the evening",
        "the baby has a cough, can we use a cool-mist humidifier?",
        "what are the signs of teething?",
        "she ate some dried apricots with her lunch",
        "can she do a salt water gargle for her sore throat?",
        "what keeps moths out of the closet besides cedar?",
        "is a glass of wine with dinner ok for him?",
        "can she use comfrey cream on the bruise on her shin?",  # on unbroken skin: not comfrey by mouth
        "I bought her new walking shoes at kohl's",
        "Greta is coming to visit mom on sunday",
        "she has empacho, what foods are gentle on her stomach?",
        "he wants to lead the walking group at the senior center",
    ],
)
def test_normal_use_and_innocent_nearby_words_are_not_a_hazard(question: str) -> None:
    assert _hazard_ids(question) == []


SWALLOWED = [
    ("she drank two cups of comfrey tea and now her belly hurts", "comfrey-by-mouth"),
    ("the baby swallowed some azarcon powder", "lead-mercury-folk-remedies"),
    ("my son drank the ipecac syrup from the old first aid kit", "ipecac-or-salt-water-to-vomit"),
    ("the baby swallowed a handful of teething tablets", "numbing-teething-products-for-babies"),
    ("the baby swallowed the brandy on her gums", "alcohol-for-babies"),
    ("grandpa ate a handful of bitter apricot kernels", "apricot-kernels-amygdalin"),
    ("my toddler drank half a bottle of toddler cough syrup", "cough-cold-medicine-young-children"),
    ("she drank pennyroyal oil to bring on her period", "pennyroyal"),
    ("my 2 year old ate a mothball", "mothballs"),
]


def test_every_new_swallowed_route_hazard_has_a_swallowed_case() -> None:
    swallowed = {h for h in NEW_HAZARDS if "swallowed" in HAZARDS[h].routes}
    assert swallowed == {hazard_id for _, hazard_id in SWALLOWED}


@pytest.mark.parametrize(("message", "hazard_id"), SWALLOWED)
def test_a_swallowed_hazard_becomes_a_poison_control_flag(message: str, hazard_id: str) -> None:
    result = _triage().assess(message)
    flags = {f.id: f for f in result.flags}
    assert f"swallowed-{hazard_id}" in flags
    assert flags[f"swallowed-{hazard_id}"].action == "poison_control"
    assert POISON_CONTROL in emergency_message(result)


@pytest.mark.parametrize(
    "message",
    [
        "is comfrey tea safe for her to drink?",  # a question, nothing swallowed
        "what should I do if the baby swallows teething tablets?",
        "he drank tonic water with his dinner",  # quinine's route is not swallowed: no poison flag
        "she ate a bowl of apricots",
    ],
)
def test_a_question_or_an_ordinary_drink_is_not_a_swallowed_hazard(message: str) -> None:
    result = _triage().assess(message)
    assert not [f.id for f in result.flags if f.id.startswith("swallowed-")]


@pytest.mark.parametrize("hazard_id", [h for h in NEW_HAZARDS if "swallowed" in HAZARDS[h].routes])
def test_a_swallowed_route_hazard_sends_the_family_to_poison_control(hazard_id: str) -> None:
    assert POISON_CONTROL in HAZARDS[hazard_id].emergency


@pytest.mark.parametrize(
    ("article_id", "new", "old"),
    [
        (
            "cool-water-for-burns",
            "for at least 10 minutes and up to 20 minutes, even if the pain eases sooner",
            "for several minutes until the pain eases",
        ),
        (
            "humidifier-and-steam",
            "cool the burn under cool running water for at least 10 minutes and up to 20 minutes.",
            "for several minutes, until the pain eases",
        ),
        (
            "butter-or-oil-on-burns",
            "soak the burned area in cool water, for at least 10 minutes and up to 20 minutes.",
            "soak the burned area in cool water, until the pain eases",
        ),
        (
            "vitamin-b12",
            "The liver stores vitamin B12, often enough to last for years",
            "the body does not store much of the extra amount",
        ),
        (
            "physical-activity-older-adults",
            "Activity of any length counts toward the goal, even a few minutes at a time.",
            "Short bouts of 10 minutes count.",
        ),
    ],
)
def test_the_article_fixes_replace_the_wrong_sentence(article_id: str, new: str, old: str) -> None:
    article = ARTICLES[article_id]
    assert new in article.body
    assert old not in article.body
    assert article.meta.last_reviewed == date(2026, 12, 2)
