"""Cold paths: how long a fresh process takes to do one thing (prints numbers; not a test).

    .venv/bin/python benchmarks/cold_bench.py [--data-dir DIR] [--skip-empty-index] [--json FILE]

Every row is a new `guide` process against one data folder (a fresh temporary one by default), reading the
installation's cache that `make install` prepares (`guide prepare`; `--no-install-cache`: as if there were none), in
this order:

1. `guide --help`;
2. `guide kb index` into an empty store (the whole knowledge base embedded; `--skip-empty-index` reuses
   `--data-dir` as it is instead);
3. `guide kb index` again, nothing changed;
4. `guide careplan import` of one bundle, new (the folder's first process to redact: it compiles and keeps the
   redactor's patterns); then the same bundle again, unchanged; then another new bundle, in a folder used before;
5. `guide ask` in a cold process (no server running): the folder's first ask (it compiles and keeps the turn's own
   patterns: triage, checks), then another in a new process;
6. `guide serve` (offline composer, `GUIDE_DEV_AUTH=true`) until `/health` answers 200; the first request after
   that (one turn over HTTP: create a conversation, ask; only the ask is timed); then the first full turn of each
   other demo consumer (their bundles imported before the server started);
7. `guide ask` again while that server runs (it uses the server).

The issue's goals are printed beside each row, with the load average before and after the run.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
GUIDE = str(Path(sys.executable).with_name("guide"))
BUNDLES = ROOT / "guide" / "demo" / "bundles"
QUESTION = "What can we do at home to help her sleep better?"
GOALS = {  # seconds (issue 19's table)
    "guide --help": None,
    "kb index, empty": 20.0,
    "kb index, nothing changed": 1.0,
    "careplan import, one bundle (new)": 3.0,
    "careplan import, one bundle (unchanged)": 3.0,
    "careplan import, another new bundle": 3.0,
    "guide ask, cold process (folder's first)": 3.0,
    "guide ask, cold process": 3.0,
    "guide serve to /health": 5.0,
    "first request after start": 0.100,
    "first full turn per consumer (max)": 0.060,
    "guide ask, server running": 3.0,
}


def _env(data_dir: Path, *, install_cache: bool = True) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GUIDE_")}
    env.update(
        GUIDE_DATA_DIR=str(data_dir),
        GUIDE_INSTALL_CACHE=str(install_cache).lower(),
        GUIDE_LLM_MODE="offline",
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
        TOKENIZERS_PARALLELISM="false",
    )
    return env


def _run(args: list[str], env: dict[str, str]) -> float:
    """Seconds one `guide` command takes; a failure stops the benchmark with its output."""
    start = time.perf_counter()
    done = subprocess.run([GUIDE, *args], env=env, capture_output=True, text=True, check=False)  # noqa: S603
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"guide {' '.join(args)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return elapsed


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def _server(env: dict[str, str], log: Path) -> Iterator[tuple[str, float]]:
    """`guide serve` on a free port; yields its URL and the seconds until /health answered."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    with log.open("w") as out:
        start = time.perf_counter()
        process = subprocess.Popen(  # noqa: S603 - our own CLI
            [GUIDE, "serve", "--port", str(port)],
            env={**env, "GUIDE_DEV_AUTH": "true"},
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            while True:
                if process.poll() is not None:
                    raise SystemExit(f"guide serve exited ({process.returncode}); see {log}")
                with contextlib.suppress(httpx.HTTPError):
                    if httpx.get(f"{url}/health", timeout=2.0).status_code == 200:
                        break
                if time.perf_counter() - start > 180:
                    raise SystemExit(f"/health did not answer in 180 s; see {log}")
                time.sleep(0.02)
            yield url, time.perf_counter() - start
        finally:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)


def _turn(client: httpx.Client, consumer: str) -> float:
    """Seconds of one ask over HTTP in a new conversation of this consumer (conversation creation not timed)."""
    headers = {"X-Guide-User": f"consumer:{consumer}"}
    r = client.post("/api/v1/conversations", json={"consumer_id": consumer}, headers=headers)
    r.raise_for_status()
    start = time.perf_counter()
    r = client.post(f"/api/v1/conversations/{r.json()['id']}/messages", json={"question": QUESTION}, headers=headers)
    elapsed = time.perf_counter() - start
    r.raise_for_status()
    return elapsed


def measure(data_dir: Path, *, skip_empty_index: bool, install_cache: bool = True) -> dict[str, float]:
    """Every row, in order (see the module docstring)."""
    env = _env(data_dir, install_cache=install_cache)
    bundles = sorted(BUNDLES.glob("*.json"))
    rows: dict[str, float] = {"guide --help": _run(["--help"], env)}
    if not skip_empty_index:
        rows["kb index, empty"] = _run(["kb", "index"], env)
    rows["kb index, nothing changed"] = _run(["kb", "index"], env)
    rows["careplan import, one bundle (new)"] = _run(["careplan", "import", str(bundles[0])], env)
    rows["careplan import, one bundle (unchanged)"] = _run(["careplan", "import", str(bundles[0])], env)
    rows["careplan import, another new bundle"] = _run(["careplan", "import", str(bundles[1])], env)
    _run(["careplan", "import", *map(str, bundles[2:])], env)  # the other consumers, for first turns below
    consumer = json.loads(bundles[0].read_text())["entry"][0]["resource"]["id"]
    has_server = "--server" in subprocess.run([GUIDE, "ask", "--help"], env=env, capture_output=True, text=True).stdout
    lean = ["--no-server"] if has_server else []  # an older `guide ask` (before --server) always ran in process
    rows["guide ask, cold process (folder's first)"] = _run(["ask", QUESTION, "--consumer", consumer, *lean], env)
    rows["guide ask, cold process"] = _run(["ask", QUESTION, "--consumer", consumer, *lean], env)
    with _server(env, data_dir / "cold-bench-serve.log") as (url, started), httpx.Client(base_url=url) as client:
        rows["guide serve to /health"] = started
        rows["first request after start"] = _turn(client, consumer)
        others = [json.loads(b.read_text())["entry"][0]["resource"]["id"] for b in bundles[1:]]
        firsts = [_turn(client, other) for other in others]
        rows["first full turn per consumer (max)"] = max(firsts)
        if has_server:
            rows["guide ask, server running"] = _run(["ask", QUESTION, "--consumer", consumer, "--server", url], env)
    return rows


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def table(rows: dict[str, float], load_before: str, load_after: str) -> str:
    """A Markdown table of the rows with their goals."""
    lines = [
        f"cold paths on {os.cpu_count()} CPUs; load average (1/5/15 min) before {load_before}, after {load_after}",
        "",
        "| path | measured | goal | met |",
        "|---|---|---|---|",
    ]
    for name, seconds in rows.items():
        goal = GOALS.get(name)
        shown = f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"
        goal_shown = "-" if goal is None else (f"<= {goal * 1000:.0f} ms" if goal < 1 else f"<= {goal:.0f} s")
        met = "-" if goal is None else ("yes" if seconds <= goal else "no")
        lines.append(f"| {name} | {shown} | {goal_shown} | {met} |")
    return "\n".join(lines)


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path, help="Data folder to use (default: a fresh temporary one).")
    parser.add_argument("--skip-empty-index", action="store_true", help="Do not time indexing into an empty store.")
    parser.add_argument("--json", type=Path, help="Also write the numbers (seconds) to this file.")
    parser.add_argument(
        "--no-install-cache",
        action="store_true",
        help="Make the folder read nothing from the installation's cache (`guide prepare`): every row then pays what "
        "a new folder made on its own before, the model's ONNX export and the patterns' compiles among them.",
    )
    args = parser.parse_args()
    load_before = _load()
    with tempfile.TemporaryDirectory(prefix="cold-bench-") as scratch:
        data_dir = args.data_dir or Path(scratch)
        rows = measure(
            data_dir,
            skip_empty_index=args.skip_empty_index and args.data_dir is not None,
            install_cache=not args.no_install_cache,
        )
    print(table(rows, load_before, _load()))  # noqa: T201 - a benchmark prints
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "load_before": load_before, "load_after": _load()}, indent=2))


if __name__ == "__main__":
    main()
