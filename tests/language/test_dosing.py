"""A plan medicine used more often or more at a time than its instructions say (guide/language/dosing.py)."""

from __future__ import annotations

import pytest

from guide.careplan.model import CallIf, Medication
from guide.language.dosing import DoseLimit, Use, limit_of, over_use, per_day_counts, uses
from guide.language.plan_rules import triggered
from guide.turn.contracts import over_use_reason

RESCUE = Medication(
    id="m-rescue",
    text="Albuterol 0.09 MG/ACTUAT Metered Dose Inhaler",
    instructions="Inhale 2 puffs every 4 to 6 hours as needed for shortness of breath.",
)
DAILY_INHALER = Medication(
    id="m-daily", text="Tiotropium 18 MCG Inhalation Capsule", instructions="Inhale 1 capsule once a day."
)
PAIN = Medication(
    id="m-pain",
    text="Acetaminophen 500 MG Oral Tablet",
    instructions="Take 2 tablets by mouth up to three times a day as needed for knee pain.",
)
CLINIC = Medication(id="m-inr", text="Warfarin 5 MG", instructions="Take as directed by the anticoagulation clinic.")


@pytest.mark.parametrize(
    ("instructions", "limit"),
    [
        ("Inhale 2 puffs every 4 to 6 hours as needed", DoseLimit(6.0, 2.0, "puff")),
        ("Take 2 tablets by mouth up to three times a day", DoseLimit(3.0, 2.0, "tablet")),
        ("Take 1 tablet by mouth twice a day with breakfast and dinner.", DoseLimit(2.0, 1.0, "tablet")),
        ("Take 1 capsule every 12 hours", DoseLimit(2.0, 1.0, "capsule")),
        ("Take 1 tablet by mouth at bedtime.", DoseLimit(1.0, 1.0, "tablet")),
        ("Inhale the contents of 1 capsule once a day with the HandiHaler.", DoseLimit(1.0, None, None)),
        ("Take as directed by the anticoagulation clinic; usually 1 tablet each evening.", None),
        ("", None),
        (None, None),
    ],
)
def test_the_plans_instructions_give_the_most_doses_a_day_and_units_a_dose(
    instructions: str | None, limit: DoseLimit | None
) -> None:
    assert limit_of(instructions) == limit


@pytest.mark.parametrize(
    ("text", "per_day", "per_dose", "units_a_day"),
    [
        ("can he use it every two hours", 12.0, None, None),
        ("every 3 to 4 hours", 8.0, None, None),  # the shorter interval: the cautious reading
        ("every couple of hours", 12.0, None, None),
        ("hourly", 24.0, None, None),
        ("every 30 minutes", 48.0, None, None),
        ("used it six times since breakfast", 6.0, None, None),
        ("5x since lunch", 5.0, None, None),
        ("twice already", 2.0, None, None),
        ("took 4 puffs at once", None, 4.0, None),
        ("he's had 8 puffs today", None, None, 8.0),
    ],
)
def test_a_message_states_counts_in_a_day_intervals_and_units(
    text: str, per_day: float | None, per_dose: float | None, units_a_day: float | None
) -> None:
    [use] = uses(text)
    assert (use.per_day, use.per_dose, use.units_a_day) == (per_day, per_dose, units_a_day)


def test_counts_and_intervals_read_as_numbers_for_the_plans_rules() -> None:
    assert per_day_counts("used the puffer Six times today") == "used the puffer 6 times today"
    # the longer interval of a range: "every 4 to 6 hours" is four doses a day, not six
    assert per_day_counts("every 4 to 6 hours") == "every 4 to 6 hours (4 times in a day)"
    assert per_day_counts("every 2 hours") == "every 2 hours (12 times in a day)"
    rule = CallIf(id="r", text="Call the care team if he needs the rescue inhaler more than 4 times in a day.")
    assert triggered(rule, "he needs the rescue inhaler every 2 hours today")
    assert triggered(rule, "he's used the rescue puffer six times today")
    assert not triggered(rule, "2 puffs of the rescue inhaler every 4 to 6 hours, right?")
    assert not triggered(rule, "he used the rescue inhaler three times today")


def _named(text: str, *pairs: tuple[str, Medication]) -> list[tuple[int, Medication]]:
    return [(text.index(word), med) for word, med in pairs]


def test_more_often_than_the_instructions_is_over_use_of_that_medicine() -> None:
    text = "can he use the albuterol every two hours today"
    [found] = over_use(text, [RESCUE, DAILY_INHALER], _named(text, ("albuterol", RESCUE)))
    assert (found.medication.id, found.said, found.allowed, over_use_reason(found).code) == (
        "m-rescue",
        12.0,
        6.0,
        "dose:m-rescue",
    )
    text = "i gave mom her tylenol 4 times today"
    assert [u.medication.id for u in over_use(text, [PAIN], _named(text, ("tylenol", PAIN)))] == ["m-pain"]


def test_within_the_instructions_or_without_any_is_not_over_use() -> None:
    for text in ("he used the albuterol 3 times today", "2 puffs of albuterol every 4 to 6 hours right?"):
        assert over_use(text, [RESCUE], _named(text, ("albuterol", RESCUE))) == []
    text = "he's had 8 puffs of albuterol today"  # 4 doses of 2 puffs: within six a day
    assert over_use(text, [RESCUE], _named(text, ("albuterol", RESCUE))) == []
    text = "his warfarin twice today"  # "as directed": the plan states no limit to pass
    assert over_use(text, [CLINIC], _named(text, ("warfarin", CLINIC))) == []
    assert over_use("he walks every 2 hours", [RESCUE], []) == []  # no medicine named


def test_the_statement_belongs_to_the_medicine_named_before_it_or_an_inhaler_word_or_the_message_before() -> None:
    text = "his tylenol is fine but the albuterol every two hours"
    named = _named(text, ("tylenol", PAIN), ("albuterol", RESCUE))
    assert [u.medication.id for u in over_use(text, [PAIN, RESCUE], named)] == ["m-rescue"]
    # an inhaler word points to the plan's rescue inhaler when it has a daily one too
    assert [u.medication.id for u in over_use("his puffer every 2 hours", [DAILY_INHALER, RESCUE], [])] == ["m-rescue"]
    # a follow-up: the medicine the message before named
    assert [u.medication.id for u in over_use("ok he's used it 7 times today", [RESCUE], [], [RESCUE])] == ["m-rescue"]
    assert over_use("ok he's used it 7 times today", [RESCUE, PAIN], [], [RESCUE, PAIN]) == []  # which one?


def test_more_units_at_once_than_a_dose_is_over_use() -> None:
    text = "he took 4 puffs of albuterol at once"
    [found] = over_use(text, [RESCUE], _named(text, ("albuterol", RESCUE)))
    assert (found.said, found.allowed, found.what) == (4.0, 2.0, "puff")


def test_a_statement_context_denies_does_not_count() -> None:
    text = "he hasnt needed the albuterol every two hours"
    named = _named(text, ("albuterol", RESCUE))
    assert over_use(text, [RESCUE], named, counts=lambda said: [False] * len(said)) == []
    assert over_use(text, [RESCUE], named, counts=lambda said: [True] * len(said)) != []


NAPROXEN = Medication(
    id="m-nap", text="Naproxen 220 MG Oral Tablet", instructions="Take 1 tablet by mouth every 12 hours as needed."
)


@pytest.mark.parametrize(
    ("text", "name", "reason"),
    [
        ("i took 6 aleve at once an hour ago, now my stomach hurts", "aleve", "overdose:m-nap"),
        ("she swallowed 4 of her naproxen by mistake", "naproxen", "overdose:m-nap"),
        ("he took 3 aleve when his back went out", "aleve", "overdose:m-nap"),
        ("i took 6 aleve at once, should i be worried?", "aleve", "overdose:m-nap"),  # a report, then a question
        ("can i take 3 aleve at once if the pain is bad?", "aleve", "dose:m-nap"),  # asked: a medicine change
        ("he took 2 aleve at once", "aleve", "dose:m-nap"),  # over the dose, under three times it
    ],
)
def test_a_number_before_a_medicines_name_counts_its_units_and_far_past_the_dose_is_an_overdose(
    text: str, name: str, reason: str
) -> None:
    [found] = over_use(text, [NAPROXEN], _named(text, (name, NAPROXEN)))
    assert over_use_reason(found).code == reason


def test_units_a_day_before_a_name_are_no_dose_at_once() -> None:
    text = "she had 2 aleve today"  # a day's count, within "every 12 hours"
    assert over_use(text, [NAPROXEN], _named(text, ("aleve", NAPROXEN))) == []


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("he swallowed 7 aleve today because his back was so bad", "overdose:m-nap"),  # 7 a day, 3.5x the most
        ("she had 4 aleve today", "dose:m-nap"),  # over the day's most, under three times it
        ("can i have 7 aleve today if the pain is bad", "dose:m-nap"),  # asked: a medicine change, not taken
    ],
)
def test_a_days_count_far_past_the_days_most_is_an_overdose(text: str, reason: str) -> None:
    [found] = over_use(text, [NAPROXEN], _named(text, ("aleve", NAPROXEN)))
    assert over_use_reason(found).code == reason
    assert found.what == "a day"


WARFARIN = Medication(id="m-war", text="Warfarin 5 MG Oral Tablet", instructions="Take 1 tablet by mouth once daily.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("mom took her sugar pill twice this morning, she forgot she already had it", "sugar pill"),
        ("he took his coumadin twice tonight", "coumadin"),
        ("i gave him the warfarin a second time by mistake, then grace gave it too", "warfarin"),
        ("walt had his coumadin two times today, is that bad?", "coumadin"),  # a report, then a question
    ],
)
def test_a_plan_medicine_reported_taken_twice_is_a_double_dose(text: str, name: str) -> None:
    [found] = over_use(text, [WARFARIN], _named(text, (name, WARFARIN)))
    assert over_use_reason(found).code == "double_dose:m-war"
    assert found.overdose  # the medicine-mistake flag's Poison Control reply (guide/turn/pipeline.py)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("he takes his coumadin twice a day", "coumadin"),  # a frequency
        ("she took her warfarin twice daily last year", "warfarin"),
        ("can he take the coumadin twice if he threw up the first one?", "coumadin"),  # asked: a medicine change
        ("what if she took her warfarin twice by accident", "warfarin"),  # a question
        ("he took his coumadin, then he walked twice around the block", "coumadin"),  # another clause's "twice"
    ],
)
def test_twice_as_a_frequency_a_question_or_in_another_clause_is_no_double_dose(text: str, name: str) -> None:
    assert [over_use_reason(u).code for u in over_use(text, [WARFARIN], _named(text, (name, WARFARIN)))] != [
        "double_dose:m-war"
    ]


def test_a_double_dose_context_denies_does_not_count() -> None:
    text = "he did not take his coumadin twice, i checked the box"
    named = _named(text, ("coumadin", WARFARIN))
    assert over_use(text, [WARFARIN], named, counts=lambda said: [False] * len(said)) == []


def test_one_more_told_as_a_mistake_is_a_double_dose_and_one_more_for_pain_is_not() -> None:
    text = "the new aide gave mom an extra coumadin last night by mistake, so 2 total"
    assert [over_use_reason(u).code for u in over_use(text, [WARFARIN], _named(text, ("coumadin", WARFARIN)))] == [
        "double_dose:m-war"
    ]
    text = "i gave him another coumadin at 6 like the clinic said"
    assert over_use(text, [WARFARIN], _named(text, ("coumadin", WARFARIN))) == []


@pytest.mark.parametrize(
    ("text", "double"),
    [
        ("she had her warfarin with breakfast and then forgot and had another one after lunch", True),
        ("grandma got her coumadin twice tonight, i gave it and so did my sister", True),
        ("he took his coumadin at 5 and then took another one at 6, the clinic told him to", False),  # no mistake
        ("if he took his coumadin and forgot and took another one, what then", False),  # a question
    ],
)
def test_one_more_told_after_the_name_as_a_mistake_is_a_double_dose(text: str, double: bool) -> None:
    name = "warfarin" if "warfarin" in text else "coumadin"
    reasons = [over_use_reason(u).code for u in over_use(text, [WARFARIN], _named(text, (name, WARFARIN)))]
    assert ("double_dose:m-war" in reasons) is double, reasons


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # 10 x 500 mg = 5,000 mg: past the most acetaminophen a day allows (FDA 4,000 mg), told as given
        ("i gave dad 2 of his tylenol at 7, 2 at 11, 2 at 3, 2 at 7 and 2 more at 11 for his hip", "overdose:m-pain"),
        # 8 tablets = 4 doses against "up to three times a day", 4,000 mg: over the plan, not past the ceiling
        ("he had 2 tylenol with breakfast, 2 with lunch, 2 with supper and 2 more at bedtime", "dose:m-pain"),
        # the same ten asked about, not told as taken: a question for the team
        ("could she take 2 tylenol at 6, 2 at 10, 2 at 2, 2 at 6 and 2 at 10?", "dose:m-pain"),
    ],
)
def test_a_days_doses_told_one_at_a_time_are_added_up(text: str, reason: str) -> None:
    [found] = over_use(text, [PAIN], _named(text, ("tylenol", PAIN)))
    assert over_use_reason(found).code == reason


@pytest.mark.parametrize(
    "text",
    [
        "she gets 2 tylenol with breakfast and 2 with supper",  # 2 doses: within three a day
        "he was 2 days at home and 3 weeks in rehab, the tylenol helped",  # no doses listed
        "she took 2 tylenol at 8 at night",  # one dose; '8 at night' is a time
    ],
)
def test_a_listing_within_the_plan_or_no_listing_is_no_over_use(text: str) -> None:
    assert over_use(text, [PAIN], _named(text, ("tylenol", PAIN))) == []


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # 8 x 500 mg = 4,000 mg, then a Tylenol PM (500 mg of acetaminophen): 4,500 mg told as given, an overdose
        (
            "he had 2 tylenol with breakfast, 2 with lunch, 2 with supper and 2 at 10, then i gave him a tylenol pm",
            "overdose:m-pain",
        ),  # noqa: E501
        # the same with two Percocet (325 mg each) from the dentist
        ("she took 2 tylenol at 7, 2 at 11, 2 at 3 and 2 at 7, and 2 percocet from the dentist", "overdose:m-pain"),
        # the product denied, or asked about: the plan's own count only (over the plan, not past the ceiling)
        ("he had 2 tylenol with breakfast, 2 with lunch, 2 with supper and 2 at 10, but no tylenol pm", "dose:m-pain"),
        ("he had 2 tylenol at 7, 2 at 11, 2 at 3 and 2 at 10. can he have a nyquil too?", "dose:m-pain"),
        # 8 x 500 + one Excedrin (250 mg) = 4,250 mg: even a small amount past 4,000 mg counts
        ("i gave her 2 tylenol at 7, 2 at 11, 2 at 3 and 2 at 7 and an excedrin", "overdose:m-pain"),
        # the product taken by someone else: not hers
        ("he had 2 tylenol at 7, 2 at 11, 2 at 3 and 2 at 10. his wife took a tylenol pm", "dose:m-pain"),
    ],
)
def test_acetaminophen_in_other_products_taken_the_same_day_counts_toward_the_days_ceiling(
    text: str, reason: str
) -> None:
    from guide.language.negation import ConText
    from guide.language.rules import last_word

    context = ConText()

    def holds(said: list[Use]) -> list[bool]:  # as guide/turn/checks.py `Checker.over_use` reads them
        assessed = context.assess(text, [last_word(text, u.start, u.end) for u in said])
        return [not (a.negated or a.historical or a.other_person) for a in assessed]

    [found] = over_use(text, [PAIN], _named(text, ("tylenol", PAIN)), counts=holds)
    assert over_use_reason(found).code == reason


def test_every_acetaminophen_product_has_a_strength_and_the_longest_name_wins() -> None:
    from guide.language.dosing import _products, combination_mg

    pattern, mg = _products()
    assert mg and all(0 < v <= 1000 for v in mg.values())
    assert combination_mg("she took a tylenol pm") == 500.0  # not the plan's 'tylenol'
    assert combination_mg("he took 2 nyquil liquicaps and half a theraflu") == 2 * 325 + 325


@pytest.mark.parametrize(
    ("text", "mg"),
    [
        ("she took...2 tylenol pm", 2 * 500),
        ("she took 2 at 8 and then...a tylenol pm at bedtime", 500),
        ("took some advil!2 tylenol pm", 2 * 500),
    ],
)
def test_punctuation_right_before_a_product_does_not_start_a_new_sentence(text: str, mg: float) -> None:
    from guide.language.dosing import combination_mg

    assert combination_mg(text) == mg  # the taking verb before the dots still tells the product as taken


@pytest.mark.parametrize(
    ("text", "double"),
    [
        # a dose given on top of one already taken, told after the name
        ("i gave walt his 5 of warfarin at 6 and didnt see he had already taken it himself. so 10 tonight", True),
        ("gave mom her coumadin at 8, then saw she already took her evening pill at 7", True),
        # already taken, and nothing given on top of it; something else already had; asked
        ("he already took his coumadin tonight", False),
        ("i gave him his coumadin at 6. he had already had his dinner", False),
        ("i gave him his warfarin, what if he had already taken it?", False),
    ],
)
def test_a_dose_given_on_top_of_one_already_taken_is_a_double_dose(text: str, double: bool) -> None:
    name = "warfarin" if "warfarin" in text else "coumadin"
    reasons = [over_use_reason(u).code for u in over_use(text, [WARFARIN], _named(text, (name, WARFARIN)))]
    assert ("double_dose:m-war" in reasons) is double, reasons
