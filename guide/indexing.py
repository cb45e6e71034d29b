"""Writes care plans and the knowledge base into the stores. Commands call it; start-up never does."""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from guide.careplan.fhir_import import load_bundles
from guide.careplan.model import CarePlan
from guide.careplan.passages import Passage, render
from guide.db.models import ConsumerRow, DesigneeRow, KnowledgeIndexRow
from guide.errors import CarePlanImportError
from guide.kb.loader import KnowledgeBase, article_passages
from guide.redact import known_identifiers
from guide.services import Services
from guide.text import sentences_in_context
from guide.vectorstore import CAREPLAN, KNOWLEDGE
from redaction import PseudonymVault

log = logging.getLogger(__name__)
Progress = Callable[[int], None]


@dataclass
class ImportResult:
    """What one imported bundle became."""

    consumer_id: str
    source: str
    passages: int
    designees: int
    created: bool


def import_care_plans(services: Services, paths: Sequence[Path]) -> list[ImportResult]:
    """Parse every bundle first, then write all of them in one transaction, or nothing."""
    plans = load_bundles(paths)
    _refuse_duplicate_consumers(plans, paths)
    results: list[ImportResult] = []
    with services.db.session() as session:
        staged: list[tuple[str, list[Passage]]] = []
        for path, plan in zip(paths, plans, strict=True):
            row = session.get(ConsumerRow, plan.consumer.id)
            vault = PseudonymVault.from_dict(row.vault) if row is not None and row.vault else PseudonymVault()
            passages = services.redact.passages(render(plan), known=known_identifiers(plan), vault=vault)
            _check_designees(session, plan)
            created = row is None
            row = row or ConsumerRow(id=plan.consumer.id)
            row.plan = json.loads(plan.model_dump_json())
            row.source = Path(path).name
            row.content_hash = hashlib.sha256(plan.model_dump_json().encode()).hexdigest()
            row.vault = vault.to_dict()
            _merge_designees(row, plan)
            session.add(row)
            session.flush()
            staged.append((plan.consumer.id, passages))
            results.append(ImportResult(plan.consumer.id, Path(path).name, len(passages), len(plan.designees), created))
        for consumer_id, passages in staged:  # a vector-store failure rolls the database back
            _replace_passages(services, consumer_id, passages)
    return results


def _merge_designees(row: ConsumerRow, plan: CarePlan) -> None:
    """The bundle's designees; scopes the consumer changed in the app and sign-in links survive a re-import."""
    existing = {d.id: d for d in row.designees}
    merged = []
    for d in plan.designees:
        designee = existing.get(d.id) or DesigneeRow(id=d.id)
        designee.display_name = d.name.full
        designee.relationship_label = d.relationship
        if not designee.scopes_set_in_app:
            designee.scopes = sorted(s.value for s in d.scopes)
        merged.append(designee)
    row.designees = merged


def _refuse_duplicate_consumers(plans: list[CarePlan], paths: Sequence[Path]) -> None:
    seen: dict[str, Path] = {}
    for path, plan in zip(paths, plans, strict=True):
        if plan.consumer.id in seen:
            raise CarePlanImportError(
                f"{Path(path).name}: Patient/{plan.consumer.id} is also in {seen[plan.consumer.id].name}"
            )
        seen[plan.consumer.id] = Path(path)


def _check_designees(session, plan: CarePlan) -> None:  # type: ignore[no-untyped-def]
    ids = [d.id for d in plan.designees]
    if not ids:
        return
    clash = session.scalars(
        select(DesigneeRow).where(DesigneeRow.id.in_(ids), DesigneeRow.consumer_id != plan.consumer.id)
    ).first()
    if clash is not None:
        raise CarePlanImportError(f"RelatedPerson/{clash.id} field patient: already a designee of another consumer")


def _replace_passages(services: Services, consumer_id: str, passages: list[Passage]) -> None:
    old = set(services.vectors.ids(CAREPLAN, {"consumer_id": consumer_id}))
    services.vectors.upsert(CAREPLAN, passages)
    services.vectors.delete(CAREPLAN, sorted(old - {p.id for p in passages}))


@dataclass
class IndexResult:
    """What `guide kb index` did."""

    indexed: int
    unchanged: int
    removed: int
    passages: int
    sentences_embedded: int = 0


def index_knowledge(services: Services, progress: Progress | None = None) -> IndexResult:
    """Embed articles whose content changed (by hash); drop articles that were removed."""
    kb = services.kb
    indexed = unchanged = passages = 0
    with services.db.session() as session:
        rows = {r.article_id: r for r in session.scalars(select(KnowledgeIndexRow))}
        stored = set(services.vectors.ids(KNOWLEDGE))
        for article in kb.articles:
            digest = hashlib.sha256((kb.root / article.path).read_bytes()).hexdigest()
            row = rows.pop(article.meta.id, None)
            if row is not None and row.content_hash == digest and set(row.passages) <= stored:
                unchanged += 1
            else:
                new = article_passages(article)
                old = set(row.passages) if row else set()
                services.vectors.upsert(KNOWLEDGE, new)
                services.vectors.delete(KNOWLEDGE, sorted(old - {p.id for p in new}))
                session.merge(
                    KnowledgeIndexRow(article_id=article.meta.id, content_hash=digest, passages=[p.id for p in new])
                )
                indexed += 1
                passages += len(new)
            if progress:
                progress(1)
        for gone in rows.values():
            services.vectors.delete(KNOWLEDGE, gone.passages)
            session.delete(gone)
    services.knowledge_search.refresh()  # this process searches the vectors just written
    settings = services.settings
    embedded = services.similarity.save(settings.sentence_vectors_path, knowledge_sentences(kb), settings.embeddings_id)
    return IndexResult(indexed, unchanged, len(rows), passages, embedded)


def knowledge_sentences(kb: KnowledgeBase) -> list[str]:
    """Every sentence the composer ranks and the verifier compares: each passage's sentences, and list items
    with the line that introduces them."""
    out: dict[str, None] = {}
    for passage in kb.passages():
        for sentence, framed in sentences_in_context(passage.text):
            out[sentence] = None
            out[framed] = None
    return list(out)
