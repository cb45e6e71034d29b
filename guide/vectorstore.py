"""Chroma collections for care-plan and knowledge passages (embedded folder or server).

Only redacted text is ever written here: callers pass `Passage`s whose text went through
`guide.redact`. Metadata carries ids and sections, never names.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import chromadb
import numpy as np
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

    def query_vector(self, query: str) -> np.ndarray:
        """The query's unit-length vector."""
        vector = np.asarray(self.embeddings.embed_query(query), dtype=np.float32)
        return vector / (np.linalg.norm(vector) or 1.0)

    def embedded(
        self, name: str, *, ids: Sequence[str] | None = None, where: dict[str, Any] | None = None
    ) -> list[tuple[Passage, np.ndarray]]:
        """Stored passages with their unit-length vectors, selected by id or by metadata.

        The sets searched per turn are small (one consumer's plan, about 25 passages; the knowledge base, about
        700), so they are ranked exactly with one matrix product instead of an approximate index query each."""
        try:
            result = self._stores[name].get(
                ids=list(ids) if ids is not None else None,
                where=where,
                include=["documents", "metadatas", "embeddings"],
            )
        except Exception as e:
            raise RetrievalError(f"reading vectors from {name} failed") from e
        out = []
        for pid, text, meta, vector in zip(
            result["ids"], result["documents"], result["metadatas"], result["embeddings"], strict=True
        ):
            v = np.asarray(vector, dtype=np.float32)
            out.append((_passage(Document(id=pid, page_content=text, metadata=meta)), v / (np.linalg.norm(v) or 1.0)))
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
