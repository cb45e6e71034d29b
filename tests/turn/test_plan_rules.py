"""The care plan's numeric rules read the way families report readings."""

from __future__ import annotations

import pytest

from guide.careplan.model import CallIf
from guide.language.plan_rules import triggered
from guide.turn.contracts import codes

WEIGHT = CallIf(id="w", text="Call the care team if weight goes up more than 2 pounds in a day or 5 pounds in a week.")
SUGAR = CallIf(
    id="s",
    text="Call the care team if blood sugar is below 70 more than twice in one week or above 300 twice in a row.",
)


@pytest.mark.parametrize(
    ("question", "context", "expected"),
    [
        ("he weighed 176 yesterday morning and 178.6 this morning", None, True),  # +2.6 lb in a day
        ("he's 179.5 this morning, he was 176.8 yesterday", "how much weight gain means we call?", True),
        ("he's 179.5 this morning, he was 176.8 yesterday", None, False),  # nothing says these are weights
        ("he weighed 176 yesterday morning and 177.5 this morning", None, False),  # +1.5 lb
        ("his weight was 180 yesterday and 178 today", None, False),  # a loss
        ("he was 176 lb yesterday and 179 lb today", None, True),  # the unit says these are weights
        # the earlier day named by a weekday, and the later reading not the earlier one again
        ("walter weighed 176 pounds on monday and this morning the scale read 181", None, True),
        ("weight this morning 176.4 lb, yesterday 176.0", None, False),
        # a rise told over two turns: today's weight in the message before, yesterday's in this one
        ("oh and yesterday morning he was 174.8", "i weigh him every morning, this morning he was 177.2", True),
        ("oh and yesterday morning he was 176.8", "i weigh him every morning, this morning he was 177.2", False),
    ],
)
def test_a_weight_gain_over_a_day_is_compared_with_the_plan_limit(
    question: str, context: str | None, expected: bool
) -> None:
    assert triggered(WEIGHT, question, context) is expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("she's been under 70 three times this week, each time she felt shaky but was ok after juice", True),
        ("she was under 70 once this week", False),
        ("her sugar was under 70 twice this week", False),  # the rule says more than twice
        ("what do we do if she goes below 70?", False),
        ("sugar 58, gave her 4 glucose tablets, what now", False),  # 4 tablets is a count of things, not a reading
        ("sugar 64 on mon, 69 on wed, now 60 on friday morning", True),
        # a low counted names the sugar the rule is about
        ("third low this week, 62 before lunch, the tablets brought her up again", True),
        ("first low this week, 66 this morning, tablets worked", False),
        ("3rd low this week, 61 before dinner", True),
        (
            "2nd low this week, 64, she's fine now",
            False,
        ),  # "2nd" is no reading of 2, and two lows is not more than twice
        ("she has a low fever today, 99.5", False),
    ],
)
def test_a_count_of_lows_is_compared_with_the_plan_count(question: str, expected: bool) -> None:
    assert triggered(SUGAR, question) is expected


SUGAR_CONTEXT = "what should we do if her sugar is low when she wakes up? and if it's still low after that?"
SUGAR_911 = CallIf(
    id="e",
    text="Call 911 if blood sugar is below 54 and she is confused, very sleepy or cannot swallow safely.",
    urgency="emergency",
)


@pytest.mark.parametrize(
    ("question", "context", "emergency"),
    [
        ("it's 50 now and she's mumbling and can't hold the cup", SUGAR_CONTEXT, True),
        ("it's 50 now and she's mumbling and can't hold the cup", None, False),  # 50 of what: nothing says
        ("it's 50 now and she's mumbling and can't hold the cup", "can she walk after lunch?", False),
        ("it's 50 degrees out, can she walk?", SUGAR_CONTEXT, False),  # a temperature, not a reading
        ("it's 64 now and she feels better", SUGAR_CONTEXT, False),
    ],
)
def test_a_bare_reading_in_a_follow_up_is_read_with_the_questions_before(
    question: str, context: str | None, emergency: bool
) -> None:
    from guide.careplan.model import CarePlan, Consumer, Name
    from guide.knowledge import loader
    from guide.resources import data_folder
    from guide.turn.triage import Triage

    kb = loader.load(data_folder("knowledge"))
    plan = CarePlan(consumer=Consumer(id="c", name=Name(given=["Ana"], family="Test")), call_if=[SUGAR_911])
    triage = Triage(kb.red_flags.red_flags, kb.hazards.hazards).assess(question, plan, context)
    assert triage.emergency is emergency
    if emergency:  # the red flag's own reading and the plan's rule both see "blood sugar is 50"
        assert codes(triage.reasons) == ["red_flag:severe-low-blood-sugar", "plan_rule_911:e"]


MUCUS = CallIf(
    id="m",
    text="Call the care team if he needs the rescue inhaler more than 4 times in a day, or mucus turns yellow, "
    "green or bloody.",
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("his phlegm turned green since yesterday, he's breathing ok", True),  # a later item of the list
        ("his mucus turns yellow in the morning", True),
        ("is green tea ok for him?", False),  # the item alone is not the condition
        ("what color should his mucus be?", False),
    ],
)
def test_each_item_of_a_listed_condition_carries_its_subject(question: str, expected: bool) -> None:
    assert triggered(MUCUS, question) is expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("he gained 3 lb overnight", True),  # a gain told as an amount over the rule's period
        ("he gained 3 pounds since yesterday", True),
        ("he gained 1 lb overnight", False),  # within the rule's 2 pounds
        ("he gained 3 lb since his birthday last month", False),  # not over a day
        # over a few days, or with no period, a gain is held to the daily allowance (the cautious reading)
        ("oh and his weight is up 4 lbs since monday, today is wednesday", True),
        ("he's weighed 3 pounds more than yesterday", True),
        ("so is 3 pound in one day", True),
        ("he put on 3 kilos this week", True),  # 6.6 lb, past the weekly 5
        # told over a week, the weekly allowance
        ("ok so in pounds thats like 4.4 lb this week", False),
        ("he was up 4 lbs last week but he's back down to 177 this morning", False),
        # a weight is not a gain
        ("I weighed 176 lb today. Legs are the same as always.", False),
        ("My weight 176 lbs this morning. I feel good.", False),
    ],
)
def test_a_gain_told_as_an_amount_is_compared_with_the_plan_limit(question: str, expected: bool) -> None:
    assert triggered(WEIGHT, question) is expected


LOW_AND_CONFUSED = CallIf(
    id="l", text="Call 911 if blood sugar is below 54 and she is confused or cannot swallow.", urgency="emergency"
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("her sugar reads 49 and she seems confuse, keeps asking where she is", True),  # any form of the word
        ("sugar 51 and she is confusing us with her answers, but she is swallowing fine", True),
        ("sugar is 49, she is talking normally and drinking juice", False),  # one sign, not the rule's second
        ("sugar 60 and a bit confused from the new glasses", False),  # above the number
    ],
)
def test_a_rules_words_match_in_any_form_of_the_word(question: str, expected: bool) -> None:
    assert triggered(LOW_AND_CONFUSED, question) is expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("ok I'm at 5 today and it's not helping much, I can still talk", True),
        ("thats 6 times now", True),
        ("ok he's at 3 today", False),  # within the rule's count
        ("we're at 5 pm now, should he eat first", False),  # a time of day, not a count
    ],
)
def test_a_bare_count_in_a_follow_up_is_read_against_the_rule_the_conversation_named(
    question: str, expected: bool
) -> None:
    assert triggered(MUCUS, question, "how many times a day is too many for the rescue inhaler") is expected


def test_a_bare_count_is_not_read_against_a_rule_the_conversation_did_not_name() -> None:
    assert not triggered(MUCUS, "ok I'm at 5 today", "what time is his rehab class")
