"""Issue 17, thirtieth pass (thirty-sixth session): a found name takes the rest of itself (particles before a
capitalised surname, the rest of a hyphenated given name, a surname that is a short word at the name's end, what the
rules add to a name the model found), names in shapes of their own (a record's 'SURNAME, GIVEN I', a lower-case given
name and surname in cased text, a form label's value, speakers of a chat in lower case, in capitals or with an emoji),
towns in lower case or before a state's code that is also a clinical word, numbers read aloud, and short typos that
are no names. Every sentence is written for this file; the dev files hold none of them."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.name_finder import _continued
from redaction.name_freq import name_frequencies
from redaction.phones import spoken_numbers, spoken_phones, spoken_ssns
from redaction.places import find_places, state_places
from redaction.typos import misspelt

from .checks import covered, touched


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    r = Redactor()
    r.warm_up()
    return r


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Financial aid form for Marisa dos Anjos: SSN on file", "Marisa dos Anjos"),
        ("Her cousin Ana de la Vega picked up the inhaler.", "Ana de la Vega"),
        ("I spoke with Seo-yeon Park about the metoprolol refill.", "Seo-yeon Park"),
        ("Meds for Lien Le:\n* amlodipine\n* aspirin", "Lien Le"),
        ("for the fridge:\n- call Carter Best\n- pick up gauze", "Carter Best"),
    ],
)
def test_a_found_name_takes_the_rest_of_itself(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Mutti hat eine neue Karte von der TK: bitte anrufen", "TK"),
        ("el hijo de doña rocío subió fotos de la fiesta anoche", "fiesta"),
        ("Mi tío Raimundo Alves de Mexico viene en mayo.", "Mexico"),
        ("I asked Rosa. Do you know if the pharmacy is open?", "Do"),
    ],
)
def test_what_follows_a_particle_or_a_name_is_not_always_its_part(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The new aide is latoya brown, she starts Monday with the Lasix.", "latoya brown"),
        ("Bill sent to ORTEGA, DESTINY M at the old address, please resend.", "ORTEGA, DESTINY M"),
        ("Refund for PRUITT, DECLAN R's walker: the card on file expired.", "PRUITT, DECLAN R"),
        ("Name (Last, First): ROSS, HOPE\nDOB: 04/04/1944", "ROSS, HOPE"),
        ("Refund form\nPatient: Honor Whitaker\nDOB: 02/09/1951", "Honor Whitaker"),
    ],
)
def test_names_in_shapes_of_their_own(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The grace period ends Monday, so pay the Medicare bill.", "grace"),
        ("Reviewed HOLLIS, CLINIC B today", "CLINIC"),
        ("Patient: Mercy Hospital\nReason: transfer", "Mercy"),
        ("We paid Georgia Power and the Rose Garden tickets.", "Power"),
    ],
)
def test_words_in_those_shapes_stay(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Kasey: can you bring the walker\nWill: ok\nKasey: thanks", ["Will"]),
        ("Tasha: he's home now\nNight nurse Brooks: vitals are fine, he is resting", ["Brooks"]),
        ("derek: who has the Eliquis refill?\nmonique: me, picking it up at 5\nderek: ok", ["derek", "monique"]),
        ("Faith 💕: Grandma's scan is clear!!\nUncle Ray: thank God", ["Faith"]),
        (
            "ADEBAYO: I am at the pharmacy now.\nCHIOMA: Tell them her member ID is on the card.\nADEBAYO: Done, thank you.",
            ["ADEBAYO", "CHIOMA"],
        ),
    ],
)
def test_chat_speakers(redactor: Redactor, text: str, names: list[str]) -> None:
    for name in names:
        assert covered(redactor, text, name), name


def test_form_labels_in_a_lower_case_chat_stay(redactor: Redactor) -> None:
    text = "note: BP was 140/90 today\nappt: Tues at 3 with Dr. Lee\nmeds: same as before"
    for word in ("note", "appt", "meds"):
        assert not touched(redactor, text, word), word


def test_a_name_the_model_found_takes_a_common_surname_not_a_word() -> None:
    text = "MY WIFE IS ROSE REED. SHE NEEDS THE FORM"
    start = text.index("ROSE")
    assert _continued(text, [(start, start + 4)], [], []) == [(start, start + len("ROSE REED"))]
    text = "VISITING ROSARIO TILL DECEMBER"
    start = text.index("ROSARIO")
    assert _continued(text, [(start, start + 7)], [], []) == [(start, start + 7)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Richard: I'm in knoxville till Friday", "knoxville"),
        ("We drove up from Erie PA last week for the scan", "Erie PA"),
        ("Richie: flight lands at 6 in Fargo ND\nTasha: ok I will drive", "Fargo ND"),
    ],
)
def test_towns(text: str, place: str) -> None:
    found = [text[a:b] for a, b in find_places(text, []) + state_places(text, [])]
    assert place in found


def test_a_town_that_is_a_word_in_lower_case_stays_and_a_credential_stays(redactor: Redactor) -> None:
    assert not touched(redactor, "just landed in mobile, tell Dad I'm close", "mobile")
    assert not touched(redactor, "Thanks,\nDr. Imelda Sayre, MD\n820 Pine Ave, Muskegon, MI 49440", "MD")


def test_a_state_code_in_lower_case_after_a_comma(redactor: Redactor) -> None:
    assert covered(redactor, "Moving Grandpa to macon, ga in June. He has COPD.", "macon, ga")
    assert not touched(redactor, "soy la nieta de carmen, mi abuela tiene diabetes", "mi")


def test_numbers_read_aloud() -> None:
    text = "call me back at six one five, five five five, zero one four two, extension two, thanks"
    phone = "six one five, five five five, zero one four two, extension two"
    assert [text[a:b] for a, b in spoken_phones(text)] == [phone]
    text = "his number is area code four zero two five five five oh one nine eight ok"
    assert [text[a:b] for a, b in spoken_phones(text)] == ["area code four zero two five five five oh one nine eight"]
    text = "my social is four one two five five six seven eight nine and my address is"
    assert [text[a:b] for a, b in spoken_ssns(text)] == ["four one two five five six seven eight nine"]
    count = "she takes one two three pills, five or six times, one at 8"
    assert [n for _, _, n in spoken_numbers(count)] == ["123"]
    assert spoken_phones(count) == [] and spoken_ssns(count) == []
    assert spoken_ssns("the code is four one two five five six seven eight nine") == []  # no label: not an SSN


@pytest.mark.parametrize("word", ["teh", "adn", "agian", "helo", "taht"])
def test_short_typos_are_typos(word: str) -> None:
    assert misspelt(word)


@pytest.mark.parametrize("word", ["ana", "amy", "ben", "eli", "jon"])
def test_short_names_are_not_typos(word: str) -> None:
    assert not misspelt(word)


def test_typos_in_a_lower_case_message_are_kept(redactor: Redactor) -> None:
    text = "helo this is ramona, teh nurse said to ask about the insulin"
    for word in ("helo", "teh"):
        assert not touched(redactor, text, word), word
    assert covered(redactor, text, "ramona")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Discharge: Ada Ruiz to 41 East Mill Pond Rd. Apt 7C, Laurel, MS 39440. Follow up Tuesday.",
            "41 East Mill Pond Rd. Apt 7C, Laurel, MS 39440",
        ),
        ("Lives alone at 17 Rte 28, Unit A, Oneonta NY 13820. Uses a walker.", "17 Rte 28, Unit A, Oneonta NY 13820"),
        ("Mailing: Box 14, Rural Route 3, Gackle, ND 58442\nReason: moved", "Box 14, Rural Route 3, Gackle, ND 58442"),
        ("we are out at rt 2 box 61 elkins wv 26241 if the nurse can come", "rt 2 box 61 elkins wv 26241"),
        (
            "Home: 4410 1/2 N. Vine St, Apt. 3, Boise, ID 83702\nCell: none",
            "4410 1/2 N. Vine St, Apt. 3, Boise, ID 83702",
        ),
        (
            "Seen at 90 W Martin Luther King Jr Blvd, #4, Tampa, FL 33607. Stable.",
            "90 W Martin Luther King Jr Blvd, #4, Tampa, FL 33607",
        ),
        ("Zip for the meal delivery is 72034, leave it at the door", "72034"),
    ],
)
def test_whole_us_addresses(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value)


def test_a_dose_form_is_no_road_and_a_firm_before_its_number_stays(redactor: Redactor) -> None:
    assert not touched(redactor, "she had 2 CR 10 tablets and 1 SR 20 at night", "CR")
    assert not touched(redactor, "- Pflegedienst Sonnenschein: 0221 444 1180", "Sonnenschein")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Who to call:\n- Marisol 555-201-3344\n- Summer +1 (973) 930-0433", "Summer"),
        ("Care team:\n3. June 808-555-6266 Ext. 75", "June"),
        ("MY HEART IS RACING. CARDIO IS DR WELLS (801) 555-0143. WE ARE HOME", "WELLS"),
        ("FROM PASTOR GREENE: PRAYER LIST THIS WEEK - ELEANOR", "GREENE"),
    ],
)
def test_names_before_numbers_and_after_titles_in_capitals(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Cell 555-201-3344\nPharmacy: 555-201-3355\nHome 555-201-3377", "Cell"),
        ("Cell 555-201-3344\nPharmacy: 555-201-3355\nHome 555-201-3377", "Home"),
        ("MY DR SAID TO REST. THE DR OFFICE IS CLOSED", "OFFICE"),
        ("CALL THE NURSE LINE TONIGHT ABOUT THE PAIN", "LINE"),
        ("DR. BROWN SAID TO TELL YOU THE PHONE IS 555-201-3344", "SAID"),
    ],
)
def test_labels_and_verbs_there_stay(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Voicemail from 1 (702) 555-0144: "Summer here, Dad fell and hit his head"', "Summer"),
        ("hope here (kayla's mom). kayla had her tonsils out", "hope"),
    ],
)
def test_a_writer_saying_who_is_here(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


def test_given_names_the_first_list_lacks_are_in_the_shipped_counts() -> None:
    freq = name_frequencies()
    for name in ("destiny", "precious", "jayden", "deja"):
        assert freq.given(name) > 0, name  # none in the mortgage-record list; pooled national sources hold them
    for word in ("marine", "queen", "line", "deacon", "clinic"):
        assert freq.given(word) == 0, word  # English words too few sources give as a name stay out
    assert freq.given("elizabeth") == 12_737  # the first list's own counts are unchanged


def test_a_record_name_with_a_given_name_the_first_list_lacked(redactor: Redactor) -> None:
    text = "ALERT FOR OKONJO-HART, PRECIOUS MRN 00-41-22-19: NO NSAIDS (KIDNEYS)."
    assert covered(redactor, text, "OKONJO-HART, PRECIOUS")


@pytest.mark.parametrize(
    ("text", "name", "word"),
    [
        ("Intake Form\nPatient: Renata Vogel   Birth date: 1961-02-14\nContact 1: none", "Renata Vogel", "Birth"),
        ("Discharge summary\nPatient: Omar Haddad   Med Rec No. E4471209   d.o.b. 3/3/1950", "Omar Haddad", "Rec"),
        ("Appeal\nMember: Ortiz, Lena     Member #: YHD7720013-01\nDate of birth: 1/1/1970", "Ortiz, Lena", "Member"),
    ],
)
def test_a_name_ends_where_its_form_field_does(redactor: Redactor, text: str, name: str, word: str) -> None:
    assert covered(redactor, text, name)
    assert not touched(redactor, text, word)


def test_a_record_label_between_a_date_and_a_number_is_no_name(redactor: Redactor) -> None:
    text = "TO: DR. LOPEZ OFFICE. PATIENT HENRY WATTS DOB 04/12/1940 MRN B2290431. SUGAR IS HIGH"
    assert not touched(redactor, text, "MRN")
    assert covered(redactor, text, "B2290431") and covered(redactor, text, "04/12/1940")


def test_the_next_fields_own_name_stays_a_name(redactor: Redactor) -> None:
    text = "Name: Ann Lee   Maria Reyes: guardian"
    assert covered(redactor, text, "Ann Lee") and covered(redactor, text, "Maria Reyes")
    assert not touched(redactor, text, "guardian")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Billing: can I get the SSN for Ruth Ames?\nDaughter Joy: 401-55-2290\nBilling: and the routing?", "Billing"),
        ("Wanda: where do I send the Foley?\nPharmacist Omar: to the house", "Foley"),
        ("not sure if grandpa took the aricept tonite. call me anytime", "tonite"),
        ("not sure if grandpa took the aricept tonite. call me anytime", "anytime"),
    ],
)
def test_departments_supplies_and_informal_spellings_stay(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)
