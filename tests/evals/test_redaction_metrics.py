"""The redaction eval's scoring functions on hand-computed examples."""

from __future__ import annotations

import pytest

from evals.redaction.generator import Case, GoldSpan, KeepSpan, generate
from evals.redaction.metrics import (
    Ratio,
    bootstrap_interval,
    covered,
    false_positives,
    kept,
    overlaps,
    precision,
)
from evals.redaction.scoring import Prediction, score, verdicts

TEXT = "Call Maria Lopez at 617-555-0142 about Lasix."
#       0    5    10   15   20   25   30   35   40
MARIA = (5, 16)
PHONE = (20, 32)
LASIX = (39, 44)


@pytest.mark.parametrize(
    ("predicted", "expected"),
    [
        ([(5, 16)], True),
        ([(5, 10), (11, 16)], True),  # the space between need not be covered
        ([(4, 17)], True),
        ([(5, 10)], False),  # "Lopez" left visible
        ([(6, 16)], False),  # the "M" left visible
        ([], False),
    ],
)
def test_a_gold_span_is_covered_only_when_all_its_letters_and_digits_are(
    predicted: list[tuple[int, int]], expected: bool
) -> None:
    assert covered(TEXT, MARIA, predicted) is expected


def test_overlap_is_half_open() -> None:
    assert overlaps((0, 5), (4, 6))
    assert not overlaps((0, 5), (5, 6))


def test_false_positives_are_predictions_touching_no_gold_span() -> None:
    assert false_positives([(5, 10), (39, 44), (0, 4)], [MARIA, PHONE]) == 2


def test_a_clinical_word_is_kept_when_no_prediction_touches_it() -> None:
    assert kept(LASIX, [MARIA, PHONE])
    assert not kept(LASIX, [(40, 41)])


def test_precision_is_the_share_of_predictions_that_hit() -> None:
    assert precision(4, 1) == pytest.approx(0.75)
    assert precision(0, 0) == 1.0


def test_ratio_rate_is_one_when_there_is_nothing_to_find() -> None:
    assert Ratio(3, 4).rate == pytest.approx(0.75)
    assert Ratio(0, 0).rate == 1.0


def test_bootstrap_of_identical_items_has_no_spread() -> None:
    assert bootstrap_interval([Ratio(1, 2)] * 10, samples=50) == (0.5, 0.5)
    low, high = bootstrap_interval([Ratio(1, 1), Ratio(0, 1)] * 5, samples=200, seed=1)
    assert 0.0 <= low < 0.5 < high <= 1.0


def _case() -> Case:
    gold = [GoldSpan(*MARIA, "PERSON", True, "full"), GoldSpan(*PHONE, "PHONE_NUMBER", False, "dashes")]
    return Case("0001", "mixed", "t", TEXT, [], gold, [KeepSpan(*LASIX, "Lasix")])


def test_score_splits_recall_by_known_and_unknown_and_counts_precision_and_keep() -> None:
    # Maria fully redacted (as PHONE_NUMBER: counts for recall, not for the right type);
    # the phone half redacted (a miss); one false positive on "Call"; Lasix touched.
    pred = Prediction([(5, 16, "PHONE_NUMBER"), (20, 27, "PHONE_NUMBER"), (0, 4, "PERSON"), (39, 44, "PERSON")])
    report = score([_case()], [pred])
    known, unknown = report["recall"]["known"], report["recall"]["unknown"]
    assert known["overall"]["hits"] == 1 and known["overall"]["n"] == 1
    assert known["per_type"]["PERSON"]["typed_rate"] == 0.0
    assert unknown["per_type"]["PHONE_NUMBER"]["rate"] == 0.0
    assert report["precision"] == {"rate": 0.5, "predicted": 4, "false_positives": 2}
    assert report["keep_rate"]["rate"] == 0.0
    assert verdicts(report) == {
        "known_overall": True,
        "known_per_type": True,
        "unknown_overall": False,
        "keep": False,
    }


def test_the_corpus_is_seeded_and_its_gold_spans_point_at_identifiers() -> None:
    first, again = generate(120, seed=5), generate(120, seed=5)
    assert [c.text for c in first] == [c.text for c in again]
    assert {c.setting for c in first} == {"known", "mixed", "unknown"}
    assert all(c.known == [] for c in first if c.setting == "unknown")
    for case in first:
        for g in case.gold:
            surface = case.text[g.start : g.end]
            assert surface.strip() == surface and surface
        for k in case.keep:
            assert case.text[k.start : k.end] == k.term


def _honorific_case(gold_start: int) -> Case:
    text = "Ask Mrs. Castro next door."
    return Case(
        id="h",
        setting="-",
        template="-",
        text=text,
        known=[],
        gold=[GoldSpan(gold_start, 15, "PERSON", known=False, shape="family")],
        keep=[],
    )


@pytest.mark.parametrize("gold_start", [4, 9])  # the writer marked "Mrs. Castro", or only "Castro"
@pytest.mark.parametrize(
    ("predicted", "recalled", "over"),
    [
        ([(9, 15, "PERSON")], 1, 0),  # the surname redacted, the honorific left: the identifier is gone
        ([(4, 15, "PERSON")], 1, 0),  # the honorific taken with it: not an ordinary word redacted
        ([(0, 15, "PERSON")], 1, 1),  # "Ask" is an ordinary word
        ([(4, 8, "PERSON")], 0, 0),  # only the honorific: the name went out
    ],
)
def test_an_honorific_before_a_name_is_judged_neither_way(
    gold_start: int, predicted: list[tuple[int, int, str]], recalled: int, over: int
) -> None:
    from evals.redaction.regional import score_regional

    report = score_regional([_honorific_case(gold_start)], [Prediction(predicted)])
    assert report["recall"]["hits"] == recalled
    assert report["over_redaction"]["hits"] == over


@pytest.mark.parametrize("title", ["Dr.", "Pastor", "SFC", "Prof."])
def test_a_title_before_a_name_is_judged_like_mrs(title: str) -> None:
    from evals.redaction.regional import score_regional

    text = f"Call {title} Okafor back."
    start, end = text.index(title), text.index("Okafor") + len("Okafor")
    case = Case(id="t", setting="-", template="-", text=text, known=[], keep=[],
                gold=[GoldSpan(start, end, "PERSON", known=False, shape="family")])  # fmt: skip
    surname = (text.index("Okafor"), end, "PERSON")
    left = score_regional([case], [Prediction([surname])])  # the title left, the name gone: nothing missed
    assert left["recall"]["hits"] == 1 and sum(left["verbatim_leaks"].values()) == 0
    taken = score_regional([case], [Prediction([(start, end, "PERSON")])])  # the title taken too: no word over-redacted
    assert taken["recall"]["hits"] == 1 and taken["over_redaction"]["hits"] == 0


def test_a_relation_word_before_a_name_is_still_an_ordinary_word() -> None:
    from evals.redaction.regional import score_regional

    text = "Ask my sister Ana."
    start = text.index("Ana")
    case = Case(id="r", setting="-", template="-", text=text, known=[], keep=[],
                gold=[GoldSpan(start, start + 3, "PERSON", known=False, shape="given")])  # fmt: skip
    report = score_regional([case], [Prediction([(text.index("sister"), start + 3, "PERSON")])])
    assert report["recall"]["hits"] == 1 and report["over_redaction"]["hits"] == 1  # "sister" redacted


@pytest.mark.parametrize(
    ("text", "name", "credentials"),
    [
        ("Per Dana Kim, RN, CWOCN, turn q2h.", "Dana Kim", ", RN, CWOCN"),
        ("Wendy Edwards LPN said watch her.", "Wendy Edwards", " LPN"),
        ("— Jonah Marsh PT, DPT", "Jonah Marsh", " PT, DPT"),
        ("can u tell susan wood md that", "susan wood", " md"),
    ],
)
@pytest.mark.parametrize("marked_whole", [True, False])  # the writer marked the credentials with the name, or not
def test_credentials_after_a_name_are_judged_neither_way(
    text: str, name: str, credentials: str, marked_whole: bool
) -> None:
    from evals.redaction.regional import score_regional

    start = text.index(name)
    end = start + len(name) + (len(credentials) if marked_whole else 0)
    case = Case(id="c", setting="-", template="-", text=text, known=[], keep=[],
                gold=[GoldSpan(start, end, "PERSON", known=False, shape="full")])  # fmt: skip
    name_gone = score_regional([case], [Prediction([(start, start + len(name), "PERSON")])])
    assert name_gone["recall"]["hits"] == 1  # the credentials left: they name a profession, not a person
    both_gone = score_regional([case], [Prediction([(start, start + len(name) + len(credentials), "PERSON")])])
    assert both_gone["recall"]["hits"] == 1 and both_gone["over_redaction"]["hits"] == 0
    half = score_regional([case], [Prediction([(start, start + len(name) - 2, "PERSON")])])
    assert half["recall"]["hits"] == 0  # part of the name went out


@pytest.mark.parametrize(("text", "name"), [("Ask Ann Do about it.", "Ann Do"), ("ASK ANN DO ABOUT IT", "ANN DO")])
def test_a_surname_that_is_a_credential_stays_part_of_the_name(text: str, name: str) -> None:
    from evals.redaction.regional import score_regional

    start = text.index(name)
    case = Case(id="d", setting="-", template="-", text=text, known=[], keep=[],
                gold=[GoldSpan(start, start + len(name), "PERSON", known=False, shape="full")])  # fmt: skip
    given_only = score_regional([case], [Prediction([(start, start + 3, "PERSON")])])
    assert given_only["recall"]["hits"] == 0  # 'Do' is her surname here, and it went out


@pytest.mark.parametrize(
    ("text", "kind", "label"),
    [
        ("update her chart mrn 90022147 please", "MEDICAL_RECORD_NUMBER", "mrn "),
        ("the card on file is visa 4148 5253 8885 3930 but", "ACCOUNT_NUMBER", "visa "),
        ("checking routing number 071000013 ok", "ACCOUNT_NUMBER", "routing number "),
        ("Esperanza Quinones born 4/4/1951 needs oxygen", "DATE_OF_BIRTH", "born "),
    ],
)
def test_a_label_marked_with_its_number_is_judged_neither_way(text: str, kind: str, label: str) -> None:
    from evals.redaction.regional import score_regional

    start = text.index(label)
    value = text[start + len(label) :].split(" ")[0] if kind != "ACCOUNT_NUMBER" or "visa" not in label else ""
    end = start + len(label) + (len(value) if value else len("4148 5253 8885 3930"))
    case = Case(id="l", setting="-", template="-", text=text, known=[], keep=[],
                gold=[GoldSpan(start, end, kind, known=False, shape="-")])  # fmt: skip
    number_gone = score_regional([case], [Prediction([(start + len(label), end, kind)])])
    assert number_gone["recall"]["hits"] == 1  # the label left: it says what the number is, not whose
    label_only = score_regional([case], [Prediction([(start, start + len(label) - 1, kind)])])
    assert label_only["recall"]["hits"] == 0 and label_only["verbatim_leaks"]["US"] == 1  # the number went out


def test_a_word_that_is_no_label_stays_part_of_the_identifier() -> None:
    from evals.redaction.regional import score_regional

    text = "Send it to Unit 4 Box 12, APO AE 09012 now"
    start, end = text.index("Unit"), text.index(" now")
    case = Case(id="u", setting="-", template="-", text=text, known=[], keep=[],
                gold=[GoldSpan(start, end, "LOCATION", known=False, shape="-")])  # fmt: skip
    report = score_regional([case], [Prediction([(start + 5, end, "LOCATION")])])
    assert report["recall"]["hits"] == 0  # 'Unit' is part of a military address, not a field's label
