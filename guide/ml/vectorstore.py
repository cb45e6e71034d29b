"""Chroma collections for care-plan and knowledge passages (embedded folder or server).

Only redacted text is ever written here: callers pass `Passage`s whose text went through
`guide.turn.redact`. Metadata carries ids and sections, never names.

Care-plan passages are stored per plan version (`plan_version` in their metadata, the version in their record id),
so a re-import writes the new version beside the one being read, and removes the old one after the switch.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
import threading
import types
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from guide.careplan.passages import Passage
from guide.errors import RetrievalError
from guide.settings import Settings

if TYPE_CHECKING:
    from chromadb.api.models.Collection import Collection
    from langchain_core.embeddings import Embeddings

# chromadb takes seconds to import: a command that never opens the store never imports it. The collections are used
# directly, not through langchain_chroma's `Chroma` (which wrote and read them the same way: the same ids, documents,
# metadata and vectors), whose import added another 1.5-2 s (LangChain's retrievers, tracers and LangSmith) to every
# process that opens the store.

log = logging.getLogger(__name__)
CAREPLAN = "careplan"
KNOWLEDGE = "knowledge"
SENTENCES = "sentences"  # the vectors of care-plan sentences the composer ranks, stored at import (never searched)
_CATCH_UP = "guide:catch-up"  # an id never stored: deleting it is a write that stores nothing


def record_id(passage_id: str, version: str) -> str:
    """The id a passage is stored under in one plan version (its citation id stays `passage_id`)."""
    return f"{version[:16]}/{passage_id}" if version else passage_id


def sentence_id(consumer_id: str, text: str) -> str:
    """The id a consumer's plan sentence vector is stored under: by the sentence's content."""
    return f"{consumer_id}/{_text_digest(text)}"


def _text_digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def plan_filter(consumer_id: str, version: str = "") -> dict[str, Any]:
    """The metadata filter for one consumer's passages, of one plan version when given."""
    if not version:
        return {"consumer_id": consumer_id}
    return {"$and": [{"consumer_id": consumer_id}, {"plan_version": version}]}


_OTLP_EXPORTER = "opentelemetry.exporter.otlp.proto.grpc.trace_exporter"
_LEAN_IMPORT = threading.Lock()


def import_chromadb() -> Any:
    """chromadb, imported without two costs a process that never exports Chroma's traces does not need (about 0.15 s
    of every cold `guide ask`, docs/performance.md): the `overrides` package checking, as each of chromadb's classes is
    built, that every overriding method's signature matches its base class's (chromadb's own tests check that; the
    methods are only marked, as the decorator does), and the OpenTelemetry gRPC span exporter, which Chroma builds
    only when an OTel collector endpoint is configured (`CHROMA_OTEL_COLLECTION_ENDPOINT`: then the real one is
    imported). Both are in place only while chromadb is imported."""
    if "chromadb" in sys.modules:
        return sys.modules["chromadb"]
    import overrides

    def marked(method: Any = None, **_: Any) -> Any:
        if method is None:  # @override(check_signature=...)
            return marked
        method.__override__ = True  # what EnforceOverrides looks for
        return method

    stub = None
    if _OTLP_EXPORTER not in sys.modules and not os.environ.get("CHROMA_OTEL_COLLECTION_ENDPOINT"):
        stub = types.ModuleType(_OTLP_EXPORTER)
        stub.OTLPSpanExporter = _NoSpanExporter  # type: ignore[attr-defined]
    with _LEAN_IMPORT:
        saved = overrides.override, overrides.overrides
        overrides.override = overrides.overrides = marked  # type: ignore[assignment]
        if stub is not None:
            sys.modules[_OTLP_EXPORTER] = stub
        try:
            import chromadb
        finally:
            overrides.override, overrides.overrides = saved
            if stub is not None and sys.modules.get(_OTLP_EXPORTER) is stub:
                del sys.modules[_OTLP_EXPORTER]
    return chromadb


class _NoSpanExporter:
    """Stands in for the OTLP span exporter while chromadb is imported without an OTel endpoint configured."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        raise RuntimeError("Chroma's OpenTelemetry export needs CHROMA_OTEL_COLLECTION_ENDPOINT set before start-up")


def build_client(settings: Settings) -> Any:
    """A Chroma client for the configured store mode."""
    chromadb = import_chromadb()

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
        self._stores: dict[str, Any] = {  # chromadb's `Collection`s, read as the untyped results they were before
            name: self.client.get_or_create_collection(
                name=f"{settings.collection_prefix}_{name}", embedding_function=None, metadata={"hnsw:space": "cosine"}
            )
            for name in (CAREPLAN, KNOWLEDGE, SENTENCES)
        }

    def heartbeat(self) -> None:
        """Raise unless the store answers (a Chroma server over HTTP; the embedded folder in process)."""
        self.client.heartbeat()

    def collection(self, name: str) -> Collection:
        """The Chroma collection of one name (`CAREPLAN`, `KNOWLEDGE`, `SENTENCES`)."""
        return self._stores[name]

    def upsert(self, name: str, passages: Sequence[Passage], *, version: str = "") -> None:
        """Add or replace passages by id; with a plan `version`, as that version's records beside any other."""
        if not passages:
            return
        texts = [p.text for p in passages]
        try:
            vectors = self.embeddings.embed_documents(texts)  # all in one call: the model batches them best
            step = self.client.get_max_batch_size()
            for start in range(0, len(passages), step):
                end = start + step
                self._stores[name].upsert(
                    ids=[record_id(p.id, version) for p in passages[start:end]],
                    embeddings=vectors[start:end],
                    documents=texts[start:end],
                    metadatas=[_metadata(p, version) for p in passages[start:end]],
                )
        except Exception as e:
            raise RetrievalError(f"could not write {len(passages)} passages to {name}") from e

    def ids(self, name: str, where: dict[str, Any] | None = None) -> list[str]:
        """Ids stored in a collection, optionally filtered."""
        result = self._stores[name].get(where=where, include=[])
        return list(result["ids"])

    def versions(self, name: str, where: dict[str, Any]) -> list[tuple[str, str | None]]:
        """Record ids with the plan version each belongs to (None: stored before passages carried one)."""
        result = self._stores[name].get(where=where, include=["metadatas"])
        return [
            (rid, (meta or {}).get("plan_version"))
            for rid, meta in zip(result["ids"], result["metadatas"], strict=True)
        ]

    def put_sentences(self, consumer_id: str, vectors: dict[str, Sequence[float]]) -> None:
        """Store a consumer's (redacted) plan sentences with their vectors, by content: writing one twice is one."""
        if not vectors:
            return
        texts = list(vectors)
        try:
            self._stores[SENTENCES].upsert(
                ids=[sentence_id(consumer_id, t) for t in texts],
                embeddings=np.asarray([vectors[t] for t in texts], dtype=np.float32),
                documents=texts,
                metadatas=[{"consumer_id": consumer_id, "sentence": _text_digest(t)} for t in texts],
            )
        except Exception as e:
            raise RetrievalError(f"could not write {len(texts)} sentence vectors") from e

    def sentence_vectors(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        """The stored vectors of those of these texts that an import stored (by their content), by text."""
        wanted = {_text_digest(t): t for t in texts}
        asked = set(texts)
        if not wanted:
            return {}
        where: dict[str, Any] = {"sentence": {"$in": list(wanted)}}
        result = self._stores[SENTENCES].get(where=where, include=["documents", "embeddings"])
        return {
            text: np.asarray(vector, dtype=np.float32)
            for text, vector in zip(result["documents"], result["embeddings"], strict=True)
            if text in asked
        }

    def delete(self, name: str, ids: Sequence[str]) -> None:
        """Remove passages by id."""
        if ids:
            self._stores[name].delete(ids=list(ids))

    def passage(self, name: str, passage_id: str) -> Passage | None:
        """One stored passage by its citation id, or None."""
        return self.passages(name, [passage_id]).get(passage_id)

    def passages(self, name: str, passage_ids: Sequence[str]) -> dict[str, Passage]:
        """Stored passages by citation id: by record id, then (care-plan records carry their version in theirs) by
        the `passage_id` in their metadata. While a re-import switches versions either version's text may come."""
        wanted = list(dict.fromkeys(passage_ids))
        if not wanted:
            return {}
        found = _passages(self._stores[name].get(ids=wanted, include=["documents", "metadatas"]))
        missing = [i for i in wanted if i not in found]
        if missing and name == CAREPLAN:
            where: dict[str, Any] = {"passage_id": {"$in": missing}}
            found.update(_passages(self._stores[name].get(where=where, include=["documents", "metadatas"])))
        return found

    def documents(self, name: str, where: dict[str, Any] | None = None) -> list[str]:
        """Stored texts (used by privacy tests and audits)."""
        result = self._stores[name].get(where=where, include=["documents", "metadatas"])
        return [*result["documents"], *(str(m) for m in result["metadatas"])]

    def prefetch(self, queries: list[str]) -> None:
        """Embed queries about to be searched in one batch, when the embeddings remember queries."""
        prefetch = getattr(self.embeddings, "prefetch", None)  # `guide.ml.embeddings.CachedQueries`
        if prefetch is not None:
            prefetch(queries)

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
            result = self._embedded(name, ids, where)
        except Exception:
            # Embedded Chroma reads vectors from this process's copy of the index, which misses what another
            # process (`guide careplan import` beside `guide serve`) wrote since: "Error finding id". Any write from
            # this process makes it replay the shared log first, so write nothing and read once more.
            log.info("the %s vector index is behind the store; catching up", name)
            try:
                self._stores[name].delete(ids=[_CATCH_UP])
                result = self._embedded(name, ids, where)
            except Exception as e:
                raise RetrievalError(f"reading vectors from {name} failed") from e
        out = []
        for pid, text, meta, vector in zip(
            result["ids"], result["documents"], result["metadatas"], result["embeddings"], strict=True
        ):
            v = np.asarray(vector, dtype=np.float32)
            out.append((_passage(pid, text, meta or {}), v / (np.linalg.norm(v) or 1.0)))
        return out

    def _embedded(self, name: str, ids: Sequence[str] | None, where: dict[str, Any] | None) -> Any:
        return self._stores[name].get(
            ids=list(ids) if ids is not None else None,
            where=where,
            include=["documents", "metadatas", "embeddings"],
        )


def _metadata(p: Passage, version: str = "") -> dict[str, Any]:
    meta = {"kind": p.kind, "section": p.section, "title": p.title}
    meta.update(
        {k: v for k, v in (("consumer_id", p.consumer_id), ("article_id", p.article_id), ("modality", p.modality)) if v}
    )
    if version:
        meta.update(passage_id=p.id, plan_version=version)
    return meta


def _passages(result: Any) -> dict[str, Passage]:
    docs = zip(result["ids"], result["documents"], result["metadatas"], strict=True)
    found = (_passage(rid, text, meta or {}) for rid, text, meta in docs)
    return {p.id: p for p in found}


def _passage(record_id: str, text: str, meta: dict[str, Any]) -> Passage:
    return Passage(
        id=str(meta.get("passage_id") or record_id),
        kind=meta.get("kind", ""),
        section=meta.get("section", ""),
        title=meta.get("title", ""),
        text=text,
        consumer_id=meta.get("consumer_id"),
        article_id=meta.get("article_id"),
        modality=meta.get("modality"),
    )
