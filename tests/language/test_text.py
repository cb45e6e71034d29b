"""The language layer's one normaliser, tokeniser, sentence and clause splitter (`guide.language.text`) and the
negation outside ConText (`guide.language.negation`). Expected values are written by hand."""

from __future__ import annotations

import pytest

from guide.language.negation import advice_negated, denied_in_spanish, said_not_denied
from guide.language.rules import message_clauses
from guide.language.text import CLAUSE_BREAK, content_tokens, search_tokens, sentences, words


def test_words_keep_their_apostrophe_and_lose_case() -> None:
    assert words("She's NOT taking the Tylenol, don't ask") == [
        "she's",
        "not",
        "taking",
        "the",
        "tylenol",
        "don't",
        "ask",
    ]


def test_a_stop_word_typed_without_its_apostrophe_is_still_a_stop_word() -> None:
    assert content_tokens("shes fine") == content_tokens("she's fine") == {"fine"}
    assert "its" not in search_tokens("its swollen") and "swollen" in search_tokens("it's swollen")


def test_search_tokens_keep_repeats_and_drop_the_apostrophe() -> None:
    assert search_tokens("pills, more pills, o'clock") == ["pill", "pill", "oclock"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Take St. John's wort only if the doctor agrees. Dr. Lee said so.", 2),
        ("Many multivitamins contain vitamin K. A change in vitamin K can change warfarin.", 2),  # pysbd: 1
        ("Llame al 911 ahora. ¿Está respirando? ¡No la mueva!", 3),
        ("Doses are 2.5 mg. Keep 3 days of pills.", 2),
        ("Common changes include:\n- more fluids\n- less salt", 2),  # a lead-in ending in a colon says nothing alone
    ],
)
def test_sentences(text: str, expected: int) -> None:
    assert len(sentences(text)) == expected


def test_a_closing_quote_does_not_end_a_sentence() -> None:
    assert sentences('There is no single "diabetes diet." A good plan fits the person.') == [
        'There is no single "diabetes diet." A good plan fits the person.'
    ]


def test_clauses_break_at_sentence_ends_commas_lines_and_joining_words_but_not_in_a_decimal() -> None:
    text = "inr was 3.5 today, she fell though she seems ok\nno bleeding"
    pieces = [p.strip() for p in CLAUSE_BREAK.split(text)]
    assert pieces == ["inr was 3.5 today", "she fell", "she seems ok", "no bleeding"]
    spans = message_clauses(text, min_content=1)
    assert [text[s:e] for s, e in spans] == ["inr was 3.5 today", "she fell", "she seems ok", "no bleeding"]


@pytest.mark.parametrize(
    ("text", "phrase", "denied"),
    [
        ("no tiene dolor de pecho", "dolor de pecho", True),
        ("que hago si le da dolor de pecho", "dolor de pecho", True),
        ("mi mama tiene dolor de pecho", "dolor de pecho", False),
    ],
)
def test_spanish_negation_and_questions_before_a_phrase(text: str, phrase: str, denied: bool) -> None:
    assert denied_in_spanish(text, text.index(phrase)) is denied


def test_other_languages_negation_words_among_the_three_before() -> None:
    assert not said_not_denied("er hat keine atemnot", "atemnot")
    assert said_not_denied("er hat atemnot", "atemnot")
    assert said_not_denied("keine sorge, er hat jetzt atemnot", "atemnot")  # "keine" is four words before


@pytest.mark.parametrize(
    ("sentence", "change", "negated"),
    [
        ("Stop the lisinopril tonight.", "Stop the lisinopril", False),
        ("Do not stop the lisinopril on your own.", "stop the lisinopril", True),
        ("Stop the lisinopril only after you check with the care team.", "Stop the lisinopril", True),
    ],
)
def test_a_medicine_change_in_a_reply_told_as_a_caution(sentence: str, change: str, negated: bool) -> None:
    start = sentence.index(change)
    assert advice_negated(sentence, start, start + len(change)) is negated


def test_a_typed_message_splits_into_sentences_in_lower_case_too() -> None:
    from guide.language.text import message_sentences

    story = "long day, took him to the barber lol. anyway he keeps rubbing his chest!! what soups are good"
    assert message_sentences(story) == [
        "long day, took him to the barber lol.",
        "anyway he keeps rubbing his chest!!",
        "what soups are good",
    ]
    assert message_sentences("she takes St. John's wort. Dr. Lee said stop it? ok.") == [
        "she takes St. John's wort.",
        "Dr. Lee said stop it? ok.",
    ]  # abbreviations end nothing; a one-word piece joins the sentence before it at the end
    assert message_sentences("first line here\nsecond line here") == ["first line here", "second line here"]
    assert message_sentences("he said no. now he is grey and sweaty. what soups are good") == [
        "he said no.",
        "now he is grey and sweaty.",
        "what soups are good",
    ]  # a lower-case "no." ends a sentence; "No. 5" does not
    assert message_sentences("the No. 5 bus was late. he fell. now what")[0] == "the No. 5 bus was late."
    assert message_sentences("took him to the barber. Unresponsive. Help! what soups are good") == [
        "took him to the barber.",
        "Unresponsive. Help! what soups are good",
    ]  # one-word pieces join the sentence after them: the strongest words are never dropped
    assert message_sentences("la Dra. Pérez llamó a las 8 a.m. hoy. luego se cayó.") == [
        "la Dra. Pérez llamó a las 8 a.m. hoy.",
        "luego se cayó.",
    ]
