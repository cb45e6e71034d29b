"""The guide and the naive LangChain RAG baseline (benchmarks/naive_rag.py) side by side, request by request, over
HTTP on this machine; writes issue 19's table (with the load average) into docs/performance.md. Prints numbers;
not a test.

    .venv/bin/python benchmarks/compare_bench.py [--workers 1 2] [--turns 100] [--clients 8] [--seconds 10]
        [--blocks 2] [--guide-root DIR] [--label after] [--write docs/performance.md] [--json FILE]

For each worker count both servers run at once (the idle one costs nothing) and:
1. *first request after start*: the first ask once /health answers (the guide's `guide serve` warms up before it
   answers /health; the baseline loads its model before it starts);
2. *sequential*: `--turns` escalation-suite questions, the guide and the baseline alternating question by question
   (who goes first alternates too); only the ask is timed (the guide's conversation is created just before). The
   server's CPU per turn is the CPU its process group used over the phase divided by the turns (the guide's
   includes creating the conversation);
3. *throughput*: `--blocks` blocks per server of `--seconds` each, alternating servers, `--clients` keep-alive
   asyncio clients; turns/s counts answered asks; for several workers, each worker's share of the server's CPU
   in the block (the spread of requests) and which worker holds each open connection at the end (from `ss`).

`--guide-root DIR` runs the guide from another checkout (e.g. `git archive HEAD | tar -x -C /tmp/head`) for a
before/after comparison; the data folder must suit both.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import httpx  # noqa: E402
from turn_bench import (  # noqa: E402
    CONSUMERS,
    REQUEST_TIMEOUT_S,
    ROOT,
    Server,
    mixed_cases,
    owner_header,
    percentile,
    prepare,
    summary,
)

from evals.suites import Case, Suite, load_suite  # noqa: E402

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
MARK_START, MARK_END = "<!-- compare_bench:start -->", "<!-- compare_bench:end -->"
GOALS = {"first_ms": 100.0, "p95_ms": 60.0, "cpu_ms": 25.0, "tps_w2": 55.0}


# ---------------------------------------------------------------------------------------------
# processes


def group_cpu(pgid: int) -> dict[int, float]:
    """CPU seconds (user + system) of every live process in a process group, by pid."""
    out: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid:  # fields after the command: state, ppid, pgrp, ..., utime (12), stime (13)
            out[int(entry.name)] = (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
    return out


def is_worker(pid: int) -> bool:
    """A uvicorn worker (a spawned process), not the supervisor or multiprocessing's resource tracker."""
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return b"spawn_main" in command


def connection_holders(port: int) -> dict[int, int]:
    """Established connections to `port`, counted by the pid that holds each."""
    try:
        text = subprocess.run(
            ["ss", "-tnpH", "state", "established", f"( sport = :{port} )"], capture_output=True, text=True, timeout=10
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return {}
    holders: dict[int, int] = {}
    for pid in re.findall(r"pid=(\d+)", text):
        holders[int(pid)] = holders.get(int(pid), 0) + 1
    return holders


class Target:
    """One server under test and how to ask it one question."""

    def __init__(self, name: str, server: Server) -> None:
        self.name = name
        self.server = server
        self.pgid = os.getpgid(server.process.pid)

    def cpu(self) -> dict[int, float]:
        return group_cpu(self.pgid)

    def ask_sync(self, client: httpx.Client, case: Case) -> float | None:
        raise NotImplementedError

    async def ask(self, client: httpx.AsyncClient, case: Case) -> float | None:
        raise NotImplementedError


class Guide(Target):
    def ask_sync(self, client: httpx.Client, case: Case) -> float | None:
        headers = owner_header(case)
        r = client.post("/api/v1/conversations", json={"consumer_id": case.consumer}, headers=headers)
        if r.status_code != 201:
            return None
        url = f"/api/v1/conversations/{r.json()['id']}/messages"
        start = time.perf_counter()
        r = client.post(url, json={"question": case.turns[0].question}, headers=headers)
        return (time.perf_counter() - start) * 1000 if r.status_code == 200 else None

    async def ask(self, client: httpx.AsyncClient, case: Case) -> float | None:
        headers = owner_header(case)
        r = await client.post("/api/v1/conversations", json={"consumer_id": case.consumer}, headers=headers)
        if r.status_code != 201:
            return None
        url = f"/api/v1/conversations/{r.json()['id']}/messages"
        start = time.perf_counter()
        r = await client.post(url, json={"question": case.turns[0].question}, headers=headers)
        return (time.perf_counter() - start) * 1000 if r.status_code == 200 else None


class Naive(Target):
    @staticmethod
    def _body(case: Case) -> dict[str, str]:
        return {"question": case.turns[0].question, "consumer_id": case.consumer}

    def ask_sync(self, client: httpx.Client, case: Case) -> float | None:
        start = time.perf_counter()
        r = client.post("/ask", json=self._body(case))
        return (time.perf_counter() - start) * 1000 if r.status_code == 200 else None

    async def ask(self, client: httpx.AsyncClient, case: Case) -> float | None:
        start = time.perf_counter()
        r = await client.post("/ask", json=self._body(case))
        return (time.perf_counter() - start) * 1000 if r.status_code == 200 else None


def start_servers(args: argparse.Namespace, workers: int) -> tuple[Guide, Naive, dict[str, float]]:
    """Both servers, one after the other (so neither start-up slows the other), each timed to /health."""
    env = {name: value for name, _, value in (e.partition("=") for e in args.guide_env)}
    log_name = "compare-" + re.sub(r"[^a-z0-9]+", "-", args.label.lower())
    guide = Server(args.data_dir, workers, env=env, root=args.guide_root, name=log_name)
    try:
        ready = {"guide_health_s": guide.wait_healthy()}
    except BaseException:
        guide.stop()
        raise
    naive_command = [
        sys.executable, "-m", "uvicorn", "--factory", "benchmarks.naive_rag:create_app",
        "--host", "127.0.0.1", "--port", "{port}", "--workers", str(workers), "--log-level", "warning",
    ]  # fmt: skip
    naive = Server(
        args.data_dir,
        workers,
        env={"NAIVE_RAG_DIR": str((args.data_dir / "naive-rag").resolve())},
        command=naive_command,
        name="naive",
    )
    try:
        ready["naive_health_s"] = naive.wait_healthy()
    except BaseException:
        guide.stop()
        naive.stop()
        raise
    return Guide("guide", guide), Naive("naive", naive), ready


# ---------------------------------------------------------------------------------------------
# phases


def first_requests(targets: list[Target], case: Case) -> dict[str, float | None]:
    """The first ask each server gets after it said it is healthy (a fresh connection each)."""
    out: dict[str, float | None] = {}
    for target in targets:
        with httpx.Client(base_url=target.server.base_url, timeout=REQUEST_TIMEOUT_S) as client:
            out[target.name] = target.ask_sync(client, case)
    return out


def sequential(targets: list[Target], cases: list[Case]) -> dict[str, dict[str, Any]]:
    """The servers alternate question by question; CPU per turn from each server's process group."""
    latencies: dict[str, list[float]] = {t.name: [] for t in targets}
    errors = dict.fromkeys(latencies, 0)
    cpu: dict[str, float] = dict.fromkeys(latencies, 0.0)
    clients = {t.name: httpx.Client(base_url=t.server.base_url, timeout=REQUEST_TIMEOUT_S) for t in targets}
    try:
        for i, case in enumerate(cases):
            for target in targets if i % 2 == 0 else targets[::-1]:
                before = sum(target.cpu().values())
                elapsed = target.ask_sync(clients[target.name], case)
                cpu[target.name] += sum(target.cpu().values()) - before
                if elapsed is None:
                    errors[target.name] += 1
                else:
                    latencies[target.name].append(elapsed)
    finally:
        for client in clients.values():
            client.close()
    return {
        name: {**summary(values), "errors": errors[name], "cpu_ms_per_turn": cpu[name] * 1000 / max(1, len(cases))}
        for name, values in latencies.items()
    }


def block(target: Target, cases: list[Case], clients: int, seconds: float) -> dict[str, Any]:
    """`clients` keep-alive clients asking as fast as they can for `seconds`."""
    source = itertools.cycle(cases)
    latencies: list[float] = []
    errors = 0
    holders: dict[int, int] = {}

    async def run() -> float:
        nonlocal errors, holders
        limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
        async with httpx.AsyncClient(
            base_url=target.server.base_url, timeout=REQUEST_TIMEOUT_S, limits=limits
        ) as client:
            start = time.perf_counter()
            deadline = start + seconds

            async def worker() -> None:
                nonlocal errors
                while time.perf_counter() < deadline:
                    try:
                        elapsed = await target.ask(client, next(source))
                    except httpx.HTTPError:
                        elapsed = None
                    if elapsed is None:
                        errors += 1
                    else:
                        latencies.append(elapsed)

            await asyncio.gather(*(worker() for _ in range(clients)))
            wall = time.perf_counter() - start
            holders = connection_holders(target.server.port)  # still open: the pool closes them on exit
            return wall

    cpu_before = target.cpu()
    wall = asyncio.run(run())
    cpu_after = target.cpu()
    per_pid = {pid: cpu_after[pid] - cpu_before.get(pid, 0.0) for pid in cpu_after}
    total = sum(per_pid.values())
    workers = sorted((v for pid, v in per_pid.items() if is_worker(pid)), reverse=True)
    return {
        "turns": len(latencies),
        "seconds": wall,
        "turns_per_s": len(latencies) / wall,
        "p50": percentile(latencies, 50),
        "p95": percentile(latencies, 95),
        "errors": errors,
        "cpu_ms_per_turn": total * 1000 / max(1, len(latencies)),
        "worker_cpu_share": [round(v / total, 3) for v in workers] if total else [],
        "connections_per_worker": sorted(holders.values(), reverse=True),
    }


def throughput(targets: list[Target], cases: list[Case], args: argparse.Namespace) -> dict[str, list[dict[str, Any]]]:
    """Blocks alternating between the servers (who goes first alternates)."""
    out: dict[str, list[dict[str, Any]]] = {t.name: [] for t in targets}
    for b in range(args.blocks):
        for target in targets if b % 2 == 0 else targets[::-1]:
            result = block(target, cases, args.clients, args.seconds)
            out[target.name].append(result)
            print(
                f"  {target.name} block {b + 1}: {result['turns_per_s']:.1f} turns/s, p50 {result['p50']:.0f} ms, "
                f"p95 {result['p95']:.0f} ms, CPU {result['cpu_ms_per_turn']:.0f} ms/turn, errors {result['errors']}"
                f", worker CPU share {result['worker_cpu_share']}, connections {result['connections_per_worker']}"
            )
    return out


def warm(targets: list[Target], cases: list[Case], workers: int) -> None:
    """A few asks per consumer on each server (concurrently, so every worker gets some)."""
    for target in targets:
        block(target, cases, max(2, 2 * workers), 3.0)


def run_workers(args: argparse.Namespace, workers: int, suite: list[Case]) -> dict[str, Any]:
    guide, naive, ready = start_servers(args, workers)
    targets: list[Target] = [guide, naive]
    try:
        print(f"workers={workers}: healthy after {ready['guide_health_s']:.1f} s (guide), "
              f"{ready['naive_health_s']:.1f} s (naive)")  # fmt: skip
        first = first_requests(targets, mixed_cases(suite, 1, args.seed + 5)[0])
        print(f"workers={workers}: first request {first}")
        warm(targets, mixed_cases(suite, len(suite), args.seed + 3), workers)
        seq = sequential(targets, mixed_cases(suite, args.turns, args.seed))
        for name, s in seq.items():
            print(
                f"workers={workers}: {name} sequential p50 {s['p50']:.1f} ms, p95 {s['p95']:.1f} ms, "
                f"CPU {s['cpu_ms_per_turn']:.1f} ms/turn, errors {s['errors']}"
            )
        load = throughput(targets, mixed_cases(suite, len(suite), args.seed + 1), args)
    finally:
        for target in targets:
            target.server.stop()
    return {"workers": workers, "ready": ready, "first_ms": first, "sequential": seq, "throughput": load}


# ---------------------------------------------------------------------------------------------
# report


def _range(values: list[float], fmt: str = "{:.0f}") -> str:
    values = [v for v in values if v == v]
    if not values:
        return "-"
    lo, hi = min(values), max(values)
    return fmt.format(lo) if fmt.format(lo) == fmt.format(hi) else f"{fmt.format(lo)}-{fmt.format(hi)}"


def table(results: dict[str, Any]) -> str:
    """Issue 19's table for this run."""
    by_w = {r["workers"]: r for r in results["runs"]}
    m = results["machine"]
    lines = [
        f"### {results['label']}: {results['date']}",
        "",
        f"{m['cpu_count']} CPUs; load average (1, 5, 15 min) {', '.join(f'{x:.2f}' for x in m['loadavg_before'])} "
        f"before and {', '.join(f'{x:.2f}' for x in m['loadavg_after'])} after; `{results['command']}`. "
        "Both servers ran at once and took turns; the load generator shares the machine.",
        "",
        "| path | guide | naive baseline | goal | met |",
        "|---|---|---|---|---|",
    ]

    rows = _start_rows(by_w) + _sequential_rows(by_w) + _throughput_rows(by_w, args_clients(results))
    lines += [
        f"| {path} | {guide} | {naive} | {goal} | {'-' if ok is None else ('yes' if ok else 'no')} |"
        for path, guide, naive, goal, ok in rows
    ]
    return "\n".join(lines)


Row = tuple[str, str, str, str, "bool | None"]


def _start_rows(by_w: dict[int, dict[str, Any]]) -> list[Row]:
    """First request after start and `guide serve` to /health, per worker count."""
    rows: list[Row] = []
    for w, r in sorted(by_w.items()):
        g_first, n_first = r["first_ms"].get("guide"), r["first_ms"].get("naive")
        workers = f"{w} worker{'s' * (w > 1)}"
        rows.append(
            (
                f"first request after start ({workers})",
                f"{g_first:.0f} ms" if g_first else "error",
                f"{n_first:.0f} ms" if n_first else "error",
                "<= 100 ms",
                bool(g_first) and g_first <= GOALS["first_ms"],
            )
        )
        rows.append(
            (
                f"`guide serve` to /health ({workers})",
                f"{r['ready']['guide_health_s']:.1f} s",
                f"{r['ready']['naive_health_s']:.1f} s",
                "<= 5 s",
                r["ready"]["guide_health_s"] <= 5.0,
            )
        )
    return rows


def _sequential_rows(by_w: dict[int, dict[str, Any]]) -> list[Row]:
    """Latency and server CPU per turn, questions one after another (one worker)."""
    one = by_w.get(1) or next(iter(by_w.values()))
    g, n = one["sequential"]["guide"], one["sequential"]["naive"]
    return [
        (
            f"p50 / p95 over {g['n']} questions (HTTP, {one['workers']} worker)",
            f"{g['p50']:.0f} / {g['p95']:.0f} ms",
            f"{n['p50']:.0f} / {n['p95']:.0f} ms",
            "p95 <= 60 ms",
            g["p95"] <= GOALS["p95_ms"],
        ),
        (
            "server CPU per turn (sequential)",
            f"{g['cpu_ms_per_turn']:.0f} ms",
            f"{n['cpu_ms_per_turn']:.0f} ms",
            "<= 25 ms",
            g["cpu_ms_per_turn"] <= GOALS["cpu_ms"],
        ),
    ]


def _throughput_rows(by_w: dict[int, dict[str, Any]], clients: int) -> list[Row]:
    """Turns per second under load per worker count: one worker against the baseline, two for an even spread."""
    rows: list[Row] = []
    for w, r in sorted(by_w.items()):
        gb, nb = r["throughput"]["guide"], r["throughput"]["naive"]
        g_tps, n_tps = [b["turns_per_s"] for b in gb], [b["turns_per_s"] for b in nb]
        cpu = _range([b["cpu_ms_per_turn"] for b in gb])
        errors = sum(b["errors"] for b in gb)
        guide_cell = f"{_range(g_tps, '{:.1f}')} turns/s ({cpu} ms CPU/turn, {errors} errors)"
        if w == 1:
            goal, ok = ">= the baseline", min(g_tps) >= max(n_tps)
        else:
            shares = [b["worker_cpu_share"] for b in gb]
            conns = [b["connections_per_worker"] for b in gb]
            guide_cell += f"; worker CPU shares {shares}, open connections per worker {conns}"
            even = all(len(s) == w and min(s) >= 0.35 for s in shares)
            goal, ok = ">= 55, even spread", min(g_tps) >= GOALS["tps_w2"] and even
        rows.append(
            (
                f"throughput at {clients} clients, {w} worker{'s' * (w > 1)}",
                guide_cell,
                f"{_range(n_tps, '{:.1f}')} turns/s",
                goal,
                ok,
            )
        )
    return rows


def args_clients(results: dict[str, Any]) -> int:
    return int(results["args"]["clients"])


def write_into(path: Path, text: str) -> None:
    """Replace this run's label section between the markers (the markers are added at the end if missing; a file
    that does not exist yet is created)."""
    doc = path.read_text() if path.exists() else ""
    if MARK_START not in doc:
        doc = doc.rstrip() + f"\n\n{MARK_START}\n{MARK_END}\n"
    head, rest = doc.split(MARK_START, 1)
    body, tail = rest.split(MARK_END, 1)
    label = text.splitlines()[0]
    kept = [s for s in re.split(r"(?m)^(?=### )", body.strip()) if s.strip() and s.splitlines()[0] != label]
    body = "\n\n".join([*(s.strip() for s in kept), text.strip()])
    path.write_text(f"{head}{MARK_START}\n{body}\n{MARK_END}{tail}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", type=Path, default=ROOT / "var" / "bench")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--turns", type=int, default=100, help="sequential questions per server")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=10.0, help="length of one throughput block")
    parser.add_argument("--blocks", type=int, default=2, help="throughput blocks per server")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--guide-root", type=Path, default=ROOT, help="checkout to run the guide from")
    parser.add_argument("--guide-env", nargs="*", default=[], metavar="NAME=VALUE", help="extra guide settings")
    parser.add_argument("--no-prepare", action="store_true", help="use the data folder as it is")
    parser.add_argument("--label", default="this run", help="the run's heading in the report")
    parser.add_argument("--write", type=Path, help="put the table into this Markdown file (between markers)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()

    escalation = load_suite("escalation")
    if not isinstance(escalation, Suite):
        raise SystemExit("evals/suites/escalation.yaml is not a conversation suite")
    if not args.no_prepare:
        prepare(args.data_dir)
    from naive_rag import build

    print(f"naive RAG index: {build(args.data_dir, args.data_dir / 'naive-rag')}")
    results: dict[str, Any] = {
        "label": args.label,
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "command": "benchmarks/compare_bench.py " + " ".join(sys.argv[1:]),
        "args": {k: str(v) if isinstance(v, Path) else v for k, v in vars(args).items()},
        "machine": {"cpu_count": os.cpu_count(), "loadavg_before": os.getloadavg()},
    }
    cases = [c for c in escalation.cases if c.consumer in CONSUMERS]  # the demo consumers the data folder holds
    results["runs"] = [run_workers(args, w, cases) for w in args.workers]
    results["machine"]["loadavg_after"] = os.getloadavg()
    text = table(results)
    print("\n" + text)
    if args.write:
        write_into(args.write, text)
        print(f"\nwrote {args.write}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2, default=str))


if __name__ == "__main__":
    main()
