"""Indexes the knowledge base: its passages and sentence vectors into the stores, skipped when no file changed.

`guide kb index` and `guide demo load` call it; start-up never does."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from guide.ml.vectorstore import KNOWLEDGE
from guide.store.db.models import KnowledgeIndexRow

if TYPE_CHECKING:
    from guide.careplan.passages import Passage
    from guide.knowledge.loader import KnowledgeBase
    from guide.services import Services

log = logging.getLogger(__name__)
Progress = Callable[[int], None]


@dataclass
class IndexResult:
    """What `guide kb index` did."""

    indexed: int
    unchanged: int
    removed: int
    passages: int


PROTOCOLS_ROW = "protocols.yaml"  # the knowledge index row of the condition protocols' passages (not an article)


def knowledge_digests(root: Path) -> dict[str, str]:
    """sha256 of each article file by article id (the file name: `guide kb check` holds them equal), and of the
    protocols file under `PROTOCOLS_ROW`: what the index was made from, read without parsing anything."""
    digests = {path.stem: _file_digest(path) for path in sorted((root / "articles").glob("*/*.md"))}
    protocols = root / "protocols.yaml"
    digests[PROTOCOLS_ROW] = _file_digest(protocols) if protocols.exists() else ""
    return digests


def _file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def knowledge_unchanged(services: Services) -> bool:
    """Whether the index holds exactly the knowledge files as they are now, by their content hashes and without
    opening the vector store or loading a model: every article and the protocols indexed from these bytes, none
    removed, the sentence vectors written, and (embedded store) the store's folder still there. A store that lost
    its records behind the database's back is repaired by `index_knowledge` whenever anything changed."""
    settings = services.settings
    if not settings.sentence_vectors_path.exists():
        return False
    if settings.store_mode == "embedded" and not (settings.chroma_dir / "chroma.sqlite3").exists():
        return False
    with services.db.session() as session:
        stored = {r.article_id: r.content_hash for r in session.scalars(select(KnowledgeIndexRow))}
    return stored == knowledge_digests(settings.knowledge_path)


def index_knowledge(services: Services, progress: Progress | None = None) -> IndexResult:
    """Embed articles whose content changed (by hash); drop articles that were removed. When nothing changed (by
    the files' hashes alone) neither the knowledge base is parsed nor the store opened nor the model loaded."""
    if knowledge_unchanged(services):
        articles = len(knowledge_digests(services.settings.knowledge_path)) - 1
        if progress:
            progress(articles)
        return IndexResult(0, articles, 0, 0)
    from guide.knowledge.loader import article_passages

    kb = services.kb
    indexed = unchanged = 0
    changed: list[Passage] = []  # embedded and written together: one model call and one store write, not one each
    with services.db.session() as session:
        rows = {r.article_id: r for r in session.scalars(select(KnowledgeIndexRow))}
        protocols_row = rows.pop(PROTOCOLS_ROW, None)
        stored = set(services.vectors.ids(KNOWLEDGE))
        for article in kb.articles:
            digest = hashlib.sha256((kb.root / article.path).read_bytes()).hexdigest()
            row = rows.pop(article.meta.id, None)
            if row is not None and row.content_hash == digest and set(row.passages) <= stored:
                unchanged += 1
            else:
                new = article_passages(article)
                old = set(row.passages) if row else set()
                changed += new
                services.vectors.delete(KNOWLEDGE, sorted(old - {p.id for p in new}))
                session.merge(
                    KnowledgeIndexRow(article_id=article.meta.id, content_hash=digest, passages=[p.id for p in new])
                )
                indexed += 1
            if progress:
                progress(1)
        services.vectors.upsert(KNOWLEDGE, changed)  # before the rows commit: a failure records nothing as indexed
        for gone in rows.values():
            services.vectors.delete(KNOWLEDGE, gone.passages)
            session.delete(gone)
        _index_protocols(services, session, protocols_row, stored)
    services.knowledge_search.refresh()  # this process searches the vectors just written
    settings = services.settings
    services.similarity.save(settings.sentence_vectors_path, knowledge_sentences(kb), settings.embeddings_id)
    return IndexResult(indexed, unchanged, len(rows), len(changed))


def _index_protocols(services: Services, session: Session, row: KnowledgeIndexRow | None, stored: set[str]) -> None:
    """The condition protocols' passages (cited when applied, never searched), written when protocols.yaml changed
    or the store lacks them."""
    kb = services.kb
    protocols = kb.root / "protocols.yaml"
    digest = _file_digest(protocols) if protocols.exists() else ""
    new = kb.protocol_passages()
    if row is not None and row.content_hash == digest and {p.id for p in new} <= stored:
        return
    services.vectors.upsert(KNOWLEDGE, new)
    if row is not None:
        services.vectors.delete(KNOWLEDGE, sorted(set(row.passages) - {p.id for p in new}))
    session.merge(KnowledgeIndexRow(article_id=PROTOCOLS_ROW, content_hash=digest, passages=[p.id for p in new]))


def knowledge_sentences(kb: KnowledgeBase) -> list[str]:
    """Every sentence the composer ranks and the verifier compares: each passage's sentences, and list items
    with the line that introduces them."""
    from guide.language.text import sentences_in_context

    out: dict[str, None] = {}
    for passage in kb.passages():
        for sentence, framed in sentences_in_context(passage.text):
            out[sentence] = None
            out[framed] = None
    return list(out)
