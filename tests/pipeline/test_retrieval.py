"""Care-plan retrieval: exact ranking within scope, the plan's vectors kept per imported version."""

from __future__ import annotations

from typing import Any

import numpy as np

from guide.careplan.passages import Passage
from guide.retrieval import Retriever
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
