"""Finding stored things: knowledge-base search for `guide kb search` and the evals, and the passages citations
point to (`PassageLookup`) for the chat's passage page and the evals."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any

from guide.knowledge.search import best_per_article
from guide.ml.vectorstore import CAREPLAN, KNOWLEDGE

if TYPE_CHECKING:
    from guide.careplan.passages import Passage
    from guide.knowledge.loader import KnowledgeBase
    from guide.knowledge.models import Article
    from guide.ml.vectorstore import VectorStore
    from guide.services import Services


def search(services: Services, query: str, *, k: int = 5, modality: str | None = None) -> list[dict[str, Any]]:
    """Ranked articles for a query: the best passage of each article decides its rank."""
    out = []
    for hit in best_per_article(services.knowledge_search.search(query, k * 6, modality), k):
        article_id = hit.passage.article_id or hit.passage.id
        article = services.kb.by_id.get(article_id)
        out.append(
            {
                "id": article_id,
                "title": article.meta.title if article else hit.passage.title,
                "modality": hit.passage.modality,
                "score": round(hit.score, 4),
                "snippet": hit.passage.text[:200],
            }
        )
    return out


class PassageLookup:
    """Cited passages by id: a knowledge passage (an article's summary or section, or a protocol rule) from the
    knowledge base in memory, a care-plan passage from the vector store (the version a reply cited may have been
    replaced by a re-import: the store answers for either while it holds them, `VectorStore.passages`).

    The one lookup the chat's passage page and the evals share. `remember`: keep what was found (and what was not)
    for the lookup's life, for a run over a fixed data folder; a server's lookup does not, as plans are re-imported.
    """

    def __init__(self, vectors: VectorStore, kb: KnowledgeBase, *, remember: bool = False) -> None:
        self.vectors = vectors
        self.kb = kb
        self._remember = remember
        self._seen: dict[str, Passage | None] = {}

    @cached_property
    def _knowledge(self) -> dict[str, Passage]:
        return {p.id: p for p in [*self.kb.passages(), *self.kb.protocol_passages()]}

    def find(self, ids: Sequence[str]) -> dict[str, Passage]:
        """The passages among `ids` that exist, knowledge or care plan, by id."""
        wanted = [i for i in dict.fromkeys(ids) if i not in self._seen]
        found = {i: self._knowledge[i] for i in wanted if i in self._knowledge}
        for collection in (CAREPLAN, KNOWLEDGE):  # knowledge too: a store indexed from another library version
            missing = [i for i in wanted if i not in found]
            if missing:
                found.update(self.vectors.passages(collection, missing))
        if self._remember:
            self._seen.update({i: found.get(i) for i in wanted})
        return {i: p for i in dict.fromkeys(ids) if (p := found.get(i) or self._seen.get(i)) is not None}

    def get(self, passage_id: str) -> Passage | None:
        """One passage by id, or None."""
        return self.find([passage_id]).get(passage_id)

    def article(self, passage: Passage) -> Article | None:
        """The knowledge article a passage belongs to (None for a care-plan passage or a protocol rule)."""
        return self.kb.by_id.get(passage.article_id or "")
