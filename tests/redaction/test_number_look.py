"""The number look (redaction/number_look.py): the chunks of digits it scores, what it reads them as in context with
the shipped weights and the service's model, its fail-open path, and its trainer's bookkeeping
(evals/redaction/number_look_train.py)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from evals.redaction.number_look_train import TRAIN_FILES, Collected, Message, effect
from guide.ml.embeddings import OnnxMiniLM
from redaction import Redactor
from redaction.number_look import (
    NUMBER_LOOK_FILE,
    SHAPE_FEATURES,
    NumberLookError,
    chunk_shape,
    load_number_look,
    number_chunks,
)


@pytest.fixture(scope="module")
def redactors(model: OnnxMiniLM) -> tuple[Redactor, Redactor]:
    looking, without = Redactor(word_vectors=lambda: model), Redactor(word_vectors=lambda: model, number_look=False)
    looking.warm_up()
    without.warm_up()
    return looking, without


def _chunks(text: str, blocked: list[tuple[int, int]] | None = None) -> list[str]:
    return [text[s:e] for s, e in number_chunks(text, blocked or [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ends in 2157, cant read the rest", ["2157"]),  # an English word before the digits stays a word
        ("record PUL 189 139, call her", ["PUL 189 139"]),  # a short code of letters is part of the number
        ("grandma's other one was kp 0092817", ["kp 0092817"]),
        ("1) Alvarez, T. - #448190 - gout", ["448190"]),
        ("the old clinic wrote H.220.914 on it", ["H.220.914"]),
        ("member 902408703*00 on the card", ["902408703*00"]),
        ("take 1000 mg at 10:30 on 3/4/2025", ["1000"]),  # a time's and a date's parts are never scored
        ("BP 140/90, copay $45.00, A1c 7.2%, 2150%", []),
        ("call Poison Control at 1-800-222-1222 right away", []),  # a public helpline stays, as the phone rule keeps it
        ("room 12, bed 3, 15 minutes", []),  # fewer than four digits
    ],
)
def test_number_chunks(text: str, expected: list[str]) -> None:
    assert _chunks(text) == expected


def test_a_chunk_touching_a_redacted_span_is_not_scored() -> None:
    text = "MRN 4471 882, and his other one 5521 0093"
    first = text.index("4471")
    assert _chunks(text, [(first, first + 4)]) == ["5521 0093"]


def test_chunk_shape_reads_years_clock_times_and_a_hash() -> None:
    names = list(SHAPE_FEATURES)

    def shape(text: str, chunk: str) -> dict[str, float]:
        start = text.index(chunk)
        return dict(zip(names, chunk_shape(text, start, start + len(chunk)).tolist(), strict=True))

    year = shape("she passed in 2009", "2009")
    assert year["year_like"] == 1.0 and year["digits_4"] == 1.0 and year["pieces_1"] == 1.0
    clock = shape("trazodone due 2200", "2200")
    assert clock["clock_like"] == 1.0 and clock["year_like"] == 0.0
    coded = shape("Rx #RX3985272 filled", "RX3985272")
    assert coded["hash_before"] == 1.0 and coded["letters"] == 1.0 and coded["upper"] == 1.0
    grouped = shape("it's 2026 041 88213 00 I think", "2026 041 88213 00")
    assert grouped["pieces_4_more"] == 1.0 and grouped["sep_space"] == 1.0 and grouped["digits_11_more"] == 1.0
    assert grouped["longest_piece_5_more"] == 1.0 and grouped["longest_piece_2"] == 0.0
    readings = shape("pulse 66 72 70 68 this week", "66 72 70 68")
    assert readings["longest_piece_2"] == 1.0 and readings["digits_7_8"] == 1.0 and readings["pieces_4_more"] == 1.0


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # numbers no rule has a label or a shape for (each rule-free: the look alone takes them); 'Dad is at the
        # Riverside hospital, 7741 2290' scores 0.78, under the threshold (redaction/README.md, "The number look")
        ("the case worker gave me a reference, 7730 4419 2281", "7730 4419 2281"),
    ],
)
def test_the_look_takes_a_number_no_rule_took(redactors: tuple[Redactor, Redactor], text: str, number: str) -> None:
    looking, without = redactors
    assert number in without.redact(text).text
    out = looking.redact(text)
    assert number not in out.text
    assert any(text[s.start : s.end] == number and s.type == "ID" for s in out.spans)


@pytest.mark.parametrize(
    "text",
    [
        "she was born in 1952 and moved here in 1990",
        "give 1000 mg of tylenol at night, not more",
        "she took her meds at 2200 and slept till 0600",
        "his weight was 1845 grams at birth",
        "we drove 1200 miles to see her",
    ],
)
def test_the_look_leaves_numbers_that_are_nobodys(redactors: tuple[Redactor, Redactor], text: str) -> None:
    looking, _ = redactors
    out = looking.redact(text)
    assert not [s for s in out.spans if s.type == "ID"], out.text


def test_without_a_model_nothing_is_scored() -> None:
    text = "the case worker gave me a reference, 7730 4419 2281"
    plain = Redactor(word_vectors=lambda: None)
    assert "7730 4419 2281" in plain.redact(text).text  # the documented fail-open: the rules alone, as before the look


def test_stale_weights_name_the_trainer(tmp_path: Path) -> None:
    data = json.loads(NUMBER_LOOK_FILE.read_text(encoding="utf-8"))
    data["features_version"] = -1
    stale = tmp_path / "number_look.json"
    stale.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(NumberLookError, match="evals.redaction.number_look_train"):
        load_number_look(stale)


def test_shipped_weights_fit_the_features_and_never_saw_the_measuring_files() -> None:
    look = load_number_look()
    assert look.weights.shape == (len(SHAPE_FEATURES) + 384,)
    assert 0.0 < look.threshold < 1.0
    trained_on = set(json.loads(NUMBER_LOOK_FILE.read_text(encoding="utf-8"))["meta"]["trained_on"])
    measuring = {"dev75", "dev77", "dev81"}  # the files no rule and no model has read: the unseen measure
    assert not trained_on & measuring
    assert not {p.stem.removeprefix("handwritten_") for p in TRAIN_FILES} & measuring


def test_effect_counts_identifiers_completed_and_words_taken() -> None:
    text = "ref 7730 4419 and 1200 miles, mrn 5521 0093"
    ref, miles, mrn = (text.index(s) for s in ("7730", "1200", "5521"))
    message = Message(
        text,
        gold=[((ref, ref + 9), "US"), ((mrn, mrn + 9), "INTL")],
        words=[(text.index("ref"), text.index("ref") + 3), (miles, miles + 4), (text.index("miles"), miles + 10)],
        taken=[(mrn, mrn + 4)],  # the rules took half of the record number
    )
    data = Collected(
        chunks=[(0, ref, ref + 9), (0, miles, miles + 4), (0, mrn + 5, mrn + 9)],
        features=np.zeros((3, 1)),
        labels=np.array([1, 0, 1]),
        messages=[message],
    )
    assert effect(data, np.array([0.95, 0.2, 0.95]), 0.9) == {
        "threshold": 0.9,
        "identifiers_completed": 2,
        "us_completed": 1,
        "words_added": 0,
    }
    assert effect(data, np.array([0.95, 0.95, 0.1]), 0.9)["words_added"] == 1  # '1200' taken, 'miles' not
    assert effect(data, np.array([0.95, 0.95, 0.1]), 0.9)["identifiers_completed"] == 1
