"""Two real `guide serve` processes on one PostgreSQL and one Chroma server behave as one service: a session
started on one is valid on the other, failed sign-ins on both count against one limit, a held reply answered on
one reaches the caregiver polling the other, a re-import is seen by the other on its next turn, and the audit log
is one sequence. Nothing here is shared through process memory: the processes share only the two servers."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from devservers.servers import free_port
from guide.careplan.importer import import_care_plans
from guide.demo.accounts import DEMO_PASSWORD, create_demo_accounts
from guide.services import Services
from guide.store.db.models import AuditEventRow, ReviewItemRow
from tests.conftest import copy_data_dir
from tests.knowledge.test_indexing import _rosa_without_atorvastatin
from tests.store.instances import server_settings
from tests.web.conftest import csrf_of

STARTUP_S = 300  # a cold start loads the embedding model and Presidio; the shared CI machine may be slow


class Instance:
    """One `guide serve` process."""

    def __init__(self, env: dict[str, str], log: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log
        argv = [str(Path(sys.executable).parent / "guide"), "serve", "--host", "127.0.0.1", "--port", str(self.port)]
        self.process = subprocess.Popen(argv, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT)

    def wait_ready(self) -> None:
        deadline = time.monotonic() + STARTUP_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"guide serve exited: {self.log.read_text()[-3000:]}")
            try:
                if httpx.get(f"{self.url}/ready", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        pytest.fail(f"guide serve was not ready in {STARTUP_S} s: {self.log.read_text()[-3000:]}")

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=120, follow_redirects=False)

    def stop(self) -> int | None:
        self.process.terminate()  # SIGTERM: uvicorn's graceful shutdown
        try:
            return self.process.wait(60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            return None


@pytest.fixture(scope="module")
def shared(server_indexed: dict[str, object], indexed_dir: Path, tmp_path_factory) -> Iterator[Services]:  # type: ignore[no-untyped-def]
    """One PostgreSQL database and one set of Chroma collections with the demo data and accounts."""
    data_dir = tmp_path_factory.mktemp("two-instances")
    copy_data_dir(indexed_dir, data_dir / "data", skip=("chroma", "guide.db*"))
    settings = server_settings(server_indexed, data_dir / "data")
    services = Services(settings)
    create_demo_accounts(services)
    yield services
    services.db.engine.dispose()


@pytest.fixture(scope="module")
def instances(shared: Services, tmp_path_factory) -> Iterator[tuple[Instance, Instance]]:  # type: ignore[no-untyped-def]
    """Two `guide serve` processes with the same settings, each with its own data folder (no file is shared)."""
    s = shared.settings
    started = []
    for name in ("a", "b"):
        own = tmp_path_factory.mktemp(f"instance-{name}")
        shutil.copy(s.sentence_vectors_path, own / s.sentence_vectors_path.name)
        env = {
            **os.environ,
            "GUIDE_ENV": "test",
            "GUIDE_DATA_DIR": str(own),
            "GUIDE_DATABASE_URL": s.sqlalchemy_url,
            "GUIDE_STORE_MODE": "server",
            "GUIDE_CHROMA_HOST": s.chroma_host,
            "GUIDE_CHROMA_PORT": str(s.chroma_port),
            "GUIDE_COLLECTION_PREFIX": s.collection_prefix,
            "GUIDE_EMBEDDINGS_THREADS": "1",
        }
        started.append(Instance(env, own / "serve.log"))
    try:
        for instance in started:
            instance.wait_ready()
    except BaseException:
        for instance in started:
            instance.stop()
        raise
    yield started[0], started[1]
    codes = [instance.stop() for instance in started]  # every process stopped before anything is asserted
    for instance, code in zip(started, codes, strict=True):
        log = instance.log.read_text()
        # uvicorn finishes what is in flight, shuts the app down, then re-raises SIGTERM (exit -15) as it should
        assert code in (0, -15) and "Application shutdown complete" in log, f"no graceful shutdown: {log[-2000:]}"


def sign_in(client: httpx.Client, username: str, password: str = DEMO_PASSWORD) -> httpx.Response:
    token = csrf_of(client.get("/login").text)
    return client.post("/login", data={"username": username, "password": password, "csrf_token": token})


def api_csrf(client: httpx.Client, consumer: str = "demo-p1") -> dict[str, str]:
    return {"X-CSRF-Token": csrf_of(client.get(f"/chat/{consumer}").text)}


def test_both_instances_are_ready_on_the_shared_servers(instances: tuple[Instance, Instance]) -> None:
    for instance in instances:
        body = httpx.get(f"{instance.url}/ready", timeout=10).json()
        assert body == {"status": "ready", "checks": {"database": "ok", "vector_store": "ok"}}


def test_a_session_started_on_one_instance_works_on_the_other(instances: tuple[Instance, Instance]) -> None:
    a, b = instances
    with a.client() as on_a, b.client() as on_b:
        assert sign_in(on_a, "elena").status_code == 303
        on_b.cookies = on_a.cookies  # the load balancer sends the next request elsewhere
        page = on_b.get("/chat/demo-p1")
        assert page.status_code == 200 and 'name="csrf_token"' in page.text
        assert on_b.post("/logout", data={"csrf_token": csrf_of(page.text)}).status_code == 303
        assert on_a.get("/chat/demo-p1").status_code in (303, 401)  # signed out everywhere


def test_failed_sign_ins_on_both_instances_count_against_one_limit(instances: tuple[Instance, Instance]) -> None:
    a, b = instances
    codes = []
    for n in range(6):
        with (a if n % 2 == 0 else b).client() as client:
            codes.append(sign_in(client, "rosa", "not-the-password").status_code)
    assert 429 in codes, codes  # five failures across the two, then the shared wait


def test_a_held_reply_answered_on_one_instance_reaches_the_caregiver_polling_the_other(
    instances: tuple[Instance, Instance], shared: Services
) -> None:
    a, b = instances
    with a.client() as caregiver, b.client() as nurse:
        sign_in(caregiver, "elena")
        csrf = api_csrf(caregiver)
        conversation = caregiver.post("/api/v1/conversations", json={"consumer_id": "demo-p1"}, headers=csrf).json()
        asked = caregiver.post(
            f"/api/v1/conversations/{conversation['id']}/messages",
            json={"question": "Should we double her metformin dose tonight?"},
            headers=csrf,
        ).json()
        assert asked["decision"] == "needs_review"
        with shared.db.session() as s:
            item_id = s.scalar(select(ReviewItemRow.id).where(ReviewItemRow.conversation_id == conversation["id"]))
        sign_in(nurse, "nurse.lindqvist")
        form = csrf_of(nurse.get(f"/review/{item_id}").text)
        answer = "Keep the usual dose tonight; I will call you in the morning."
        done = nurse.post(f"/review/{item_id}", data={"action": "replace", "text": answer, "csrf_token": form})
        assert done.status_code == 303, done.text[:500]
        polled = caregiver.get(f"/api/v1/conversations/{conversation['id']}/updates", params={"after": 0}).json()
    assert asked["message_id"] in polled["resolved"]
    assert [m["content"] for m in polled["answers"]] == [answer]


def test_a_reimport_is_seen_by_the_other_instance_on_its_next_turn(
    instances: tuple[Instance, Instance], shared: Services, tmp_path: Path
) -> None:
    a, b = instances

    def cited_atorvastatin(instance: Instance) -> bool:
        with instance.client() as client:
            sign_in(client, "elena")
            csrf = api_csrf(client)
            created = client.post("/api/v1/conversations", json={"consumer_id": "demo-p1"}, headers=csrf).json()
            turn = client.post(
                f"/api/v1/conversations/{created['id']}/messages",
                json={"question": "When does she take her atorvastatin?"},
                headers=csrf,
            ).json()
        return any(c["id"].endswith(":p1-ator") for c in turn["citations"])

    assert cited_atorvastatin(b)  # B has now read, and keeps, the plan version it saw
    import_care_plans(shared, [_rosa_without_atorvastatin(tmp_path)])  # an import beside the two (a third process)
    assert not cited_atorvastatin(b)
    assert not cited_atorvastatin(a)


def test_the_audit_log_of_both_instances_is_one_sequence(
    instances: tuple[Instance, Instance], shared: Services
) -> None:
    with shared.db.session() as s:
        events = list(s.scalars(select(AuditEventRow).order_by(AuditEventRow.id)))
    ids = [e.id for e in events]
    assert len(ids) == len(set(ids)) and ids == sorted(ids)
    assert {"sign_in", "sign_in_failed", "review_action", "turn"} <= {e.action for e in events}
