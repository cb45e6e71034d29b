"""Citation validity and groundedness on hand-made passages."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from evals.citations import check_citation, grounded_sentences, quote_in_passage


@dataclass(frozen=True)
class PassageInfo:
    """A stored passage as the checks read it."""

    text: str
    kind: str
    consumer_id: str | None = None


PLAN = PassageInfo(
    "Check her blood sugar before breakfast and at bedtime. If it is under 70, give 4 ounces of juice.\n"
    "- Recheck in 15 minutes.\n- 12 ounces of beer\n- 5 ounces of wine",
    "careplan",
    "demo-p1",
)
KB = PassageInfo("Walking 30 minutes most days helps blood sugar. Start slowly.", "knowledge")
PASSAGES = {"cp:demo-p1:instructions:1": PLAN, "kb:walking#summary": KB}


@pytest.mark.parametrize(
    ("quote", "ok"),
    [
        ("Check her blood sugar before breakfast and at bedtime.", True),
        ("Check her blood   sugar\nbefore breakfast", True),  # whitespace does not matter
        ("Check her blood sugar before breakfast and at bedtime. Recheck in 15 minutes.", True),  # two sentences
        ("Check her blood sugar after lunch.", False),
        ("check her blood sugar before breakfast", False),  # case matters: a quote is verbatim
        ("If it is under 70, give 4 ounces of juice. Start slowly.", False),  # second sentence from elsewhere
        ("12 ounces of beer 5 ounces of wine", True),  # two list items joined
        ("12 ounces of beer Recheck in 15", False),  # pieces must be whole sentences or items
        ("ounces of beer 5 ounces", False),
    ],
)
def test_a_quote_must_be_in_the_passage_whole_or_sentence_by_sentence(quote: str, ok: bool) -> None:
    assert quote_in_passage(quote, PLAN.text) is ok


@pytest.mark.parametrize(
    ("citation", "consumer", "valid", "reason"),
    [
        ({"id": "cp:demo-p1:instructions:1", "quote": "Recheck in 15 minutes."}, "demo-p1", True, ""),
        ({"id": "kb:walking#summary", "quote": "Start slowly."}, "demo-p2", True, ""),
        ({"id": "cp:demo-p1:instructions:1", "quote": "Recheck in 15 minutes."}, "demo-p2", False, "other_consumer"),
        ({"id": "kb:missing#summary", "quote": "Start slowly."}, "demo-p1", False, "unknown_passage"),
        ({"id": "kb:walking#summary", "quote": "Run a marathon."}, "demo-p1", False, "quote_not_in_passage"),
    ],
)
def test_a_citation_is_valid_when_its_passage_exists_for_this_consumer_and_holds_the_quote(
    citation: dict[str, str], consumer: str, valid: bool, reason: str
) -> None:
    check = check_citation(citation, PASSAGES, consumer)
    assert (check.valid, check.reason) == (valid, reason)


CITES = [{"id": "cp:demo-p1:instructions:1"}, {"id": "kb:walking#summary"}]


def test_sentences_are_grounded_by_the_passages_their_markers_cite() -> None:
    answer = (
        "From the care plan:\n"
        "Check her blood sugar before breakfast and at bedtime. [1]\n\n"
        "From our health library:\n"
        "Walking 30 minutes most days helps blood sugar. [2]\n"
        "Walking helps blood sugar and cures diabetes. [1]\n"  # cites the wrong passage, and adds a claim
        "Give her cinnamon every morning.\n"  # no marker
        "Start slowly. [3]"  # a number nobody cited
    )
    checks = grounded_sentences(answer, CITES, PASSAGES)
    assert [c.grounded for c in checks] == [True, True, False, False, False]
    assert checks[2].support == pytest.approx(
        2 / 6, abs=1e-3
    )  # blood, sugar of walk, help, blood, sugar, cure, diabetes


def test_a_sentence_may_cite_several_passages_and_headings_are_not_claims() -> None:
    checks = grounded_sentences("From the care plan:\nCheck blood sugar and walk most days. [1][2]", CITES, PASSAGES)
    assert len(checks) == 1 and checks[0].grounded


def test_the_overlap_needed_is_a_parameter() -> None:
    answer = "Walking helps blood sugar and cures diabetes. [2]"
    assert not grounded_sentences(answer, CITES, PASSAGES)[0].grounded
    assert grounded_sentences(answer, CITES, PASSAGES, min_overlap=0.5)[0].grounded
