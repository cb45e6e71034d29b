"""Knowledge search: how families write, brand names and misspellings, dense vs fused."""

from __future__ import annotations

import pytest

from guide.knowledge_search import KnowledgeSearch, tokens


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
