"""Redaction throughput and latency per ~260-character message (a script, not a test; issue 17 target p95 <= 30 ms).

Run: .venv/bin/python benchmarks/redaction_bench.py [-n 400] [--repeat 5]  (wall and process-CPU milliseconds per
message; with --repeat, the median of the runs' p95, which machine noise moves less than one run's)
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from evals.redaction.generator import generate  # noqa: E402
from guide.ml.embeddings import OnnxMiniLM, redaction_word_vectors  # noqa: E402
from guide.settings import Settings  # noqa: E402
from redaction import KnownIdentifier, Redactor  # noqa: E402

TARGET_CHARS = 260


TURNS_PER_CONVERSATION = 10


def messages(n: int, seed: int) -> list[tuple[str, list[KnownIdentifier]]]:
    """n messages of about 260 characters; each run of 10 shares one consumer's known identifiers."""
    cases = generate(n * 4, seed)
    out: list[tuple[str, list[KnownIdentifier]]] = []
    i, known = 0, []
    while len(out) < n:
        if len(out) % TURNS_PER_CONVERSATION == 0:
            known = [KnownIdentifier(k["type"], k["value"]) for k in cases[i % len(cases)].known]
        text = ""
        while len(text) < TARGET_CHARS - 60:
            text = f"{text} {cases[i % len(cases)].text}".strip()
            i += 1
        out.append((text[: TARGET_CHARS + 40], known))
    return out


def measure(redactor: Redactor, batch: list[tuple[str, list[KnownIdentifier]]]) -> tuple[list[float], list[float]]:
    """Wall-clock and process CPU milliseconds per message (CPU time shows the cost on a machine shared with
    other work, where wall time also counts the waits for a core)."""
    for text, known in batch[:10]:
        redactor.redact(text, known=known)
    wall, cpu = [], []
    for text, known in batch:
        started, started_cpu = time.perf_counter(), time.process_time()
        redactor.redact(text, known=known)
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return wall, cpu


class CountedVectors:
    """The service's word-vector model, counting the messages the name finder and the number look read in context."""

    def __init__(self, model: OnnxMiniLM) -> None:
        self.model, self.messages, self.words = model, 0, 0

    def word_vectors(self, text: str, spans: Sequence[tuple[int, int]]) -> Any:
        self.messages, self.words = self.messages + 1, self.words + len(spans)
        return self.model.word_vectors(text, spans)


def _p95(ordered: list[float]) -> float:
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def report(name: str, timings: tuple[list[float], list[float]]) -> None:
    """One line: messages/s, wall p50 and p95, CPU p50 and p95."""
    wall, cpu = sorted(timings[0]), sorted(timings[1])
    rate = len(wall) / (sum(wall) / 1000)
    print(
        f"{name:<28} {rate:8.1f} msg/s   p50 {statistics.median(wall):6.2f} ms   p95 {_p95(wall):6.2f} ms   "
        f"cpu p50 {statistics.median(cpu):6.2f} ms   cpu p95 {_p95(cpu):6.2f} ms   n={len(wall)}"
    )


def main() -> None:
    """Benchmark known-only matching and full detection."""
    parser = argparse.ArgumentParser()
    parser.add_argument("-n", type=int, default=400)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument(
        "--repeat", type=int, default=1, help="full-detection runs; with more than one, also their median p95"
    )
    parser.add_argument("--no-context", action="store_true", help="no model: the name finder alone and no number look")
    parser.add_argument("--no-number-look", action="store_true", help="the model for names only")
    args = parser.parse_args()
    batch = messages(args.n, args.seed)
    avg = statistics.mean(len(t) for t, _ in batch)
    print(f"{len(batch)} messages, mean {avg:.0f} characters")
    started = time.perf_counter()
    build = redaction_word_vectors(Settings(redaction_context=not args.no_context))
    counted: list[CountedVectors] = []

    def vectors() -> CountedVectors | None:
        model = build() if build is not None else None
        counted.extend([CountedVectors(model)] if model is not None else [])
        return counted[0] if counted else None

    full = Redactor(word_vectors=vectors, number_look=not args.no_number_look)
    full.warm_up()
    for model in counted:  # the warm-up's own messages are not the batch's
        model.messages = model.words = 0
    built = time.perf_counter() - started
    print(f"engine build (spaCy + Presidio): {built:.1f} s; torch imported: {'torch' in sys.modules}")
    report("known only (detect=False)", measure(Redactor(detect=False), batch))
    p95s = []
    for run in range(max(1, args.repeat)):
        timings = measure(full, batch)
        report("full detection" if args.repeat <= 1 else f"full detection, run {run + 1}", timings)
        p95s.append(_p95(sorted(timings[0])))
    if counted:
        runs = max(1, args.repeat)
        print(
            f"read in context: {counted[0].messages / runs:.0f} of {len(batch) + 10} messages a run "
            f"({counted[0].words / runs:.0f} words and numbers; each run redacts its first 10 twice)"
        )
    else:
        print("read in context: off")
    if len(p95s) > 1:  # one run's p95 moves with whatever else the machine does; the median of runs moves less
        print(
            f"full detection p95 over {len(p95s)} runs: median {statistics.median(p95s):.2f} ms, "
            f"min {min(p95s):.2f}, max {max(p95s):.2f}"
        )


if __name__ == "__main__":
    main()
