"""Readings in a message and the plan's goals as limits."""

from __future__ import annotations

from pathlib import Path

import pytest

from guide.careplan.model import Goal
from guide.knowledge.loader import load
from guide.language.measures import (
    goal_limits,
    measurements,
    outside_goals,
    outside_usual,
    target_asked,
    within_goals,
)

GOALS = [
    Goal(id="sugar", text="Keep fasting blood sugar between 80 and 130 mg/dL"),
    Goal(id="bp", text="Keep blood pressure below 130/80"),
    Goal(id="weight", text="Keep weight within 2 pounds of his dry weight of 176 pounds"),
    Goal(id="inr", text="Keep INR between 2.0 and 3.0"),
    Goal(id="walk", text="Walk at least 20 minutes on five days a week"),
]


def test_goals_with_a_numeric_target_become_limits() -> None:
    limits = {limit.goal_id: limit for limit in goal_limits(GOALS)}
    assert set(limits) == {"sugar", "bp", "weight", "inr"}
    assert (limits["weight"].low, limits["weight"].high) == (174.0, 178.0)
    assert (limits["bp"].high, limits["bp"].high2) == (130.0, 80.0)


@pytest.mark.parametrize(
    ("message", "outside"),
    [
        ("INR came back 4.2 today", ["inr"]),
        ("bp was 150 over 95 this morning", ["bp"]),
        ("her pressure 128/84", ["bp"]),
        ("fasting sugar 145", ["sugar"]),
        ("he weighs 179 today", ["weight"]),
        ("118/76 and sugar 102", []),
        ("she is 85 years old and her sugar was 110", []),
        ("we walked 20 minutes", []),
    ],
)
def test_a_reading_outside_a_goal_is_found_and_one_inside_is_not(message: str, outside: list[str]) -> None:
    assert outside_goals(message, GOALS) == outside


def test_a_bare_number_is_read_as_the_measure_the_conversation_named() -> None:
    assert outside_goals("it came back 4.5", GOALS, "what's a normal INR for him?") == ["inr"]
    assert outside_goals("it came back 4.5", GOALS, "") == []


def test_a_year_or_a_phone_number_is_not_a_reading() -> None:
    assert measurements("his sugar has been fine since 2019") == []
    assert measurements("call me at 617.555.0177 about her sugar") == []
    assert measurements("her sugar, call 617-555-0177") == []


@pytest.mark.parametrize(
    ("message", "context", "within"),
    [
        ("he weighed 177 this morning", "", ["weight"]),
        ("177 this morning", "what should his weight be?", ["weight"]),
        ("he weighed 177 this morning, he is 85 years old", "", ["weight"]),
        ("inr 2.5 today, he's 85", "", ["inr"]),
        # a second value too far from the measure's word to be placed: not called inside the goal
        ("weight was 176 last monday. today is sunday and he is 182. he says his breathing is fine", "", []),
        ("his inr was 2.4 on friday, the clinic called about the new one and said it is 4.1", "", []),
    ],
)
def test_a_message_is_inside_a_goal_only_when_every_value_it_may_report_is(
    message: str, context: str, within: list[str]
) -> None:
    assert within_goals(message, GOALS, context) == within


@pytest.mark.parametrize(
    ("message", "within", "outside"),
    [
        # close to a narrow target (176 +- 2 lb), a number is that reading though the measure goes unnamed
        ("he was 177.5 on the bathroom thing this morning, ok?", ["weight"], []),
        ("tuesday 173", [], ["weight"]),
        # far from it, or near a wide target (blood sugar 80-130), a bare number is no reading
        ("he is 85 and tired today", [], []),
        ("she had 120 at lunch", [], []),
    ],
)
def test_a_bare_number_near_a_narrow_goal_is_read_as_that_goals_measure(
    message: str, within: list[str], outside: list[str]
) -> None:
    assert within_goals(message, GOALS) == within
    assert outside_goals(message, GOALS) == outside


@pytest.mark.parametrize(
    ("question", "measures"),
    [
        ("whats a normal INR", {"inr"}),
        ("what should her sugar be in the morning", {"blood_sugar"}),
        ("what range should her blood pressure be in", {"blood_pressure"}),
        ("what is a normal inr for <PERSON_5>", {"inr"}),  # a placeholder's digit is not a reading
        ("his inr was 4.5, is that normal", set()),  # a reading: compared with the goal, not a question about it
        ("how do i check her sugar", set()),  # how to measure, not what the value should be
        ("remind me what INR they want <PERSON_1> at?", {"inr"}),  # the target by who set it
        ("what does the doctor want her sugar under", {"blood_sugar"}),
        ("he wants his coffee at breakfast, does it raise his sugar", set()),  # wanting is not a target
    ],
)
def test_the_measures_whose_target_a_question_asks_about(question: str, measures: set[str]) -> None:
    assert target_asked(question) == measures


@pytest.mark.parametrize(
    ("message", "outside"),
    [
        ("moms sugar was 58 before dinner, i gave her 4 glucose tabs", ["g1"]),  # low at any time of day
        ("sugar 150 after dinner", []),  # an after-meal value is not held to a fasting goal's upper bound
        ("sugar 150 this morning", ["g1"]),
        ("tell me what to do if my sugar is 65", []),  # a number after "if" is asked about, not reported
        ("what if her sugar reads 65", []),
    ],
)
def test_a_fasting_goal_holds_its_lower_bound_at_any_time_of_day(message: str, outside: list[str]) -> None:
    goals = [Goal(id="g1", text="Keep fasting blood sugar between 80 and 130 mg/dL.")]
    assert outside_goals(message, goals) == outside
    assert within_goals("sugar 150 after dinner", goals) == []  # nor is it "within" the fasting goal


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("his bp at the pharmacy was one twenty four over seventy eight", [("blood_pressure", 124.0, 78.0)]),
        ("a hundred and thirty five over ninety this morning", [("blood_pressure", 135.0, 90.0)]),
        ("he weighs 81 kg now", [("weight", 178.6, None)]),
        ("the new scale only shows kilos, it said 79 today", [("weight", 174.2, None)]),
        ("her sugar in mmol was 7.2 this morning", [("blood_sugar", 130, None)]),
        ("temp 38.4 this evening", [("temperature", 101.1, None)]),
        ("one or two over the weekend", []),  # words, not a reading
    ],
)
def test_readings_in_words_and_other_units_are_read_in_the_plans_units(
    message: str, expected: list[tuple[str, float, float | None]]
) -> None:
    assert [(m.measure, m.value, m.value2) for m in measurements(message)] == expected


def test_a_weight_in_kilos_is_compared_with_a_goal_in_pounds() -> None:
    goals = [Goal(id="w", text="Keep weight within 2 pounds of his dry weight of 176 pounds")]
    assert within_goals("79.6, 79.9, 80.1 kilos this week", goals) == ["w"]  # 175.5-176.6 lb
    assert outside_goals("he was 84 kilos this morning", goals) == ["w"]  # 185.2 lb


# ---------------------------------------------------------------------------------------------------------------
# Usual adult ranges (knowledge/usual_ranges.yaml) for the measures a plan sets no goal for.

RANGES = load(Path(__file__).resolve().parents[2] / "knowledge").usual_ranges.ranges
FASTING_ONLY = [Goal(id="sugar", text="Keep fasting blood sugar between 80 and 130 mg/dL")]


@pytest.mark.parametrize(
    ("message", "goals", "outside"),
    [
        ("the nurse said his potassium was 5.8 on the labs", [], ["potassium"]),
        ("potassium 4.2, sodium 139, all normal she said", [], []),
        ("his pulse was 112 when i checked, he feels fine", [], ["heart_rate"]),
        ("Resting pulse 78, oxygen 94 on my 2 liters", [], []),
        ("sats 86 after the stairs", [], ["oxygen"]),
        ("bp 152/96 at the pharmacy", [], ["blood_pressure"]),
        ("bp 124/78 at rehab", [], []),
        ("a1c came back 8.9, up from 7.4", [], ["a1c"]),
        ("her a1c was 7.1 at the last visit", [], []),
        ("creatinine 2.1, it was 1.6 in the spring", [], ["creatinine"]),
        ("eGFR 38 on the letter", [], ["egfr"]),
        ("hemoglobin was 9.1 on the discharge papers", [], ["hemoglobin"]),
        ("temp 101.2 this afternoon", [], ["temperature"]),
        ("temp 98.9, acting herself", [], []),
        # a blood pressure goal bounds the reading: the goal decides, not the usual range
        ("bp 150/95 this morning", [Goal(id="bp", text="Keep blood pressure below 130/80")], []),
        # a fasting goal keeps only its low bound after dinner: the usual range's high bound applies
        ("sugar 312 before dinner", FASTING_ONLY, ["blood_sugar"]),
        ("sugar 180 before dinner after cake", FASTING_ONLY, []),
        ("fasting sugar 312", FASTING_ONLY, []),
        # a food amount is not a blood sodium; an ordinal is not a reading
        ("his soup says 890 mg sodium", [], []),
        ("oxygen on at the table for his 72nd birthday", [], []),
    ],
)
def test_a_value_outside_the_usual_adult_range_of_a_measure_with_no_goal(
    message: str, goals: list[Goal], outside: list[str]
) -> None:
    assert sorted(r.measure for r in outside_usual(message, goals, RANGES)) == outside


def test_a_bare_number_in_a_follow_up_is_read_as_the_measure_asked_about() -> None:
    found = outside_usual("it came back 5.9", [], RANGES, context="what is a normal potassium for him?")
    assert [r.measure for r in found] == ["potassium"]


def test_the_usual_range_is_said_as_a_reply_shows_it() -> None:
    shown = {r.measure: r.shown() for r in RANGES}
    assert shown["potassium"] == "potassium 3.5 to 5.0 mmol/L"
    assert shown["blood_pressure"] == "blood pressure 90/60 to 139/89 mm Hg"
    assert shown["oxygen"] == "oxygen saturation at least 90%"


def test_an_a1c_goal_written_with_a_sign_is_a_limit() -> None:
    limits = goal_limits([Goal(id="a1c", text="Hemoglobin A1c total in Blood < 7.0")])
    assert [(limit.measure, limit.high) for limit in limits] == [("a1c", 7.0)]
    assert outside_goals("her a1c came back 7.8", [Goal(id="a1c", text="Hemoglobin A1c total in Blood < 7.0")]) == [
        "a1c"
    ]


@pytest.mark.parametrize(
    ("message", "outside", "within"),
    [
        # the time word nearest a sugar reading, in its own clause, says whether it is a fasting one
        ("she ate tamales at the party last night and her fasting sugar this morning was 190", ["sugar"], []),
        ("sugar 109 before breakfast and 134 before dinner today", [], ["sugar"]),
        ("bedtime sugar was 140 and this morning 104", [], ["sugar"]),
        ("sugar 320 this morning and 305 last night", ["sugar"], []),
        # with no time word near, an after-meal word anywhere still makes it not a fasting reading
        ("she had a snack at lunch, sugar 150", [], []),
    ],
)
def test_each_sugar_reading_is_read_as_fasting_or_not_by_the_time_nearest_it(
    message: str, outside: list[str], within: list[str]
) -> None:
    assert outside_goals(message, GOALS) == outside
    assert within_goals(message, GOALS) == within
