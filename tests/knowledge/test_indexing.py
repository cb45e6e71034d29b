"""Importing writes the plan, its designees and redacted passages; re-import updates in place."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
from sqlalchemy import func, select

from guide.careplan.fhir_import import load_bundle
from guide.careplan.importer import import_care_plans
from guide.demo import demo_bundles
from guide.ml.vectorstore import CAREPLAN
from guide.store.db.models import ConsumerRow, DesigneeRow
from guide.turn.redact import known_identifiers
from tests.conftest import requires_synthea, synthea_bundles


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def test_no_identifier_of_the_consumer_or_network_is_stored_in_chroma(demo_services) -> None:  # type: ignore[no-untyped-def]
    for path in demo_bundles():
        plan = load_bundle(path)
        stored = "\n".join(demo_services.vectors.documents(CAREPLAN, {"consumer_id": plan.consumer.id}))
        assert stored, "the plan's passages are stored"
        c = plan.consumer
        forbidden = [
            c.name.full,
            *c.name.given,
            c.name.family,
            str(c.birth_date),
            *c.phones,
            *c.emails,
            *(i.value for i in c.identifiers),
            *c.address.lines,
        ]
        for d in plan.designees:
            forbidden += [d.name.full, *d.name.given, d.name.family or "", *d.phones, *d.emails]
        for value in filter(None, forbidden):
            assert value.lower() not in stored.lower(), f"{value!r} reached the vector store"
        stored_digits = _digits(stored)
        for phone in [*c.phones, *(p for d in plan.designees for p in d.phones)]:
            assert _digits(phone)[-10:] not in stored_digits


def test_stored_passages_use_placeholders_where_names_were(demo_services) -> None:  # type: ignore[no-untyped-def]
    stored = "\n".join(demo_services.vectors.documents(CAREPLAN, {"section": "care_team"}))
    assert "<PERSON_" in stored


def test_reimporting_the_same_bundle_updates_and_never_duplicates(demo_services) -> None:  # type: ignore[no-untyped-def]
    path = demo_bundles()[0]
    before = sorted(demo_services.vectors.ids(CAREPLAN))
    results = import_care_plans(demo_services, [path])
    assert [r.created for r in results] == [False]
    assert sorted(demo_services.vectors.ids(CAREPLAN)) == before
    with demo_services.db.session() as s:
        assert s.scalar(select(func.count()).select_from(ConsumerRow)) == len(demo_bundles())
        assert s.scalar(select(func.count()).select_from(DesigneeRow)) == sum(
            len(load_bundle(p).designees) for p in demo_bundles()
        )


def _rosa_without_atorvastatin(folder: Path) -> Path:
    """demo-p1's bundle with her atorvastatin taken out, written to `folder`."""
    rosa = next(p for p in demo_bundles() if p.name == "demo_p1.json")
    raw = json.loads(rosa.read_text())
    raw["entry"] = [e for e in raw["entry"] if e["resource"].get("id") != "p1-ator"]
    changed = folder / "rosa.json"
    changed.write_text(json.dumps(raw))
    return changed


def test_a_changed_bundle_replaces_removed_passages(demo_services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import_care_plans(demo_services, [_rosa_without_atorvastatin(tmp_path)])
    ids = demo_services.vectors.ids(CAREPLAN, {"consumer_id": "demo-p1"})
    assert not any(i.endswith(":p1-ator") for i in ids)
    assert any(i.endswith(":p1-met") for i in ids)


@requires_synthea()
def test_every_shared_synthea_bundle_imports_and_its_identifiers_stay_out_of_chroma(demo_services) -> None:  # type: ignore[no-untyped-def]
    results = import_care_plans(demo_services, synthea_bundles())
    assert len(results) == len(synthea_bundles())
    for path in synthea_bundles():
        plan = load_bundle(path)
        stored = "\n".join(demo_services.vectors.documents(CAREPLAN, {"consumer_id": plan.consumer.id}))
        for known in known_identifiers(plan):
            if known.type in {"PERSON", "PHONE_NUMBER", "US_SSN", "LOCATION"}:
                assert known.value.lower() not in stored.lower(), f"{known.type} reached the vector store"


def test_kb_index_reembeds_only_what_changed(demo_services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from guide.knowledge.indexer import index_knowledge
    from guide.services import Services
    from tests.conftest import make_settings

    again = index_knowledge(demo_services)
    assert again.indexed == 0 and again.unchanged == len(demo_services.kb.articles)
    kb_copy = tmp_path / "knowledge"
    shutil.copytree(demo_services.settings.knowledge_path, kb_copy)
    article = kb_copy / "articles" / "supplements" / "ginkgo.md"
    article.write_text(article.read_text() + "\nGinkgo leaves have been used for centuries.\n")
    (kb_copy / "articles" / "complementary" / "reiki.md").unlink()
    services = Services(make_settings(demo_services.settings.data_dir, knowledge_dir=kb_copy))
    result = index_knowledge(services)
    assert (result.indexed, result.removed) == (1, 1)
    assert not services.vectors.ids("knowledge", {"article_id": "reiki"})


def test_a_turn_after_a_reimport_searches_the_new_plan(demo_services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from guide.careplan.model import Section
    from redaction import Redacted

    def plan_passages() -> set[str]:
        plan, version = demo_services.store.versioned_plan("demo-p1")
        retrieved = demo_services.pipeline.retriever.retrieve(
            Redacted(text="her atorvastatin for cholesterol"),
            consumer_id="demo-p1",
            sections=[s.value for s in Section],
            plan_version=version,
        )
        return {h.passage.id for h in retrieved.careplan}

    assert any(i.endswith(":p1-ator") for i in plan_passages())  # read, and now kept for this version
    import_care_plans(demo_services, [_rosa_without_atorvastatin(tmp_path)])
    after = plan_passages()
    assert after and not any(i.endswith(":p1-ator") for i in after)


# --- Cold paths (issue 19): hashes are compared before any model or store is opened ---


def test_kb_index_with_nothing_changed_opens_neither_the_store_nor_the_model(demo_services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from guide.knowledge.indexer import index_knowledge, knowledge_unchanged
    from guide.services import Services
    from tests.conftest import make_settings

    data_dir = demo_services.settings.data_dir
    fresh = Services(make_settings(data_dir))
    result = index_knowledge(fresh)
    assert (result.indexed, result.removed, result.passages) == (0, 0, 0)
    assert result.unchanged == len(demo_services.kb.articles)
    assert not {"vectors", "kb", "similarity"} & set(vars(fresh)), "the store, the model or the YAML was loaded"
    kb_copy = tmp_path / "knowledge"
    shutil.copytree(demo_services.settings.knowledge_path, kb_copy)
    assert knowledge_unchanged(Services(make_settings(data_dir, knowledge_dir=kb_copy)))  # content, not the path
    (kb_copy / "articles" / "complementary" / "reiki.md").unlink()  # a change that needs no embedding
    changed = Services(make_settings(data_dir, knowledge_dir=kb_copy))
    assert not knowledge_unchanged(changed)
    again = index_knowledge(changed)
    assert (again.indexed, again.removed, again.unchanged) == (0, 1, len(demo_services.kb.articles) - 1)
    assert not changed.vectors.embeddings.loaded, "unchanged protocol passages or sentences were embedded again"
    assert knowledge_unchanged(Services(make_settings(data_dir, knowledge_dir=kb_copy)))
    protocols = kb_copy / "protocols.yaml"
    protocols.write_text(protocols.read_text() + "\n# a comment is a change too\n")
    assert not knowledge_unchanged(Services(make_settings(data_dir, knowledge_dir=kb_copy)))


def test_kb_index_rebuilds_an_embedded_store_that_was_removed(demo_services) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from guide.knowledge.indexer import index_knowledge, knowledge_unchanged
    from guide.services import Services
    from tests.conftest import make_settings

    settings = demo_services.settings
    shutil.rmtree(settings.chroma_dir)
    fresh = Services(make_settings(settings.data_dir))
    assert not knowledge_unchanged(fresh)
    result = index_knowledge(fresh)
    assert result.indexed == len(demo_services.kb.articles)
    assert fresh.vectors.ids("knowledge", {"article_id": "ginkgo"})


def test_an_import_stores_the_plan_sentences_a_turn_ranks(demo_services) -> None:  # type: ignore[no-untyped-def]
    from guide.ml.embeddings import SentenceSimilarity
    from guide.ml.vectorstore import SENTENCES, sentence_id
    from guide.turn.compose.offline import plan_texts
    from tests.ml.test_embeddings import _Counting

    passages = [p for p, _ in demo_services.vectors.embedded(CAREPLAN, where={"consumer_id": "demo-p1"})]
    texts = list(dict.fromkeys(t for p in passages for t in plan_texts(p.text)))
    assert len(texts) > len(passages)
    stored = set(demo_services.vectors.ids(SENTENCES, {"consumer_id": "demo-p1"}))
    assert stored == {sentence_id("demo-p1", t) for t in texts}
    counting = _Counting()
    similarity = SentenceSimilarity(counting, stored=demo_services.vectors.sentence_vectors)
    similarity.among(texts)
    assert counting.asked == [], "a plan sentence was embedded at turn time"
    vector = demo_services.vectors.sentence_vectors([texts[0]])[texts[0]]
    assert np.allclose(vector, demo_services.vectors.embeddings.embed_query(texts[0]), atol=1e-5)


def test_reimporting_an_unchanged_bundle_never_loads_the_model(demo_services) -> None:  # type: ignore[no-untyped-def]
    from guide.services import Services
    from tests.conftest import make_settings

    fresh = Services(make_settings(demo_services.settings.data_dir))
    (result,) = import_care_plans(fresh, [demo_bundles()[0]])
    assert not result.created
    assert not fresh.vectors.embeddings.loaded


def test_an_unchanged_bundle_is_known_before_any_model_or_redactor_loads(demo_services) -> None:  # type: ignore[no-untyped-def]
    """The stored digest of what the plan was made from (bundle, code, clinical words, pseudonyms) matches: nothing
    is redacted, embedded or written, and the result says so with the stored passage count."""
    from guide.services import Services
    from tests.conftest import make_settings

    rosa = next(p for p in demo_bundles() if p.name == "demo_p1.json")
    before = _row(demo_services, "demo-p1")
    fresh = Services(make_settings(demo_services.settings.data_dir))
    (result,) = import_care_plans(fresh, [rosa])
    assert result.unchanged and not result.created
    assert result.passages == len(demo_services.vectors.ids(CAREPLAN, {"consumer_id": "demo-p1"}))
    assert "redact" not in fresh.__dict__, "the redactor was built for an unchanged bundle"
    assert not fresh.vectors.embeddings.loaded
    after = _row(demo_services, "demo-p1")
    assert after == before  # not even the row's timestamp moved


def test_a_changed_bundle_code_or_knowledge_base_imports_in_full(demo_services, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from guide.careplan import importer as indexing

    (changed,) = import_care_plans(demo_services, [_rosa_without_atorvastatin(tmp_path)])
    assert not changed.unchanged
    (again,) = import_care_plans(demo_services, [_rosa_without_atorvastatin(tmp_path)])
    assert again.unchanged
    monkeypatch.setattr(indexing, "_code_digest", lambda: "the redactor changed")
    (recoded,) = import_care_plans(demo_services, [_rosa_without_atorvastatin(tmp_path)])
    assert not recoded.unchanged
    monkeypatch.setattr(demo_services.settings, "redaction_detect", not demo_services.settings.redaction_detect)
    (redetected,) = import_care_plans(demo_services, [_rosa_without_atorvastatin(tmp_path)])
    assert not redetected.unchanged


def test_a_row_without_a_digest_or_without_its_passages_imports_in_full(demo_services) -> None:  # type: ignore[no-untyped-def]
    """A row written before digests existed (the migration leaves it empty), or whose version's passages are missing
    from the vector store, is imported in full, and records its digest."""
    from guide.store.db.models import ConsumerRow

    rosa = next(p for p in demo_bundles() if p.name == "demo_p1.json")
    with demo_services.db.session() as session:
        session.get(ConsumerRow, "demo-p1").source_digest = ""
    (result,) = import_care_plans(demo_services, [rosa])
    assert not result.unchanged
    assert _row(demo_services, "demo-p1")[0]
    version = _row(demo_services, "demo-p1")[1]
    demo_services.vectors.delete(CAREPLAN, demo_services.vectors.ids(CAREPLAN, {"consumer_id": "demo-p1"}))
    (result,) = import_care_plans(demo_services, [rosa])
    assert not result.unchanged and result.passages > 0
    assert _row(demo_services, "demo-p1")[1] == version
    assert demo_services.vectors.ids(CAREPLAN, {"consumer_id": "demo-p1"})


def _row(services, consumer_id: str) -> tuple[str, str, object]:  # type: ignore[no-untyped-def]
    from guide.store.db.models import ConsumerRow

    with services.db.session() as session:
        row = session.get(ConsumerRow, consumer_id)
        return row.source_digest, row.content_hash, row.updated_at


def test_a_changed_plan_replaces_its_stored_sentences(demo_services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from guide.ml.vectorstore import SENTENCES

    before = set(demo_services.vectors.ids(SENTENCES, {"consumer_id": "demo-p1"}))
    import_care_plans(demo_services, [_rosa_without_atorvastatin(tmp_path)])
    after = set(demo_services.vectors.ids(SENTENCES, {"consumer_id": "demo-p1"}))
    assert after and before - after, "the removed medicine's sentences stay stored"
    texts = demo_services.vectors.documents(SENTENCES, {"consumer_id": "demo-p1"})
    assert not any("atorvastatin" in t.lower() for t in texts)
