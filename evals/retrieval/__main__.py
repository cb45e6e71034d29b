"""`python -m evals.retrieval [--out DIR]`: recall@5 and MRR, dense-only vs fused, overall and per modality."""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

import yaml

from evals.metrics import bootstrap_interval, mean, percentile, recall_at_k, reciprocal_rank
from guide.indexing import index_knowledge
from guide.knowledge_search import KnowledgeSearch, best_per_article
from guide.services import Services
from guide.settings import Settings

QUESTIONS = Path(__file__).resolve().parent / "questions.yaml"


def ranked_articles(search: KnowledgeSearch, question: str, k: int) -> list[str]:
    """Distinct article ids in rank order."""
    return [h.passage.article_id or h.passage.id for h in best_per_article(search.search(question, k * 6), k)]


MODES = {  # name -> (search mode, query expansion)
    "dense": ("dense", False),
    "dense+expansion": ("dense", True),
    "fused": ("fused", True),
}


def evaluate(services: Services, mode: str, questions: list[dict[str, Any]], k: int = 5) -> dict[str, Any]:
    """Scores of one retrieval configuration over the labelled set."""
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
            }
        )
    return {
        "mode": mode,
        "n": len(rows),
        **_summary(rows),
        "latency_ms_p50": percentile(latencies, 50),
        "latency_ms_p95": percentile(latencies, 95),
        "per_modality": _per_modality(rows),
        "misses": [r for r in rows if not r["recall"]],
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


def main() -> None:
    """Index if needed, score both modes, write JSON and Markdown."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("evals/out/retrieval"))
    args = parser.parse_args()
    services = Services(Settings())
    index_knowledge(services)
    questions = yaml.safe_load(QUESTIONS.read_text())["questions"]
    results = {mode: evaluate(services, mode, questions) for mode in MODES}
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "report.json").write_text(json.dumps(results, indent=2))
    (args.out / "report.md").write_text(markdown(results))
    print(markdown(results))


def markdown(results: dict[str, Any]) -> str:
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


if __name__ == "__main__":
    main()
