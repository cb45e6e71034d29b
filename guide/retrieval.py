"""The retrieve stage: care-plan passages of this consumer within scope, and knowledge passages."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Protocol

from guide.careplan.passages import Passage
from guide.vectorstore import CAREPLAN, VectorStore
from redaction import Redacted


@dataclass(frozen=True)
class Hit:
    """A retrieved passage and its similarity to the question."""

    passage: Passage
    score: float


@dataclass
class Retrieved:
    """What one question retrieved."""

    careplan: list[Hit]
    knowledge: list[Hit]
    call_if: list[Hit]
    expanded: str = ""  # the question as the knowledge search read it, lay words expanded ("water pill" -> diuretic)

    def all(self) -> list[Hit]:
        """Every hit, care plan first."""
        return [*self.careplan, *self.call_if, *self.knowledge]

    def ids(self) -> set[str]:
        """Ids of every retrieved passage."""
        return {h.passage.id for h in self.all()}


class KnowledgeSearcher(Protocol):
    """Anything that ranks knowledge passages for a query."""

    def search(self, query: str, k: int, modality: str | None = None) -> list[Hit]:
        """The k best knowledge passages."""
        ...

    def siblings(self, query: str, hits: list[Hit]) -> list[Hit]:
        """Other passages of the best hit's article."""
        ...

    def expand(self, query: str) -> str:
        """The query with the articles' words for its lay terms."""
        ...


class Retriever:
    """Searches the vector store with redacted text only."""

    def __init__(
        self, vectors: VectorStore, knowledge: KnowledgeSearcher, *, k_careplan: int, k_knowledge: int
    ) -> None:
        self.vectors = vectors
        self.knowledge = knowledge
        self.k_careplan = k_careplan
        self.k_knowledge = k_knowledge

    def retrieve(self, question: Redacted, *, consumer_id: str, sections: Collection[str]) -> Retrieved:
        """Care-plan passages limited to `sections`, the plan's call-if rules, knowledge passages."""
        expanded = self.knowledge.expand(question.text)
        self.vectors.prefetch([question.text, expanded])  # one model call for both
        scoped = [s for s in sections if s != "call_if"]
        careplan = self._careplan(question.text, consumer_id, scoped, self.k_careplan)
        call_if = self._careplan(question.text, consumer_id, ["call_if"], 3) if "call_if" in sections else []
        knowledge = self.knowledge.search(question.text, self.k_knowledge)
        knowledge += self.knowledge.siblings(question.text, knowledge)
        return Retrieved(careplan=careplan, knowledge=knowledge, call_if=call_if, expanded=expanded)

    def _careplan(self, query: str, consumer_id: str, sections: list[str], k: int) -> list[Hit]:
        if not sections:
            return []
        where = {"$and": [{"consumer_id": consumer_id}, {"section": {"$in": sorted(sections)}}]}
        hits = self.vectors.search(CAREPLAN, query, k, where)
        allowed = set(sections)
        # Re-check scope on the way out: a passage outside the scope never leaves this stage.
        return [Hit(p, s) for p, s in hits if p.section in allowed and p.consumer_id == consumer_id]
