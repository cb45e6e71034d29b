"""Knowledge-base search over HTTP: what `guide kb search` prints, from a server whose model and vectors are loaded."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, status

from guide.errors import InvalidInputError
from guide.web.deps import CurrentPrincipal, ServicesDep
from guide.web.schemas import KnowledgeHit

router = APIRouter(prefix="/api/v1/knowledge", tags=["knowledge"])


@router.get("/search", response_model=list[KnowledgeHit])
def search_knowledge(
    caller: CurrentPrincipal,
    services: ServicesDep,
    q: Annotated[str, Query(min_length=1, max_length=2000, description="What a family would ask.")],
    k: Annotated[int, Query(ge=1, le=50, description="How many articles.")] = 5,
    modality: Annotated[str | None, Query(description="Only articles of this modality.")] = None,
) -> list[KnowledgeHit]:
    """The knowledge base's articles for a query, best first: each article ranked by its best passage, with a
    snippet of that passage. The same ranking as `guide kb search`; nothing is recorded."""
    from guide.knowledge.lookup import search

    del caller  # signed in is enough: the knowledge base is the same for every reader
    if not q.strip():
        raise InvalidInputError("the query is empty")
    if not services.vectors.ids("knowledge"):
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE, "the knowledge base is not indexed yet: run `guide kb index` first"
        )
    return [KnowledgeHit(**hit) for hit in search(services, q, k=k, modality=modality)]
