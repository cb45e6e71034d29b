"""`python -m evals.run SUITE [SUITE...] --out DIR`: run suites through a sampler and grade them.

The suite (data), the sampler (the guide in-process) and the grader (deterministic) are separate.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from evals import escalation_metrics as em
from evals.graders import grade_turn
from evals.metrics import bootstrap_interval, mean, percentile
from evals.samplers import GuideSampler, Sampler
from evals.suites import Suite, load_suite
from guide.demo import demo_bundles
from guide.indexing import import_care_plans, index_knowledge
from guide.services import Services
from guide.settings import Settings


def prepare(settings: Settings) -> Services:
    """Services over a data folder with the demo consumers and the knowledge base (idempotent)."""
    services = Services(settings)
    import_care_plans(services, demo_bundles())
    index_knowledge(services)
    return services


def run_suite(suite: Suite, sampler: Sampler) -> dict[str, Any]:
    """Every case through the sampler; per-turn rows and the suite's metrics."""
    rows: list[dict[str, Any]] = []
    for case in suite.cases:
        outputs = sampler.run(case)
        for index, (turn, output) in enumerate(zip(case.turns, outputs, strict=True)):
            grade = grade_turn(turn.expect, output)
            rows.append(
                {
                    "case": case.id,
                    "turn": index,
                    "tags": case.tags,
                    "question": turn.question,
                    "expected": sorted(turn.expect.decisions),
                    "output": asdict(output),
                    "grade": {**asdict(grade), "passed": grade.passed},
                }
            )
    return {
        "suite": suite.suite,
        "sampler": sampler.name,
        "n_cases": len(suite.cases),
        "n_turns": len(rows),
        "metrics": metrics(rows),
        "per_tag": per_tag(rows),
        "rows": rows,
    }


def _scored(rows: list[dict[str, Any]]) -> list[em.Scored]:
    return [
        em.Scored(
            frozenset(r["expected"]),
            r["output"]["decision"],
            r["grade"]["facts_found"],
            r["grade"]["facts_total"],
            tuple(r["tags"]),
        )
        for r in rows
    ]


def metrics(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Decision metrics, pass rate with bootstrap spread, latency and tokens."""
    scored = _scored(rows)
    passed = [1.0 if r["grade"]["passed"] else 0.0 for r in rows]
    latencies = [r["output"]["latency_ms"] for r in rows]
    tokens = [r["output"]["prompt_tokens"] for r in rows if r["output"]["prompt_tokens"]]
    return {
        "n": len(rows),
        "pass_rate": mean(passed),
        "pass_rate_ci95": bootstrap_interval(passed),
        "decision_accuracy": em.decision_accuracy(scored),
        "emergency_recall": em.emergency_recall(scored),
        "needs_review_recall": em.review_recall(scored),
        "needs_review_precision": em.review_precision(scored),
        "over_escalation": em.over_escalation(scored),
        "facts_recall": em.facts_recall(scored),
        "scope_leaks": sum(not r["grade"]["exclude_ok"] for r in rows),
        "confusion": em.confusion(scored),
        "latency_ms_p50": percentile(latencies, 50),
        "latency_ms_p95": percentile(latencies, 95),
        "prompt_tokens_mean": mean(tokens) if tokens else None,
        "prompt_tokens_p95": percentile(tokens, 95) if tokens else None,
    }


def per_tag(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Pass rate and n per tag."""
    tags = sorted({t for r in rows for t in r["tags"]})
    out = {}
    for tag in tags:
        passed = [1.0 if r["grade"]["passed"] else 0.0 for r in rows if tag in r["tags"]]
        out[tag] = {"n": len(passed), "pass_rate": mean(passed), "pass_rate_ci95": bootstrap_interval(passed)}
    return out


def summary_markdown(result: dict[str, Any]) -> str:
    """A short Markdown summary of one suite run."""
    m = result["metrics"]
    fmt = lambda v: "n/a" if v is None else (f"{v:.3f}" if isinstance(v, float) else str(v))  # noqa: E731
    lines = [
        f"## {result['suite']} ({result['sampler']}): {result['n_cases']} cases, {m['n']} turns",
        "",
        "| metric | value |",
        "|---|---|",
    ]
    for key in (
        "pass_rate",
        "decision_accuracy",
        "emergency_recall",
        "needs_review_recall",
        "needs_review_precision",
        "over_escalation",
        "facts_recall",
        "scope_leaks",
        "latency_ms_p50",
        "latency_ms_p95",
        "prompt_tokens_mean",
        "prompt_tokens_p95",
    ):
        lines.append(f"| {key} | {fmt(m[key])} |")
    lines += [
        "",
        "confusion (rows expected, columns actual):",
        "",
        "| | " + " | ".join(em.DECISIONS) + " |",
        "|---|---|---|---|",
    ]
    for expected, row in m["confusion"].items():
        lines.append(f"| {expected} | " + " | ".join(str(row[a]) for a in em.DECISIONS) + " |")
    failures = [r for r in result["rows"] if not r["grade"]["passed"]]
    if failures:
        lines += ["", f"failures ({len(failures)}):", ""]
        lines += [
            f"- {r['case']}#{r['turn']}: expected {r['expected']}, got {r['output']['decision']} "
            f"{r['output']['reasons']} - {r['question'][:90]}"
            for r in failures[:60]
        ]
    return "\n".join(lines) + "\n"


def main() -> None:
    """Run suites and write `results.json` and `summary.md` into --out."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("suites", nargs="+")
    parser.add_argument("--out", type=Path, default=Path("evals/out/run"))
    parser.add_argument("--data-dir", type=Path, default=Path("var/eval"))
    args = parser.parse_args()
    services = prepare(Settings(data_dir=args.data_dir))
    sampler = GuideSampler(services)
    args.out.mkdir(parents=True, exist_ok=True)
    results = [run_suite(load_suite(name), sampler) for name in args.suites]
    (args.out / "results.json").write_text(json.dumps(results, indent=2, default=str))
    text = "\n".join(summary_markdown(r) for r in results)
    (args.out / "summary.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
