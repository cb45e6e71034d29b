"""The MiniLM model under ONNX Runtime gives the torch model's vectors, so stored vectors stay valid."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from langchain_core.embeddings import Embeddings

from guide.ml.embeddings import (
    CachedQueries,
    OnnxMiniLM,
    SentenceSimilarity,
    _minilm,
    _minilm_onnx,
    build_embeddings,
    known_vectors_path,
    minilm_folder,
    read_known_vectors,
    save_known_vectors,
    weights_digest,
)
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


def test_saving_pins_a_text_that_left_the_cache_while_the_new_ones_were_embedded(tmp_path: Path) -> None:
    inner = _Counting()
    similarity = SentenceSimilarity(inner, cache_size=2)
    similarity.unit("seen before")  # in the cache when `save` looks; pushed out while `save` embeds the new text
    real_embed = similarity._embed

    def embed_while_others_arrive(texts: list[str]) -> Any:
        if texts == ["new"]:  # the save's own batch: two other turns' texts arrive meanwhile
            similarity.unit("other turn a")
            similarity.unit("other turn b")
        return real_embed(texts)

    similarity._embed = embed_while_others_arrive  # type: ignore[method-assign]
    assert similarity.save(tmp_path / "kb.npz", ["seen before", "new"], model="toy") == 1  # no KeyError
    inner.asked.clear()
    similarity._unit(["seen before", "new"])
    assert inner.asked == [], "both are pinned, the evicted one embedded again"


# --- The ONNX export cached on disk (issue 19): made once per weights, checked before use, remade when bad ---


@pytest.fixture
def exports(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts ONNX exports (the seam `OnnxMiniLM.export_graph`), with this process's loaded models forgotten."""
    from guide.ml import embeddings

    counted: list[int] = []
    real = OnnxMiniLM.export_graph

    def counting(reference: Any) -> bytes:
        counted.append(1)
        return real(reference)

    monkeypatch.setattr(OnnxMiniLM, "export_graph", staticmethod(counting))
    monkeypatch.setattr(embeddings, "_ONNX_MODELS", {})
    return counted


def _fresh_load(cache: Path, monkeypatch: pytest.MonkeyPatch) -> Embeddings:
    """The ONNX model as a new process would get it (nothing loaded in memory yet)."""
    from guide.ml import embeddings

    monkeypatch.setattr(embeddings, "_ONNX_MODELS", {})
    return _minilm_onnx(1, cache)


def _export_folder(cache: Path) -> Path:
    (folder,) = cache.glob("minilm-onnx-*")
    return folder


def test_the_onnx_export_is_made_once_then_read_from_the_cache(
    tmp_path: Path, exports: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _fresh_load(tmp_path, monkeypatch)
    assert isinstance(first, OnnxMiniLM) and len(exports) == 1
    folder = _export_folder(tmp_path)
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["weights_sha256"] == weights_digest(minilm_folder())
    second = _fresh_load(tmp_path, monkeypatch)
    assert isinstance(second, OnnxMiniLM) and second is not first
    assert len(exports) == 1, "the cached export was ignored"
    assert np.allclose(second.embed_query(TEXTS[1]), first.embed_query(TEXTS[1]), atol=1e-6)


@pytest.mark.parametrize("damage", ["truncated graph", "other graph digest", "wrong probe vectors", "other weights"])
def test_a_corrupt_or_stale_cached_export_is_made_again(
    tmp_path: Path, exports: list[int], monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    _fresh_load(tmp_path, monkeypatch)
    folder = _export_folder(tmp_path)
    manifest = json.loads((folder / "manifest.json").read_text())
    match damage:
        case "truncated graph":
            graph = (folder / "model.onnx").read_bytes()
            (folder / "model.onnx").write_bytes(graph[: len(graph) // 2])
        case "other graph digest":
            (folder / "manifest.json").write_text(json.dumps({**manifest, "onnx_sha256": "0" * 64}))
        case "wrong probe vectors":  # a whole file that no longer gives the vectors stored with it
            probes = np.load(folder / "probes.npy")
            np.save(folder / "probes.npy", np.roll(probes, 1, axis=0))
        case "other weights":
            (folder / "manifest.json").write_text(json.dumps({**manifest, "weights_sha256": "f" * 64}))
    model = _fresh_load(tmp_path, monkeypatch)
    assert isinstance(model, OnnxMiniLM)
    assert len(exports) == 2, "a damaged cache was trusted"
    assert json.loads((folder / "manifest.json").read_text()) == manifest  # remade whole
    _fresh_load(tmp_path, monkeypatch)
    assert len(exports) == 2


def test_a_folder_with_no_export_reads_the_installations_and_writes_none(
    tmp_path: Path, exports: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`guide prepare` exports once into the installation's cache; a new data folder's process loads that export
    instead of making its own (the digest memo is read from there too)."""
    install, cache = tmp_path / "install", tmp_path / "data-cache"
    made = _fresh_load(install, monkeypatch)
    assert len(exports) == 1
    monkeypatch.setattr(embeddings_module(), "_ONNX_MODELS", {})
    monkeypatch.setattr(embeddings_module(), "_DIGESTS", {})
    model = _minilm_onnx(1, cache, [install])
    assert isinstance(model, OnnxMiniLM) and model is not made
    assert len(exports) == 1, "the installation's export was not read"
    assert not list(cache.glob("minilm-onnx-*"))
    assert np.allclose(model.embed_query(TEXTS[1]), made.embed_query(TEXTS[1]), atol=1e-6)


def embeddings_module() -> Any:
    from guide.ml import embeddings

    return embeddings


def test_a_process_that_finds_the_export_cached_never_imports_torch(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    _fresh_load(tmp_path, monkeypatch)  # cached now
    script = (
        "import sys; from pathlib import Path; from guide.ml.embeddings import _minilm_onnx, OnnxMiniLM; "
        f"m = _minilm_onnx(1, Path({str(tmp_path)!r})); v = m.embed_documents(['a'] * 20); "
        "print(type(m).__name__, len(v), 'torch' in sys.modules, 'sentence_transformers' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["OnnxMiniLM", "20", "False", "False"], done.stderr


def test_the_weights_digest_follows_the_files_and_is_remembered(tmp_path: Path) -> None:
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "model.safetensors").write_bytes(b"weights one")
    (folder / "README.md").write_text("not part of the model")
    memo = tmp_path / "memo.json"
    first = weights_digest(folder, memo)
    assert json.loads(memo.read_text())["sha256"] == first
    (folder / "README.md").write_text("edited")
    assert weights_digest(folder, memo) == first
    (folder / "model.safetensors").write_bytes(b"weights two")
    assert weights_digest(folder, memo) != first


def test_the_model_is_built_on_the_first_text_to_embed_only() -> None:
    built: list[_Counting] = []

    def build() -> Embeddings:
        built.append(_Counting())
        return built[-1]

    lazy = CachedQueries(build)
    assert not lazy.loaded and lazy.embed_documents([]) == [] and not built
    lazy.embed_query("one")
    lazy.embed_documents(["two"])
    assert lazy.loaded and len(built) == 1 and built[0].asked == ["one", "two"]


def test_stored_sentence_vectors_are_read_instead_of_embedded_and_misses_are_not_asked_again() -> None:
    inner = _Counting()
    stored = {"plan one": np.asarray([1.0, 0.0, 0.0]), "plan two": np.asarray([0.0, 1.0, 0.0])}
    asked: list[list[str]] = []

    def lookup(texts: list[str]) -> dict[str, np.ndarray]:
        asked.append(list(texts))
        return {t: stored[t] for t in texts if t in stored}

    similarity = SentenceSimilarity(inner, stored=lookup, cache_size=1)
    matrix = similarity.among(["plan one", "plan two", "new sentence"])
    assert inner.asked == ["new sentence"], "a stored vector was embedded again"
    assert asked == [["plan one", "plan two", "new sentence"]]
    assert abs(matrix[0, 1]) < 1e-6
    similarity.among(["plan one"])  # evicted from the one-entry cache: read from the store again, not embedded
    assert asked[1:] == [["plan one"]] and inner.asked == ["new sentence"]
    similarity.among(["new sentence"])  # evicted too; known not to be stored, so embedded without asking
    assert asked[2:] == [] and inner.asked == ["new sentence", "new sentence"]


def test_a_failing_sentence_store_falls_back_to_embedding() -> None:
    inner = _Counting()

    def broken(texts: list[str]) -> dict[str, np.ndarray]:
        raise ConnectionError("store down")

    similarity = SentenceSimilarity(inner, stored=broken)
    assert similarity.among(["a sentence", "another"]).shape == (2, 2)
    assert inner.asked == ["a sentence", "another"]


def test_texts_the_model_embedded_before_are_read_from_the_known_files_and_only_the_rest_is_embedded(
    tmp_path: Path,
) -> None:
    """`guide prepare` keeps the knowledge base's texts with their vectors; a data folder's index embeds the rest."""
    model = "minilm:all-MiniLM-L6-v2"
    install, own = known_vectors_path(tmp_path / "install", model), known_vectors_path(tmp_path / "own", model)
    save_known_vectors(install, model, {"walk daily": [1.0, 0.0, 0.0], "weigh each morning": [0.0, 1.0, 0.0]})
    save_known_vectors(own, model, {"walk daily": [0.0, 0.0, 1.0]})  # the first folder's copy wins
    save_known_vectors(known_vectors_path(tmp_path / "other", "openai:x"), "openai:x", {"new text": [9.0, 9.0, 9.0]})
    inner = _Counting()
    embeddings = CachedQueries(inner, known=[own, install, tmp_path / "missing.npz"], model_id=model)
    embeddings.recorded = {}
    vectors = embeddings.embed_documents(["weigh each morning", "new text", "walk daily", "new text"])
    assert inner.asked == ["new text"], "a known text was embedded again, or a text twice"
    assert vectors[0] == [0.0, 1.0, 0.0] and vectors[2] == [0.0, 0.0, 1.0]
    assert vectors[1] == vectors[3] == inner.embed_documents(["new text"])[0]
    assert set(embeddings.recorded) == {"weigh each morning", "new text", "walk daily"}
    # another model's file is not read, and without a model id no file counts
    assert read_known_vectors(known_vectors_path(tmp_path / "other", "openai:x"), model) == {}
    plain = _Counting()
    CachedQueries(plain, known=[install]).embed_documents(["walk daily"])
    assert plain.asked == ["walk daily"]


@pytest.fixture
def quantized(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts int8 quantizations (the seam `embeddings._quantized`)."""
    from guide.ml import embeddings

    counted: list[int] = []
    real = embeddings._quantized

    def counting(graph: bytes) -> bytes:
        counted.append(1)
        return real(graph)

    monkeypatch.setattr(embeddings, "_quantized", counting)
    return counted


def test_the_int8_word_model_is_made_once_then_read_from_the_cache_and_a_damaged_one_is_made_again(
    tmp_path: Path, quantized: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    model = _fresh_load(tmp_path, monkeypatch)
    assert isinstance(model, OnnxMiniLM)
    words = model.word_model(tmp_path)
    assert words is model.word_model(tmp_path) and len(quantized) == 1  # once per process
    (folder,) = tmp_path.glob("minilm-int8-*")
    manifest = json.loads((folder / "manifest.json").read_text())
    assert (
        manifest["source_sha256"] == json.loads((_export_folder(tmp_path) / "manifest.json").read_text())["onnx_sha256"]
    )
    text, span = "thanks to sandy for sitting with mom", [(10, 15)]
    vector = words.word_vectors(text, span)[0]
    # close to the float model's vector for the same window, not equal (the look is trained on these)
    exact = model.word_vectors(text, span)[0]
    cosine = float(np.dot(vector, exact) / np.linalg.norm(vector) / np.linalg.norm(exact))
    assert 0.9 < cosine < 1.0 - 1e-6
    again = _fresh_load(tmp_path, monkeypatch)
    assert isinstance(again, OnnxMiniLM)
    assert np.allclose(again.word_model(tmp_path).word_vectors(text, span)[0], vector, atol=1e-5)
    assert len(quantized) == 1, "the cached int8 model was ignored"
    graph = (folder / "model.onnx").read_bytes()
    (folder / "model.onnx").write_bytes(graph[: len(graph) // 2])
    damaged = _fresh_load(tmp_path, monkeypatch)
    assert isinstance(damaged, OnnxMiniLM)
    assert np.allclose(damaged.word_model(tmp_path).word_vectors(text, span)[0], vector, atol=1e-5)
    assert len(quantized) == 2, "a damaged int8 model was trusted"
    assert (folder / "model.onnx").read_bytes() == graph  # remade whole
