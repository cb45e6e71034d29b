"""Which text a question is retrieved and composed with: a follow-up joined to the question before it."""

from __future__ import annotations

import pytest

from guide.language.conversation import with_context
from guide.language.text import neutral


@pytest.mark.parametrize(
    ("question", "previous", "joined"),
    [
        ("what about at night?", "can she take her metformin with dinner", True),
        ("179 now", "what's his weight goal", True),  # a number answers what came before
        ("and his bp?", "what's his weight goal", True),  # leans on it with "and"
        ("what's a normal INR", "should i give him an extra water pill today", False),  # a new measure: a new topic
        ("normal sugar range?", "can she take her metformin with dinner", False),
        ("normal inr?", "when is <PERSON_2>'s next inr test", True),  # the same measure: a follow-up
    ],
)
def test_a_short_question_is_joined_to_the_one_before_unless_it_asks_about_a_new_measure(
    question: str, previous: str, joined: bool
) -> None:
    assert (with_context(question, previous) == f"{previous} {question}") is joined


def test_placeholders_that_point_at_no_passage_are_left_out_of_the_searched_text() -> None:
    text = "what is a normal inr for <PERSON_5>, and can <PERSON_4> call us at <PHONE_NUMBER_1>"
    assert neutral(text, keep={"<PERSON_4>"}) == "what is a normal inr for the person, and can <PERSON_4> call us at"
