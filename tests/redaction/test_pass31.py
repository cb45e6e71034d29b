"""Issue 17, thirty-first pass (thirty-seventh session): addresses read aloud, vanity numbers written in dashed groups,
nicknames the given-name counts lacked, a form's 'SURNAME, GIVEN' value made of words, and the name finder scoring
words after a title or a relation word. Every sentence is written for this file; the dev files hold none of them."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.dictated import dictated_addresses
from redaction.name_finder import candidate_words
from redaction.name_freq import name_frequencies
from redaction.people import _surname_first_line
from redaction.phones import find_phones

from .checks import covered, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ok so she lives at six fourteen birch hollow road in dayton ohio now", "six fourteen birch hollow road"),
        (
            "The delivery address is two eight Walnut Avenue, apartment four, Lakewood, Colorado. Thanks.",
            "two eight Walnut Avenue, apartment four, Lakewood, Colorado",
        ),
        (
            "send it to Rural Route two, Box eighty-one A, Hays, Kansas, six seven six zero one please",
            "Rural Route two, Box eighty-one A, Hays, Kansas, six seven six zero one",
        ),
        ("mail goes to P O Box three forty, Ely, Minnesota now", "P O Box three forty, Ely, Minnesota"),
        (
            "we're staying at seventy-two oh one Pine Street in Fresno, call me",
            "seventy-two oh one Pine Street in Fresno",
        ),
    ],
)
def test_an_address_read_aloud_is_one_span(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "she walked three blocks down the road before she sat down",
        "he has one more street to cross on the walk",
        "we took two Main Street buses",  # no cue, nothing after the street: a phrase
    ],
)
def test_number_words_before_a_street_word_need_a_street(text: str) -> None:
    assert dictated_addresses(text, []) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("for the yard work text (414) DIG-S4U any time", "(414) DIG-S4U"),
        ("her shop line is 1-855-GO-PETS if the cell is off", "1-855-GO-PETS"),
        ("Kayla's bakery (503) 555-CAKE, ask for her", "(503) 555-CAKE"),
        ("text me at (919) pie-4me", "(919) pie-4me"),
    ],
)
def test_a_vanity_number_in_dashed_groups_is_a_phone(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "she takes (800) MG-BID of it",  # five letters: a dose, not a number
        "Poison Control is 1-800-GO-TOXIC if she swallows any",  # a helpline's cue before a toll-free number
        "pharmacy says (500) TABLETS in the bottle",  # no dash: a count (a label is needed, as before)
        "the (2) X-RAYS came back",  # no area code
    ],
)
def test_what_is_no_vanity_number(text: str) -> None:
    assert find_phones(text) == []


def test_nicknames_hold_a_share_of_the_names_they_shorten() -> None:
    freq = name_frequencies()
    assert freq.given("bev") >= 100 and freq.given("marge") >= 100  # Beverly's, Margaret's and Marjorie's
    assert freq.given("vinnie") >= 100
    # an English word that is a nickname too gets no count from the list: the rules weigh how often it is a name
    assert freq.given("kit") < 100 and freq.given("peg") < 100 and freq.given("dot") < 100


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my wife marge is home from rehab and needs her walker", "marge"),
        ("Back-up driver:\nBev 920-555-0147\nbring the Ensure", "Bev"),
    ],
)
def test_a_nickname_is_a_name(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Name: WEST, JOY\nDOB: 03/04/1951\nInsurance: Humana", "WEST, JOY"),
        ("Patient: Little, Faith A\nRoom 12", "Little, Faith A"),
    ],
)
def test_a_form_value_surname_comma_given_is_a_name_though_both_are_words(
    redactor: Redactor, text: str, value: str
) -> None:
    assert covered(redactor, text, value)


@pytest.mark.parametrize("value", ["Pending, See", "Unknown, Pending", "Same, As Above"])
def test_a_form_value_of_other_words_is_no_surname_first_name(value: str) -> None:
    assert _surname_first_line(f"Name: {value}\nDOB: unknown", 6) is None


def test_the_finder_scores_a_word_after_a_title_or_relation() -> None:
    text = "grandpa ike keeps asking for his cane"
    start = text.index("ike")
    assert (start, start + 3) in candidate_words(text, [])


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("my mom will call the pharmacy after lunch", "will"),
        ("her dr said to keep the same dose of lasix", "said"),
    ],
)
def test_a_word_after_a_relation_that_is_no_name_stays(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Cardiology follow-up:\n• Dr. Swift, Tuesday 2 pm", "Swift"),
        ("pasalubong for Tita Baby when we land in Cebu", "Baby"),
        ("Mom made tamales for Abuelo Chuy's birthday", "Chuy"),
        ("Hi Will,\nthe wheelchair van comes at 9.", "Will"),
        ("Hey Hope and Dusty, the nurse moved the visit.", "Dusty"),
        ("Who to call:\nSon: Stan\nDaughter-in-law: Deb 608-555-0147", "Deb"),
    ],
)
def test_a_name_after_its_title_greeting_or_relation_label(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Hi Everyone, an update on Dad's Lasix.", "Everyone"),
        ("Hi Team, the aide is sick today.", "Team"),
        ("Son: Lives in Ohio, calls on Sundays", "Lives"),
        ("Abuela Called the clinic about her Eliquis", "Called"),
        ("Dr. Office called about the biopsy", "Dr."),
    ],
)
def test_what_follows_a_greeting_title_or_label_is_not_always_a_name(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Voicemail: call me back at 6 1 4, 5 5 5, 0 1 7 2 when you can", "6 1 4, 5 5 5, 0 1 7 2"),
        ("Phone: 614/555-0172\nAddress: on file", "614/555-0172"),
        ("Kim Tran\n614-DOGWALK (my business)\nkim@example.com", "614-DOGWALK"),
        ("my social is, um, three one two, four four, five six seven eight, for the form", "three one two, four four"),
        ("she said her social, it's three one two, four four, five six seven eight", "five six seven eight"),
    ],
)
def test_numbers_a_transcript_or_a_signature_writes(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value)


def test_digits_counted_aloud_one_by_one_are_no_phone() -> None:
    assert find_phones("count with her: 1 2 3 4 5 6 7 8 9 10") == []  # no groups: counting, not a number


def test_a_capitalised_first_name_in_a_form_of_name_parts(redactor: Redactor) -> None:
    text = "Release form\nLast name: Ortiz   First: Savannah\nDOB: 2/3/1950"
    assert covered(redactor, text, "Savannah")
    assert not touched(redactor, "First: Call the pharmacy, then the clinic.", "Call")


FRIDGE = (
    "Fridge list:\n"
    "Will (son) 608.555.0109\n"
    "Dr. Sunderland 608 555 0177\n"
    "- Tasha Greer (608) 555-0166 - 12 Birch Ln, Madison, WI 53703\n"
    "Poison Control 1-800-222-1222\n"
    "Crisis line 988"
)


def test_a_list_keeps_its_helplines_and_takes_its_people(redactor: Redactor) -> None:
    out = redactor.redact(FRIDGE).text
    assert "Poison Control 1-800-222-1222" in out and "Crisis line 988" in out  # a US address ends at its ZIP
    assert "Will" not in out and "Sunderland" not in out  # a list's 'Will (son)'; a place's name after 'Dr.' is his
    assert "12 Birch Ln" not in out and "53703" not in out


@pytest.mark.parametrize("text", ["if she gets confused we're calling 1-800-medicare", "or call 1-800-MEDICARE."])
def test_a_public_helpline_in_letters_stays(text: str) -> None:
    assert find_phones(text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("the pharmacy wants to bill Lola's Eliquis to my card", "Lola"),
        ("si Lolo nag-take na ba ng Losartan kagabi?", "Lolo"),
    ],
)
def test_lola_and_lolo_alone_are_the_family_word(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


def test_lola_before_a_surname_stays_with_the_name(redactor: Redactor) -> None:
    assert covered(redactor, "Dear Lola García, your appointment moved to Friday.", "Lola García")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the letter says her medicare is 3TZ9 LK2 SB17 and the plan is G", "3TZ9 LK2 SB17"),
        ("Aetna supplement K4410-228193 for dad, cell on file", "K4410-228193"),
        ("Jo: what's her Medicaid number again?\nAmara: QX55120B\nJo: thanks", "QX55120B"),
    ],
)
def test_record_numbers_by_shape_or_as_a_chat_answer(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value)


def test_the_speaker_who_answers_with_a_number_is_still_named(redactor: Redactor) -> None:
    text = "Jo: what's her Medicaid number again?\nEsi: QX55120B\nJo: thanks"
    assert covered(redactor, text, "Esi")


@pytest.mark.parametrize(
    "text",
    ["Ana: which room number?\nBo: 4B", "Ana: what's the number for the pharmacy\nBo: CVS on Main"],
)
def test_an_answer_that_is_no_record_number(text: str) -> None:
    from redaction.records import find_records

    assert find_records(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my brother drives over from Dayton, Tenn. 37321 on Sundays", "Dayton, Tenn. 37321"),
        ("She flies in from Albany, N.Y. tonight for the MRI.", "Albany, N.Y."),
        ("ship it to 44 Elm St, Erie, Pa. 16501 please", "44 Elm St, Erie, Pa. 16501"),
    ],
)
def test_a_state_in_the_newspapers_abbreviation(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value)


@pytest.mark.parametrize(
    ("text", "word"),
    [("I told Pa. He said the pills are fine", "Pa"), ("new addr is on the fridge, ask Mom", "addr")],
)
def test_an_abbreviation_that_is_no_state_or_name(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("her member ID is Q R T seven seven one four two nine, thanks", "Q R T seven seven one four two nine"),
        ("the Medicaid number is N M, 0 0 8 1 4 2 2 6 5.", "N M, 0 0 8 1 4 2 2 6 5"),
        ("member ID is K as in Kilo 3 3 9 0 1 2 7 period", "K as in Kilo 3 3 9 0 1 2 7"),
    ],
)
def test_a_record_number_read_out_after_its_label(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value)


def test_words_after_a_record_label_are_no_number() -> None:
    from redaction.records import find_records

    assert find_records("the member ID is one of the two on the card") == []
