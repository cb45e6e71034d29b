"""Knowledge base benchmark (prints numbers; not a test).

    .venv/bin/python benchmarks/kb_bench.py

Index time of the whole knowledge base into a fresh embedded Chroma, then p50/p95 search latency
(dense and fused) over the labelled retrieval questions, warm.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

import yaml

from guide.knowledge.indexer import index_knowledge
from guide.knowledge.search import KnowledgeSearch
from guide.services import Services
from guide.settings import Settings

QUESTIONS = Path(__file__).resolve().parents[1] / "evals" / "suites" / "retrieval.yaml"


def main() -> None:
    """Index, then time searches."""
    with tempfile.TemporaryDirectory() as data_dir:
        services = Services(Settings(data_dir=Path(data_dir)))
        services.vectors.embeddings.embed_query("warm up the model")
        start = time.perf_counter()
        result = index_knowledge(services)
        elapsed = time.perf_counter() - start
        print(
            f"index: {len(services.kb.articles)} articles, {result.passages} passages in {elapsed:.1f} s "
            f"({result.passages / elapsed:.0f} passages/s)"
        )
        start = time.perf_counter()
        again = index_knowledge(services)
        print(f"re-index with nothing changed: {time.perf_counter() - start:.2f} s ({again.unchanged} unchanged)")
        questions = [q["question"] for q in yaml.safe_load(QUESTIONS.read_text())["questions"]]
        for mode in ("dense", "fused"):
            search = KnowledgeSearch(services.vectors, services.kb, mode=mode)  # type: ignore[arg-type]
            search.search("warm up", 5)
            times = []
            for question in questions:
                t = time.perf_counter()
                search.search(question, 30)
                times.append((time.perf_counter() - t) * 1000)
            times.sort()
            p95 = times[int(0.95 * len(times)) - 1]
            print(f"search ({mode}): n={len(times)} p50 {statistics.median(times):.1f} ms, p95 {p95:.1f} ms")


if __name__ == "__main__":
    main()
