"""Warm-up runs one full synthetic turn through the service's own pipeline and leaves no trace (issue 19)."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import func, select

from guide.services import WARM_UP_QUESTION, _WarmUpStore, synthetic_turn, warm_up
from guide.store.db.models import AuditEventRow, ConversationRow, MessageRow, ReportedModalityRow, ReviewItemRow

ROWS = (ConversationRow, MessageRow, ReviewItemRow, AuditEventRow, ReportedModalityRow)


def _counts(services) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with services.db.session() as s:
        return {row.__name__: s.scalar(select(func.count()).select_from(row)) or 0 for row in ROWS}


def test_the_synthetic_turn_reaches_a_decision_and_writes_nothing(demo_services) -> None:  # type: ignore[no-untyped-def]
    before = _counts(demo_services)
    result = synthetic_turn(demo_services)
    assert result.decision in {"answered", "needs_review", "emergency"}
    assert result.answer, "the turn produced no reply"
    assert _counts(demo_services) == before


def test_the_synthetic_consumer_carries_no_identifier() -> None:
    plan = _WarmUpStore().plan
    consumer = plan.consumer
    assert not consumer.name.full.strip()
    assert not (consumer.birth_date or consumer.phones or consumer.emails or consumer.address or consumer.identifiers)
    assert not plan.designees and not plan.care_team


def test_warm_up_runs_the_turn_once_with_the_real_stages(demo_services, monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    real = type(demo_services.pipeline).ask

    def counting(self, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(kwargs["question"])
        return real(self, **kwargs)

    monkeypatch.setattr(type(demo_services.pipeline), "ask", counting)
    before = _counts(demo_services)
    with caplog.at_level(logging.WARNING):
        warm_up(demo_services)
    assert asked == [WARM_UP_QUESTION]
    assert "warm-up turn failed" not in caplog.text
    assert _counts(demo_services) == before


def test_a_failing_warm_up_turn_is_logged_and_start_up_goes_on(demo_services, monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    def broken(self, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("boom")

    monkeypatch.setattr(type(demo_services.pipeline), "ask", broken)
    with caplog.at_level(logging.WARNING):
        warm_up(demo_services)
    assert "warm-up turn failed (RuntimeError)" in caplog.text


@pytest.mark.parametrize("method", ["get", "versioned_plan", "recent_questions", "last_reply", "record_turn"])
def test_the_warm_up_store_has_what_the_pipeline_asks_of_a_store(method: str) -> None:
    from guide.store.conversations import ConversationStore

    assert callable(getattr(_WarmUpStore(), method)) and callable(getattr(ConversationStore, method))
