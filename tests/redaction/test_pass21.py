"""Pass 21: a care plan's medicine wording (RxNorm dose forms, strengths and directions) is never a name, and the
plan's coded words reach the redaction of its own free-text passages."""

from __future__ import annotations

import pytest

from guide.careplan.model import CarePlan, Condition, Consumer, Medication, Name
from guide.careplan.passages import render
from guide.turn.redact import RedactStage, plan_terms
from redaction import PseudonymVault, Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(
    "text",
    [
        "How to take Albuterol 0.09 MG/ACTUAT Metered Dose Inhaler: Inhale 2 puffs into the lungs every 4 hours.",
        "How to take 120 ACTUAT Fluticasone propionate 0.044 MG/ACTUAT Metered Dose Inhaler: Inhale 2 Puffs twice a day.",
        "How to take Nitroglycerin 0.4 MG Sublingual Tablet: Dissolve 1 Tablet under the tongue.",
        "How to take 72 HR Fentanyl 0.025 MG/HR Transdermal System: Apply 1 Patch every 72 hours.",
        "How to take Hydrochlorothiazide 25 MG Oral Tablet: Take 1 Tablet by mouth once daily.",
        "How to take Donepezil hydrochloride 10 MG Oral Tablet: Take one Capsule at bedtime.",
        "How to take Acetaminophen 500 MG Oral Tablet: Chew 1 Tablet. Apply 1 Patch.",
    ],
)
def test_when_a_plan_writes_a_medicine_and_its_directions_then_nothing_is_redacted(
    redactor: Redactor, text: str
) -> None:
    assert redactor.redact(text).text == text


def test_when_a_name_stands_next_to_medicine_wording_then_the_name_goes_and_the_wording_stays(
    redactor: Redactor,
) -> None:
    text = "Give Maria Lopez her Albuterol 0.09 MG/ACTUAT Metered Dose Inhaler. Inhale 2 puffs, then call Tom Patch."
    out = redactor.redact(text).text
    assert "Maria" not in out and "Lopez" not in out
    assert "Tom" not in out and "Patch." not in out  # a surname that is a dose form, where no dose is near
    assert "Albuterol 0.09 MG/ACTUAT Metered Dose Inhaler. Inhale 2 puffs" in out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mr. Patch called about the bill.", "Patch"),
        ("Ask Chew Lin about the ride on Friday.", "Chew"),
        ("Rosa Spray came by with soup.", "Spray"),
    ],
)
def test_when_a_dose_form_word_is_a_surname_outside_a_direction_then_it_is_still_a_name(
    redactor: Redactor, text: str, name: str
) -> None:
    assert name not in redactor.redact(text).text


def _plan() -> CarePlan:
    return CarePlan(
        consumer=Consumer(id="c1", name=Name(given=["Ada"], family="Okonkwo")),
        conditions=[Condition(id="k1", text="Essential hypertension")],  # the reason is a reason code, no condition
        medications=[
            Medication(
                id="m1",
                text="Sertraline 50 MG Oral Tablet",
                instructions="Take 1 tablet every morning; Nnamdi Eze sets out the box.",
                reason="Major depressive disorder, recurrent",
            )
        ],
    )


def test_when_a_plan_is_read_then_what_a_medicine_is_prescribed_for_is_a_term_and_its_instructions_are_not() -> None:
    terms = plan_terms(_plan())
    assert "Major depressive disorder, recurrent" in terms
    assert not any("Nnamdi" in t or "Eze" in t or "morning" in t for t in terms)


def test_when_a_medicine_passage_with_instructions_is_redacted_with_the_plan_terms_then_its_reason_stays() -> None:
    stage = RedactStage(Redactor())
    plan = _plan()
    [passage] = [p for p in render(plan) if p.id.endswith("m1")]
    assert not passage.coded  # instructions are free text, so the full redactor reads the passage
    [stored] = stage.passages([passage], known=[], vault=PseudonymVault(), allow=plan_terms(plan))
    assert "is prescribed for Major depressive disorder" in stored.text
    assert "Take 1 tablet every morning" in stored.text
    assert "Nnamdi" not in stored.text and "Eze" not in stored.text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("got the refill, thank you.\n-Joy\n(jb1960@example.org)", "Joy"),
        ("ok the appt is moved to 3pm\n-kwame\nsent from my phone, pls excuse typos", "kwame"),
        ("See you Tuesday.\n- Dawn\nSent from my iPhone", "Dawn"),
    ],
)
def test_when_a_signature_has_an_address_or_a_phone_footer_under_it_then_it_is_still_a_signature(
    redactor: Redactor, text: str, name: str
) -> None:
    assert name not in redactor.redact(text).text


def test_when_a_closing_word_has_a_footer_under_it_then_it_stays(redactor: Redactor) -> None:
    assert "-Love" in redactor.redact("Ok see you then.\n-Love\nSent from my iPhone").text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("who drives mom to chemo on tuesday, bertrand or me?", "chemo"),
        ("Dad keeps the nitro in his shirt pocket; Odalys knows.", "nitro"),
        ("PMH: HTN, CKD3. Daughter Ottilie at bedside.", "HTN"),
        ("the prior auth for the rollator came back denied, ask Thaddeus", "prior auth for the rollator"),
    ],
)
def test_when_a_family_writes_care_shorthand_then_it_is_kept_and_the_name_beside_it_goes(
    redactor: Redactor, text: str, kept: str
) -> None:
    out = redactor.redact(text).text
    assert kept in out
    assert not any(n in out for n in ("bertrand", "Odalys", "Ottilie", "Thaddeus"))


def test_when_spacy_calls_a_lower_case_phrase_of_another_language_a_person_then_it_is_kept(redactor: Redactor) -> None:
    out = redactor.redact("Carmen: oye, tu papá ya tomó su Losartán?\nNico: sí ma.").text
    assert "ya tomó su Losartán?" in out
    assert "Carmen" not in out and "Nico" not in out


def test_when_spacy_finds_a_lower_case_name_in_capitalised_text_then_it_is_still_a_name(redactor: Redactor) -> None:
    out = redactor.redact("we met kenyatta bell at the clinic, Tuesday.").text  # no function word: a name
    assert "kenyatta" not in out


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Pls mail it to 88 cedar hollow rd apt 4 larkspur bend nd 58203. Thx, Ana", "larkspur bend nd 58203"),
        ("Her new place is 415 Juniper Way Unit 2 boulder city nv 89005, ring the bell", "boulder city nv 89005"),
    ],
)
def test_when_a_street_line_goes_on_with_city_state_and_zip_in_lower_case_then_all_of_it_goes(
    redactor: Redactor, text: str, address: str
) -> None:
    assert address not in redactor.redact(text).text


@pytest.mark.parametrize(
    "text",
    ["Grandpa lives in 94305 now? No, that is the old ZIP.", "Ring me 07841 552 063 after 5, Flat 2 is upstairs."],
)
def test_when_a_state_code_is_also_a_word_then_no_address_is_made_of_it(redactor: Redactor, text: str) -> None:
    out = redactor.redact(text).text
    assert "lives in" in out or "Ring me" in out


def test_when_a_schedule_gives_found_names_after_its_labels_then_a_name_that_is_a_word_there_is_a_name_too(
    redactor: Redactor,
) -> None:
    text = "Who sits with Grandma:\n- Sat am: Ngozi (has the key)\n- Sat pm: Tomasz\n- Sun: Hope + bring the Eliquis\n"
    text += "- Mon: Rest"
    out = redactor.redact(text).text
    assert "Ngozi" not in out and "Tomasz" not in out and "Hope" not in out
    assert "- Mon: Rest" in out and "bring the Eliquis" in out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Faith paid the copay at the front desk.", "Faith"),
        ("Hunter charted the evening sugars. All good.", "Hunter"),
        ("Thanks for the update. Grant faxed the forms this morning.", "Grant"),
    ],
)
def test_when_a_name_that_is_a_word_opens_a_sentence_before_what_a_caregiver_did_then_it_is_a_name(
    redactor: Redactor, text: str, name: str
) -> None:
    assert name not in redactor.redact(text).text


@pytest.mark.parametrize("text", ["Son called about the bill.", "CALLED ABOUT THE BILL. SON PAID WITH CC."])
def test_when_a_relation_word_opens_a_sentence_before_a_verb_then_it_stays_a_word(
    redactor: Redactor, text: str
) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("the clinic wanted his social, I read them 286 53 1170 off the card", "286 53 1170"),
        ("Patient birth date: 11 | 23 | 1944\nInsurance: Medicare", "11 | 23 | 1944"),
    ],
)
def test_when_an_ssn_is_grouped_by_spaces_or_a_birth_date_written_in_form_boxes_then_it_goes(
    redactor: Redactor, text: str, number: str
) -> None:
    assert number not in redactor.redact(text).text


@pytest.mark.parametrize(
    "text", ["Her BP was 128 over 82 and pain 3 | 10 today.", "Lot 412 77 31900 on the box", "IBAN DE89 3704 0044"]
)
def test_when_numbers_only_look_like_those_shapes_then_no_ssn_or_date_is_made(redactor: Redactor, text: str) -> None:
    out = redactor.redact(text).text
    assert "US_SSN" not in out and "DATE_OF_BIRTH" not in out


@pytest.mark.parametrize(
    ("text", "kept", "address"),
    [
        ("mom's new place is 14 sparrow hill rd, ames ia 50010. she likes it", "new place is", "14 sparrow hill rd"),
        ("THE PLACE AT 9 ELM CT, DULUTH MN 55803 IS LOCKED", "THE PLACE AT", "9 ELM CT"),
    ],
)
def test_when_a_sentence_says_place_is_or_at_before_an_address_then_only_the_address_goes(
    redactor: Redactor, text: str, kept: str, address: str
) -> None:
    out = redactor.redact(text).text
    assert kept in out and address not in out


def test_when_a_french_place_is_a_street_then_it_is_still_part_of_the_address(redactor: Redactor) -> None:
    out = redactor.redact("Elle habite 12 Place de la Concorde, 75008 Paris depuis mai.").text
    assert "Concorde" not in out and "75008" not in out


def test_when_a_message_in_capitals_says_what_goes_to_an_address_then_those_words_stay(redactor: Redactor) -> None:
    out = redactor.redact("BRING HIS WALKER TO 41 ASH CT, MINOT ND 58701 TODAY").text
    assert "BRING HIS WALKER TO" in out and "41 ASH CT" not in out and "58701" not in out
