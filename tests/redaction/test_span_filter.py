"""The learned last look at detected names and places (redaction/span_filter.py) and its trainer's bookkeeping."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals.redaction.span_filter_train import LATER_TRAIN, Collected, Example, Message, choose, knowledge_prose, table
from redaction import KnownIdentifier, Redactor
from redaction.span_filter import (
    FILTER_FILE,
    SpanFilterError,
    filterable,
    load_filter,
    message_view,
    span_features,
)
from redaction.spans import Candidate


@pytest.fixture(scope="module")
def redactors() -> tuple[Redactor, Redactor]:
    with_filter, rules_only = Redactor(), Redactor(span_filter=False)
    with_filter.warm_up()
    rules_only.warm_up()
    return with_filter, rules_only


def _surfaces(redactor: Redactor, text: str, known: list[KnownIdentifier] | None = None) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text, known=known or []).spans]


def test_shipped_weights_are_for_the_features_this_code_computes() -> None:
    filt = load_filter()
    text = "Rückruf bitte unter 0341 2198 440."
    dense, hashed = span_features(message_view(text), 0, 7, "PERSON")
    assert set(filt.dense) == set(dense)  # a feature renamed or added without retraining fails here
    assert hashed and all(":" in h for h in hashed)
    assert 0.0 < filt.threshold < 0.5
    meta = json.loads(FILTER_FILE.read_text(encoding="utf-8"))["meta"]
    assert "handwritten_dev15" not in meta["trained_on"] and "handwritten_dev16" not in meta["trained_on"]


def test_weights_of_another_feature_version_fail_with_the_way_out(tmp_path: Path) -> None:
    data = json.loads(FILTER_FILE.read_text(encoding="utf-8"))
    data["features_version"] = 0
    stale = tmp_path / "span_filter.json"
    stale.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SpanFilterError, match="retrain"):
        load_filter(stale)


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        # a German sentence's first noun, no name: the rules take any capitalised word no English list holds
        # ('Rückruf' and 'Bitte', the first examples, are now words of conf/other_latin.tsv, which no rule takes)
        ("Sprechstunde bitte unter 0341 2198 440. Mutter nimmt Ramipril.", "Sprechstunde", None),
        # a German request's first word, before the granddaughter's name, which stays
        ("Rezeptgebühr bitte überweisen, Ihre Enkelin Lena Vogt.", "Rezeptgebühr", "Lena Vogt"),
    ],
)
def test_an_ordinary_word_the_rules_take_is_left_and_the_name_beside_it_is_not(
    redactors: tuple[Redactor, Redactor], text: str, word: str, name: str | None
) -> None:
    with_filter, rules_only = redactors
    assert word in _surfaces(rules_only, text)  # what the filter is for: the rules alone redact the word
    assert word not in _surfaces(with_filter, text)
    if name is not None:
        assert name in _surfaces(with_filter, text)


def test_a_known_identifier_is_never_filtered(redactors: tuple[Redactor, Redactor]) -> None:
    with_filter, _ = redactors
    text = "Rückruf bitte unter 0341 2198 440."
    assert "Rückruf" in _surfaces(with_filter, text, [KnownIdentifier("PERSON", "Rückruf")])


@pytest.mark.parametrize(
    ("text", "surface", "kind", "expected"),
    [
        ("Dr. Ngata called back", "Ngata", "PERSON", False),  # after a title
        ("my son Dev is here", "Dev", "PERSON", False),  # after a relation word
        ("Hi Divina, results attached", "Divina", "PERSON", False),  # after a greeting
        ("Home visit: Cabrini, Livio. Edema 2+", "Cabrini, Livio", "PERSON", False),  # surname first
        ("私の母は田中和子です", "田中和子", "PERSON", False),  # a name's shape in Han
        ("Надежда звонила врачу", "Надежда", "PERSON", False),  # a capitalised Cyrillic word
        ("Flat 3, Ashdown Road", "Flat 3, Ashdown Road", "LOCATION", False),  # a digit: an address
        ("Bitte rufen Sie an", "Bitte", "PERSON", True),
        ("Shoud we call them", "Shoud", "PERSON", True),
        ("see you at Sunrise", "Sunrise", "LOCATION", True),
        ("Bitte rufen Sie an", "Bitte", "PHONE_NUMBER", False),  # only names and places are read
    ],
)
def test_what_the_filter_may_drop(text: str, surface: str, kind: str, expected: bool) -> None:
    start = text.index(surface)
    assert filterable(text, Candidate(start, start + len(surface), kind, 1)) is expected


def test_two_names_with_only_a_comma_between_them_are_a_surname_first_name() -> None:
    text = "Home visit: Cabrini, Livio. Edema 2+"
    surname = Candidate(12, 19, "PERSON", 1)
    given = Candidate(21, 26, "PERSON", 1)
    assert filterable(text, surname, [surname, given]) is False
    assert filterable(text, surname, [surname]) is True


def _example(case: int, start: int, end: int, label: int) -> Example:
    return Example("g", case, start, end, {}, [], label)


def test_the_trainer_counts_an_identifier_lost_only_when_no_kept_span_touches_it() -> None:
    rows = [_example(0, 0, 5, 1), _example(0, 0, 3, 1), _example(1, 0, 4, 1), _example(1, 10, 15, 0)]
    messages = [
        Message(gold=[(0, 5)], words=[(6, 9)], fixed=[]),
        Message(gold=[(0, 4)], words=[(10, 15)], fixed=[]),
    ]
    data = Collected(rows, messages)
    # message 0: one of its two spans scores low, the other keeps the identifier covered; message 1: its identifier's
    # only span scores low (lost), and the span over an ordinary word scores low too (a word no longer redacted)
    rows_table = table(data, [0.9, 0.01, 0.01, 0.01])
    at = {r["threshold"]: r for r in rows_table}
    assert at[0.02]["identifiers_lost"] == 1
    assert at[0.02]["identifiers_touched"] == 2
    assert at[0.02]["false_words_removed"] == 1


def test_the_threshold_is_the_highest_whose_held_out_loss_stays_within_the_limit() -> None:
    rows = [
        {"threshold": 0.02, "lost_rate": 0.0},
        {"threshold": 0.1, "lost_rate": 0.0004},
        {"threshold": 0.2, "lost_rate": 0.002},
    ]
    assert choose(rows) == 0.1


def test_the_later_training_files_stop_before_the_files_that_measure_the_models() -> None:
    names = [path.stem for path in LATER_TRAIN]
    assert names[0] == "handwritten_dev15" and names[-1] == "handwritten_dev49" and len(names) == 35
    assert all(path.is_file() for path in LATER_TRAIN)  # a file renamed or moved would silently drop out of training


def test_the_knowledge_prose_halves_are_disjoint_paragraphs_without_front_matter() -> None:
    trained, held = knowledge_prose(0), knowledge_prose(1)
    assert len(trained) > 300 and len(held) > 300
    articles = {c.id.rsplit("-", 1)[0] for c in trained}
    assert articles.isdisjoint({c.id.rsplit("-", 1)[0] for c in held})  # whole articles on one side
    assert not any(c.text.startswith("id:") or "accessed:" in c.text for c in trained + held)
    assert all(not c.gold and len(c.text) >= 20 for c in trained)  # nobody named: every word is a negative
