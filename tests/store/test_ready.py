"""`/ready` says whether an instance can serve a turn: the database, the vector store and, when one is configured,
the model endpoint; `/health` stays a plain liveness check."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from devservers.servers import free_port
from guide.services import Services
from guide.settings import Settings
from guide.web.app import create_app


@pytest.fixture
def models_endpoint() -> Iterator[str]:
    """An OpenAI-compatible endpoint that lists one model (GET /v1/models), as vLLM does."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            ok = self.path == "/v1/models"
            self.send_response(200 if ok else 404)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(b'{"object": "list", "data": [{"id": "test-model"}]}' if ok else b"{}")

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()


def ready(settings: Settings) -> tuple[int, dict[str, object]]:
    with TestClient(create_app(services=Services(settings))) as client:
        response = client.get("/ready")
        assert client.get("/health").status_code == 200  # liveness does not depend on the stores
    return response.status_code, response.json()


def test_an_instance_on_reachable_stores_is_ready(store_settings: Settings) -> None:
    assert ready(store_settings) == (200, {"status": "ready", "checks": {"database": "ok", "vector_store": "ok"}})


def test_an_unreachable_chroma_server_makes_the_instance_not_ready(store_settings: Settings) -> None:
    settings = store_settings.model_copy(update={"store_mode": "server", "chroma_port": free_port()})
    code, body = ready(settings)
    assert code == 503 and body["status"] == "not_ready"
    assert body["checks"]["database"] == "ok"  # type: ignore[index]
    assert str(body["checks"]["vector_store"]).startswith("unavailable")  # type: ignore[index]


def test_the_model_endpoint_is_checked_only_when_one_is_configured(
    store_settings: Settings, models_endpoint: str
) -> None:
    llm = {"llm_mode": "openai", "openai_base_url": models_endpoint, "openai_api_key": SecretStr("k")}
    assert ready(store_settings.model_copy(update=llm))[1]["checks"] == {
        "database": "ok",
        "vector_store": "ok",
        "model": "ok",
    }
    gone = llm | {"openai_base_url": f"http://127.0.0.1:{free_port()}/v1"}
    code, body = ready(store_settings.model_copy(update=gone))
    assert code == 503 and str(body["checks"]["model"]).startswith("unavailable")  # type: ignore[index]
