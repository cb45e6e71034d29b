"""The `guide` command line: the ask JSON contract and clear errors."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from guide.cli import app

runner = CliRunner()


@pytest.fixture
def env(demo_services, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("GUIDE_DATA_DIR", str(demo_services.settings.data_dir))
    monkeypatch.setenv("GUIDE_SERVER_URL", "")  # never a server some other process runs on the default port
    return demo_services


def test_ask_json_prints_the_contract(env) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(
        app,
        [
            "ask",
            "--consumer",
            "demo-p4",
            "--designee",
            "demo-p4-rp1",
            "--json",
            "How should he use his oxygen at night?",
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"decision", "answer", "citations", "reasons"}
    assert data["decision"] in {"answered", "needs_review", "emergency"}
    for citation in data["citations"]:
        assert set(citation) == {"kind", "id", "title", "quote"}
        assert citation["kind"] in {"careplan", "knowledge"}


def test_ask_as_the_consumer_without_designee(env) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(app, ["ask", "--consumer", "demo-p1", "--json", "What should I do when my sugar is low?"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["decision"] == "answered"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--consumer", "nobody"], "no such consumer"),
        (["--consumer", "demo-p1", "--designee", "demo-p2-rp1"], "not a designee"),
    ],
)
def test_ask_with_unknown_consumer_or_designee_exits_2(env, args: list[str], message: str) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(app, ["ask", *args, "hello"])
    assert result.exit_code == 2
    assert message in result.output


# --- Cold paths (issue 19) ---

HEAVY = ("torch", "sentence_transformers", "transformers", "onnxruntime", "chromadb", "presidio_analyzer", "spacy")


def _modules_loaded_by(args: list[str], data_dir: str) -> tuple[int, list[str]]:
    """Run one command in a new process; its exit code and the heavy libraries it imported."""
    import os
    import subprocess
    import sys

    script = (
        "import sys; from typer.testing import CliRunner; from guide.cli import app; "
        f"r = CliRunner().invoke(app, {args!r}); print(r.exit_code); "
        f"print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    env = {**os.environ, "GUIDE_DATA_DIR": data_dir, "GUIDE_SERVER_URL": ""}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    code, loaded = done.stdout.splitlines()[-2:]  # the script's two lines (the second empty when none was loaded)
    return int(code), loaded.split()


@pytest.mark.parametrize(("args", "allowed"), [(["--help"], set()), (["kb", "index"], set())])
def test_help_and_an_unchanged_kb_index_import_no_model_store_or_nlp_library(env, args, allowed) -> None:  # type: ignore[no-untyped-def]
    code, loaded = _modules_loaded_by(args, str(env.settings.data_dir))
    assert code == 0
    assert set(loaded) <= allowed, f"imported {loaded}"


@contextmanager
def _served(services: Any) -> Iterator[str]:
    """The app over these services on a free port in a thread (a real HTTP server); yields its URL."""
    import socket
    import threading
    import time

    import uvicorn

    from guide.web.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(services=services), port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    import httpx

    while time.monotonic() < deadline:  # answering, not only listening: a loaded machine is slow on the first request
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=5.0).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.1)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def _free_url() -> str:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}"  # closed again: nothing listens there


QUESTION = ["ask", "--consumer", "demo-p1", "--json", "What should I do when my sugar is low?"]


def test_ask_uses_a_running_server_and_says_so(env, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import guide.cli

    def not_here(*args: object) -> None:
        raise AssertionError("answered in the command's own process")

    with _served(env) as url:
        monkeypatch.setattr(guide.cli, "_ask_here", not_here)
        result = runner.invoke(app, [*QUESTION, "--server", url])
    assert result.exit_code == 0, result.output
    assert f"using the server at {url}" in result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"decision", "answer", "citations", "reasons"}
    assert data["decision"] == "answered"


def test_ask_answers_in_process_when_no_server_answers(env) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(app, [*QUESTION, "--server", _free_url()])
    assert result.exit_code == 0, result.output
    assert "server" not in result.stderr
    assert json.loads(result.stdout)["decision"] == "answered"


def test_ask_answers_in_process_when_the_server_takes_no_development_identity(env, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from guide.services import Services
    from tests.conftest import make_settings

    without_dev_auth = Services(make_settings(env.settings.data_dir, dev_auth=False))
    with _served(without_dev_auth) as url:
        result = runner.invoke(app, [*QUESTION, "--server", url])
    assert result.exit_code == 0, result.output
    assert "answering here" in result.stderr
    assert json.loads(result.stdout)["decision"] == "answered"


def test_no_server_never_asks_one(env, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import guide.cli

    def no_server(*args: object) -> None:
        raise AssertionError("a server was asked")

    monkeypatch.setattr(guide.cli, "_ask_server", no_server)
    monkeypatch.setenv("GUIDE_SERVER_URL", "http://127.0.0.1:9")
    result = runner.invoke(app, [*QUESTION, "--no-server"])
    assert result.exit_code == 0, result.output


def _entry(args: list[str], data_dir: str) -> Any:
    """The `guide` console script's function (`guide.cli:entry`) in a new process, as a shell runs it."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "GUIDE_DATA_DIR": data_dir, "GUIDE_SERVER_URL": ""}
    script = f"import sys; sys.argv = ['guide', *{args!r}]; from guide.cli import entry; entry()"
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=300)


def test_a_cold_ask_ends_quickly_with_its_answer_printed_its_turn_kept_and_its_exit_code(env) -> None:  # type: ignore[no-untyped-def]
    data_dir = str(env.settings.data_dir)
    done = _entry(["ask", "--no-server", "--consumer", "demo-p2", "--json", "what is a normal inr for him"], data_dir)
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["decision"] in {"answered", "needs_review", "emergency"} and answer["answer"]
    # the turn was committed before the process ended without its teardown: another process reads it
    store = env.store
    conversations = store.for_owners(frozenset({"consumer:demo-p2"}), "demo-p2")
    asked = [c for c in conversations if "what is a normal inr for him" in store.recent_questions(c.id)]
    assert asked, "the turn asked in the other process is not in the store"

    failed = _entry(["ask", "--no-server", "--consumer", "nobody", "hello"], data_dir)
    assert failed.returncode == 2
    assert "no such consumer" in failed.stderr


def test_an_import_that_ends_without_teardown_leaves_its_passages_searchable(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bundle = sorted((Path(__file__).parents[1] / "guide" / "demo" / "bundles").glob("*.json"))[0]
    done = _entry(["careplan", "import", str(bundle)], str(tmp_path))
    assert done.returncode == 0, done.stderr
    consumer = json.loads(bundle.read_text())["entry"][0]["resource"]["id"]
    assert f"imported {bundle.name}: consumer {consumer}" in done.stdout

    from guide.services import Services
    from guide.settings import Settings

    services = Services(Settings(data_dir=tmp_path))
    assert services.store.consumer_ids() == [consumer]
    stored = services.vectors.ids("careplan", where={"consumer_id": consumer})
    passages = int(done.stdout.split(" passages")[0].rsplit(" ", 1)[1])
    assert len(stored) == passages > 0
    near = services.vectors.collection("careplan").query(
        query_embeddings=[services.vectors.query_vector("blood sugar goal")],
        n_results=3,
        where={"consumer_id": consumer},
    )
    assert len(near["ids"][0]) == 3  # its vectors are searchable, not only listed
