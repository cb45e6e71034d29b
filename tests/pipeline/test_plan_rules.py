"""The care plan's numeric rules read the way families report readings."""

from __future__ import annotations

import pytest

from guide.careplan.model import CallIf
from guide.thresholds import triggered

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
    ],
)
def test_a_count_of_lows_is_compared_with_the_plan_count(question: str, expected: bool) -> None:
    assert triggered(SUGAR, question) is expected
