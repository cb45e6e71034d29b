"""Turn latency and throughput through the HTTP API, and LLM prompt tokens (prints numbers; not a test).

    .venv/bin/python benchmarks/turn_bench.py [--data-dir var/bench] [--turns 200] [--clients 4]
        [--seconds 20] [--workers 1 2] [--json FILE] [--profile 50]

1. Prepares a data folder with the demo consumers and the indexed knowledge base (`guide demo load`
   equivalent; skipped when already there).
2. For each worker count, runs `guide serve --workers N` on a free port (offline composer,
   GUIDE_DEV_AUTH=true), warms up, then measures (a) sequential turn latency over questions from the
   escalation suite (one conversation per case, only the message POST is timed) and (b) throughput
   with C concurrent asyncio clients for T seconds (each turn = create conversation + ask; turns/s
   counts answered asks, latency is the ask alone).
3. Runs every turn of the escalation suite in-process with the LLM composer against the local fake
   OpenAI server (devservers/openai_server.py) and reports the composer's prompt tokens.
4. Prints a Markdown table with the targets (p50 <= 50 ms, p95 <= 150 ms, >= 25 turns/s).

`--profile N` also runs N turns in-process through FastAPI's TestClient under cProfile and prints the
top 10 (`--profile-top K`) cumulative hotspots.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import itertools
import json
import os
import platform
import pstats
import random
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import httpx  # noqa: E402

from evals.suites import Case, Suite, load_suite  # noqa: E402

TARGET_P50_MS = 50.0
TARGET_P95_MS = 150.0
TARGET_TPS = 25.0
CONSUMERS = ["demo-p1", "demo-p2", "demo-p3", "demo-p4", "demo-p5"]
REQUEST_TIMEOUT_S = 120.0


# ---------------------------------------------------------------------------------------------
# helpers


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100); nan for no values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, int(round(p / 100 * len(ordered) + 0.4999)))
    return ordered[min(rank, len(ordered)) - 1]


def summary(values: list[float]) -> dict[str, float]:
    """n, mean, p50, p95, p99 and max of a list of numbers."""
    return {
        "n": len(values),
        "mean": statistics.fmean(values) if values else float("nan"),
        "p50": percentile(values, 50),
        "p95": percentile(values, 95),
        "p99": percentile(values, 99),
        "max": max(values) if values else float("nan"),
    }


def owner_header(case: Case) -> dict[str, str]:
    """The development identity header for a case's asker."""
    who = f"consumer:{case.consumer}" if case.asker == "consumer" else f"designee:{case.asker}"
    return {"X-Guide-User": who}


def mixed_cases(cases: list[Case], n: int, seed: int) -> list[Case]:
    """n cases from the suite in a shuffled (seeded) order, cycling when n exceeds the suite."""
    order = list(cases)
    random.Random(seed).shuffle(order)
    return [order[i % len(order)] for i in range(n)]


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# ---------------------------------------------------------------------------------------------
# 1. data folder


MARKER = ".turn_bench"  # a data folder this script created; it may rebuild it


def schema_drift(data_dir: Path) -> list[str]:
    """Tables or columns the models expect that the folder's SQLite file lacks (a migration edited in place)."""
    from sqlalchemy import create_engine, inspect

    from guide.store.db.models import Base

    db = data_dir / "guide.db"
    if not db.exists():
        return []
    engine = create_engine(f"sqlite:///{db.resolve()}")
    try:
        inspector = inspect(engine)
        tables = set(inspector.get_table_names())
        if "alembic_version" not in tables:
            return []
        missing = []
        for table in Base.metadata.sorted_tables:
            if table.name not in tables:
                missing.append(table.name)
                continue
            have = {c["name"] for c in inspector.get_columns(table.name)}
            missing += [f"{table.name}.{c.name}" for c in table.columns if c.name not in have]
        return missing
    finally:
        engine.dispose()


def prepare(data_dir: Path) -> dict[str, Any]:
    """Import the demo consumers and index the knowledge base, unless they are already there."""
    import shutil

    from sqlalchemy import select

    from guide.careplan.fhir_import import load_bundles
    from guide.careplan.importer import import_care_plans
    from guide.demo import demo_bundles
    from guide.knowledge.indexer import index_knowledge
    from guide.services import Services
    from guide.settings import Settings
    from guide.store.db.models import ConsumerRow, KnowledgeIndexRow

    drift = schema_drift(data_dir)
    if drift:
        if not (data_dir / MARKER).exists():
            raise SystemExit(
                f"{data_dir}: its database lacks {', '.join(drift[:5])} (the schema changed); "
                "delete the folder or pass another --data-dir"
            )
        print(f"data folder {data_dir}: schema changed ({', '.join(drift[:5])}); rebuilding it")
        shutil.rmtree(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    if not any(p.name != MARKER for p in data_dir.iterdir()):
        (data_dir / MARKER).write_text("created by benchmarks/turn_bench.py; safe to delete\n")
    services = Services(Settings(data_dir=data_dir))
    wanted = {plan.consumer.id for plan in load_bundles(demo_bundles())}
    articles = {a.meta.id for a in services.kb.articles}
    with services.db.session() as s:
        have = set(s.scalars(select(ConsumerRow.id)))
        indexed = set(s.scalars(select(KnowledgeIndexRow.article_id)))
    vectors_ready = services.settings.sentence_vectors_path.exists()
    if wanted <= have and articles <= indexed and services.vectors.ids("knowledge") and vectors_ready:
        print(f"data folder {data_dir}: already prepared ({len(wanted)} consumers, {len(articles)} articles)")
        return {"prepared": False, "seconds": 0.0}
    start = time.perf_counter()
    imported = import_care_plans(services, demo_bundles())
    result = index_knowledge(services)
    elapsed = time.perf_counter() - start
    print(
        f"data folder {data_dir}: imported {len(imported)} consumers, indexed {result.indexed} articles "
        f"({result.passages} passages) in {elapsed:.1f} s"
    )
    return {"prepared": True, "seconds": elapsed}


# ---------------------------------------------------------------------------------------------
# 2. HTTP server


class Server:
    """`guide serve` in its own process group, logging to a file in the data folder."""

    def __init__(
        self,
        data_dir: Path,
        workers: int,
        *,
        env: dict[str, str] | None = None,
        root: Path = ROOT,
        command: list[str] | None = None,
        name: str = "serve",
    ) -> None:
        """`guide serve` from `root` (another checkout: `python -m guide.cli` there), or `command` with {port} in
        it; `env` adds to the environment."""
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        if command is None:
            guide = Path(sys.executable).parent / "guide"
            command = [str(guide)] if guide.exists() and root == ROOT else [sys.executable, "-m", "guide.cli"]
            command += ["serve", "--host", "127.0.0.1", "--port", "{port}", "--workers", str(workers)]
        command = [part.replace("{port}", str(self.port)) for part in command]
        full_env = {
            **os.environ,
            "GUIDE_DATA_DIR": str(data_dir.resolve()),
            "GUIDE_DEV_AUTH": "true",
            "GUIDE_LLM_MODE": "offline",
            "HF_HUB_OFFLINE": "1",
            "TRANSFORMERS_OFFLINE": "1",
            **(env or {}),
        }
        self.log_path = data_dir / f"{name}-w{workers}.log"
        self._log = self.log_path.open("wb")
        self.process = subprocess.Popen(  # noqa: S603 - our own CLI
            command, env=full_env, cwd=root, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True
        )

    def wait_healthy(self, timeout_s: float = 180.0) -> float:
        """Seconds until /health answered 200."""
        start = time.perf_counter()
        while time.perf_counter() - start < timeout_s:
            if self.process.poll() is not None:
                raise RuntimeError(f"guide serve exited with {self.process.returncode}; see {self.log_path}")
            try:
                if httpx.get(f"{self.base_url}/health", timeout=2.0).status_code == 200:
                    return time.perf_counter() - start
            except httpx.HTTPError:
                pass
            time.sleep(0.25)
        raise TimeoutError(f"/health did not answer in {timeout_s:.0f} s; see {self.log_path}")

    def stop(self) -> None:
        """SIGTERM to the server's process group (uvicorn and its workers), SIGKILL if it lingers."""
        if self.process.poll() is None:
            pgid = os.getpgid(self.process.pid)
            os.killpg(pgid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(pgid, signal.SIGKILL)
                self.process.wait(timeout=10)
        self._log.close()


def one_turn(client: Any, case: Case) -> tuple[float, str | None]:
    """Create a conversation for the case, then ask its first question; (ask latency ms, error)."""
    headers = owner_header(case)
    r = client.post("/api/v1/conversations", json={"consumer_id": case.consumer}, headers=headers)
    if r.status_code != 201:
        return float("nan"), f"create {r.status_code}"
    conversation_id = r.json()["id"]
    start = time.perf_counter()
    r = client.post(
        f"/api/v1/conversations/{conversation_id}/messages", json={"question": case.turns[0].question}, headers=headers
    )
    elapsed = (time.perf_counter() - start) * 1000
    return elapsed, None if r.status_code == 200 else f"ask {r.status_code}"


def warm_up(base_url: str, cases: list[Case], per_consumer: int, workers: int) -> tuple[float, int, int]:
    """A few turns per consumer (the first turn per consumer is slower), spread over the workers.

    `cases` should be shuffled: the suite starts with emergencies, which skip retrieval and warm nothing.
    Returns (seconds, turns, errors).
    """
    picked = []
    for consumer in CONSUMERS:
        mine = [c for c in cases if c.consumer == consumer]
        picked += mine[: per_consumer * workers]
    errors: list[str] = []
    start = time.perf_counter()

    async def run() -> None:
        queue = iter(picked)
        async with httpx.AsyncClient(base_url=base_url, timeout=REQUEST_TIMEOUT_S) as client:

            async def worker() -> None:
                for case in queue:
                    _, error = await async_turn(client, case)
                    if error:
                        errors.append(error)

            await asyncio.gather(*(worker() for _ in range(max(2, workers))))

    asyncio.run(run())
    return time.perf_counter() - start, len(picked), len(errors)


def sequential(base_url: str, cases: list[Case]) -> dict[str, Any]:
    """One turn at a time, one conversation per case."""
    latencies: list[float] = []
    errors: list[str] = []
    with httpx.Client(base_url=base_url, timeout=REQUEST_TIMEOUT_S) as client:
        for case in cases:
            try:
                elapsed, error = one_turn(client, case)
            except httpx.HTTPError as e:
                elapsed, error = float("nan"), type(e).__name__
            if error:
                errors.append(error)
            else:
                latencies.append(elapsed)
    return {**summary(latencies), "errors": len(errors), "error_kinds": sorted(set(errors))}


async def async_turn(client: httpx.AsyncClient, case: Case) -> tuple[float, str | None]:
    """The asyncio twin of `one_turn`."""
    headers = owner_header(case)
    try:
        r = await client.post("/api/v1/conversations", json={"consumer_id": case.consumer}, headers=headers)
        if r.status_code != 201:
            return float("nan"), f"create {r.status_code}"
        conversation_id = r.json()["id"]
        start = time.perf_counter()
        r = await client.post(
            f"/api/v1/conversations/{conversation_id}/messages",
            json={"question": case.turns[0].question},
            headers=headers,
        )
    except httpx.HTTPError as e:
        return float("nan"), type(e).__name__
    elapsed = (time.perf_counter() - start) * 1000
    return elapsed, None if r.status_code == 200 else f"ask {r.status_code}"


def throughput(base_url: str, cases: list[Case], clients: int, seconds: float) -> dict[str, Any]:
    """C clients, each turning as fast as it can for T seconds."""
    latencies: list[float] = []
    errors: list[str] = []
    source = itertools.cycle(cases)

    async def run() -> float:
        limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
        async with httpx.AsyncClient(base_url=base_url, timeout=REQUEST_TIMEOUT_S, limits=limits) as client:
            start = time.perf_counter()
            deadline = start + seconds

            async def worker() -> None:
                while time.perf_counter() < deadline:
                    elapsed, error = await async_turn(client, next(source))
                    if error:
                        errors.append(error)
                    else:
                        latencies.append(elapsed)

            await asyncio.gather(*(worker() for _ in range(clients)))
            return time.perf_counter() - start

    wall = asyncio.run(run())
    return {
        "clients": clients,
        "seconds": wall,
        "turns": len(latencies),
        "turns_per_s": len(latencies) / wall,
        "p50": percentile(latencies, 50),
        "p95": percentile(latencies, 95),
        "errors": len(errors),
        "error_kinds": sorted(set(errors)),
    }


def bench_server(data_dir: Path, workers: int, suite: list[Case], args: argparse.Namespace) -> dict[str, Any]:
    """Start, warm, measure and stop one `guide serve --workers N`."""
    server = Server(data_dir, workers)
    try:
        ready = server.wait_healthy()
        warm, warm_turns, warm_errors = warm_up(
            server.base_url, mixed_cases(suite, len(suite), args.seed + 3), args.warmup, workers
        )
        print(
            f"workers={workers}: healthy after {ready:.1f} s, warm-up {warm_turns} turns in {warm:.1f} s "
            f"({warm_errors} errors, port {server.port})"
        )
        seq = sequential(server.base_url, mixed_cases(suite, args.turns, args.seed))
        print(
            f"workers={workers}: sequential n={seq['n']} p50 {seq['p50']:.1f} ms, p95 {seq['p95']:.1f} ms, "
            f"p99 {seq['p99']:.1f} ms, mean {seq['mean']:.1f} ms, errors {seq['errors']} {seq['error_kinds'] or ''}"
        )
        load = throughput(server.base_url, mixed_cases(suite, len(suite), args.seed + 1), args.clients, args.seconds)
        print(
            f"workers={workers}: {load['clients']} clients {load['seconds']:.1f} s: {load['turns_per_s']:.1f} "
            f"turns/s, p50 {load['p50']:.1f} ms, p95 {load['p95']:.1f} ms, errors {load['errors']} "
            f"{load['error_kinds'] or ''}"
        )
    finally:
        server.stop()
    return {
        "workers": workers,
        "startup_s": ready,
        "warmup": {"seconds": warm, "turns": warm_turns, "errors": warm_errors},
        "sequential": seq,
        "throughput": load,
    }


# ---------------------------------------------------------------------------------------------
# 3. LLM-path prompt tokens


def _quoting_reply(body: dict[str, Any]) -> tuple[int, Any, float]:
    """A well-behaved model (as in tests/turn/compose/test_llm.py): quote passage 1's first sentence."""
    from devservers.openai_server import completion

    lines = body["messages"][-1]["content"].splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith("[1] (")), None)
    if start is None or start + 1 >= len(lines):
        draft = {"answer": "", "cited": [], "confidence": 0.1, "needs_review": True, "reasons": ["no passages"]}
    else:
        sentence = lines[start + 1].split(". ")[0].rstrip(".")
        draft = {"answer": f"{sentence}. [1]", "cited": [1], "confidence": 0.9, "needs_review": False, "reasons": []}
    return 200, completion(json.dumps(draft)), 0.0


def llm_tokens(data_dir: Path, cases: list[Case]) -> dict[str, Any]:
    """Every turn of every case through the pipeline with the LLM composer on the fake endpoint."""
    from devservers.openai_server import serve
    from guide.services import Services
    from guide.settings import Settings
    from guide.turn.compose.llm import count_tokens

    tokens: list[float] = []
    decisions: dict[str, int] = {}
    turns = 0
    start = time.perf_counter()
    with serve(_quoting_reply) as fake:
        settings = Settings(
            data_dir=data_dir,
            llm_mode="openai",
            openai_base_url=fake.base_url,
            openai_api_key="test",  # type: ignore[arg-type]
            llm_model="test-model",
        )
        services = Services(settings)
        for case in cases:  # as evals.samplers.GuideSampler does
            designee = None if case.asker == "consumer" else case.asker
            owner = f"designee:{designee}" if designee else f"consumer:{case.consumer}"
            conversation = services.store.create(consumer_id=case.consumer, designee_id=designee, owner=owner)
            for turn in case.turns:
                result = services.pipeline.ask(conversation_id=conversation.id, question=turn.question, owner=owner)
                turns += 1
                decisions[result.decision] = decisions.get(result.decision, 0) + 1
                if result.prompt_tokens:
                    tokens.append(result.prompt_tokens)
        requests = list(fake.requests)
    elapsed = time.perf_counter() - start

    def message_tokens(body: dict[str, Any]) -> int:
        return sum(count_tokens(m.get("content") or "") for m in body.get("messages", []))

    largest = max(requests, key=lambda r: message_tokens(r["body"]), default=None)
    out: dict[str, Any] = {
        "turns": turns,
        "composed": len(tokens),
        "decisions": decisions,
        "seconds": elapsed,
        "requests": len(requests),
        "prompt_tokens": summary(tokens),
        "largest_request_message_tokens": message_tokens(largest["body"]) if largest else 0,
        "largest_request_body_tokens": count_tokens(json.dumps(largest["body"])) if largest else 0,
    }
    t: dict[str, float] = out["prompt_tokens"]
    print(
        f"llm path: {turns} turns, {len(tokens)} reached the composer, {len(requests)} requests; prompt tokens "
        f"mean {t['mean']:.0f}, p50 {t['p50']:.0f}, p95 {t['p95']:.0f}, max {t['max']:.0f}; largest request "
        f"{out['largest_request_message_tokens']} message tokens ({out['largest_request_body_tokens']} whole body); "
        f"{elapsed:.0f} s"
    )
    return out


# ---------------------------------------------------------------------------------------------
# optional profile


def profile(data_dir: Path, cases: list[Case], n: int, top_n: int = 10) -> dict[str, Any]:
    """n turns in-process through TestClient, timed, then again under cProfile; top 10 by cumulative time.

    Sync routes run in worker threads, so every thread the TestClient starts gets its own profiler
    (threading.setprofile) and the profiles are merged; the calling thread is not profiled.
    """
    import threading

    from fastapi.testclient import TestClient

    from guide.services import Services, warm_up
    from guide.settings import Settings
    from guide.web.app import create_app

    services = Services(Settings(data_dir=data_dir, dev_auth=True, llm_mode="offline"))
    warm_up(services)
    app = create_app(services=services)
    with TestClient(app) as client:
        for case in cases[:10]:  # warm: the first turn per consumer is slower
            one_turn(client, case)
        latencies = [one_turn(client, case)[0] for case in cases[10 : 10 + n]]
    plain = summary(latencies)

    profilers: list[cProfile.Profile] = []
    lock = threading.Lock()

    def start_profiler(_frame: Any, _event: str, _arg: Any) -> None:
        profiler = cProfile.Profile()
        with lock:
            profilers.append(profiler)
        profiler.enable()  # replaces this hook for the thread

    threading.setprofile(start_profiler)
    try:
        start = time.perf_counter()
        with TestClient(app) as client:  # its portal and worker threads start now, profiled
            for case in cases[10 : 10 + n]:
                one_turn(client, case)
        elapsed = time.perf_counter() - start
    finally:
        threading.setprofile(None)  # type: ignore[arg-type]
    stats = pstats.Stats(stream=io.StringIO())
    for profiler in profilers:
        profiler.create_stats()
        stats.add(profiler)
    rows = []
    for (filename, line, name), (_cc, calls, tottime, cumtime, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        rows.append(
            {"function": f"{_short(filename)}:{line}({name})", "calls": calls, "tottime": tottime, "cumtime": cumtime}
        )
    rows.sort(key=lambda r: r["cumtime"], reverse=True)
    top = [r for r in rows if not _framework(r["function"])][:top_n]
    ours = [r for r in rows if r["function"].startswith(("guide/", "redaction/"))][:top_n]
    print(
        f"\nprofile: {n} turns in-process via TestClient: p50 {plain['p50']:.1f} ms, p95 {plain['p95']:.1f} ms, "
        f"mean {plain['mean']:.1f} ms without the profiler; {elapsed / n * 1000:.1f} ms/turn under cProfile"
    )
    print("| cumulative s | per turn ms | calls | function |\n|---:|---:|---:|---|")
    for r in top:
        print(f"| {r['cumtime']:.2f} | {r['cumtime'] / n * 1000:.1f} | {r['calls']} | `{r['function']}` |")
    print("\nthe same, guide/ and redaction/ code only:")
    print("| cumulative s | per turn ms | calls | function |\n|---:|---:|---:|---|")
    for r in ours:
        print(f"| {r['cumtime']:.2f} | {r['cumtime'] / n * 1000:.1f} | {r['calls']} | `{r['function']}` |")
    return {
        "turns": n,
        "in_process_ms": plain,
        "profiled_ms_per_turn": elapsed / n * 1000,
        "top_cumulative": top,
        "top_cumulative_guide": ours,
    }


def _short(filename: str) -> str:
    for marker in ("site-packages/", str(ROOT) + "/"):
        if marker in filename:
            return filename.split(marker, 1)[1]
    return filename


def _framework(function: str) -> bool:
    """Wrappers that only pass the whole turn along (threads, anyio, starlette, httpx transport)."""
    prefixes = ("anyio/", "starlette/", "httpx", "fastapi/", "{", "~", "<")
    plumbing = ("/threading.py", "/concurrent/", "/asyncio/", "/queue.py", "/contextvars", "/selectors.py")
    return function.startswith(prefixes) or any(p in function for p in plumbing)


# ---------------------------------------------------------------------------------------------
# 4. report


def met(ok: bool) -> str:
    return "met" if ok else "not met"


def report(results: dict[str, Any]) -> str:
    """The Markdown summary."""
    m = results["machine"]
    lines = [
        f"\n## Turn benchmark ({results['date']})\n",
        f"Machine: {m['cpu_count']} CPUs ({m['affinity']} usable), {m['platform']}, Python {m['python']}; "
        f"1-min load average {m['loadavg_before'][0]:.1f} before, "
        f"{m.get('loadavg_after_http', (float('nan'),))[0]:.1f} after the HTTP runs. "
        f"Offline composer, MiniLM embeddings, embedded Chroma + SQLite in `{results['data_dir']}`; "
        "the load generator runs on the same machine.\n",
        "| workers | seq n | seq p50 ms | seq p95 ms | seq p99 ms | seq mean ms | seq errors "
        "| clients | turns/s | load p50 ms | load p95 ms | load errors |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results["servers"]:
        s, t = r["sequential"], r["throughput"]
        lines.append(
            f"| {r['workers']} | {s['n']} | {s['p50']:.1f} | {s['p95']:.1f} | {s['p99']:.1f} | {s['mean']:.1f} "
            f"| {s['errors']} | {t['clients']} | {t['turns_per_s']:.1f} | {t['p50']:.1f} | {t['p95']:.1f} "
            f"| {t['errors']} |"
        )
    lines += ["", "| target | " + " | ".join(f"workers={r['workers']}" for r in results["servers"]) + " |"]
    lines.append("|---|" + "---|" * len(results["servers"]))
    checks = [
        (f"sequential p50 <= {TARGET_P50_MS:.0f} ms", lambda r: r["sequential"]["p50"] <= TARGET_P50_MS, "p50"),
        (f"sequential p95 <= {TARGET_P95_MS:.0f} ms", lambda r: r["sequential"]["p95"] <= TARGET_P95_MS, "p95"),
        (f">= {TARGET_TPS:.0f} turns/s", lambda r: r["throughput"]["turns_per_s"] >= TARGET_TPS, "tps"),
    ]
    for label, check, _key in checks:
        lines.append(f"| {label} | " + " | ".join(met(check(r)) for r in results["servers"]) + " |")
    if results.get("llm"):
        llm = results["llm"]
        t = llm["prompt_tokens"]
        lines += [
            "",
            "| LLM path (escalation suite, fake endpoint) | value |",
            "|---|---:|",
            f"| turns / reached the composer / requests | {llm['turns']} / {llm['composed']} / {llm['requests']} |",
            f"| prompt tokens mean | {t['mean']:.0f} |",
            f"| prompt tokens p50 | {t['p50']:.0f} |",
            f"| prompt tokens p95 | {t['p95']:.0f} |",
            f"| prompt tokens max | {t['max']:.0f} |",
            f"| largest request received: message tokens (whole JSON body) | "
            f"{llm['largest_request_message_tokens']} ({llm['largest_request_body_tokens']}) |",
        ]
    return "\n".join(lines)


def main() -> None:
    """Run everything and print the numbers."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", type=Path, default=ROOT / "var" / "bench")
    parser.add_argument("--turns", type=int, default=200, help="sequential turns (M)")
    parser.add_argument("--clients", type=int, default=4, help="concurrent clients (C)")
    parser.add_argument("--seconds", type=float, default=20.0, help="throughput duration (T)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--warmup", type=int, default=3, help="warm-up turns per consumer per worker")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--skip-llm", action="store_true", help="skip the LLM prompt-token pass")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="also profile N turns in-process")
    parser.add_argument("--profile-top", type=int, default=10, metavar="K", help="rows of the profile tables")
    parser.add_argument("--json", type=Path, help="write the results here")
    args = parser.parse_args()

    data_dir: Path = args.data_dir
    escalation = load_suite("escalation")
    if not isinstance(escalation, Suite):
        raise SystemExit("evals/suites/escalation.yaml is not a conversation suite")
    # the demo consumers only: the suite's cases for imported FHIR consumers need its own setup, not this folder's
    suite = [case for case in escalation.cases if case.consumer in CONSUMERS]
    results: dict[str, Any] = {
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "data_dir": str(data_dir),
        "args": {k: str(v) if isinstance(v, Path) else v for k, v in vars(args).items()},
        "machine": {
            "cpu_count": os.cpu_count(),
            "affinity": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
            "platform": platform.platform(),
            "python": platform.python_version(),
            "loadavg_before": os.getloadavg(),
        },
        "targets": {"p50_ms": TARGET_P50_MS, "p95_ms": TARGET_P95_MS, "turns_per_s": TARGET_TPS},
    }
    results["prepare"] = prepare(data_dir)
    results["servers"] = [bench_server(data_dir, w, suite, args) for w in args.workers]
    results["machine"]["loadavg_after_http"] = os.getloadavg()
    results["llm"] = None if args.skip_llm else llm_tokens(data_dir, suite)
    if args.profile:
        results["profile"] = profile(
            data_dir, mixed_cases(suite, args.profile + 10, args.seed + 2), args.profile, args.profile_top
        )
    print(report(results))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2, default=str))
        print(f"\nwrote {args.json}")


if __name__ == "__main__":
    main()
