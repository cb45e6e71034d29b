"""Chroma collections for care-plan and knowledge passages (embedded folder or server).

Only redacted text is ever written here: callers pass `Passage`s whose text went through
`guide.redact`. Metadata carries ids and sections, never names.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import chromadb
from langchain_chroma import Chroma
from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings

from guide.careplan.passages import Passage
from guide.embeddings import CachedQueries
from guide.errors import RetrievalError
from guide.settings import Settings

log = logging.getLogger(__name__)
CAREPLAN = "careplan"
KNOWLEDGE = "knowledge"


def build_client(settings: Settings) -> Any:
    """A Chroma client for the configured store mode."""
    chroma_settings = chromadb.Settings(anonymized_telemetry=False)
    match settings.store_mode:
        case "embedded":
            settings.chroma_dir.mkdir(parents=True, exist_ok=True)
            return chromadb.PersistentClient(path=str(settings.chroma_dir), settings=chroma_settings)
        case "server":
            return chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings)


class VectorStore:
    """The two collections the guide searches."""

    def __init__(self, settings: Settings, embeddings: Embeddings, client: Any | None = None) -> None:
        self.client = client or build_client(settings)
        self.embeddings = embeddings
        self._stores = {
            name: Chroma(
                collection_name=f"{settings.collection_prefix}_{name}",
                embedding_function=embeddings,
                client=self.client,
                collection_metadata={"hnsw:space": "cosine"},
            )
            for name in (CAREPLAN, KNOWLEDGE)
        }

    def store(self, name: str) -> Chroma:
        """The LangChain store of one collection."""
        return self._stores[name]

    def upsert(self, name: str, passages: Sequence[Passage]) -> None:
        """Add or replace passages by id."""
        if not passages:
            return
        try:
            self._stores[name].add_texts(
                texts=[p.text for p in passages],
                metadatas=[_metadata(p) for p in passages],
                ids=[p.id for p in passages],
            )
        except Exception as e:
            raise RetrievalError(f"could not write {len(passages)} passages to {name}") from e

    def ids(self, name: str, where: dict[str, Any] | None = None) -> list[str]:
        """Ids stored in a collection, optionally filtered."""
        result = self._stores[name].get(where=where, include=[])
        return list(result["ids"])

    def delete(self, name: str, ids: Sequence[str]) -> None:
        """Remove passages by id."""
        if ids:
            self._stores[name].delete(ids=list(ids))

    def passage(self, name: str, passage_id: str) -> Passage | None:
        """One stored passage by id, or None."""
        result = self._stores[name].get(ids=[passage_id], include=["documents", "metadatas"])
        if not result["ids"]:
            return None
        return _passage(
            Document(id=result["ids"][0], page_content=result["documents"][0], metadata=result["metadatas"][0])
        )

    def documents(self, name: str, where: dict[str, Any] | None = None) -> list[str]:
        """Stored texts (used by privacy tests and audits)."""
        result = self._stores[name].get(where=where, include=["documents", "metadatas"])
        return [*result["documents"], *(str(m) for m in result["metadatas"])]

    def prefetch(self, queries: list[str]) -> None:
        """Embed queries about to be searched in one batch, when the embeddings remember queries."""
        if isinstance(self.embeddings, CachedQueries):
            self.embeddings.prefetch(queries)

    def search(self, name: str, query: str, k: int, where: dict[str, Any] | None) -> list[tuple[Passage, float]]:
        """Nearest passages with a similarity in [0, 1] (1 - cosine distance)."""
        try:
            hits = self._stores[name].similarity_search_with_score(query, k=k, filter=where)
        except Exception as e:
            raise RetrievalError(f"search in {name} failed") from e
        return [(_passage(doc), max(0.0, 1.0 - float(distance))) for doc, distance in hits]

    def similarities(self, name: str, query: str, ids: Sequence[str]) -> dict[str, float]:
        """Cosine similarity of the query to specific stored passages (for lexical-only hits)."""
        if not ids:
            return {}
        import numpy as np

        query_vector = np.asarray(self.embeddings.embed_query(query))
        stored = self._stores[name].get(ids=list(ids), include=["embeddings"])
        out = {}
        for pid, vector in zip(stored["ids"], stored["embeddings"], strict=True):
            v = np.asarray(vector)
            out[pid] = float(v @ query_vector / (np.linalg.norm(v) * np.linalg.norm(query_vector) or 1.0))
        return out


def _metadata(p: Passage) -> dict[str, Any]:
    meta = {"kind": p.kind, "section": p.section, "title": p.title}
    meta.update(
        {k: v for k, v in (("consumer_id", p.consumer_id), ("article_id", p.article_id), ("modality", p.modality)) if v}
    )
    return meta


def _passage(doc: Document) -> Passage:
    meta = doc.metadata
    return Passage(
        id=str(doc.id),
        kind=meta.get("kind", ""),
        section=meta.get("section", ""),
        title=meta.get("title", ""),
        text=doc.page_content,
        consumer_id=meta.get("consumer_id"),
        article_id=meta.get("article_id"),
        modality=meta.get("modality"),
    )
