"""Concurrency with real threads over real SQLite: one conversation's thread stays in order however many questions
arrive at once, and a review item takes exactly one clinician's answer. Each test names the OWASP ASVS 4.0
requirement it covers (V11.1.6: business logic concurrency, shared resources protected against races).

`RACE_RUNS=100 pytest tests/security/test_races.py` runs each race 100 times in a row in one session."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from guide.errors import ConflictError
from guide.services import Services
from guide.store.db.models import MessageRow, ReviewItemRow
from guide.store.db.session import Database
from tests.conftest import copy_data_dir, make_settings
from tests.fakes.reviews import review_items

RUNS = range(int(os.environ.get("RACE_RUNS", "1")))
OWNER = "designee:demo-p1-rp1"
CLINICIANS = {"nurse.race": "Tomas Lindqvist, RN", "dr.race": "Dr. Hannah Feldman"}
QUESTIONS = [
    "What time should she take her metformin?",
    "How often should we check her blood sugar?",
    "What should her sugar be before breakfast?",
    "Can she go for a walk after dinner?",
    "Which foods keep her sugar steady?",
    "Who do we call about her medicines?",
    "How much water should she drink in a day?",
    "What should we do if she feels shaky?",
]


def _at_once(calls: list[Callable[[], Any]]) -> list[Any]:
    """Run every call in its own thread, released together; each result, or the exception it raised."""
    start = threading.Barrier(len(calls))

    def run(call: Callable[[], Any]) -> Any:
        start.wait()
        try:
            return call()
        except Exception as e:
            return e

    with ThreadPoolExecutor(len(calls)) as pool:
        return list(pool.map(run, calls))


@pytest.fixture(scope="module")
def services(indexed_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Services:
    """A private copy of the indexed demo data for this module, with two clinicians on demo-p1's care team; every
    run races in a conversation of its own."""
    data_dir = tmp_path_factory.mktemp("races") / "data"
    copy_data_dir(indexed_dir, data_dir)
    services = Services(make_settings(data_dir))
    for username, name in CLINICIANS.items():
        user_id = services.accounts.create_user(
            username=username, password="a-clinician-password", role="clinician", display_name=name
        )
        services.accounts.add_to_care_team(user_id, "demo-p1")
    return services


def _conversation(services: Services) -> str:
    return services.store.create(consumer_id="demo-p1", designee_id="demo-p1-rp1", owner=OWNER).id


@pytest.mark.parametrize("run", RUNS)
def test_eight_questions_at_once_give_one_position_each_and_every_reply_follows_its_question(
    services: Services, run: int
) -> None:
    """ASVS V11.1.6: concurrent turns in one conversation take unique positions 1..16, question then its reply."""
    conversation_id = _conversation(services)

    def ask(question: str) -> Callable[[], Any]:
        return lambda: services.pipeline.ask(conversation_id=conversation_id, question=question, owner=OWNER)

    results = _at_once([ask(q) for q in QUESTIONS])
    assert not [r for r in results if isinstance(r, Exception)]
    reply_to = {r.message_id: q for q, r in zip(QUESTIONS, results, strict=True)}
    thread = services.store.messages(conversation_id)
    assert [m.seq for m in thread] == list(range(1, 17))
    for question, reply in zip(thread[::2], thread[1::2], strict=True):
        assert (question.role, reply.role) == ("user", "assistant")
        assert reply_to[reply.id] == question.content, "a reply follows its own question"
    assert {m.content for m in thread[::2]} == set(QUESTIONS)


@pytest.fixture
def review_item(services: Services) -> tuple[str, str]:
    """A held reply of Elena's about demo-p1, in a conversation of its own: the item's id and the conversation's."""
    conversation_id = _conversation(services)
    held = services.pipeline.ask(
        conversation_id=conversation_id, question="Should we double her metformin dose tonight?", owner=OWNER
    )
    assert held.decision == "needs_review"
    [item] = [i for i in review_items(services.store, "demo-p1") if i.conversation_id == conversation_id]
    return item.id, conversation_id


def _resolve_together(services: Services, item_id: str) -> dict[str, Any]:
    users = {u.username: u.id for u in services.accounts.users()}

    def resolve(username: str) -> Callable[[], Any]:
        return lambda: services.review.resolve(
            item_id,
            consumers=frozenset({"demo-p1"}),
            reviewer_id=users[username],
            action="replace",
            text=f"Please keep the usual dose; {CLINICIANS[username]} will call tonight.",
        )

    return dict(zip(CLINICIANS, _at_once([resolve(name) for name in CLINICIANS]), strict=True))


def _assert_one_answer(services: Services, item_id: str, conversation_id: str, outcomes: dict[str, Any]) -> None:
    winners = [name for name, outcome in outcomes.items() if isinstance(outcome, str)]
    assert len(winners) == 1, outcomes
    [loser] = set(outcomes) - set(winners)
    refusal = outcomes[loser]
    assert isinstance(refusal, ConflictError), refusal
    assert str(refusal) == f"this item was already answered by {CLINICIANS[winners[0]]}"
    answers = [m for m in services.store.messages(conversation_id) if m.role == "clinician"]
    assert [m.id for m in answers] == [outcomes[winners[0]]], "the family receives exactly one answer"
    assert CLINICIANS[winners[0]] in answers[0].content
    with services.db.session() as s:
        item = s.get(ReviewItemRow, item_id)
        assert item is not None and (item.status, item.reply_message_id) == ("resolved", answers[0].id)


@pytest.mark.parametrize("run", RUNS)
def test_two_clinicians_answering_one_item_at_once_send_exactly_one_answer(
    services: Services, review_item: tuple[str, str], run: int
) -> None:
    """ASVS V11.1.6: resolving a review item is one conditional update; the second clinician is told who was first."""
    item_id, conversation_id = review_item
    _assert_one_answer(services, item_id, conversation_id, _resolve_together(services, item_id))


@pytest.mark.parametrize("run", RUNS)
def test_two_clinicians_who_both_saw_the_item_open_still_send_exactly_one_answer(
    services: Services, review_item: tuple[str, str], run: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ASVS V11.1.6: the reported interleaving, forced: both read the item as open, then both write."""
    item_id, conversation_id = review_item
    both_read_open = threading.Barrier(2)
    redact = services.review.redact.text

    def redact_after_both_read(*args: Any, **kwargs: Any) -> Any:
        both_read_open.wait(timeout=60)  # each has passed the "still open?" check before either writes
        return redact(*args, **kwargs)

    monkeypatch.setattr(services.review.redact, "text", redact_after_both_read)
    _assert_one_answer(services, item_id, conversation_id, _resolve_together(services, item_id))


def _database_at(tmp_path: Path, revision: str) -> Database:
    from alembic import command

    from guide.store.db.session import alembic_config

    database = Database(make_settings(tmp_path))
    config = alembic_config(database.engine.url.render_as_string(hide_password=False))
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    return database


def test_the_migration_renumbers_a_thread_the_old_race_interleaved_and_keeps_every_row(tmp_path: Path) -> None:
    """ASVS V11.1.6: threads written before the fix get unique positions, each reply after its question, and the
    table change deletes nothing that refers to a message (SQLite rebuilds would cascade)."""
    database = _database_at(tmp_path, "0002")
    messages = [  # two turns raced for positions 0 and 1, then one more turn
        ("q1", 0, "user", "01"),
        ("q2", 0, "user", "02"),
        ("r1", 1, "assistant", "03"),
        ("r2", 1, "assistant", "04"),
        ("q3", 2, "user", "05"),
        ("r3", 3, "assistant", "06"),
    ]
    with database.engine.begin() as c:
        c.exec_driver_sql(
            "INSERT INTO consumers (id, plan, source, content_hash, vault, updated_at) "
            "VALUES ('c1', '{}', '', '', '{}', '2026-01-01')"
        )
        c.exec_driver_sql(
            "INSERT INTO conversations (id, consumer_id, owner, vault, created_at) "
            "VALUES ('k1', 'c1', 'o', '{}', '2026-01-01')"
        )
        for mid, seq, role, second in messages:
            c.exec_driver_sql(
                "INSERT INTO messages (id, conversation_id, seq, role, content, redacted, reasons, citations, "
                f"created_at) VALUES ('{mid}', 'k1', {seq}, '{role}', '', '', '[]', '[]', '2026-01-01 00:00:{second}')"
            )
        c.exec_driver_sql(
            "INSERT INTO review_items (id, conversation_id, message_id, consumer_id, urgency, status, reasons, draft, "
            "created_at) VALUES ('i1', 'k1', 'r2', 'c1', 'routine', 'open', '[]', '', '2026-01-01')"
        )
        c.exec_driver_sql(
            "INSERT INTO feedback (message_id, user_id, rating, comment, created_at) "
            "VALUES ('r1', 'u1', 1, '', '2026-01-01')"
        )
    database.migrate()
    with database.session() as s:
        thread = s.scalars(select(MessageRow).order_by(MessageRow.seq)).all()
        assert [(m.id, m.seq) for m in thread] == [("q1", 0), ("r1", 1), ("q2", 2), ("r2", 3), ("q3", 4), ("r3", 5)]
        assert s.get(ReviewItemRow, "i1") is not None
    with database.engine.connect() as c:
        assert c.exec_driver_sql("SELECT count(*) FROM feedback").scalar() == 1
        assert c.exec_driver_sql("SELECT last_seq FROM conversations").scalar() == 5
