"""Many texts at once (`guide kb index`) run as ONNX batches side by side on several threads: the same vectors as
one text at a time, in the order given, and no torch model loaded for them."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from guide.ml.embeddings import OnnxMiniLM, build_embeddings
from tests.conftest import make_settings

WORDS = "walk ten minutes after each meal call the team if her weight goes up more than two pounds".split()


def _texts(n: int) -> list[str]:
    """n different texts of many lengths (so batches are sorted by length and put back in order)."""
    return [f"{i}: " + " ".join(WORDS[: 1 + (i * 7) % len(WORDS)]) * (1 + i % 5) for i in range(n)]


@pytest.mark.parametrize("threads", [1, 0])  # 1: one-thread sessions side by side; 0: one session on every core
def test_many_texts_give_the_vectors_one_at_a_time_gives_in_order(tmp_path: Path, threads: int) -> None:
    model = build_embeddings(make_settings(tmp_path, embeddings_threads=threads)).inner  # type: ignore[attr-defined]
    assert isinstance(model, OnnxMiniLM)
    texts = _texts(OnnxMiniLM.PARALLEL_FROM + 37)
    together = np.asarray(model.embed_documents(texts))
    one_by_one = np.asarray([model.embed_query(t) for t in texts])
    assert together.shape == (len(texts), 384)
    assert float(np.min(np.sum(together * one_by_one, axis=1))) > 0.99999
    assert np.abs(together - one_by_one).max() < 1e-4


def test_side_by_side_batches_are_used_when_there_are_cores_for_them(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import threading

    model = build_embeddings(make_settings(tmp_path, embeddings_threads=1)).inner  # type: ignore[attr-defined]
    model.parallel = 2  # as on a 2-core machine, whatever this one has
    seen: set[str] = set()
    encode = model._encode

    def recording(texts: list[str]) -> np.ndarray:
        seen.add(threading.current_thread().name)
        return encode(texts)

    monkeypatch.setattr(model, "_encode", recording)
    texts = _texts(OnnxMiniLM.PARALLEL_FROM + 1)
    vectors = model.embed_documents(texts)
    assert any(name.startswith("onnx-bulk") for name in seen)
    assert np.allclose(vectors[5], encode([texts[5]])[0], atol=1e-5)


def test_bulk_embedding_never_asks_for_the_torch_model(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import guide.ml.embeddings

    model = build_embeddings(make_settings(tmp_path)).inner  # type: ignore[attr-defined]

    def no_torch() -> None:
        raise AssertionError("the torch model was asked for")

    monkeypatch.setattr(guide.ml.embeddings, "_minilm", no_torch)
    assert len(model.embed_documents(_texts(300))) == 300
