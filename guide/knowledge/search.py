"""Knowledge retrieval: dense MiniLM fused with BM25, after expanding how families say things.

Families write "tumeric", "Coumadin", "water pill". Queries are expanded with
`knowledge/synonyms.yaml`, misspelled words are mapped to the closest word the articles use,
and the dense and lexical rankings are fused with reciprocal rank fusion (RRF).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from functools import cached_property, lru_cache
from typing import Literal

import numpy as np
from rank_bm25 import BM25Okapi

from guide.careplan.passages import Passage
from guide.knowledge.loader import KnowledgeBase
from guide.language.text import normalise, search_tokens
from guide.ml.vectorstore import KNOWLEDGE, VectorStore
from guide.turn.contracts import Hit

RRF_K = 60
Mode = Literal["dense", "fused"]


tokens = search_tokens  # stemmed content words, duplicates kept (BM25 counts them)


def _overlapping(pattern: re.Pattern[str], text: str) -> list[str]:
    """Every phrase of the pattern found in the text, also where phrases overlap ("blood thinner" and "thinner")."""
    found: dict[str, None] = {}
    for start in range(len(text)):
        if start and text[start - 1].isalpha():
            continue
        match = pattern.match(text, start)
        if match:
            found[match.group(1)] = None
    return list(found)


def best_per_article(hits: list[Hit], k: int) -> list[Hit]:
    """The best-ranked passage of each article, in rank order, at most k articles."""
    seen: set[str] = set()
    out: list[Hit] = []
    for hit in hits:
        article = hit.passage.article_id or hit.passage.id
        if article not in seen:
            seen.add(article)
            out.append(hit)
    return out[:k]


class KnowledgeSearch:
    """Ranks knowledge passages for a (redacted) query."""

    def __init__(
        self, vectors: VectorStore, kb: KnowledgeBase, *, mode: Mode = "fused", depth: int = 40, expand: bool = True
    ) -> None:
        self.vectors = vectors
        self.use_expansion = expand
        self.kb = kb
        self.mode = mode
        self.depth = depth
        self._vectors: np.ndarray | None = None
        self._indexed = np.zeros(0, dtype=bool)
        self._synonyms = dict(kb.synonyms.synonyms)
        phrases = sorted(self._synonyms, key=len, reverse=True)  # the longest phrase wins where two overlap
        self._synonym_pattern = re.compile(r"(?<![a-z])(" + "|".join(map(re.escape, phrases)) + r")(?![a-z])")

    @cached_property
    def _passages(self) -> list[Passage]:
        return self.kb.passages()

    @cached_property
    def _bm25(self) -> BM25Okapi:
        return BM25Okapi([tokens(f"{p.title} {p.text}") for p in self._passages])

    @cached_property
    def _vocabulary(self) -> list[str]:
        return sorted({t for p in self._passages for t in tokens(f"{p.title} {p.text}") if len(t) >= 4})

    @lru_cache(maxsize=1024)  # noqa: B019 - bounded; a turn expands the same question for search and ranking
    def expand(self, query: str) -> str:
        """The query plus the article words for any lay term, brand name or misspelling in it."""
        text = normalise(query)
        extra = [self._synonyms[m] for m in _overlapping(self._synonym_pattern, text)]
        extra += self._corrections(tokens(text))
        return query if not extra else f"{query} ({' '.join(dict.fromkeys(extra))})"

    def _corrections(self, words: Iterable[str]) -> list[str]:
        out = []
        for word in words:
            if len(word) >= 5 and word not in self._known:
                # a misspelling keeps its first letter ("tumeric", "diabetis"): compare with those words only
                out += difflib.get_close_matches(word, self._by_initial.get(word[0], []), n=1, cutoff=0.8)
        return out

    @cached_property
    def _known(self) -> frozenset[str]:
        return frozenset(self._vocabulary)

    @cached_property
    def _by_initial(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for word in self._vocabulary:
            out.setdefault(word[0], []).append(word)
        return out

    def search(self, query: str, k: int, modality: str | None = None, conditions: str | None = None) -> list[Hit]:
        """The k best passages; scores are dense cosine similarities, order is the fused rank.

        With `conditions` (the consumer's conditions, as text), an article meant only for people with certain
        conditions is left out unless the conditions or the query name one of them."""
        expanded = self.expand(query) if self.use_expansion else query
        scores = self._scores(expanded)
        skip = self._not_for(query, conditions)
        dense = [p for p in (self._passages[i] for i in self._ranked(scores, modality)) if p.article_id not in skip]
        dense = dense[: self.depth]
        if self.mode == "dense":
            return [Hit(p, self._score(scores, p.id)) for p in dense[:k]]
        lexical = [p for p in self._lexical(expanded, modality) if p.article_id not in skip]
        fused: dict[str, float] = {}
        for ranking in (dense, lexical):
            for rank, passage in enumerate(ranking):
                fused[passage.id] = fused.get(passage.id, 0.0) + 1.0 / (RRF_K + rank + 1)
        order = sorted(fused, key=fused.__getitem__, reverse=True)[:k]
        return [Hit(self._passages[self._position[pid]], self._score(scores, pid)) for pid in order]

    def siblings(self, query: str, hits: list[Hit]) -> list[Hit]:
        """The other passages of the best hit's article, scored against the query, so an answer can
        draw on the whole article that matches best (its advice is often in another section)."""
        if not hits or not hits[0].passage.article_id:
            return []
        have = {h.passage.id for h in hits}
        others = [p for p in self._passages if p.article_id == hits[0].passage.article_id and p.id not in have]
        scores = self._scores(query)
        return [Hit(p, self._score(scores, p.id)) for p in others]

    def _not_for(self, query: str, conditions: str | None) -> set[str]:
        """Articles for certain conditions only (`only_for_conditions`) that neither text names."""
        if conditions is None:
            return set()
        said = normalise(f"{query} {conditions}")
        return {aid for aid, names in self._condition_only.items() if not any(n in said for n in names)}

    @cached_property
    def _condition_only(self) -> dict[str, list[str]]:
        return {
            a.meta.id: [normalise(c) for c in a.meta.conditions] for a in self.kb.articles if a.meta.only_for_conditions
        }

    def refresh(self) -> None:
        """Read the passages' vectors from the store again (after indexing in this process)."""
        self._vectors = None

    def _scores(self, query: str) -> np.ndarray:
        """Cosine similarity of the query to every passage (0 where a passage has no stored vector)."""
        vector = self.vectors.query_vector(query)
        return self._matrix(len(vector)) @ vector

    def _score(self, scores: np.ndarray, passage_id: str) -> float:
        return max(0.0, float(scores[self._position[passage_id]]))

    def _ranked(self, scores: np.ndarray, modality: str | None) -> list[int]:
        """Positions of the passages that have a vector (and the modality), most similar first."""
        candidates = self._indexed if modality is None else self._indexed & (self._modalities == modality)
        positions = np.flatnonzero(candidates)
        return [int(i) for i in positions[np.argsort(-scores[positions], kind="stable")]]

    def _matrix(self, dimension: int) -> np.ndarray:
        """The passages' unit vectors, one row per passage in `_passages` order.

        Read from the vector store once all passages are indexed (the knowledge base is fixed for the life of the
        process, like its BM25 index); while some are missing, read again on each search so indexing shows up."""
        if self._vectors is not None:
            return self._vectors
        stored = {p.id: v for p, v in self.vectors.embedded(KNOWLEDGE, ids=list(self._position))}
        matrix = np.zeros((len(self._passages), dimension), dtype=np.float32)
        for pid, vector in stored.items():
            matrix[self._position[pid]] = vector
        self._indexed = np.array([p.id in stored for p in self._passages], dtype=bool)
        if self._indexed.all():
            self._vectors = matrix
        return matrix

    @cached_property
    def _position(self) -> dict[str, int]:
        return {p.id: i for i, p in enumerate(self._passages)}

    @cached_property
    def _modalities(self) -> np.ndarray:
        return np.array([p.modality or "" for p in self._passages])

    def _lexical(self, query: str, modality: str | None) -> list[Passage]:
        scores = self._bm25.get_scores(tokens(query))
        ranked = sorted(range(len(scores)), key=lambda i: scores[i], reverse=True)
        out: list[Passage] = []
        for i in ranked:
            if scores[i] <= 0 or len(out) >= self.depth:
                break
            if modality is None or self._passages[i].modality == modality:
                out.append(self._passages[i])
        return out
