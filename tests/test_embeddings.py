"""The MiniLM model under ONNX Runtime gives the torch model's vectors, so stored vectors stay valid."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from guide.embeddings import CachedQueries, OnnxMiniLM, SentenceSimilarity, _minilm, build_embeddings
from tests.conftest import make_settings

TEXTS = [
    "Walk for ten minutes after each meal.",
    "can she take turmeric with her warfarin",
    "Call the care team if weight goes up more than 2 pounds in a day or 5 pounds in a week. " * 20,  # truncated
    "ok",
]


def test_the_default_runtime_is_onnx_and_agrees_with_torch(tmp_path: Path) -> None:
    embeddings = build_embeddings(make_settings(tmp_path))
    assert isinstance(embeddings, CachedQueries)
    assert isinstance(embeddings.inner, OnnxMiniLM), "the ONNX export fell back to torch"
    onnx = np.asarray(embeddings.inner.embed_documents(TEXTS))
    torch = np.asarray(_minilm().embed_documents(TEXTS))
    assert onnx.shape == torch.shape == (len(TEXTS), 384)
    assert np.allclose(np.linalg.norm(onnx, axis=1), 1.0, atol=1e-5)
    assert float(np.min(np.sum(onnx * torch, axis=1))) > 0.9999
    # a query alone and within a batch of other lengths is the same vector (padding does not leak in)
    assert np.allclose(embeddings.inner.embed_query(TEXTS[1]), onnx[1], atol=1e-5)


def test_many_texts_at_once_give_the_vectors_one_at_a_time_gives(tmp_path: Path) -> None:
    model = build_embeddings(make_settings(tmp_path)).inner  # type: ignore[attr-defined]
    texts = [f"{i}: " + TEXTS[i % len(TEXTS)] for i in range(3 * OnnxMiniLM.BULK)]  # goes to the bulk path
    together = np.asarray(model.embed_documents(texts))
    one_by_one = np.asarray([model.embed_query(t) for t in texts])
    assert float(np.min(np.sum(together * one_by_one, axis=1))) > 0.9999


def test_the_torch_runtime_can_still_be_chosen(tmp_path: Path) -> None:
    embeddings = build_embeddings(make_settings(tmp_path, embeddings_runtime="torch"))
    assert isinstance(embeddings, CachedQueries)
    assert not isinstance(embeddings.inner, OnnxMiniLM)


def test_turns_on_several_threads_embed_at_once(tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    model = build_embeddings(make_settings(tmp_path)).inner  # type: ignore[attr-defined]
    texts = [f"question {i} " + "about her walking plan " * (i % 7) for i in range(120)]
    alone = [model.embed_query(t) for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(model.embed_query, texts))
    assert np.allclose(np.asarray(together), np.asarray(alone), atol=1e-5)


class _Counting(Embeddings):
    """A deterministic toy embedding that records which texts it was asked to embed."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.asked += texts
        return [[float(len(t)), float(sum(map(ord, t)) % 97), 1.0] for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]


def test_the_sentence_cache_evicts_least_recently_used_and_keeps_the_knowledge_vectors(tmp_path: Path) -> None:
    inner = _Counting()
    similarity = SentenceSimilarity(inner, cache_size=3)
    stored = tmp_path / "knowledge-sentences.npz"
    similarity.save(stored, ["kb one", "kb two"], model="toy")
    fresh = SentenceSimilarity(inner, cache_size=3)
    assert fresh.load(stored, "toy") == 2
    inner.asked.clear()
    fresh.between(["q1", "q2", "q3"], ["kb one", "kb two"])  # fills the cache; knowledge vectors come from the file
    assert inner.asked == ["q1", "q2", "q3"]
    fresh.unit("q1")  # q1 is now the most recently used; q2 the least
    fresh.unit("q4")  # evicts q2
    inner.asked.clear()
    vectors = fresh._unit(["q1", "q3", "q4", "kb one", "kb two", "q2"])
    assert inner.asked == ["q2"], "only the evicted text is embedded again; the knowledge vectors never leave"
    assert vectors.shape == (6, 3)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0)


def test_a_full_sentence_cache_still_answers_a_batch_larger_than_itself() -> None:
    similarity = SentenceSimilarity(_Counting(), cache_size=2)
    texts = [f"sentence {i}" for i in range(7)]
    matrix = similarity.among(texts)  # more new texts than the cache holds: no KeyError, every row there
    assert matrix.shape == (7, 7)
    assert np.allclose(np.diag(matrix), 1.0, atol=1e-6)
