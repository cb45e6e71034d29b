"""A turn asked through the API is audited in the turn's own transaction: the event names the reply it audits, and
when the audit cannot be written the turn is not kept either (the caller gets a 500 and may ask again)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event, func, select

from guide.store.db.models import AuditEventRow, MessageRow, ReviewItemRow
from guide.web.app import create_app

ELENA = {"X-Guide-User": "designee:demo-p1-rp1"}
QUESTION = "Can we double her glipizide tonight?"


@pytest.fixture
def client(demo_services: Any) -> Iterator[TestClient]:
    with TestClient(create_app(services=demo_services), raise_server_exceptions=False) as c:
        yield c


def rows(services: Any, model: Any, conversation_id: str) -> int:
    with services.db.session() as s:
        return int(
            s.scalar(select(func.count()).select_from(model).where(model.conversation_id == conversation_id)) or 0
        )


def test_the_turn_audit_event_names_the_reply_and_the_decision(client: TestClient, demo_services: Any) -> None:
    cid = client.post("/api/v1/conversations", json={"consumer_id": "demo-p1"}, headers=ELENA).json()["id"]
    reply = client.post(f"/api/v1/conversations/{cid}/messages", json={"question": QUESTION}, headers=ELENA).json()
    with demo_services.db.session() as s:
        [audited] = s.scalars(select(AuditEventRow).where(AuditEventRow.action == "turn")).all()
    assert (audited.target, audited.consumer_id) == (reply["message_id"], "demo-p1")
    assert audited.detail == {"decision": reply["decision"], "reasons": reply["reasons"], "conversation": cid}


def test_when_the_audit_cannot_be_written_no_part_of_the_turn_is_kept(client: TestClient, demo_services: Any) -> None:
    cid = client.post("/api/v1/conversations", json={"consumer_id": "demo-p1"}, headers=ELENA).json()["id"]

    def refuse(*_args: Any) -> None:
        raise RuntimeError("audit insert failed")

    event.listen(AuditEventRow, "before_insert", refuse)
    try:
        response = client.post(f"/api/v1/conversations/{cid}/messages", json={"question": QUESTION}, headers=ELENA)
    finally:
        event.remove(AuditEventRow, "before_insert", refuse)
    assert response.status_code == 500
    assert rows(demo_services, MessageRow, cid) == 0
    assert rows(demo_services, ReviewItemRow, cid) == 0
