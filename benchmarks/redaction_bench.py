"""Redaction throughput and latency per ~260-character message (a script, not a test; issue 17 target p95 <= 30 ms).

Run: .venv/bin/python benchmarks/redaction_bench.py [-n 400]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from evals.redaction.generator import generate  # noqa: E402
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


def measure(redactor: Redactor, batch: list[tuple[str, list[KnownIdentifier]]]) -> list[float]:
    """Milliseconds per message."""
    for text, known in batch[:10]:
        redactor.redact(text, known=known)
    timings = []
    for text, known in batch:
        started = time.perf_counter()
        redactor.redact(text, known=known)
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def report(name: str, timings: list[float]) -> None:
    """One line: messages/s, p50 and p95."""
    ordered = sorted(timings)
    p50 = statistics.median(ordered)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    rate = len(timings) / (sum(timings) / 1000)
    print(f"{name:<28} {rate:8.1f} msg/s   p50 {p50:6.2f} ms   p95 {p95:6.2f} ms   n={len(timings)}")


def main() -> None:
    """Benchmark known-only matching and full detection."""
    parser = argparse.ArgumentParser()
    parser.add_argument("-n", type=int, default=400)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    batch = messages(args.n, args.seed)
    avg = statistics.mean(len(t) for t, _ in batch)
    print(f"{len(batch)} messages, mean {avg:.0f} characters")
    started = time.perf_counter()
    full = Redactor()
    full.warm_up()
    print(f"engine build (spaCy + Presidio): {time.perf_counter() - started:.1f} s")
    report("known only (detect=False)", measure(Redactor(detect=False), batch))
    report("full detection", measure(full, batch))


if __name__ == "__main__":
    main()
