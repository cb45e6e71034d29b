"""The scaled shape under load: two `guide serve` instances on one PostgreSQL and one Chroma server, against one
instance on the embedded stores (SQLite, Chroma folder). Prints numbers; not a test.

    .venv/bin/python benchmarks/scale_bench.py [--clients 32] [--seconds 60] [--json FILE]

1. Prepares the embedded data folder as benchmarks/turn_bench.py does (demo consumers, indexed knowledge base).
2. Starts a throwaway PostgreSQL cluster and `chroma run` (devservers/servers.py), runs the migrations
   (`guide db upgrade`'s code) and copies the embedded data into them (rows; vectors without re-embedding).
3. For each shape, starts the instances (offline composer, GUIDE_DEV_AUTH=true), warms them, then C simulated
   caregivers turn as fast as they can for T seconds (each turn = create a conversation + ask; turns/s counts
   answered asks, latency is the ask). In the two-instance shape caregiver i talks to instance i mod 2, as a
   round-robin proxy would send them.
4. Reports turns/s, p50/p95, errors, and the CPU seconds each process group used during the measured window
   (the app instances, PostgreSQL, the Chroma server): where the time goes.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import shutil
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import httpx  # noqa: E402
from turn_bench import CONSUMERS, REQUEST_TIMEOUT_S, Server, async_turn, mixed_cases, percentile, prepare  # noqa: E402

from evals.suites import Case, Suite, load_suite  # noqa: E402

TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU seconds of these processes and their children that were waited for."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += sum(int(f) for f in fields[11:15])  # utime stime cutime cstime
    return total / TICKS


def children(pid: int) -> list[int]:
    """The process and every descendant (uvicorn workers, PostgreSQL backends)."""
    by_parent: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        by_parent.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        todo += by_parent.get(current, [])
    return out


class ScaledServer(Server):
    """`guide serve` with extra environment (the shared stores), in its own data folder."""

    def __init__(self, data_dir: Path, extra: dict[str, str], name: str) -> None:
        saved = dict(os.environ)
        os.environ.update(extra)
        try:
            super().__init__(data_dir, 1)
        finally:
            os.environ.clear()
            os.environ.update(saved)
        self.name = name


def measure(urls: list[str], cases: list[Case], clients: int, seconds: float, groups: dict[str, int]) -> dict[str, Any]:
    """C caregivers for T seconds, caregiver i on urls[i % len(urls)]; CPU seconds per process group."""
    latencies: list[float] = []
    errors: list[str] = []
    source = itertools.cycle(cases)

    async def run() -> float:
        per = max(1, clients // len(urls) + 1)
        limits = httpx.Limits(max_connections=per, max_keepalive_connections=per)
        pool = [httpx.AsyncClient(base_url=u, timeout=REQUEST_TIMEOUT_S, limits=limits) for u in urls]
        start = time.perf_counter()
        deadline = start + seconds

        async def caregiver(i: int) -> None:
            while time.perf_counter() < deadline:
                elapsed, error = await async_turn(pool[i % len(pool)], next(source))
                if error:
                    errors.append(error)
                else:
                    latencies.append(elapsed)

        await asyncio.gather(*(caregiver(i) for i in range(clients)))
        wall = time.perf_counter() - start
        for client in pool:
            await client.aclose()
        return wall

    before = {name: cpu_seconds(children(pid)) for name, pid in groups.items()}
    wall = asyncio.run(run())
    after = {name: cpu_seconds(children(pid)) for name, pid in groups.items()}
    return {
        "clients": clients,
        "seconds": wall,
        "turns": len(latencies),
        "turns_per_s": len(latencies) / wall,
        "p50_ms": percentile(latencies, 50),
        "p95_ms": percentile(latencies, 95),
        "errors": len(errors),
        "error_kinds": sorted(set(errors)),
        "cpu_s": {name: round(after[name] - before[name], 1) for name in groups},
    }


def warm(urls: list[str], cases: list[Case]) -> None:
    """Every consumer a few times on every instance (first turns per consumer are slower)."""

    async def run() -> None:
        for url in urls:
            async with httpx.AsyncClient(base_url=url, timeout=REQUEST_TIMEOUT_S) as client:
                await asyncio.gather(*(async_turn(client, c) for c in cases))

    asyncio.run(run())


def embedded_shape(data_dir: Path, cases: list[Case], args: argparse.Namespace) -> dict[str, Any]:
    server = ScaledServer(data_dir, {}, "embedded")
    try:
        server.wait_healthy(600)
        warm([server.base_url], cases[: args.warmup])
        return measure([server.base_url], cases, args.clients, args.seconds, {"app": server.process.pid})
    finally:
        server.stop()


def scaled_shape(data_dir: Path, work: Path, cases: list[Case], args: argparse.Namespace) -> dict[str, Any]:
    import chromadb
    from sqlalchemy import create_engine

    from devservers.servers import (
        ChromaServer,
        PostgresCluster,
        chroma_bin,
        copy_collections,
        copy_rows,
        postgres_bin,
    )
    from guide.settings import Settings
    from guide.store.db.session import migrate

    bin_dir, command = postgres_bin(), chroma_bin()
    if bin_dir is None or command is None:
        raise SystemExit("needs PostgreSQL's server binaries (apt-get install postgresql) and chromadb's `chroma`")
    cluster, chroma = PostgresCluster(bin_dir).start(), ChromaServer(command).start()
    servers: list[ScaledServer] = []
    try:
        url = cluster.create_database()
        engine = create_engine(url)
        migrate(engine)
        engine.dispose()
        embedded = Settings(data_dir=data_dir)
        copy_rows(embedded.sqlalchemy_url, url)
        no_telemetry = chromadb.Settings(anonymized_telemetry=False)
        copy_collections(
            chromadb.PersistentClient(path=str(embedded.chroma_dir), settings=no_telemetry),
            chromadb.HttpClient(host="127.0.0.1", port=chroma.port, settings=no_telemetry),
            "guide",
            "guide",
        )
        shared = {
            "GUIDE_DATABASE_URL": url,
            "GUIDE_STORE_MODE": "server",
            "GUIDE_CHROMA_HOST": "127.0.0.1",
            "GUIDE_CHROMA_PORT": str(chroma.port),
            "GUIDE_EMBEDDINGS_THREADS": str(max(1, (os.cpu_count() or 2) // 2)),
        }
        for name in ("a", "b"):
            own = work / f"instance-{name}"
            own.mkdir(parents=True, exist_ok=True)
            shutil.copy(embedded.sentence_vectors_path, own / embedded.sentence_vectors_path.name)
            servers.append(ScaledServer(own, shared, name))
        for server in servers:
            server.wait_healthy(600)
        urls = [s.base_url for s in servers]
        warm(urls, cases[: args.warmup])
        postmaster = int((cluster.data / "postmaster.pid").read_text().split()[0])
        groups = {"app a": servers[0].process.pid, "app b": servers[1].process.pid}
        groups |= {"postgresql": postmaster, "chroma server": chroma.process.pid}  # type: ignore[union-attr]
        return measure(urls, cases, args.clients, args.seconds, groups)
    finally:
        for server in servers:
            server.stop()
        chroma.stop()
        cluster.stop()


def report(results: dict[str, Any]) -> str:
    one, two = results["embedded"], results["scaled"]
    lines = [
        "| shape | turns/s | p50 ms | p95 ms | errors | CPU s during the window |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for label, r in (("1 instance, SQLite + embedded Chroma", one), ("2 instances, PostgreSQL + Chroma server", two)):
        cpu = ", ".join(f"{k} {v}" for k, v in r["cpu_s"].items())
        lines.append(
            f"| {label} | {r['turns_per_s']:.1f} | {r['p50_ms']:.0f} | {r['p95_ms']:.0f} | {r['errors']} | {cpu} |"
        )
    ratio = two["turns_per_s"] / one["turns_per_s"] if one["turns_per_s"] else float("nan")
    lines.append(f"\nscaled / embedded turns/s: {ratio:.0%} (target >= 85%, 0 errors)")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", type=Path, default=ROOT / "var" / "bench")
    parser.add_argument("--work-dir", type=Path, default=ROOT / "var" / "scale-bench")
    parser.add_argument("--clients", type=int, default=32, help="concurrent simulated caregivers")
    parser.add_argument("--seconds", type=float, default=60.0, help="measured window per shape")
    parser.add_argument("--warmup", type=int, default=40, help="warm-up turns per instance")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    suite = load_suite("escalation")
    if not isinstance(suite, Suite):
        raise SystemExit("evals/suites/escalation.yaml is not a conversation suite")
    demo = [c for c in suite.cases if c.consumer in CONSUMERS]  # the suite's Synthea cases need other bundles
    cases = mixed_cases(demo, max(200, args.warmup), args.seed)
    results: dict[str, Any] = {"date": time.strftime("%Y-%m-%d %H:%M"), "args": vars(args) | {}, "cpus": os.cpu_count()}
    results["prepare"] = prepare(args.data_dir)
    results["embedded"] = embedded_shape(args.data_dir, cases, args)
    results["scaled"] = scaled_shape(args.data_dir, args.work_dir, cases, args)
    print(report(results))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2, default=str))


if __name__ == "__main__":
    main()
