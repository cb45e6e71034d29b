"""Issue 17: addresses whole, phones of every shape, names in any case, account numbers, clinical words."""

from __future__ import annotations

import pytest

from evals.redaction.regional import leaked, wilson
from redaction.accounts import find_accounts
from redaction.phones import find_phones
from redaction.postal import find_addresses


def _covered(text: str, value: str, spans: list[tuple[int, int]]) -> bool:
    start = text.index(value)
    return all(any(s <= i < e for s, e in spans) for i in range(start, start + len(value)) if text[i].isalnum())


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Mom is at 88 W Maple Ave Apt 2C, Aurora, IL 60505 now", "88 W Maple Ave Apt 2C, Aurora, IL 60505"),
        ("Write to Springfield, IL 62704 please", "Springfield, IL 62704"),
        ("Mail goes to PSC 5217, Box 4854 APO AP 43617. Thanks", "PSC 5217, Box 4854 APO AP 43617"),
        ("We're on RR 2 Box 15, Hartsville, TN 37074 now", "RR 2 Box 15, Hartsville, TN 37074"),
        ("Onkel wohnt in der Lindenstraße 8, 10115 Berlin.", "Lindenstraße 8, 10115 Berlin"),
    ],
)
def test_when_an_address_is_detected_then_its_number_unit_city_state_and_zip_go_with_it(text, address):
    assert _covered(text, address, find_addresses(text))


def test_when_a_sentence_follows_a_zip_then_the_address_stops_at_the_zip():
    text = "She lives at 12 Oak St, Decatur, GA 30030 and takes metformin"
    spans = find_addresses(text)
    assert spans and all(text[s:e].find("metformin") < 0 for s, e in spans)


@pytest.mark.parametrize(
    "phone",
    ["001-415-555-0111", "+1 (415) 555-0199 ext. 220", "773.555.0192 x45", "+44 117 496 0321", "+49 30 1234567",
     "+91 98765 43210", "1-888-BAKER-44"],
)  # fmt: skip
def test_when_a_phone_has_an_extension_prefix_or_foreign_format_then_it_is_found_whole(phone):
    text = f"call {phone} today"
    assert _covered(text, phone, find_phones(text))


@pytest.mark.parametrize("helpline", ["1-800-222-1222", "988"])
def test_when_a_helpline_is_given_then_it_is_not_a_phone_identifier(helpline):
    assert find_phones(f"call Poison Control {helpline} now") == []


def test_when_an_iban_follows_its_label_then_the_number_goes_and_the_label_stays():
    text = "my iban is DE89370400440532013000 thanks"
    spans = find_accounts(text)
    assert _covered(text, "DE89370400440532013000", spans)
    assert all(s >= text.index("DE89") for s, _ in spans)


@pytest.mark.parametrize(
    ("text", "number"),
    [("visa 4111 1111 1111 1111 exp 04/27", "4111 1111 1111 1111"),
     ("credit card 5500-0000-0000-0004 declined", "5500-0000-0000-0004"),
     ("Routing 021000021, checking account 0043125987.", "0043125987")],
)  # fmt: skip
def test_when_a_card_or_bank_number_is_labelled_then_it_is_found(text, number):
    assert _covered(text, number, find_accounts(text))


def test_when_a_long_number_has_no_label_and_fails_luhn_then_it_is_not_a_card():
    assert find_accounts("the lot number is printed 1234 5678 9012 3456 on the box") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [("John: you saved my life", "John"), ("Daughter Maria: she took her pills", "Maria"),
     ("CALLED MARIA OKONKWO RE LISINOPRIL", "OKONKWO"), ("Ann, Joe and Reed came by with Chidi", "Reed")],
)  # fmt: skip
def test_when_a_name_is_a_speaker_label_in_capitals_or_in_a_list_then_it_is_redacted(redactor, text, name):
    assert name not in redactor.redact(text).text


@pytest.mark.parametrize(
    ("text", "kept"),
    [("We'll meet at noon about the Lasix", "We'll"), ("She'd like the tai chi class", "She'd"),
     ("CALLED MARIA OKONKWO RE LISINOPRIL", "LISINOPRIL")],
)  # fmt: skip
def test_when_a_contraction_or_clinical_word_appears_then_it_survives(redactor, text, kept):
    assert kept in redactor.redact(text).text


def test_wilson_interval_matches_a_hand_computed_value():
    low, high = wilson(8, 10)
    assert low == pytest.approx(0.4902, abs=1e-3) and high == pytest.approx(0.9433, abs=1e-3)


def test_a_span_touching_no_letter_of_the_identifier_is_a_verbatim_leak():
    text = "call 555-0100 now"
    assert leaked(text, (5, 13), [(0, 4)])
    assert not leaked(text, (5, 13), [(5, 8)])


@pytest.mark.parametrize(
    "text",
    [
        "how can he build up to his 30 minute walks when he gets winded?",
        "its a 20 minute drive to the clinic",
        "she does a 2 mile walk daily",
        "we park 3 blocks away and he needs 2 puffs first",
        "how do we make the house safer so mom doesn't fall?",  # "house" is also a surname
        "mom fell last spring and broke her wrist, it's healed now",  # "Spring" ends like a German "-ring" street
    ],
)
def test_when_a_lower_case_number_and_unit_reads_like_a_street_then_it_is_kept(redactor, text):
    assert redactor.redact(text).text == text


def test_when_an_address_is_typed_in_lower_case_then_it_is_still_redacted(redactor):
    out = redactor.redact("we moved to 14 oak st apt 2 last week").text
    assert "14 oak" not in out and "apt 2" not in out
