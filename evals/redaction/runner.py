"""Run the redactor (the sampler) over the corpus and write JSON + Markdown reports."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

from redaction import KnownIdentifier, Redactor

from .generator import Case
from .scoring import TARGETS, Prediction, false_positive_list, miss_list, score, verdicts

Sampler = Callable[[str, list[KnownIdentifier]], Prediction]


def redactor_sampler(allow_list: Sequence[str] = (), context: bool | None = None) -> Sampler:
    """The library under test, with detection on, composed as the service composes it: the name finder reads a
    doubtful word in context unless `context` (default: the `redaction_context` setting) is off."""
    from guide.ml.embeddings import redaction_word_vectors
    from guide.settings import Settings

    settings = Settings() if context is None else Settings(redaction_context=context)
    redactor = Redactor(allow_list=allow_list, word_vectors=redaction_word_vectors(settings))
    redactor.warm_up()

    def sample(text: str, known: list[KnownIdentifier]) -> Prediction:
        result = redactor.redact(text, known=known)
        return Prediction([(s.start, s.end, s.type) for s in result.spans])

    return sample


def run(
    cases: Sequence[Case], sampler: Sampler, progress: Callable[[int], None] | None = None
) -> tuple[list[Prediction], list[float]]:
    """Predictions and per-message latency in milliseconds."""
    preds, latencies = [], []
    for case in cases:
        known = [KnownIdentifier(k["type"], k["value"]) for k in case.known]
        started = time.perf_counter()
        preds.append(sampler(case.text, known))
        latencies.append((time.perf_counter() - started) * 1000)
        if progress:
            progress(1)
    return preds, latencies


def build_report(cases: Sequence[Case], preds: Sequence[Prediction], latencies: Sequence[float]) -> dict[str, Any]:
    """Scores, verdicts and the misses / false positives to look at."""
    report = score(cases, preds)
    report["targets"] = TARGETS
    report["verdicts"] = verdicts(report)
    ordered = sorted(latencies)
    report["latency_ms"] = {"p50": ordered[len(ordered) // 2], "p95": ordered[int(len(ordered) * 0.95)]}
    report["misses"] = [m for c, p in zip(cases, preds, strict=True) for m in miss_list(c, p)]
    report["false_positives"] = [f for c, p in zip(cases, preds, strict=True) for f in false_positive_list(c, p)]
    return report


def _pct(x: float) -> str:
    return f"{x * 100:.2f}%"


def markdown(report: dict[str, Any]) -> str:
    """A short human-readable report."""
    lines = ["# Redaction eval", "", f"n messages: {report['n_messages']}", ""]
    for name, sl in report["recall"].items():
        o = sl["overall"]
        lines += [f"## Recall, identifiers {name} to the redactor", "",
                  f"overall {_pct(o['rate'])} ({o['hits']}/{o['n']}; 95% CI {_pct(o['ci95'][0])}-{_pct(o['ci95'][1])})",
                  "", "| type | recall | n | right type |", "| --- | --- | --- | --- |"]  # fmt: skip
        lines += [
            f"| {k} | {_pct(v['rate'])} | {v['n']} | {_pct(v['typed_rate'])} |" for k, v in sl["per_type"].items()
        ]
        lines.append("")
    p, k = report["precision"], report["keep_rate"]
    lines += [f"Precision: {_pct(p['rate'])} ({p['false_positives']} false positives of {p['predicted']} spans)",
              f"Clinical-word keep rate: {_pct(k['rate'])} ({k['kept']}/{k['n']})",
              f"Latency: p50 {report['latency_ms']['p50']:.1f} ms, p95 {report['latency_ms']['p95']:.1f} ms", "",
              "## Targets", ""]  # fmt: skip
    lines += [f"- {name}: {'met' if ok else 'NOT met'}" for name, ok in report["verdicts"].items()]
    lines += ["", "## Misses (first 40)", ""]
    lines += [f"- [{m['type']}, {'known' if m['known'] else 'unknown'}, {m['shape']}] `{m['surface']}`"
              for m in report["misses"][:40]]  # fmt: skip
    lines += ["", "## False positives (first 40)", ""]
    lines += [f"- [{f['type']}] `{f['surface']}`" for f in report["false_positives"][:40]]
    return "\n".join(lines) + "\n"
