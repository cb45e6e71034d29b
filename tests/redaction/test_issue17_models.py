"""Issue 17, third pass: models of places, addresses, records and non-names that generalise beyond the corpora.

Every example here is written for this file (none is taken from the train/dev corpora or the frozen split).
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from redaction import KnownIdentifier, Redactor
from redaction.backends import without_unused_frameworks
from redaction.places import find_places
from redaction.postal import find_addresses
from redaction.records import find_records
from tests.redaction.checks import covered


def _redacted(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("WE DROVE HER TO PHOENIX FOR THE SCAN", "PHOENIX"),
        ("so then he drove her back to Dayton", "Dayton"),
        ("grandpa lives with us in tulsa now", "tulsa"),
        ("they moved to San Luis Obispo in June", "San Luis Obispo"),
        ("LIVES IN BAKERSFIELD.", "BAKERSFIELD"),
    ],
)
def test_when_a_gazetteer_place_follows_a_place_word_then_it_is_found(text: str, place: str) -> None:
    assert place in [text[s:e] for s, e in find_places(text, [])]


@pytest.mark.parametrize(
    "text",
    [
        "she is interested in reading again",
        "he went back to bed at noon",
        "we went to Cleveland Clinic for the scan",
        "her appointment is in March",
        "they moved to Texas last year",
        "she prayed to God all night",
    ],
)
def test_when_a_place_name_is_a_word_a_month_a_state_or_an_organisation_then_no_place_is_found(text: str) -> None:
    assert find_places(text, []) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Ella vive en Calle de Serrano 88, 2º A, 28006 Madrid desde mayo.", "Calle de Serrano 88, 2º A, 28006 Madrid"),
        ("Enviar a Carrera 15 # 93-47, Bogotá por favor", "Carrera 15 # 93-47, Bogotá"),
        (
            "Spedire a Corso Giulio Cesare 214, 10155 Torino (TO) entro lunedì",
            "Corso Giulio Cesare 214, 10155 Torino (TO)",
        ),
        ("Gran lives at 3/12 Smith Street, Fitzroy VIC 3065 now.", "3/12 Smith Street, Fitzroy VIC 3065"),
        ("Post to 12/7, Gandhi Path, Jaipur-302015 please", "12/7, Gandhi Path, Jaipur-302015"),
        ("Flat 4c, 9 Mill Lane, York YO1 7HU is her flat", "Flat 4c, 9 Mill Lane, York YO1 7HU"),
    ],
)
def test_when_an_international_address_is_written_then_its_parts_join_into_one_span(text: str, address: str) -> None:
    assert address in [text[s:e] for s, e in find_addresses(text)]


def test_when_a_unit_word_starts_another_word_then_it_is_not_a_unit() -> None:
    text = "Flat 4c, 9 Mill Lane, York YO1 7HU"
    assert find_addresses(text) == [(0, len(text))]  # 'Flat' is the flat, not the floor abbreviation 'Fl' + 'at'


@pytest.mark.parametrize(
    ("text", "record"),
    [
        ("Medicare Beneficiary Identifier 3QW8-HN4-KP27 on the card", "3QW8-HN4-KP27"),
        ("her number is 7TR2GD5MV93 I think", "7TR2GD5MV93"),
        ("The MRN on his wristband was 4471903.", "4471903"),
        ("Her number at the hospital is 90218834", "90218834"),
    ],
)
def test_when_a_record_number_has_its_shape_or_a_label_before_it_then_it_is_found(text: str, record: str) -> None:
    assert record in [text[s:e] for s, e in find_records(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Call Medicare at 1-800-633-4227 about the card",
        "Medicare said the visit is 04-15-2026",
        "the policy covers 80 percent",
    ],
)
def test_when_a_label_points_at_a_phone_a_date_or_no_number_then_no_record_is_found(text: str) -> None:
    assert find_records(text) == []


@pytest.mark.parametrize(
    ("text", "kept", "removed"),
    [
        ("Member ID: XQ8812093\nGroup: 55120\nSubscriber: Imelda Vasquez", ["Group", "Subscriber"], ["Imelda Vasquez"]),
        ("Pt seen w/ son (Desmond). HTN stable. RTC 6 wk.", ["RTC", "HTN"], ["Desmond"]),
        ("The Lewy Body Association helpline said Thursday is fine.", ["helpline"], []),
        ("Tante Helga: her Ramipril is on the table", ["Tante", "Ramipril"], ["Helga"]),
        ("Dirección: Calle 10 # 45-12, Medellín. Abuela toma metformina.", ["Dirección", "Abuela"], []),
        ("Hi all, the Caregiver Support Group moved to Friday. Bring your Questions.", ["Support", "Questions"], []),
        ("visa 4000 0566 5566 5556 exp 11/29, thanks", ["exp"], ["4000 0566 5566 5556"]),
    ],
)
def test_when_words_only_look_like_names_then_they_stay_and_the_real_identifiers_go(
    redactor: Redactor, text: str, kept: list[str], removed: list[str]
) -> None:
    out = redactor.redact(text).text
    for word in kept:
        assert word in out
    for value in removed:
        assert covered(redactor, text, value)


def test_when_a_city_is_typed_in_capitals_then_the_redactor_removes_it(redactor: Redactor) -> None:
    text = "SPOKE WITH HER SON. THEY LIVE IN SACRAMENTO NOW."
    assert covered(redactor, text, "SACRAMENTO")


def test_when_frameworks_are_hidden_then_their_import_fails_inside_and_works_again_after() -> None:
    name = "redaction_test_framework_that_is_not_installed"
    with without_unused_frameworks((name, "json")):  # json is imported already: left alone
        with pytest.raises(ImportError):
            __import__(name)
        assert sys.modules["json"] is not None
    assert name not in sys.modules  # the blocker is gone: a later import searches the path again


def test_building_the_detection_engine_imports_no_deep_learning_framework() -> None:
    probe = (
        "import sys\nfrom redaction import Redactor\nRedactor().redact('Maria Lopez called from Tucson')\n"
        "print(sorted(m for m in ('torch', 'transformers', 'tensorflow') if m in sys.modules))\n"
        "print(sorted(m for m in ('torch', 'transformers') if sys.modules.get(m, 0) is None))"
    )
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=300)
    assert proc.stdout.split("\n")[:2] == ["[]", "[]"]


def test_when_a_message_cannot_hold_a_known_identifier_then_its_regex_is_not_compiled() -> None:
    from redaction.variants import _compile

    redactor = Redactor(detect=False)
    known = [KnownIdentifier("PERSON", "Zebulon Quartermaine"), KnownIdentifier("PHONE_NUMBER", "(312) 555-0199")]
    before = _compile.cache_info().misses
    assert redactor.redact("She slept well and ate lunch.", known=known).spans == []
    assert _compile.cache_info().misses == before
    result = redactor.redact("Zebulon called from 312.555.0199", known=known)
    assert [s.type for s in result.spans] == ["PERSON", "PHONE_NUMBER"]
