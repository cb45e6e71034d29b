"""Issue 17, thirty-ninth pass (forty-ninth session): a roster's or a family list's record numbers and places without
a label. A name does not take the code a number follows ('Tara Davis  NRB 768 887 05') and never ends inside a word;
a plan's capitals before a number and a dependant's '*01' after it go with the number; a number read out one
character at a time is one; an address is never digit groups alone; a state's code that is also a word ('pa', 'ms')
after a town of 50,000 people; and a list's column whose other cells are places or names holds one more. Every
sentence is written for this file; the dev files hold none of them."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.columns import column_cells
from redaction.postal import find_addresses
from redaction.spans import Candidate

from .checks import covered, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Members on file:\nCORA BLISS  QRT 448 219 07  03/02/1951\nOWEN BLISS  QRT 448 219 08  7/19/1949", "QRT"),
        ("Kids:\nRuby Vance (04/11/2012) HMK 52 7731 906\nEli Vance (09/30/2015) HMK 52 7731 914", "HMK"),
    ],
)
def test_the_code_before_a_roster_number_goes_with_it(redactor: Redactor, text: str, value: str) -> None:
    line = text.split("\n")[1]
    number = line.split("  ")[1] if "  " in line else line.split(") ")[1]
    assert covered(redactor, text, number)
    person = [s for s in redactor.redact(text).spans if s.type == "PERSON"]
    start = text.index(value)
    assert not any(s.start <= start < s.end for s in person)  # the code is the number's, not the name's


def test_a_name_before_a_phone_keeps_its_surname(redactor: Redactor) -> None:
    text = "PLEASE HAVE DAVID LEE CALL 617 555 0142 TODAY"
    assert covered(redactor, text, "DAVID LEE")
    assert covered(redactor, text, "617 555 0142")


def test_a_dependants_suffix_goes_with_the_number(redactor: Redactor) -> None:
    text = "our plan numbers: 883210457*01 for me and 883210457*02 for my son Theo"
    assert covered(redactor, text, "883210457*01")
    assert covered(redactor, text, "883210457*02")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the back of the card says Q 7 7 1 0 4 8 2 2 9 under her name", "Q 7 7 1 0 4 8 2 2 9"),
        ("so I spelled it out, 4-H-2-9-9-1-0-R-3-6, and she still typed it wrong", "4-H-2-9-9-1-0-R-3-6"),
        ("I told him B as in boy 5 5 0 2 8 1 3 7 twice", "B as in boy 5 5 0 2 8 1 3 7"),
    ],
)
def test_a_number_read_out_one_character_at_a_time(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("pain scores this week were 3 4 4 5 3 2 4 3, better than last", "3 4 4 5"),  # no letter, eight digits
        ("take 1 2 3 steps then rest", "1 2 3"),
    ],
)
def test_short_or_letterless_runs_of_digits_stay(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


def test_digit_groups_alone_are_no_address() -> None:
    text = "ROSS, ELLA  K14 20931 005  6/2/1950\nROSS, IAN  K14 20931 006  1/9/1948"
    for start, end in find_addresses(text):
        assert any(c.isalpha() for c in text[start:end]) or len(text[start:end].split()) == 1, text[start:end]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("my sister just moved to erie pa with her kids", "erie pa"),
        ("he is at college in oxford ms and the clinic wants his shot record", "oxford ms"),
        ("we are moving grandpa from florence sc to be near us", "florence sc"),
    ],
)
def test_a_state_code_that_is_a_word_after_a_town(redactor: Redactor, text: str, place: str) -> None:
    assert covered(redactor, text, place)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("we drove to austin ok so now what", "ok so"),  # 'ok' goes on as a word: no state
        ("baba landed in dubai ok\nhe took his pills", "ok"),  # a code that is a word of a sentence
        ("the pa said her ms is stable", "ms"),  # no town before the code
    ],
)
def test_a_code_word_without_a_town_or_going_on_stays(redactor: Redactor, text: str, word: str) -> None:
    start = text.index(word)
    spans = redactor.redact(text).spans
    assert not any(s.start <= start < s.end for s in spans)


def _found(text: str, *values: tuple[str, str]) -> list[Candidate]:
    return [Candidate(text.index(v), text.index(v) + len(v), kind, 1) for v, kind in values]


def test_a_column_of_places_holds_one_more() -> None:
    text = "Where the kids live:\nLeo - Pensacola\nMia - Tallahassee\nNoor - Mobile\nme - here"
    found = _found(text, ("Pensacola", "LOCATION"), ("Tallahassee", "LOCATION"), ("Leo", "PERSON"))
    cells = [(text[s:e], kind) for s, e, kind in column_cells(text, found, [])]
    assert ("Mobile", "LOCATION") in cells
    assert not any(value in {"me", "here"} for value, _ in cells)


def test_a_column_with_one_found_cell_is_not_read() -> None:
    text = "Rotation:\nMon - Price\nWed - Best\nFri - King"
    assert column_cells(text, _found(text, ("King", "PERSON")), []) == []


def test_chat_lines_and_mail_headers_are_no_columns() -> None:
    chat = "Son Ravi: I'm with Maya at St. Jude in Memphis\nMom: how is she\nSon Ravi: better, she ate"
    found = _found(chat, ("Ravi", "PERSON"), ("Maya", "PERSON"), ("Memphis", "LOCATION"))
    assert not any(chat[s:e] == "how is she" for s, e, _ in column_cells(chat, found, []))
    mail = "From: Lena Park <lena@example.com>\nTo: Drew Park\nSubject: Dad's biopsy\n\nAll clear!"
    found = _found(mail, ("Lena Park", "PERSON"), ("Drew Park", "PERSON"))
    assert column_cells(mail, found, []) == []


def test_a_column_keeps_the_allow_lists_words() -> None:
    text = "Who brings what:\nAna - Lasix\nBo - Pensacola\nCy - Tallahassee\nDee - Destin"
    found = _found(text, ("Pensacola", "LOCATION"), ("Tallahassee", "LOCATION"))
    lasix = text.index("Lasix")
    cells = column_cells(text, found, [(lasix, lasix + 5)])
    assert not any(s <= lasix < e for s, e, _ in cells)
    assert any(text[s:e] == "Destin" for s, e, _ in cells)
