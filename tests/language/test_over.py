"""A sign told as over: a time a day or more back and a statement, present now, that it is over."""

from __future__ import annotations

import pytest

from guide.language.over import told_as_over


@pytest.mark.parametrize(
    ("message", "over"),
    [
        ("mom choked on a grape last week, i did the heimlich and it came out. she's fine", True),
        ("he had chest tightness on sunday for five minutes, it went away and hasn't come back", True),
        ("she fainted at church a few days ago, they said she was dry. she's fine now", True),
        ("walter fainted at the barber's last month. seems fine now", True),
        ("el martes le dio un dolor en el pecho, se le quitó descansando. hoy está bien", True),  # Spanish, accents
        ("he choked on a grape yesterday and he's not fine now, still coughing", False),  # negated
        ("she choked on her pills this morning but she's fine now", False),  # not a day back
        ("he had chest pain yesterday and it's worse today", False),  # nothing says it is over
        ("she's fine now", False),  # no time
        # a sign that came back over weeks, the person well after each time: over too
        (
            "she's been choking on water at dinner, coughs it out and she's fine after. it's happened a few times this month",
            True,
        ),
    ],
)
def test_a_sign_is_over_only_with_a_past_day_and_a_statement_that_it_is_over(message: str, over: bool) -> None:
    assert told_as_over(message) is over


@pytest.mark.parametrize(
    "message",
    [
        "his bottle was nearly full yesterday and now there's 10 left. he says he's fine, just sleepy. i don't believe him",
        "the bottle was full yesterday, now it's half empty. she says she didn't take extra and she's fine",
        "she fell last week and hit her head. she insists she's fine now",
        "ayer se desmayó en la cocina. dice que ya está bien",
    ],
)
def test_the_persons_own_word_that_it_is_over_does_not_count(message: str) -> None:
    assert told_as_over(message) is False


@pytest.mark.parametrize(
    "message",
    [
        "she fainted at church a few days ago, they said she was dry. she's fine now",  # an earlier sentence
        "the nurse said dad's sugar dropped on saturday, they gave him juice and he's fine now",  # an observer
    ],
)
def test_what_others_saw_or_an_earlier_sentence_said_still_counts(message: str) -> None:
    assert told_as_over(message) is True
