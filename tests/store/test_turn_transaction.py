"""A turn's writes are one transaction on each backend: question, reply, review item and the "turn" audit event
commit together, and when any of them fails none of them is kept (nothing half-recorded, no audit of a turn that
is not there, no turn without its audit)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.exc import IntegrityError

from guide.services import Services
from guide.settings import Settings
from guide.store.accounts import Principal
from guide.store.audit import AuditQuery, turn_asked_by
from guide.store.db.models import AuditEventRow, MessageRow, ReviewItemRow
from tests.store.test_stores import CONSUMER, DESIGNEE, OWNER, held_turn, seed_consumer

ASKER = Principal(user_id="u-asker", username="asker", display_name="Asker", role="caregiver")


@pytest.fixture
def services(store_settings: Settings) -> Services:
    services = Services(store_settings)
    seed_consumer(services)
    return services


def counts(services: Services, conversation_id: str) -> dict[str, int]:
    """Rows of each kind the database holds for this conversation (and turn audit events overall)."""
    with services.db.session() as s:
        return {
            "messages": s.scalar(
                select(func.count()).select_from(MessageRow).where(MessageRow.conversation_id == conversation_id)
            )
            or 0,
            "reviews": s.scalar(
                select(func.count()).select_from(ReviewItemRow).where(ReviewItemRow.conversation_id == conversation_id)
            )
            or 0,
            "turn_events": s.scalar(
                select(func.count()).select_from(AuditEventRow).where(AuditEventRow.action == "turn")
            )
            or 0,
        }


@pytest.fixture
def failing_audit_insert() -> Iterator[None]:
    """The audit event's INSERT fails, as a full disk or a lost connection would make it (the outer edge only)."""

    def refuse(*_args: Any) -> None:
        raise RuntimeError("audit insert failed")

    event.listen(AuditEventRow, "before_insert", refuse)
    try:
        yield
    finally:
        event.remove(AuditEventRow, "before_insert", refuse)


def test_a_turn_asked_by_someone_is_recorded_with_its_audit_event(services: Services) -> None:
    conversation = services.store.create(consumer_id=CONSUMER, designee_id=DESIGNEE, owner=OWNER)
    with turn_asked_by(ASKER):
        message_id = services.store.record_turn(held_turn(conversation.id))
    assert counts(services, conversation.id) == {"messages": 2, "reviews": 1, "turn_events": 1}
    [audited] = services.audit.events(AuditQuery(action="turn"))
    assert (audited.actor_id, audited.actor_role, audited.consumer_id) == ("u-asker", "caregiver", CONSUMER)
    assert audited.target == message_id
    assert audited.detail == {
        "decision": "needs_review",
        "reasons": ["medication_change"],
        "conversation": conversation.id,
    }


def test_the_audit_event_carries_the_reasons_the_reader_was_shown_not_the_withheld_ones(services: Services) -> None:
    conversation = services.store.create(consumer_id=CONSUMER, designee_id=DESIGNEE, owner=OWNER)
    turn = held_turn(conversation.id)
    turn.reasons, turn.shown_reasons = ["interaction:sertraline"], ["interaction:withheld"]
    with turn_asked_by(ASKER):
        services.store.record_turn(turn)
    [audited] = services.audit.events(AuditQuery(action="turn"))
    assert audited.detail["reasons"] == ["interaction:withheld"]


def test_a_turn_recorded_outside_a_request_writes_no_audit_event(services: Services) -> None:
    conversation = services.store.create(consumer_id=CONSUMER, designee_id=DESIGNEE, owner=OWNER)
    services.store.record_turn(held_turn(conversation.id))  # as the eval sampler and `guide ask` record turns
    assert counts(services, conversation.id) == {"messages": 2, "reviews": 1, "turn_events": 0}


def test_when_the_turn_write_fails_its_audit_event_is_not_committed(services: Services) -> None:
    conversation = services.store.create(consumer_id=CONSUMER, designee_id=DESIGNEE, owner=OWNER)
    turn = held_turn(conversation.id)
    turn.mentioned = [None]  # type: ignore[list-item]  # a reported modality without an agent: NOT NULL refuses it
    with turn_asked_by(ASKER), pytest.raises(IntegrityError):
        services.store.record_turn(turn)
    assert counts(services, conversation.id) == {"messages": 0, "reviews": 0, "turn_events": 0}


def test_when_the_audit_write_fails_the_turn_and_its_review_item_are_not_committed(
    services: Services, failing_audit_insert: None
) -> None:
    conversation = services.store.create(consumer_id=CONSUMER, designee_id=DESIGNEE, owner=OWNER)
    with turn_asked_by(ASKER), pytest.raises(RuntimeError, match="audit insert failed"):
        services.store.record_turn(held_turn(conversation.id))
    assert counts(services, conversation.id) == {"messages": 0, "reviews": 0, "turn_events": 0}


def test_after_a_failed_write_the_next_turn_takes_the_positions_the_failed_one_did_not_keep(
    services: Services,
) -> None:
    conversation = services.store.create(consumer_id=CONSUMER, designee_id=DESIGNEE, owner=OWNER)
    broken = held_turn(conversation.id, "first")
    broken.mentioned = [None]  # type: ignore[list-item]
    with turn_asked_by(ASKER):
        with pytest.raises(IntegrityError):
            services.store.record_turn(broken)
        services.store.record_turn(held_turn(conversation.id, "second"))
    thread = services.store.thread(services.store.get(conversation.id, owner=OWNER))
    assert [(m.seq, m.role, m.content) for m in thread][:1] == [(1, "user", "second")]
    assert counts(services, conversation.id) == {"messages": 2, "reviews": 1, "turn_events": 1}


def test_the_asker_is_forgotten_when_the_block_ends(services: Services) -> None:
    conversation = services.store.create(consumer_id=CONSUMER, designee_id=DESIGNEE, owner=OWNER)
    with turn_asked_by(ASKER):
        pass
    services.store.record_turn(held_turn(conversation.id))
    assert counts(services, conversation.id)["turn_events"] == 0
