"""Knowledge-base search for `guide kb search` and the evals."""

from __future__ import annotations

from typing import Any

from guide.knowledge.search import best_per_article
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
