"""The app's middleware is plain ASGI (no BaseHTTPMiddleware: an extra task and memory streams per request), keeps
its headers on every answer, bounds a keep-alive connection's life so requests spread over workers, and a server
process keeps its numeric libraries to their share of the cores."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from starlette.middleware.base import BaseHTTPMiddleware

from guide.services import Services
from guide.settings import Settings
from guide.web.app import create_app
from guide.web.spread import RecycleConnections
from tests.conftest import make_settings

ROOT = Path(__file__).resolve().parents[2]


def app_for(tmp_path: Path, **settings: object) -> FastAPI:
    return create_app(services=Services(make_settings(tmp_path, **settings)))


def test_no_middleware_of_the_app_is_a_base_http_middleware(tmp_path: Path) -> None:
    app = app_for(tmp_path)
    kinds = [m.cls for m in app.user_middleware]
    assert kinds, "the app has no middleware at all"
    assert not any(isinstance(k, type) and issubclass(k, BaseHTTPMiddleware) for k in kinds)
    assert all(m.kwargs.get("dispatch") is None for m in app.user_middleware)


@pytest.mark.parametrize(
    ("path", "status", "cached"),
    [("/health", 200, False), ("/api/v1/conversations/nope/messages", 401, False), ("/favicon.ico", 200, True)],
)
def test_security_headers_are_on_answers_and_errors_alike(tmp_path: Path, path: str, status: int, cached: bool) -> None:
    with TestClient(app_for(tmp_path, dev_auth=False)) as client:
        response = client.get(path)
    assert response.status_code == status
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert (response.headers.get("cache-control") == "no-store") is not cached


def test_hsts_only_with_secure_cookies(tmp_path: Path) -> None:
    with TestClient(app_for(tmp_path / "plain")) as client:
        assert "strict-transport-security" not in client.get("/health").headers
    with TestClient(app_for(tmp_path / "secure", secure_cookies=True)) as client:
        assert client.get("/health").headers["strict-transport-security"].startswith("max-age=")


def test_every_nth_request_of_a_connection_is_answered_with_connection_close(tmp_path: Path) -> None:
    with TestClient(app_for(tmp_path, max_requests_per_connection=3)) as client:  # one client address and port
        closing = [client.get("/health").headers.get("connection") == "close" for _ in range(7)]
    assert closing == [False, False, True, False, False, True, False]


def test_connections_are_never_closed_when_the_limit_is_zero(tmp_path: Path) -> None:
    with TestClient(app_for(tmp_path, max_requests_per_connection=0)) as client:
        assert all("connection" not in client.get("/health").headers for _ in range(40))


def test_requests_from_different_connections_are_counted_apart() -> None:
    recycle = RecycleConnections(FastAPI(), max_requests=2)

    def scope(port: int) -> dict[str, object]:
        return {"type": "http", "client": ("127.0.0.1", port), "server": ("127.0.0.1", 8000)}

    first = [recycle._last_on_connection(scope(p)) for p in (50001, 50002, 50001, 50002, 50001)]
    assert first == [False, False, True, True, False]


def test_onnx_threads_follow_the_worker_limit_unless_set() -> None:
    assert Settings(threads_per_worker=1).embeddings_threads == 1
    assert Settings(threads_per_worker=1, embeddings_threads=2).embeddings_threads == 2
    assert Settings(threads_per_worker=0).embeddings_threads == 0


def test_limit_threads_limits_the_loaded_blas_and_torch_pools_and_the_environment_for_later_ones() -> None:
    script = (
        "import json, os, numpy, torch, threadpoolctl\n"
        "from guide.web.spread import limit_threads\n"
        "limited = limit_threads(1)\n"
        "pools = [p['num_threads'] for p in threadpoolctl.threadpool_info()]\n"
        "print(json.dumps({'limited': limited, 'pools': pools, 'torch': torch.get_num_threads(),"
        " 'omp': os.environ.get('OMP_NUM_THREADS')}))\n"
    )
    env = {"PATH": "/usr/bin:/bin", "HOME": str(ROOT)}  # no inherited thread variables
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=True
    )
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["limited"] == {"blas_openmp": 1, "torch": 1}
    assert seen["pools"] and set(seen["pools"]) == {1}
    assert (seen["torch"], seen["omp"]) == (1, "1")
