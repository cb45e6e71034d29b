"""The learned second look for names no rule proposed (redaction/name_finder.py) and its trainer's bookkeeping."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals.redaction.name_finder_train import Collected, Message, choose, table
from evals.redaction.span_filter_train import Example
from redaction import Redactor
from redaction.name_finder import (
    FINDER_FILE,
    NameFinder,
    NameFinderError,
    accepted,
    candidate_words,
    finder_features,
    load_finder,
)
from redaction.spans import Candidate


@pytest.fixture(scope="module")
def redactors() -> tuple[Redactor, Redactor]:
    with_finder, without = Redactor(), Redactor(name_finder=False)
    with_finder.warm_up()
    without.warm_up()
    return with_finder, without


def _surfaces(redactor: Redactor, text: str, allow: tuple[str, ...] = ()) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text, allow=allow).spans]


def _words(text: str, blocked: list[tuple[int, int]] | None = None) -> list[str]:
    return [text[s:e] for s, e in candidate_words(text, blocked or [])]


def test_shipped_weights_are_for_the_features_this_code_computes() -> None:
    finder = load_finder()
    text = "Thanks!! see you at the diabetes class\nGeorgia"
    dense, hashed = finder_features(text, 39, 46, [], [(39, 46)])
    assert set(finder.dense) == set(dense)  # a feature renamed or added without retraining fails here
    assert hashed and all(":" in h for h in hashed)
    assert 0.0 < finder.extend < finder.threshold < 1.0
    meta = json.loads(FINDER_FILE.read_text(encoding="utf-8"))["meta"]
    for unseen in (
        "handwritten_dev15",
        "handwritten_dev16",
        "handwritten_dev17",
        "handwritten_dev18",
        "handwritten_dev19",
        "handwritten_dev20",
        "handwritten_dev21",
        "handwritten_dev22",
        "handwritten_dev23",
        "handwritten_dev24",
        "handwritten_dev25",
        "handwritten_dev26",
        "handwritten_dev27",
        "handwritten_dev28",
        "handwritten_dev29",
        "handwritten_dev30",
        "handwritten_dev31",
        "handwritten_dev32",
        "handwritten_dev33",
        "handwritten_dev34",
        "handwritten_dev35",
        "handwritten_dev36",
        "handwritten_dev37",
        "handwritten_dev38",
        "handwritten_dev39",
        "handwritten_dev40",
        "handwritten_dev41",
        "handwritten_dev42",
        "handwritten_dev43",
        "handwritten_dev44",
        "handwritten_dev45",
        "handwritten_dev46",
        "handwritten_dev47",
        "handwritten_dev48",
        "handwritten_dev49",
        "handwritten_dev50",
        "handwritten_dev51",
        "handwritten_dev52",
        "handwritten_dev53",
        "handwritten_dev54",
        "handwritten_dev55",
        "handwritten_dev56",
        "handwritten_dev57",
        "handwritten_dev58",
        "handwritten_dev59",
        "handwritten_dev60",
        "handwritten_dev61",
        "handwritten_dev62",
        "handwritten_dev63",
        "handwritten_dev64",
        "handwritten_dev65",
        "handwritten_dev66",
        "handwritten_dev67",
        "handwritten_dev68",
        "handwritten_dev69",
        "handwritten_dev70",
        "handwritten_dev71",
        "handwritten_dev72",
        "handwritten_dev73",
        "handwritten_namewords1",
        "handwritten_namewords2",
        "handwritten_namewords3",
    ):
        assert unseen not in meta["trained_on"]


def test_weights_of_another_feature_version_fail_with_the_way_out(tmp_path: Path) -> None:
    data = json.loads(FINDER_FILE.read_text(encoding="utf-8"))
    data["features_version"] = 0
    stale = tmp_path / "name_finder.json"
    stale.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(NameFinderError, match="name_finder_train"):
        load_finder(stale)


def test_candidate_words_are_possible_names_nothing_blocks() -> None:
    text = "so grace's ride and Mabel, mail bob.caldwell@example.com, Herr Pichler and Mister Ames came in April"
    words = _words(text)
    assert "grace" in words  # listed given name in lower case, possessive left outside
    assert "Mabel" in words and "Pichler" in words
    assert "Ames" in words  # after a title: scored too since the thirty-seventh session, where the rules said no
    assert "rose" not in _words("a grandma rose to speak at the meeting")  # after 'a' and a relation: anyone's
    assert "about" not in words and "it" not in words  # neither listed nor a capitalised unknown word
    assert not any("bob" in w or "caldwell" in w for w in words)  # inside an e-mail address
    assert "Herr" not in words and "Mister" not in words  # what stands before a name
    assert _words("Nos vemos en la Clínica Alemana.") == []  # an institution's name
    assert "Bill" not in _words("Phone Bill: $80")  # a label's word: the rules' speaker labels decide
    assert "April" not in words  # a month is left a month
    mabel = text.index("Mabel")
    assert "Mabel" not in _words(text, [(mabel, mabel + 5)])  # a detector's candidate or an allowed term


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a first name signed after the last word with no stop or line before it (a name alone on a line of its own
        # is a rule's since the thirty-fourth pass)
        ("see you at the diabetes class Georgia", "Georgia"),
        # a first and a last name with nothing before them that says so ('Cleveland' ~0.7 and 'Hobbs' beside it)
        ("Please have Cleveland Hobbs call the office about his warfarin.", "Cleveland Hobbs"),
    ],
)
def test_a_name_no_rule_proposed_is_redacted(redactors: tuple[Redactor, Redactor], text: str, name: str) -> None:
    with_finder, without = redactors
    assert not any(name.split()[0] in s for s in _surfaces(without, text))  # what the finder is for
    assert name in _surfaces(with_finder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Will you call me tomorrow? I hope the swelling goes down soon.",  # all candidates below 0.12
        "We will bring the rose bush and a young plant to the garden.",
    ],
)
def test_ordinary_words_that_are_also_names_are_left(redactors: tuple[Redactor, Redactor], text: str) -> None:
    with_finder, _ = redactors
    assert _surfaces(with_finder, text) == []


def test_an_allowed_term_is_never_added(redactors: tuple[Redactor, Redactor]) -> None:
    with_finder, _ = redactors
    text = "Thanks!! see you at the diabetes class\nGeorgia"
    assert "Georgia" not in _surfaces(with_finder, text, allow=("Georgia",))


def _toy(dense: dict[str, float], intercept: float, threshold: float = 0.5, extend: float = 0.2) -> NameFinder:
    return NameFinder(dense=dense, hashed={}, intercept=intercept, threshold=threshold, extend=extend)


def test_a_word_added_beside_a_found_name_joins_it() -> None:
    # a toy model: a word right beside a found name scores ~0.99, any other ~0.007
    finder = _toy({"x_beside_person": 10.0}, -5.0)
    text = "Grace Swift called Tuesday"
    grace = Candidate(0, 5, "PERSON", 1)
    out = finder.add(text, [grace], [grace], [])
    assert [(text[c.start : c.end], c.type) for c in out] == [("Grace Swift", "PERSON")]
    assert finder.add(text, [grace], [grace], [(6, 11)]) == [grace]  # protected: nothing added


def test_accepted_grows_a_name_by_two_words_at_most_and_never_by_a_small_word() -> None:
    finder = _toy({}, 0.0, threshold=0.6, extend=0.3)
    text = "rocio maria luisa ana el martes"
    spans = [(0, 5), (6, 11), (12, 17), (18, 21), (22, 24), (25, 31)]
    scores = [0.9, 0.4, 0.4, 0.4, 0.5, 0.2]
    got = accepted(text, list(zip(spans, scores, strict=True)), [], finder)
    assert [text[s:e] for s, e in got] == ["rocio", "maria", "luisa"]
    assert accepted(text, [((6, 11), 0.4)], [], finder) == []  # nothing at the threshold: nothing grows
    assert accepted(text, [((6, 11), 0.4)], [(0, 5)], finder) == []  # a found name alone does not grow
    grown = accepted(text, [((6, 11), 0.4), ((25, 31), 0.7)], [(0, 5)], finder)
    assert grown == [(6, 11), (25, 31)]  # once something is added, a found name grows too


def test_the_trainer_counts_completed_identifiers_and_added_words_and_picks_the_best_net() -> None:
    text = "ask will and hope today"
    will, hope, today = (4, 8), (13, 17), (18, 23)
    msg = Message(text, gold=[will], words=[(0, 3), (9, 12), hope, today], spans=[], people=[])
    rows = [
        Example("a", 0, *will, {}, [], 1),
        Example("a", 0, *hope, {}, [], 0),
        Example("a", 0, *today, {}, [], 0),
    ]
    by = {(r["threshold"], r["extend"]): r for r in table(Collected(rows, [msg]), [0.75, 0.45, 0.1])}
    assert by[(0.7, 0.2)]["identifiers_completed"] == 1 and by[(0.7, 0.2)]["words_added"] == 0
    assert by[(0.4, 0.2)]["words_added"] == 1  # 'hope' at 0.45
    assert by[(0.8, 0.2)]["identifiers_completed"] == 0
    assert choose(list(by.values())) == (0.7, 0.3)  # net 1 at 0.5, 0.6 and 0.7: the highest, then the higher extend
