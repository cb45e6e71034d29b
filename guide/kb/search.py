"""Knowledge-base search for `guide kb search` and the evals."""

from __future__ import annotations

from typing import Any

from guide.services import Services


def search(services: Services, query: str, *, k: int = 5, modality: str | None = None) -> list[dict[str, Any]]:
    """Ranked articles for a query: the best passage of each article decides its rank."""
    hits = services.knowledge_search.search(query, k * 6, modality)
    best: dict[str, dict[str, Any]] = {}
    for hit in hits:
        passage, score = hit.passage, hit.score
        article_id = passage.article_id or passage.id
        if article_id in best:
            continue
        article = services.kb.by_id.get(article_id)
        best[article_id] = {
            "id": article_id,
            "title": article.meta.title if article else passage.title,
            "modality": passage.modality,
            "score": round(score, 4),
            "snippet": passage.text[:200],
        }
    return list(best.values())[:k]
