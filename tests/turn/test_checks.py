"""The scope rules read a question's medicine words masked (guide/turn/checks.py `_masked`): the same findings as the
rules as written, with `{med}` and `{new}` standing for every medicine word."""

from __future__ import annotations

import re
from functools import cache

import pytest

from guide.language.text import normalise
from guide.turn.checks import GENERIC_MED_WORDS, Checker, _plan_terms
from guide.turn.contracts import codes, over_use_reason

QUESTIONS = [
    "can we skip her metformin tonight since she isnt eating",
    "should he start taking fish oil for his heart",
    "is it ok to double the lasix today, his ankles are puffy",
    "can I give him one of my leftover oxycodone",
    "what time of day should she take her pills",
    "could she try turmeric capsules for her knees",
    "do we stop the warfarin before the dental work?",
    "her neighbor offered his muscle relaxers, can she borrow a couple",
    "can we cut the sertraline in half",
    "she has a stomach bug and is barely eating, should we still give her the glipizide?",  # a sick day
    "how do I help him sleep without anything new",
    # a pattern without {med} that names a medicine word itself, and one whose free text holds a medicine's name:
    # read on the question as written, not on the masked one
    "she is fasting for lent, is that ok with her sugar pills",
    "could the metoprolol be why hes dizzy when he stands up",
]


def _all_words_scope(checker: Checker, text: str, own: frozenset[str]) -> list[str]:
    """The rules as written: `{med}` and `{new}` with every medicine word, as for any question of this plan."""
    every = _written(checker, frozenset(GENERIC_MED_WORDS) | checker._named_drugs | own, checker._named_drugs - own)
    return [name for name, patterns in every.items() if any(p.search(text) for p in patterns)]


@cache
def _written(checker: Checker, med: frozenset[str], new: frozenset[str]) -> dict[str, list[re.Pattern[str]]]:
    def alternation(words: frozenset[str]) -> str:
        return "(" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")" if words else "((?!))"

    fill = {"{med}": alternation(med), "{new}": alternation(new), "{ask}": checker.scope_rules.ask}
    compiled = {}
    for name, rule in checker.scope_rules.rules.items():
        patterns = []
        for pattern in rule.patterns:
            for key, value in fill.items():
                pattern = pattern.replace(key, value)
            patterns.append(re.compile(pattern))
        compiled[name] = patterns
    return compiled


def test_scope_rules_find_what_the_full_medicine_list_finds(demo_services) -> None:  # type: ignore[no-untyped-def]
    checker = demo_services.checker
    plans = [demo_services.store.plan(c) for c in demo_services.store.consumer_ids()]
    raised = set()
    for question in QUESTIONS:
        text = normalise(question).replace("'", "")
        for plan in plans:
            expected = _all_words_scope(checker, text, _plan_terms(plan))
            assert checker.scope(text, plan) == expected, (question, plan.consumer.id)
            if expected:
                raised.add(question)
    # the comparison means something: all but the two ordinary questions raise a rule for some consumer
    assert raised == set(QUESTIONS) - {QUESTIONS[4], QUESTIONS[10]}


def test_a_plan_rule_asked_about_is_not_reported_and_one_told_is(demo_services) -> None:  # type: ignore[no-untyped-def]
    checker = demo_services.checker
    plan = demo_services.store.plan("demo-p3")  # "after any fall, even if she seems fine"; "stops eating"; confusion
    asked = [
        "if mom fell and seemed fine, what does her plan say",
        "What would the care team want to know if mom stopped eating?",
        'what would count as "much more confused than usual" for mom?',
        "if mom ever stops eating for a couple days, what does her plan say",
    ]
    told = [
        "she fell again today, even if she seems fine",
        "she's much more confused than usual since yesterday",
        "mom stopped eating on monday and she withdraws from everyone",
    ]
    assert [checker.check(q, plan).plan_rules for q in asked] == [[], [], [], []]
    assert all(checker.check(q, plan).plan_rules for q in told), [checker.check(q, plan).plan_rules for q in told]


def test_the_plan_s_medicines_named_by_abbreviation_brand_or_class_are_found(demo_services) -> None:  # type: ignore[no-untyped-def]
    checker = demo_services.checker
    plan = demo_services.store.plan("demo-p5")  # hydrochlorothiazide, duloxetine, naproxen
    assert checker.plan_medicines_named("what dose is dans hctz", plan) == ["hydrochlorothiazide"]
    assert checker.plan_medicines_named("is he still on the antidepressant?", plan) == ["duloxetine"]
    assert checker.plan_medicines_named("does the cymbalta make him sleepy", plan) == ["duloxetine"]
    assert checker.plan_medicines_named("what can he do for his back at work", plan) == []
    # a medicine the plan does not list is not one of the plan's
    assert checker.plan_medicines_named("can he take warfarin", plan) == []


@pytest.mark.parametrize(
    ("consumer", "question", "codes_found"),
    [
        # what families call a class names every plan medicine of it (knowledge/interactions.yaml `lay`)
        ("demo-p1", "mom took her morning sugar pill twice, she forgot she already had it", {"p1-met", "p1-glip"}),
        ("demo-p2", "i think walt took his water pill twice today", {"p2-furo", "p2-spiro"}),
        ("demo-p4", "hiroshi took 6 of his blood pressure pills, he thought they were vitamins", {"p4-aml"}),
        # a bare count before a class word counts kinds, not tablets
        ("demo-p1", "whats the difference between her two diabetes pills, why does she need both", set()),
        ("demo-p1", "she's already on two sugar pills, can she add berberine", set()),
        ("demo-p1", "is her sugar pill why she is tired?", set()),
    ],
)
def test_a_plan_medicine_named_as_families_name_its_class_is_read_for_its_doses(  # type: ignore[no-untyped-def]
    demo_services, consumer: str, question: str, codes_found: set[str]
) -> None:
    checker = demo_services.checker
    plan = demo_services.store.plan(consumer)
    assert {u.medication.id for u in checker.check(question, plan).over_use} == codes_found


def test_a_plan_medicine_used_past_its_instructions_is_a_finding(demo_services) -> None:  # type: ignore[no-untyped-def]
    """demo-p4's albuterol: "2 puffs every 4 to 6 hours as needed" (six doses a day at most)."""
    checker = demo_services.checker
    plan = demo_services.store.plan("demo-p4")
    over = [
        "can he use the albuterol every two hours today, he's wheezy but talking fine",
        "he's using his blue puffer every hour",
        "Hiroshi took 4 puffs of his ventolin at once",
    ]
    within = [
        "2 puffs of albuterol every 4 to 6 hours right?",
        "he used the albuterol 3 times today",
        "he hasn't needed the albuterol every two hours, it's been calm",  # denied
        "his friend from church uses his albuterol every two hours",  # someone else's
    ]
    assert [[over_use_reason(u).code for u in checker.check(q, plan).over_use] for q in over] == [["dose:p4-alb"]] * 3
    assert [checker.check(q, plan).over_use for q in within] == [[]] * 4
    # a follow-up: "it" is the medicine the message before named
    follow_up = checker.check("ok he's used it 7 times today", plan, previous="how often can he use the albuterol?")
    assert [over_use_reason(u).code for u in follow_up.over_use] == ["dose:p4-alb"]
    assert "dose:p4-alb" in codes(checker.check(over[0], plan).reasons)


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Could Dan's doctor or nurse give me a call? I'm worried about how he's coping.", True),
        ("can someone from the team give us a ring tomorrow", True),
        ("please have the nurse call me back", True),
        ("what should I give him for a call of nature at night", False),
        ("when should we call her team?", False),
        # asking the guide to pass it on, as the reply to an unanswered plan question suggests
        ("please ask the care team when his eye exam is", True),
        ("can you send this to his nurse", True),
        ("ask the care team if he can have a tamale", True),
        ("should I ask his doctor about melatonin?", False),
        ("my sister said to ask the team, but what does the plan say about salt?", False),
        ("could you put me in touch with someone about a shower chair", True),
        ("connect us with her doctor please", True),
        ("we got in touch with the pharmacy about the refill", False),
    ],
)
def test_asking_for_a_call_back_is_asking_for_the_care_team(demo_services, question: str, asks: bool) -> None:  # type: ignore[no-untyped-def]
    plan = demo_services.store.plan("demo-p5")
    assert ("asks_for_care_team" in demo_services.checker.scope(question, plan)) is asks


@pytest.mark.parametrize(
    ("question", "referral"),
    [
        ("is there any way he could get referred to a sleep clinic", True),
        ("do you think mom needs to see a cardiologist about the fluttering", True),
        ("should dad go to a podiatrist for his corns or can i trim them", True),
        ("what does a rheumatologist actually do", False),  # what a specialist is: general knowledge
        ("her cardiologist visit is tuesday, what should we bring", False),
    ],
)
def test_a_referral_or_a_specialist_is_the_care_teams_to_arrange(demo_services, question: str, referral: bool) -> None:  # type: ignore[no-untyped-def]
    plan = demo_services.store.plan("demo-p3")
    assert ("referral" in demo_services.checker.scope(question, plan)) is referral


@pytest.mark.parametrize(
    ("question", "previous", "hazard"),
    [
        ("his buddy said to rub icy hot on and then put the heating pad over it", None, "heat-over-pain-rub"),
        ("and with the hot water bottle together?", "can i put tiger balm on her knees", "heat-over-pain-rub"),
        (
            "can i dab a little vaseline in his nostrils, the cannula dries them out",
            None,
            "petroleum-products-with-oxygen",
        ),
        ("what about chapstick then", "her lips crack from the oxygen all night", "petroleum-products-with-oxygen"),
    ],
)
def test_a_substance_is_a_hazard_in_its_setting(
    demo_services, question: str, previous: str | None, hazard: str
) -> None:  # type: ignore[no-untyped-def]
    plan = demo_services.store.plan("demo-p5")
    found = demo_services.checker.check(question, plan, previous=previous)
    assert [h.id for h in found.hazards] == [hazard]


@pytest.mark.parametrize(
    "question",
    [
        "can i use icy hot on my back?",  # the rub alone
        "how long should he keep the heating pad on",  # the heat alone
        "can he use vaseline on his cracked heels?",  # petroleum jelly without oxygen
        "how do we keep the oxygen tubing from tangling",  # oxygen without a petroleum product
    ],
)
def test_a_substance_outside_its_setting_is_no_hazard(demo_services, question: str) -> None:  # type: ignore[no-untyped-def]
    plan = demo_services.store.plan("demo-p4")  # on home oxygen: the plan alone is not the setting
    assert demo_services.checker.check(question, plan).hazards == []


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("he wheezes at night lately, is that a heart thing?", True),
        ("could it be a thyroid problem, she is cold all the time", True),
        ("is it a good thing he walks every day", False),
        ("is that a heart healthy recipe", False),
    ],
)
def test_asking_which_illness_a_symptom_comes_from_is_asking_for_a_diagnosis(
    demo_services, question: str, asks: bool
) -> None:  # type: ignore[no-untyped-def]
    plan = demo_services.store.plan("demo-p2")
    assert ("diagnosis" in demo_services.checker.scope(question, plan)) is asks
