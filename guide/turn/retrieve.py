"""The retrieve stage: care-plan passages of this consumer within scope, and knowledge passages."""

from __future__ import annotations

import math
import threading
from collections import Counter
from collections.abc import Collection
from functools import lru_cache
from typing import Protocol

import numpy as np
from cachetools import LRUCache

from guide.careplan.passages import Passage
from guide.language.listing import Kind
from guide.language.text import neutral, placeholders, search_tokens
from guide.ml.vectorstore import CAREPLAN, VectorStore, plan_filter
from guide.turn.contracts import Hit, Listing, Retrieved
from redaction import Redacted

PLANS_KEPT = 512  # plans whose vectors a process keeps (about 40 KB each)
# A plan passage's score is its cosine to the question plus this times the share of the question's words (weighed by
# how rare each is among the plan's passages) that the passage holds. MiniLM barely knows "INR", "CBT" or "hctz":
# "what's a normal INR for me again" met the plan's "Keep INR between 2.0 and 3.0" at a cosine of 0.18 and went to
# review as unanswerable. Set on the corpus's train and dev splits (docs/decisions.md).
LEXICAL_WEIGHT = 0.3


class KnowledgeSearcher(Protocol):
    """Anything that ranks knowledge passages for a query."""

    def search(self, query: str, k: int, modality: str | None = None, conditions: str | None = None) -> list[Hit]:
        """The k best knowledge passages (for a consumer with `conditions`, when given)."""
        ...

    def siblings(self, query: str, hits: list[Hit]) -> list[Hit]:
        """Other passages of the best hit's article."""
        ...

    def expand(self, query: str) -> str:
        """The query with the articles' words for its lay terms."""
        ...


class Retriever:
    """Searches the vector store with redacted text only."""

    def __init__(
        self, vectors: VectorStore, knowledge: KnowledgeSearcher, *, k_careplan: int, k_knowledge: int
    ) -> None:
        self.vectors = vectors
        self.knowledge = knowledge
        self.k_careplan = k_careplan
        self.k_knowledge = k_knowledge
        self._plans: LRUCache[tuple[str, str], list[tuple[Passage, np.ndarray]]] = LRUCache(maxsize=PLANS_KEPT)
        self._lock = threading.Lock()

    def retrieve(
        self,
        question: Redacted,
        *,
        consumer_id: str,
        sections: Collection[str],
        plan_version: str = "",
        conditions: str | None = None,
        medicines: Collection[str] = (),
        listing: Kind | None = None,
    ) -> Retrieved:
        """Care-plan passages limited to `sections`, the plan's call-if rules, knowledge passages.

        With the plan's `plan_version` (its import hash), the plan's passages and vectors are read from the store
        once per version and kept, so a turn reads nothing from the store. `conditions` (the plan's, as text)
        keeps out knowledge meant only for people with other conditions. `medicines`: the generic names of the plan's
        medicines the question names in other words ("hctz", "the antidepressant"), matched as the plan writes them.
        `listing`: the kind of item the question asks the plan to list (`guide.language.listing`): every one of
        them the reader may see is retrieved, in the plan's order."""
        plan_vectors = self._plan_vectors(consumer_id, plan_version) if sections else []
        held = {p for passage, _ in plan_vectors for p in placeholders(passage.text)}
        query = neutral(question.text, keep=held)
        expanded = self.knowledge.expand(query)
        self.vectors.prefetch([query, expanded])  # one model call for both
        words = " ".join([expanded, *medicines])
        plan = self._careplan(query, consumer_id, sections, plan_vectors, words=words)
        careplan = [h for h in plan if h.passage.section != "call_if"][: self.k_careplan]
        call_if = [h for h in plan if h.passage.section == "call_if"][:3]
        knowledge = self.knowledge.search(query, self.k_knowledge, conditions=conditions)
        knowledge += self.knowledge.siblings(query, knowledge)
        retrieved = Retrieved(careplan=careplan, knowledge=knowledge, call_if=call_if, expanded=words, query=query)
        if listing is not None:
            retrieved.listing = _listing(listing, consumer_id, set(sections), plan_vectors)
            listed = {h.passage.id for h in retrieved.listing.hits}
            retrieved.careplan = [*retrieved.listing.hits, *(h for h in careplan if h.passage.id not in listed)]
        return retrieved

    def _careplan(
        self,
        query: str,
        consumer_id: str,
        sections: Collection[str],
        plan_vectors: list[tuple[Passage, np.ndarray]],
        words: str = "",
    ) -> list[Hit]:
        """This consumer's passages in `sections`, most similar first (exact: a plan has a few dozen passages): the
        cosine to `query`, plus the share of the words of `words` (the query by default) each passage holds."""
        allowed = set(sections)
        if not allowed:
            return []
        stored = [
            (p, v)
            for p, v in plan_vectors
            # Scope is applied to what the store returns: a passage outside it never leaves this stage.
            if p.section in allowed and p.consumer_id == consumer_id
        ]
        if not stored:
            return []
        scores = np.stack([v for _, v in stored]) @ self.vectors.query_vector(query)
        scores = scores + LEXICAL_WEIGHT * word_shares(words or query, [p.text for p, _ in stored])
        order = np.argsort(-scores, kind="stable")
        return [Hit(stored[i][0], max(0.0, float(scores[i]))) for i in order]

    def _plan_vectors(self, consumer_id: str, version: str) -> list[tuple[Passage, np.ndarray]]:
        """Every passage of the consumer's plan version with its vector; kept per version when one is given.

        A version is read from the database at the start of the turn; a re-import may replace it and remove its
        passages before they are read here. Then the passages stored now are the plan now (not kept: they are not
        that version's)."""
        key = (consumer_id, version)
        with self._lock:
            kept = self._plans.get(key) if version else None
            if kept is not None:
                return kept
        stored = self.vectors.embedded(CAREPLAN, where=plan_filter(consumer_id, version))
        if not stored and version:
            return _distinct(self.vectors.embedded(CAREPLAN, where=plan_filter(consumer_id)))
        if version:
            with self._lock:
                self._plans[key] = stored
        return stored


def _listing(
    kind: Kind, consumer_id: str, allowed: set[str], plan_vectors: list[tuple[Passage, np.ndarray]]
) -> Listing:
    """Every item of the kind in the reader's scope; the care team's entries when the plan has none at all."""
    mine = [p for p, _ in plan_vectors if p.consumer_id == consumer_id]
    hits = [Hit(p, 1.0) for p in mine if p.section in allowed and kind.holds(p)]
    partial, hidden = not kind.sections <= allowed, not kind.sections & allowed
    if hits or partial:
        return Listing(kind, hits, partial=partial, hidden=hidden)
    return Listing(kind, [Hit(p, 1.0) for p in mine if p.section == "care_team"], absent=True)


def word_shares(query: str, texts: list[str]) -> np.ndarray:
    """For each text, the share of the query's distinct content words it holds, each weighed by its inverse document
    frequency among `texts` (a word every passage has, like "plan", counts for almost nothing; one word of the
    question no passage has lowers every share)."""
    wanted = set(search_tokens(query))
    if not wanted or not texts:
        return np.zeros(len(texts))
    held = [_word_set(t) for t in texts]
    frequency = Counter(w for words in held for w in words & wanted)
    n = len(texts)
    weight = {w: math.log((n + 1) / (frequency.get(w, 0) + 0.5)) for w in wanted}
    total = sum(weight.values())
    return np.array([sum(weight[w] for w in words & wanted) / total for words in held])


@lru_cache(maxsize=8192)
def _word_set(text: str) -> frozenset[str]:
    return frozenset(search_tokens(text))


def _distinct(stored: list[tuple[Passage, np.ndarray]]) -> list[tuple[Passage, np.ndarray]]:
    """One of each passage (two versions are stored together while a re-import switches)."""
    first: dict[str, tuple[Passage, np.ndarray]] = {}
    for passage, vector in stored:
        first.setdefault(passage.id, (passage, vector))
    return list(first.values())
