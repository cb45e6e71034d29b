"""ConText over red-flag phrases: negated, past, hypothetical or someone else's phrases are not present now."""

from __future__ import annotations

import pytest

from guide.language.negation import ConText

CONTEXT = ConText()


def _assess(text: str, phrase: str):
    start = text.index(phrase)
    return CONTEXT.assess(text, [(start, start + len(phrase))])[0]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("he has chest pain right now", "chest pain"),
        ("she can't stop shaking and her chest hurts", "chest hurts"),
        ("no fever but she is short of breath", "short of breath"),
        ("she says she doesnt want to live anymore", "want to live"),
        ("my 84 year old husband has chest pain", "chest pain"),
        ("he came back in from the garden and his lips are blue", "lips are blue"),
        # a negation does not reach across a comma into the next clause about the person
        ("no fever, she can't breathe", "can't breathe"),
        ("she doesn't have a fever, her lips are blue", "lips are blue"),
        ("he isn't diabetic, he passed out in the kitchen", "passed out"),
        # a history ends where "now" starts the present
        ("he was in the hospital last year for this, now crushing chest pain again", "chest pain"),
        ("she had a stroke last year. now her face is drooping on one side", "face is drooping"),
        # "without" about how it happened negates nothing after it
        ("he doubled up without noticing, took like 12 aleve since lunch", "12 aleve"),
        ("i gave her the second dose without checking the box first", "second dose"),
    ],
)
def test_a_sign_told_as_happening_now_is_affirmed(text: str, phrase: str) -> None:
    assert _assess(text, phrase).affirmed


@pytest.mark.parametrize(
    ("text", "phrase", "attribute"),
    [
        ("no chest pain, just tired", "chest pain", "negated"),
        ("no fever, chest pain or trouble breathing", "chest pain", "negated"),
        ("no chest pain, no trouble breathing, just a cold", "trouble breathing", "negated"),
        ("he's not suicidal, just sleeping badly", "suicidal", "negated"),
        ("he had a stroke in 2019", "stroke", "historical"),
        ("dan had a seizure once as a teenager, none since", "seizure", "historical"),
        ("a guy from work killed himself last month", "killed himself", "other_person"),
        ("she had a bad asthma attack as a kid", "asthma attack", "historical"),
        ("she used to feel suicidal years ago", "suicidal", "historical"),
        ("what if she gets chest pain", "chest pain", "hypothetical"),
        ("what are the signs of a stroke", "stroke", "hypothetical"),
        ("family history of heart attack", "heart attack", "other_person"),
    ],
)
def test_a_negated_past_hypothetical_or_other_persons_sign_is_not_affirmed(
    text: str, phrase: str, attribute: str
) -> None:
    assertion = _assess(text, phrase)
    assert getattr(assertion, attribute)
    assert not assertion.affirmed


def test_apostrophes_are_optional_in_trigger_terms() -> None:
    assert _assess("she doesnt have chest pain", "chest pain").negated
    assert _assess("she doesn't have chest pain", "chest pain").negated


@pytest.mark.parametrize(
    ("text", "phrase", "affirmed"),
    [
        # a two-part sign across a clause break holds only when both of its ends do
        ("he fell in the car park, didn't hit his head. he's on coumadin", "hit his head. he's on coumadin", False),
        ("he's on warfarin and didn't hit his head", "warfarin and didn't hit his head", False),
        ("she hit her head but she is not confused", "hit her head but she is not confused", False),
        ("he hit his head and he is on warfarin", "hit his head and he is on warfarin", True),
        ("she hit her head, now she is very confused", "hit her head, now she is very confused", True),
        ("she hit her head, she's on eliquis", "hit her head, she's on eliquis", True),
    ],
)
def test_a_sign_across_two_clauses_is_judged_by_both_ends(text: str, phrase: str, affirmed: bool) -> None:
    assertion = _assess(text, phrase)
    assert assertion.affirmed is affirmed
    assert (assertion.start, assertion.end) == (text.index(phrase), text.index(phrase) + len(phrase))


@pytest.mark.parametrize(
    ("text", "phrase", "affirmed"),
    [
        # "when" before a past tense dates the story; before a present tense it asks "what if"
        ("she bumped her head on the dresser when she fell and she's thrown up twice since", "thrown up", True),
        ("he gets dizzy and his chest hurts when he walked in from the yard just now", "chest hurts", True),
        ("when he woke up his face was drooping on one side", "face was drooping", True),
        ("what do we do when she falls and hits her head", "hits her head", False),
        ("when he gets up from the chair he has chest pain, what should we do", "chest pain", False),
    ],
)
def test_when_before_a_past_tense_is_a_time_not_a_hypothetical(text: str, phrase: str, affirmed: bool) -> None:
    assert _assess(text, phrase).affirmed is affirmed


@pytest.mark.parametrize(
    ("text", "phrase", "affirmed"),
    [
        # a question's "can i" / "is it ok to" does not reach a new clause that reports what is happening
        ("can i give her aspirin, she's having chest pain", "chest pain", True),
        ("is it ok to give him tylenol, his chest hurts", "chest hurts", True),
        ("should i call, she says her chest feels heavy", "chest feels heavy", True),
        ("can mom take her nitro, she has crushing chest pain", "chest pain", True),
        # the question's own clause stays hypothetical
        ("what if she gets chest pain, what do we do", "chest pain", False),
        ("if he has chest pain, should we call 911 or drive him", "chest pain", False),
        ("can mom take an extra tylenol pm at night to help her sleep", "extra tylenol", False),
        ("is it ok for dad to skip the extra tylenol tonight", "extra tylenol", False),
    ],
)
def test_a_question_s_clause_is_hypothetical_and_a_new_clause_after_a_comma_is_not(
    text: str, phrase: str, affirmed: bool
) -> None:
    assert _assess(text, phrase).affirmed is affirmed


@pytest.mark.parametrize(
    ("text", "phrase", "historical"),
    [
        ("I had a heart attack in 2009 and a stent", "heart attack", True),
        ("in 1987 she had a stroke", "stroke", True),
        ("back in 2016 he had a seizure at work", "seizure", True),
        ("he is having a seizure right now", "seizure", False),
    ],
)
def test_a_year_before_this_one_dates_what_is_told_to_the_past(text: str, phrase: str, historical: bool) -> None:
    assert _assess(text, phrase).historical is historical


@pytest.mark.parametrize(
    ("text", "phrase", "affirmed"),
    [
        # someone else's or a past event does not reach a new clause about the person after a comma
        ("my mom had a stroke last year, dad's face is drooping on one side", "face is drooping", True),
        ("my neighbor had a heart attack, my husband has chest pain now", "chest pain", True),
        # and still holds inside its own clause
        ("my neighbor had a heart attack, my husband is worried", "heart attack", False),
        ("he had a seizure years ago, he's fine now", "seizure", False),
    ],
)
def test_a_past_or_someone_else_s_event_stays_in_its_own_clause(text: str, phrase: str, affirmed: bool) -> None:
    assert _assess(text, phrase).affirmed is affirmed


@pytest.mark.parametrize(
    ("text", "phrase", "affirmed"),
    [
        # a trigger inside a long span: its first and last words both carry it
        (
            "mom had a uti last spring that made her super confused",
            "uti last spring that made her super confused",
            False,
        ),
        (
            "she had pneumonia last year and now she is very confused",
            "pneumonia last year and now she is very confused",
            True,
        ),
        (
            "he has an infection in his foot and today he is confused",
            "infection in his foot and today he is confused",
            True,
        ),
        ("she has a bad infection that is making her confused", "infection that is making her confused", True),
    ],
)
def test_a_long_span_is_also_judged_by_its_first_and_last_words(text: str, phrase: str, affirmed: bool) -> None:
    assert _assess(text, phrase).affirmed is affirmed


def test_a_possessive_trigger_also_reads_with_own() -> None:
    text = "what should we do if she gets chest pain? her own mother had a heart attack at 70"
    assert _assess(text, "heart attack").other_person
    assert _assess("her mother had a heart attack at 70", "heart attack").other_person
    assert _assess("her own heart is racing", "heart is racing").affirmed


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a relative of the person cared for, by a pronoun or a name, with or without the apostrophe
        ("his brother had a heart attack at 60, is dan at risk", "heart attack"),
        ("dan's dad had a heart attack at 61", "heart attack"),
        ("dans dad had a heart attack at 60 and dan is freaking out", "heart attack"),
        ("walts brother had pink frothy spit before he passed", "pink frothy spit"),
        ("their grandmother died of a stroke", "stroke"),
        # a story on a screen
        ("in the movie the man on oxygen lit a cigarette and his face caught fire", "face caught fire"),
        # a person named only by an indefinite phrase
        ("we were at a bbq and a guy there had a seizure, dan was rattled", "seizure"),
        ("an old buddy from work overdosed on his pain meds last month", "overdosed"),
        ("watched a show where a lady with diabetes passed out in her sleep", "passed out"),
        ("some woman at the store collapsed in the checkout line", "collapsed"),
    ],
)
def test_a_relative_of_the_person_cared_for_is_someone_else(text: str, phrase: str) -> None:
    assert _assess(text, phrase).other_person


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # the writer's own parent or spouse is often the person cared for: "my dad had" is not the past
        ("my dad had chest pain an hour ago and is sweating", "chest pain"),
        ("my father had chest pain tonight", "chest pain"),
        ("my husband had crushing chest pain at dinner", "crushing chest pain"),
        # a word that only ends in s is no possessive
        ("yes dad had chest pain an hour ago", "chest pain"),
        ("this dad has chest pain", "chest pain"),
        # a relative's event ends where the person cared for comes in
        ("his brother had a stroke and mom is slurring her words now", "slurring her words"),
        ("her husband had a stroke last week and mom's face droops now", "face droops"),
        # a stranger who handed something to the person cared for: the person took it
        ("a buddy gave dan some oxycodone for his back", "oxycodone"),
        ("a neighbor offered her some of his sleeping pills and she took two", "sleeping pills"),
    ],
)
def test_the_writers_own_relative_or_the_person_after_a_relative_is_still_affirmed(text: str, phrase: str) -> None:
    assert _assess(text, phrase).affirmed
