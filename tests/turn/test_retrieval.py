"""Care-plan retrieval: exact ranking within scope, the plan's vectors kept per imported version."""

from __future__ import annotations

from typing import Any

import numpy as np

from guide.careplan.passages import Passage
from guide.turn.retrieve import Retriever, word_shares
from redaction import Redacted


class _Vectors:
    """A vector store with one consumer's plan whose passages are unit axes; counts reads."""

    def __init__(self) -> None:
        self.reads = 0
        sections = ["medications", "call_if", "behavioral_health", "activities"]
        self.plan = [
            (Passage(id=f"p{i}", kind="careplan", section=s, title=s, text=s, consumer_id="c1"), np.eye(4)[i])
            for i, s in enumerate(sections)
        ]

    def prefetch(self, queries: list[str]) -> None:
        pass

    def query_vector(self, query: str) -> np.ndarray:
        v = np.array([0.1, 0.2, 0.9, 0.4] if "mood" in query else [0.4, 0.3, 0.2, 0.9])
        return v / np.linalg.norm(v)

    def embedded(self, name: str, *, ids: Any = None, where: Any = None) -> list[tuple[Passage, np.ndarray]]:
        self.reads += 1
        assert "'consumer_id': 'c1'" in str(where)  # one consumer, of one plan version when the turn names it
        return list(self.plan)


class _Knowledge:
    def expand(self, query: str) -> str:
        return query

    def search(self, query: str, k: int, modality: str | None = None, conditions: str | None = None) -> list[Any]:
        return []

    def siblings(self, query: str, hits: list[Any]) -> list[Any]:
        return []


def _retriever(vectors: _Vectors) -> Retriever:
    return Retriever(vectors, _Knowledge(), k_careplan=10, k_knowledge=6)  # type: ignore[arg-type]


def _ask(retriever: Retriever, question: str, sections: set[str], version: str = "") -> Any:
    return retriever.retrieve(Redacted(text=question), consumer_id="c1", sections=sections, plan_version=version)


def test_plan_passages_are_ranked_exactly_and_never_outside_the_scope() -> None:
    vectors = _Vectors()
    got = _ask(_retriever(vectors), "how is her mood", {"medications", "call_if", "activities"})
    assert [h.passage.id for h in got.careplan] == ["p3", "p0"]  # 0.4 then 0.1; p2 (behavioral) is out of scope
    assert [h.passage.id for h in got.call_if] == ["p1"]
    assert all(h.passage.section != "behavioral_health" for h in got.all())
    assert got.careplan[0].score > got.careplan[1].score


def test_a_plan_is_read_once_per_version_and_again_after_a_new_import() -> None:
    vectors = _Vectors()
    retriever = _retriever(vectors)
    for _ in range(3):
        _ask(retriever, "walking", {"activities"}, version="hash-1")
    assert vectors.reads == 1
    _ask(retriever, "walking", {"activities", "behavioral_health"}, version="hash-1")  # scope applies to kept ones
    assert vectors.reads == 1
    _ask(retriever, "walking", {"activities"}, version="hash-2")
    assert vectors.reads == 2
    _ask(retriever, "walking", {"activities"})  # no version: read every time
    _ask(retriever, "walking", {"activities"})
    assert vectors.reads == 4


def test_a_rare_word_the_question_shares_with_a_passage_counts_more_than_one_every_passage_has() -> None:
    texts = [
        "A goal of the care plan: Keep INR between 2.0 and 3.0.",
        "A goal of the care plan: Walk 20 minutes five days a week.",
        "Care plan instruction: Check both feet every evening.",
    ]
    inr = word_shares("what's a normal INR for her again", texts)
    assert inr[0] > 0.15 and inr[1] == inr[2] == 0.0
    goals = word_shares("what are the goals in her care plan", texts)
    assert goals[0] == goals[1] > goals[2]  # "goal" is in two passages; "care plan" in all three
    assert word_shares("", texts).tolist() == [0.0, 0.0, 0.0]


class _EqualVectors(_Vectors):
    """Two medicine passages the model finds equally close to any question."""

    def __init__(self) -> None:
        super().__init__()
        self.plan = [
            (
                Passage(id=f"m{i}", kind="careplan", section="medications", title="m", text=t, consumer_id="c1"),
                np.array([1.0, 0.0, 0.0, 0.0]),
            )
            for i, t in enumerate(
                [
                    "The care plan lists this medicine: Naproxen 220 MG Oral Tablet.",
                    "The care plan lists this medicine: Hydrochlorothiazide 25 MG Oral Tablet.",
                ]
            )
        ]


def test_the_plan_s_names_of_medicines_the_question_names_otherwise_rank_their_passage_first() -> None:
    retriever = _retriever(_EqualVectors())
    question = Redacted(text="what dose is his hctz")
    plain = retriever.retrieve(question, consumer_id="c1", sections={"medications"})
    assert plain.careplan[0].score == plain.careplan[1].score
    named = retriever.retrieve(question, consumer_id="c1", sections={"medications"}, medicines=["hydrochlorothiazide"])
    assert [h.passage.id for h in named.careplan] == ["m1", "m0"]
    assert named.careplan[0].score > named.careplan[1].score
    assert "hydrochlorothiazide" in named.expanded  # the composer's words too
