"""The indexing, re-import and retrieval tests of the embedded shape, run again on the scaled shape: PostgreSQL
and a real Chroma server (GUIDE_STORE_MODE=server). The tests are the same functions; only `demo_services`
differs (see `server_services` in tests/conftest.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from guide.knowledge.indexer import index_knowledge
from guide.services import Services
from tests.knowledge.test_indexing import (  # noqa: F401 - collected here with this module's demo_services
    test_a_changed_bundle_replaces_removed_passages,
    test_a_turn_after_a_reimport_searches_the_new_plan,
    test_no_identifier_of_the_consumer_or_network_is_stored_in_chroma,
    test_reimporting_the_same_bundle_updates_and_never_duplicates,
    test_stored_passages_use_placeholders_where_names_were,
)
from tests.turn.test_turns import (  # noqa: F401 - collected here with this module's demo_services
    test_a_designee_without_behavioral_scope_never_receives_behavioral_passages,
    test_an_interaction_with_a_plan_medicine_goes_to_review,
)


@pytest.fixture
def demo_services(server_services: Services) -> Services:
    """The scaled shape in place of the embedded one."""
    return server_services


def test_the_services_really_use_postgresql_and_the_chroma_server(demo_services: Services) -> None:
    import chromadb

    assert demo_services.db.engine.dialect.name == "postgresql"
    assert isinstance(demo_services.vectors.client, chromadb.api.client.Client)
    assert not (demo_services.settings.data_dir / "chroma").exists()
    assert not (demo_services.settings.data_dir / "guide.db").exists()
    prefix = demo_services.settings.collection_prefix
    names = {c.name for c in demo_services.vectors.client.list_collections()}
    assert {f"{prefix}_careplan", f"{prefix}_knowledge"} <= names


def test_kb_index_on_the_server_reembeds_only_what_changed(demo_services: Services, tmp_path: Path) -> None:
    again = index_knowledge(demo_services)
    assert again.indexed == 0 and again.unchanged == len(demo_services.kb.articles)
    kb_copy = tmp_path / "knowledge"
    shutil.copytree(demo_services.settings.knowledge_path, kb_copy)
    article = kb_copy / "articles" / "supplements" / "ginkgo.md"
    article.write_text(article.read_text() + "\nGinkgo leaves have been used for centuries.\n")
    (kb_copy / "articles" / "complementary" / "reiki.md").unlink()
    other = Services(demo_services.settings.model_copy(update={"knowledge_dir": kb_copy}))
    result = index_knowledge(other)
    assert (result.indexed, result.removed) == (1, 1)
    assert not demo_services.vectors.ids("knowledge", {"article_id": "reiki"})  # the other instance sees it
    other.db.engine.dispose()
