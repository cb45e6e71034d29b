"""The one lookup of cited passages (`guide.knowledge.lookup.PassageLookup`), shared by the passage page and the
evals: knowledge sections, protocol rules and care-plan passages by id."""

from __future__ import annotations

from typing import Any

from guide.knowledge.lookup import PassageLookup
from guide.ml.vectorstore import CAREPLAN


def test_a_knowledge_section_comes_with_its_article(demo_services: Any) -> None:
    lookup = PassageLookup(demo_services.vectors, demo_services.kb)
    section = demo_services.kb.passages()[1]
    found = lookup.get(section.id)
    assert found is not None and found.kind == "knowledge" and found.text == section.text
    article = lookup.article(found)
    assert article is not None and article.meta.id == section.article_id


def test_a_protocol_rule_is_found_though_it_is_no_article_section(demo_services: Any) -> None:
    rule = demo_services.kb.protocol_passages()[0]
    lookup = PassageLookup(demo_services.vectors, demo_services.kb)
    found = lookup.get(rule.id)
    assert found is not None and found.text == rule.text
    assert lookup.article(found) is None


def test_a_care_plan_passage_comes_from_the_store_with_its_consumer(demo_services: Any) -> None:
    stored = _a_care_plan_passage(demo_services)
    found = PassageLookup(demo_services.vectors, demo_services.kb).find([stored.id, "kb:no-such#summary", "cp:none"])
    assert list(found) == [stored.id]
    assert found[stored.id].consumer_id == "demo-p1" and found[stored.id].text == stored.text


def test_a_remembering_lookup_asks_the_store_once_per_id(demo_services: Any) -> None:
    stored = _a_care_plan_passage(demo_services)
    calls: list[list[str]] = []
    real = demo_services.vectors.passages

    def counted(name: str, ids: list[str]) -> Any:
        calls.append(list(ids))
        return real(name, ids)

    demo_services.vectors.passages = counted
    lookup = PassageLookup(demo_services.vectors, demo_services.kb, remember=True)
    assert list(lookup.find([stored.id, "cp:none"])) == [stored.id]
    asked = len(calls)
    assert list(lookup.find([stored.id, "cp:none"])) == [stored.id]
    assert len(calls) == asked  # found and missing ids alike are remembered
    plain = PassageLookup(demo_services.vectors, demo_services.kb)
    plain.find([stored.id])
    plain.find([stored.id])
    assert len(calls) == asked + 2  # a server's lookup asks again: a re-import may replace the passage


def _a_care_plan_passage(services: Any) -> Any:
    record = services.vectors.ids(CAREPLAN, where={"consumer_id": "demo-p1"})[0]
    (stored,) = services.vectors.passages(CAREPLAN, [record]).values()
    assert stored.consumer_id == "demo-p1"
    return stored
