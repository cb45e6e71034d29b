"""Where one turn's CPU goes, stage by stage, and how much of it is the models' floor (prints numbers; not a test).

    .venv/bin/python benchmarks/turn_floor.py [--data-dir var/bench] [--rounds 3] [--json FILE]

Runs the first question of every case of the escalation and core suites in-process (`Pipeline.ask`, a new
conversation each, the offline composer, one BLAS/ONNX thread as a server worker has), `--rounds` times after one
warm round, and measures the CPU time (`time.thread_time`: this thread only, so a busy machine inflates it less than
wall time) of:

- each stage of the turn (inclusive: a stage's time holds the models it calls);
- the three models every turn runs, alone: the sentence encoder (MiniLM under ONNX Runtime; calls per turn and CPU
  per call), spaCy's NER inside the redactor, and the intent classifier's nearest-message vote;
- the same models on the same questions outside the turn, as the floor a turn cannot go under while it runs them.

Every round asks questions the process has not seen: before each, the texts made from the questions that the model
embedded before (the questions, their clauses, expanded and redacted forms) are dropped from the query caches, so the
encoder runs as it does on a real new question; the knowledge base's and plans' vectors stay, as they do in a server.

The HTTP side (the web framework, the identity, creating the conversation) is not in these numbers: see
`benchmarks/compare_bench.py`, which measures a server's CPU per turn against the naive baseline.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from turn_bench import prepare  # noqa: E402

from evals.suites import Case, Suite, load_suite  # noqa: E402


class Meter:
    """CPU seconds and calls per named part; re-entrant calls of one part count once (the outermost)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self._depth: dict[str, int] = defaultdict(int)
        self.on = False
        self.embedded: set[str] = set()  # every text the sentence encoder ran on

    def wrap(self, owner: Any, attribute: str, name: str) -> None:
        original = getattr(owner, attribute)

        @functools.wraps(original)
        def timed(*args: Any, **kwargs: Any) -> Any:
            if not self.on or self._depth[name]:
                return original(*args, **kwargs)
            self._depth[name] += 1
            start = time.thread_time()
            try:
                return original(*args, **kwargs)
            finally:
                self.seconds[name] += time.thread_time() - start
                self.calls[name] += 1
                self._depth[name] -= 1

        setattr(owner, attribute, timed)

    def reset(self) -> None:
        self.seconds.clear()
        self.calls.clear()


def instrument(meter: Meter) -> None:
    """Time the turn's stages and its models (class attributes: every instance is timed)."""
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    from guide.language.intents import Memory
    from guide.language.negation import ConText
    from guide.ml.embeddings import OnnxMiniLM
    from guide.store.conversations import ConversationStore
    from guide.turn import pipeline
    from guide.turn.checks import Checker
    from guide.turn.compose.offline import OfflineComposer
    from guide.turn.retrieve import Retriever
    from guide.turn.triage import Triage
    from guide.turn.understand import Understander

    stages: list[tuple[Any, str, str]] = [
        (pipeline.Pipeline, "ask", "turn (Pipeline.ask)"),
        (ConversationStore, "get", "store: read the conversation"),
        (ConversationStore, "versioned_plan", "store: read the plan"),
        (ConversationStore, "recent_questions", "store: recent questions"),
        (ConversationStore, "last_reply", "store: last reply"),
        (ConversationStore, "record_turn", "store: record the turn"),
        (pipeline.Pipeline, "_hidden", "scope: hidden words"),
        (Understander, "read", "understand (language, intents, rules by meaning)"),
        (Triage, "assess", "triage (red flags)"),
        (pipeline.Pipeline, "_redact", "redact"),
        (Checker, "check", "checks"),
        (Retriever, "retrieve", "retrieve"),
        (OfflineComposer, "compose", "compose"),
        (pipeline, "verify", "verify"),
        (pipeline.Pipeline, "_finish", "finish (reply, record)"),
        (OnnxMiniLM, "_encode", "model: sentence encoder"),
        (SpacyNlpEngine, "process_text", "model: spaCy NER (the redactor)"),
        (ConText, "assess", "ConText (negspacy over a blank spaCy tokenizer)"),
        (Memory, "votes", "model: intent vote"),
    ]
    for owner, attribute, name in stages:
        meter.wrap(owner, attribute, name)
    encode = OnnxMiniLM._encode

    def noted(model: OnnxMiniLM, texts: list[str]) -> Any:
        meter.embedded.update(texts)
        return encode(model, texts)

    OnnxMiniLM._encode = noted  # type: ignore[method-assign,assignment]


def forget(services: Any, texts: set[str], questions: list[str]) -> None:
    """Drop the texts made from the questions (a question, its clauses, its expanded or redacted form) from the query
    and sentence caches, as if never asked; the plans' own texts the turns embedded stay, as in a server."""
    queries = services.vectors.embeddings._queries  # noqa: SLF001 - a benchmark resets the caches it measures
    recent = services.similarity._recent  # noqa: SLF001
    for text in texts:
        if "<" in text or any(text in q or q in text for q in questions):
            queries.pop(text, None)
            recent.pop(text, None)


def floor(services: Any, questions: list[str], rounds: int) -> dict[str, float]:
    """The three models alone on the same questions: CPU ms per question (the encoder's without its cache)."""
    encoder = services.vectors.embeddings.inner
    redactor = services.redact.redactor
    redactor.redact("warm-up for Maria at 555-123-4567")
    nlp = redactor._detector._analyzer.nlp_engine.nlp["en"]  # noqa: SLF001 - the benchmark reads the detector's model
    memory = services.pipeline.understander.model.memory
    units = [services.similarity.unit(q) for q in questions]

    def per_question(f: Callable[[int], object]) -> float:
        start = time.thread_time()
        for _ in range(rounds):
            for i in range(len(questions)):
                f(i)
        return (time.thread_time() - start) / (rounds * len(questions)) * 1000

    return {
        "sentence encoder, one question": per_question(lambda i: encoder.embed_query(questions[i])),
        "spaCy NER, one question": per_question(lambda i: nlp(questions[i])),
        "intent vote, one question": per_question(lambda i: memory.vote(units[i])),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, default=ROOT / "var" / "bench")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()

    from guide.services import Services, warm_up
    from guide.settings import Settings
    from guide.web.spread import limit_threads

    prepare(args.data_dir)
    limit_threads(1)
    services = Services(Settings(data_dir=args.data_dir, dev_auth=True, llm_mode="offline"))
    warm_up(services)
    demo = set(services.store.consumer_ids())
    cases: list[Case] = []
    for name in ("escalation", "core"):
        suite = load_suite(name)
        if not isinstance(suite, Suite):
            raise SystemExit(f"evals/suites/{name}.yaml is not a conversation suite")
        cases += [c for c in suite.cases if c.consumer in demo]
    meter = Meter()
    instrument(meter)

    def run_all() -> int:
        for case in cases:
            turn = case.turns[0]
            designee = None if case.asker == "consumer" else case.asker
            info = services.store.create(consumer_id=case.consumer, designee_id=designee, owner=f"bench:{case.id}")
            services.pipeline.ask(conversation_id=info.id, question=turn.question, owner=f"bench:{case.id}")
        return len(cases)

    run_all()  # warm: first turns per consumer, caches
    meter.on = True
    meter.reset()
    wall = time.perf_counter()
    turns = 0
    for _ in range(args.rounds):
        meter.on = False
        forget(services, meter.embedded, [c.turns[0].question for c in cases])
        meter.on = True
        turns += run_all()
    wall = time.perf_counter() - wall
    meter.on = False
    per_turn = {name: seconds * 1000 / turns for name, seconds in meter.seconds.items()}
    calls = {name: n / turns for name, n in meter.calls.items()}
    alone = floor(services, [c.turns[0].question for c in cases], args.rounds)

    load = os.getloadavg()
    total = per_turn.get("turn (Pipeline.ask)", 0.0)
    print(f"\n{turns} turns ({len(cases)} questions x {args.rounds}), load average {load[0]:.2f}, {load[1]:.2f}")
    print("| part | CPU ms per turn | share of the turn | calls per turn |\n|---|---:|---:|---:|")
    for name, ms in sorted(per_turn.items(), key=lambda kv: -kv[1]):
        print(f"| {name} | {ms:.2f} | {ms / total:.0%} | {calls[name]:.2f} |")
    print("\nthe models alone, on the same questions (CPU ms each):")
    print("| model | CPU ms |\n|---|---:|")
    for name, ms in alone.items():
        print(f"| {name} | {ms:.2f} |")
    models = sum(v for k, v in per_turn.items() if k.startswith("model:"))  # not nested in one another
    print(
        f"\nturn {total:.1f} ms of CPU (wall {wall / turns * 1000:.1f} ms), of which the three models {models:.1f} ms "
        f"({models / total:.0%}); the rest is Python."
    )
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "turns": turns,
                    "load_average": load,
                    "cpu_ms_per_turn": per_turn,
                    "calls_per_turn": calls,
                    "models_alone_ms": alone,
                },
                indent=2,
            )
        )


if __name__ == "__main__":
    main()
