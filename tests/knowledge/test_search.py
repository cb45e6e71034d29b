"""Knowledge search: how families write, brand names and misspellings, dense vs fused."""

from __future__ import annotations

import numpy as np
import pytest

from guide.knowledge.search import KnowledgeSearch, tokens


@pytest.mark.parametrize(
    ("query", "expected_article"),
    [
        ("is tumeric ok with blood thinners", "turmeric"),
        ("can mom take st johns wort", "st-johns-wort"),
        ("gingko for memory?", "ginkgo"),
        ("dad on coumadin wants spinach salads", "warfarin-vitamin-k-diet"),
        ("chi gong class for grandpa", "qigong"),
        ("kerosene for head lice", "gasoline-and-kerosene"),
    ],
)
def test_family_phrasings_find_the_right_article_in_the_top_three(
    demo_services, query: str, expected_article: str
) -> None:  # type: ignore[no-untyped-def]
    hits = demo_services.knowledge_search.search(query, 15)
    articles = list(dict.fromkeys(h.passage.article_id for h in hits))
    assert expected_article in articles[:3], articles[:5]


def test_expansion_adds_article_words_for_brands_and_misspellings(demo_services) -> None:  # type: ignore[no-untyped-def]
    expanded = demo_services.knowledge_search.expand("is tumeric ok with coumadin")
    assert "turmeric" in expanded and "warfarin" in expanded


def test_dense_mode_uses_no_lexical_signal(demo_services) -> None:  # type: ignore[no-untyped-def]
    dense = KnowledgeSearch(demo_services.vectors, demo_services.kb, mode="dense")
    hits = dense.search("honey for a cough", 5)
    assert len(hits) == 5
    assert hits == sorted(hits, key=lambda h: h.score, reverse=True)


def test_tokens_stem_and_drop_stopwords() -> None:
    assert tokens("Can Mom take the pills?") == ["pill"]


class _GrowingStore:
    """A knowledge collection that is empty until `index` is called; queries point at one passage's vector."""

    def __init__(self, passages: list) -> None:  # type: ignore[type-arg]
        rng = np.random.default_rng(7)
        self.vectors = {
            p.id: v / np.linalg.norm(v) for p, v in zip(passages, rng.normal(size=(len(passages), 16)), strict=True)
        }
        self.passages = {p.id: p for p in passages}
        self.indexed = False
        self.target = passages[-1].id

    def query_vector(self, query: str) -> np.ndarray:
        return self.vectors[self.target]

    def embedded(self, name: str, *, ids=None, where=None) -> list:  # type: ignore[no-untyped-def,type-arg]
        return [(self.passages[i], self.vectors[i]) for i in ids or []] if self.indexed else []


def test_dense_search_is_exact_and_sees_an_index_built_after_it_started() -> None:
    from guide.knowledge import loader
    from guide.resources import data_folder

    kb = loader.load(data_folder("knowledge"))
    store = _GrowingStore(kb.passages())
    search = KnowledgeSearch(store, kb, mode="dense")  # type: ignore[arg-type]
    assert search.search("anything at all", 5) == []  # nothing indexed yet: no dense hits, and no error
    store.indexed = True
    hits = search.search("anything at all", 5)
    assert hits[0].passage.id == store.target and hits[0].score > 0.999
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_advice_for_one_condition_only_is_left_out_for_people_without_it(demo_services) -> None:  # type: ignore[no-untyped-def]
    search = demo_services.knowledge_search
    question = "how often should we get mom to drink something?"

    def articles(query: str, conditions: str | None) -> list[str | None]:
        return [h.passage.article_id for h in search.search(query, 6, conditions=conditions)]

    assert "heart-failure-fluid-limits" in articles(question, None)  # a general search ranks it high
    assert "heart-failure-fluid-limits" in articles(question, "Chronic congestive heart failure (disorder)")
    others = articles(question, "Alzheimer's disease (disorder) Osteoarthritis of knee")
    assert "heart-failure-fluid-limits" not in others and "hydration-older-adults" in others
    # the question itself naming the condition brings it back
    assert "heart-failure-fluid-limits" in articles("how much should someone with heart failure drink?", "Asthma")


def test_an_article_for_certain_conditions_only_must_name_them() -> None:
    from pydantic import ValidationError

    from guide.knowledge.models import ArticleMeta

    meta = {
        "id": "x-only",
        "title": "Only for some",
        "modality": "lifestyle",
        "evidence": "moderate",
        "safety": "caution",
        "summary": "A summary sentence.",
        "sources": [
            {
                "title": "Heart failure",
                "publisher": "MedlinePlus",
                "url": "https://medlineplus.gov/",
                "accessed": "2026-11-27",
            }
        ],
        "last_reviewed": "2026-11-27",
        "reviewed_by": "project editor",
        "only_for_conditions": True,
    }
    with pytest.raises(ValidationError, match="only_for_conditions"):
        ArticleMeta.model_validate(meta)
    assert ArticleMeta.model_validate({**meta, "conditions": ["heart failure"]}).only_for_conditions
