"""A sign that is an emergency in general is the care team's when the consumer's own plan tells the family to call
the team about it (`RedFlag.plan_owns`), and still 911 when the message holds more than the plan's rule covers."""

from __future__ import annotations

import functools

import pytest

from guide.careplan.model import CallIf, CarePlan, Consumer, Name
from guide.knowledge import loader
from guide.resources import data_folder
from guide.turn.contracts import codes
from guide.turn.decide import Policy
from guide.turn.triage import Triage

NERVES = CallIf(
    id="nerves",
    text="Call the care team if back pain comes with new leg weakness, numbness, or trouble controlling bladder.",
)
CHEST = CallIf(id="chest", text="Call the care team if chest pain lasts more than a minute.")
RESCUE = CallIf(id="rescue", text="Call the care team if she needs her rescue inhaler more than 3 times in a day.")


@functools.cache
def _triage() -> Triage:
    kb = loader.load(data_folder("knowledge"))
    return Triage(kb.red_flags.red_flags, kb.hazards.hazards)


def _plan(*rules: CallIf) -> CarePlan:
    return CarePlan(consumer=Consumer(id="c", name=Name()), call_if=list(rules))


@pytest.mark.parametrize(
    ("message", "flag"),
    [
        ("his back is killing him and since this morning he cant hold his pee", "back-pain-bladder-bowel-control"),
        ("her right leg went numb from the hip down this morning, she nearly fell", "stroke-weakness-numbness"),
    ],
)
def test_a_sign_the_plan_routes_to_its_team_is_an_urgent_review_quoting_the_rule(message: str, flag: str) -> None:
    _owned_by(message, flag, NERVES)


@pytest.mark.parametrize(
    "message",
    [
        "she puffed on the albuterol 7 times since noon and is still wheezy, chatting away on the phone though",
        "she's used her rescue inhaler 5 times today and still wheezy, no fever",
    ],
)
def test_rescue_inhaler_overuse_in_a_plan_with_a_rescue_inhaler_rule_is_that_rules(message: str) -> None:
    _owned_by(message, "asthma-attack-inhaler-not-helping", RESCUE)


@pytest.mark.parametrize(
    "message",
    [
        "the puffer isn't helping and she can only get two words out at a time",  # the red zone, whatever the plan
        "no fever, but she's wheezing hard and the albuterol isn't helping",  # an attack the inhaler does not relieve
        "her puffer has not helped much tonight, she's wheezy",
        "inhaler not working, she keeps gasping",
        "her lips are turning blue and the rescue inhaler didn't help",
        "she ate shrimp, her throat feels tight and the inhaler did nothing",  # an allergic reaction
    ],
)
def test_rescue_inhaler_failing_with_a_red_zone_sign_stays_an_emergency(message: str) -> None:
    result = _triage().assess(message, _plan(RESCUE))
    assert result.emergency and result.owned == {}


def _owned_by(message: str, flag: str, rule: CallIf) -> None:
    general = _triage().assess(message, _plan())
    assert flag in [f.id for f in general.flags]  # without the plan's rule: 911
    owned = _triage().assess(message, _plan(rule))
    assert flag not in [f.id for f in owned.flags]
    assert owned.owned == {flag: rule.id}
    assert f"plan_owns:{flag}/{rule.id}" in codes(owned.reasons)
    policy = Policy(loader.load(data_folder("knowledge")).policy)
    assert policy.decide(reasons=owned.reasons, composition=None, verification=None).urgency == "urgent"
    assert policy.urgency("needs_review", owned.reasons) == "urgent"


@pytest.mark.parametrize(
    "message",
    [
        "suddenly his left leg and arm are weak",  # an arm too: a stroke, whatever a back-pain plan says
        "her leg went numb and her face is drooping on that side",
        "back is awful, his leg is numb and he has not been able to pee at all since breakfast",  # no urine: severe
        "her back gave out, both legs are numb now and she can't stand up",
    ],
)
def test_more_than_the_rule_covers_stays_an_emergency(message: str) -> None:
    result = _triage().assess(message, _plan(NERVES))
    assert result.emergency and result.owned == {}


def test_a_rule_about_something_else_owns_nothing() -> None:
    result = _triage().assess("her right leg went numb from the hip down this morning", _plan(CHEST))
    assert "stroke-weakness-numbness" in [f.id for f in result.flags] and result.owned == {}


def test_a_flag_without_plan_owns_is_never_deferred() -> None:
    fits = CallIf(id="fits", text="Call the care team if she has a seizure that stops within two minutes.")
    result = _triage().assess("she is having a seizure right now, shaking all over", _plan(fits))
    assert result.emergency and result.owned == {}


PILLOWS = CallIf(
    id="pillows", text="Call the care team if ankles swell more or she needs more pillows to breathe at night."
)


@pytest.mark.parametrize(
    "message",
    [
        "her chest feels tight since this morning and she's had 6 puffs of the albuterol, chatting on the phone",
        "been coughing up clear mucus all week and my chest feels tight, no pain, lips a good colour",
    ],
)
def test_a_tight_chest_with_the_inhaler_or_a_cough_in_a_rescue_inhaler_plan_is_that_rules(message: str) -> None:
    _owned_by(message, "chest-pain", RESCUE)


@pytest.mark.parametrize(
    "message",
    [
        "chest tight after 5 puffs and now it's spreading into her left arm",  # the heart, not the lungs
        "used the inhaler 4 times, chest feels tight and she's sweating",
        "her chest is tight and heavy, she's wheezy",
        "chest tight, wheezy and she can't get a whole sentence out",
        "chest feels tight, coughing, and this doesn't feel like her usual copd",
        "chest tight, puffer's not doing anything",
    ],
)
def test_a_tight_chest_with_a_heart_or_red_zone_sign_stays_an_emergency(message: str) -> None:
    result = _triage().assess(message, _plan(RESCUE))
    assert result.emergency and "chest-pain" not in result.owned


def test_a_tight_chest_with_no_breathing_illness_named_stays_an_emergency() -> None:
    result = _triage().assess("her chest feels tight tonight", _plan(RESCUE))
    assert "chest-pain" in [f.id for f in result.flags] and result.owned == {}


@pytest.mark.parametrize(
    "message",
    [
        "she's having more trouble breathing at night and has gone up to three pillows, no chest pain",
        "can't catch her breath at night unless she's propped on 4 pillows, fine in the daytime",
    ],
)
def test_night_breathlessness_with_more_pillows_in_a_plan_with_a_pillow_rule_is_that_rules(message: str) -> None:
    result = _triage().assess(message, _plan(PILLOWS))
    assert not result.emergency and set(result.owned.values()) == {"pillows"}


@pytest.mark.parametrize(
    "message",
    [
        "even with 4 pillows she can't catch her breath and she's bringing up pink foamy spit",
        "she's on 3 pillows and still can't catch her breath sitting still",
        "3 pillows tonight, can't catch her breath and her lips look grey",
    ],
)
def test_night_breathlessness_with_a_red_zone_sign_stays_an_emergency(message: str) -> None:
    result = _triage().assess(message, _plan(PILLOWS))
    assert result.emergency and result.owned == {}
