"""Retrieval scoring: recall@k and MRR per search mode, overall and per modality (`guide eval run retrieval`)."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import Any

from evals.metrics import bootstrap_interval, mean, percentile, recall_at_k, reciprocal_rank
from guide.knowledge.search import KnowledgeSearch, best_per_article
from guide.services import Services


def ranked_articles(search: KnowledgeSearch, question: str, k: int) -> list[str]:
    """Distinct article ids in rank order."""
    return [h.passage.article_id or h.passage.id for h in best_per_article(search.search(question, k * 6), k)]


MODES = {  # name -> (search mode, query expansion)
    "dense": ("dense", False),
    "dense+expansion": ("dense", True),
    "fused": ("fused", True),
}


def evaluate(
    services: Services,
    mode: str,
    questions: list[dict[str, Any]],
    k: int = 5,
    progress: Callable[[int], None] | None = None,
) -> dict[str, Any]:
    """Scores of one retrieval configuration over the labelled set (recall keys say @5 whatever k is)."""
    search_mode, expand = MODES[mode]
    search = KnowledgeSearch(services.vectors, services.kb, mode=search_mode, expand=expand)  # type: ignore[arg-type]
    rows, latencies = [], []
    for q in questions:
        start = time.perf_counter()
        ranked = ranked_articles(search, q["question"], k)
        latencies.append((time.perf_counter() - start) * 1000)
        rows.append(
            {
                "id": q["id"],
                "modality": q["modality"],
                "ranked": ranked,
                "relevant": q["relevant"],
                "recall": recall_at_k(ranked, q["relevant"], k),
                "rr": reciprocal_rank(ranked, q["relevant"]),
                "tags": q.get("tags", []),
                "latency_ms": latencies[-1],
            }
        )
        if progress:
            progress(1)
    return {
        "mode": mode,
        "n": len(rows),
        **_summary(rows),
        "latency_ms_p50": percentile(latencies, 50),
        "latency_ms_p95": percentile(latencies, 95),
        "per_modality": _per_modality(rows),
        "misses": [r for r in rows if not r["recall"]],
        "rows": rows,
    }


def _summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    recall = [r["recall"] for r in rows]
    rr = [r["rr"] for r in rows]
    return {
        "recall_at_5": mean(recall),
        "recall_at_5_ci95": bootstrap_interval(recall),
        "mrr": mean(rr),
        "mrr_ci95": bootstrap_interval(rr),
    }


def _per_modality(rows: list[dict[str, Any]]) -> dict[str, Any]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(row["modality"], []).append(row)
    return {
        m: {"n": len(g), "recall_at_5": mean([r["recall"] for r in g]), "mrr": mean([r["rr"] for r in g])}
        for m, g in sorted(groups.items())
    }


def markdown(results: Mapping[str, Any]) -> str:
    """A side-by-side table."""
    lines = ["| mode | n | recall@5 (95% CI) | MRR (95% CI) | p50 ms | p95 ms |", "|---|---|---|---|---|---|"]
    for r in results.values():
        lines.append(
            f"| {r['mode']} | {r['n']} | {r['recall_at_5']:.3f} ({r['recall_at_5_ci95'][0]:.3f}-"
            f"{r['recall_at_5_ci95'][1]:.3f}) | {r['mrr']:.3f} ({r['mrr_ci95'][0]:.3f}-{r['mrr_ci95'][1]:.3f}) "
            f"| {r['latency_ms_p50']:.1f} | {r['latency_ms_p95']:.1f} |"
        )
    lines += [
        "",
        "| modality | " + " | ".join(f"{m} recall@5 | {m} MRR" for m in results) + " |",
        "|---|" + "---|---|" * len(results),
    ]
    modalities = next(iter(results.values()))["per_modality"]
    for modality in modalities:
        cells = [
            f"{r['per_modality'][modality]['recall_at_5']:.3f} | {r['per_modality'][modality]['mrr']:.3f}"
            for r in results.values()
        ]
        lines.append(f"| {modality} (n={modalities[modality]['n']}) | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"
