"""Every relational store on each backend (SQLite, a real PostgreSQL): accounts, sessions, sign-in limits, audit,
conversations, the review queue, consent and feedback. Two `Services` on one database stand for two app instances:
what one writes, the other reads from the database, never from its own memory."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select

from guide.careplan.fhir_import import read_bundles
from guide.demo import demo_bundles
from guide.errors import ConflictError, InvalidInputError
from guide.review.queue import ReviewQueue
from guide.services import Services
from guide.settings import Settings
from guide.store.accounts import Accounts, SignInError, TooManyAttemptsError
from guide.store.audit import AuditQuery
from guide.store.conversations import TurnRecord
from guide.store.db.models import ConsumerRow, DesigneeRow, FeedbackRow
from guide.turn.redact import RedactStage
from redaction import PseudonymVault, Redactor
from tests.fakes.reviews import review_items

CONSUMER, DESIGNEE = "demo-p1", "demo-p1-rp1"
OWNER = f"designee:{DESIGNEE}"
PASSWORD = "a-long-enough-password"


def cheap_accounts(services: Services, **limits: int) -> Accounts:
    """The real accounts store with the cheapest argon2 parameters (the hashing is not what is tested here)."""
    return Accounts(services.db, hasher=PasswordHasher(time_cost=1, memory_cost=8, parallelism=1), **limits)


def seed_consumer(services: Services) -> None:
    """The first demo consumer's plan and designees, written as an import writes them (no vectors needed here)."""
    plan = next(b.plan for b in read_bundles(demo_bundles()) if b.plan.consumer.id == CONSUMER)
    with services.db.session() as s:
        row = ConsumerRow(id=CONSUMER, plan=json.loads(plan.model_dump_json()), source="test", content_hash="v1")
        row.designees = [
            DesigneeRow(id=d.id, display_name=d.name.full, scopes=sorted(x.value for x in d.scopes))
            for d in plan.designees
        ]
        s.add(row)


def held_turn(conversation_id: str, question: str = "Can she double her metformin tonight?") -> TurnRecord:
    return TurnRecord(
        conversation_id=conversation_id,
        question=question,
        redacted_question=question,
        reply="The care team will answer; meanwhile keep the usual dose.",
        decision="needs_review",
        reasons=["medication_change"],
        citations=[],
        draft="Keep the dose the plan gives; the team will call.",
        vault=PseudonymVault().to_dict(),
        mentioned=["metformin"],
    )


@pytest.fixture
def two(store_settings: Settings) -> tuple[Services, Services]:
    """Two instances on one database."""
    return Services(store_settings), Services(store_settings)


def test_the_schema_is_at_the_newest_migration_on_each_backend(two: tuple[Services, Services], db_backend: str) -> None:
    from guide.store.db.session import current_revision, head_revision

    a, _ = two
    assert a.db.engine.dialect.name == db_backend
    assert current_revision(a.db.engine) == head_revision()


def test_a_session_started_on_one_instance_is_valid_on_the_other_until_signed_out(
    two: tuple[Services, Services],
) -> None:
    a, b = (cheap_accounts(s) for s in two)
    a.create_user(username="elena", password=PASSWORD, role="caregiver")
    signed = a.sign_in("elena", PASSWORD, client="10.0.0.1")
    seen = b.session(signed.token)
    assert seen is not None and seen[0].username == "elena" and seen[1] == signed.csrf_token
    b.sign_out(signed.token)
    assert a.session(signed.token) is None


def test_failed_sign_ins_on_both_instances_count_against_one_limit(two: tuple[Services, Services]) -> None:
    a, b = (cheap_accounts(s, max_failures=4) for s in two)
    a.create_user(username="elena", password=PASSWORD, role="caregiver")
    for accounts in (a, b, a, b):
        with pytest.raises(SignInError):
            accounts.sign_in("elena", "wrong-password", client="10.0.0.9")
    with pytest.raises(TooManyAttemptsError) as refused:
        b.sign_in("elena", PASSWORD, client="10.0.0.9")  # right password, but the fifth try comes too soon
    assert refused.value.retry_after >= 1


def test_the_address_limit_is_shared_across_usernames_and_instances(two: tuple[Services, Services]) -> None:
    a, b = (cheap_accounts(s, address_max_failures=3) for s in two)
    for accounts, name in ((a, "u1"), (b, "u2"), (a, "u3")):
        with pytest.raises(SignInError):
            accounts.sign_in(name, "wrong-password", client="203.0.113.5")
    with pytest.raises(TooManyAttemptsError):
        b.sign_in("u4", "wrong-password", client="203.0.113.5")
    with pytest.raises(SignInError):  # another address is not limited
        b.sign_in("u4", "wrong-password", client="203.0.113.6")


def test_a_taken_username_is_refused_whichever_instance_created_it(two: tuple[Services, Services]) -> None:
    a, b = (cheap_accounts(s) for s in two)
    a.create_user(username="Rosa", password=PASSWORD, role="caregiver")
    with pytest.raises(InvalidInputError):
        b.create_user(username="rosa", password=PASSWORD, role="caregiver")


def test_audit_events_from_two_instances_form_one_increasing_sequence(two: tuple[Services, Services]) -> None:
    a, b = two
    for n in range(6):
        (a if n % 2 == 0 else b).audit.record("turn", actor_id=f"user{n}", consumer_id=CONSUMER, detail={"n": n})
    events = b.audit.events(AuditQuery(action="turn"))
    assert [e.detail["n"] for e in events] == [5, 4, 3, 2, 1, 0]  # newest first, by the one sequence
    ids = [e.id for e in reversed(events)]
    assert ids == sorted(set(ids))
    assert a.audit.events(AuditQuery(actor_id="user3"))[0].detail == {"n": 3}
    since = a.audit.events(AuditQuery(since=datetime.now(UTC) - timedelta(minutes=5)))
    assert len(since) == 6


def test_an_unknown_audit_action_is_refused(two: tuple[Services, Services]) -> None:
    with pytest.raises(ValueError):
        two[0].audit.record("delete_everything", actor_id=None)


def test_turns_written_by_both_instances_take_consecutive_positions(two: tuple[Services, Services]) -> None:
    a, b = two
    seed_consumer(a)
    conversation = a.store.create(consumer_id=CONSUMER, designee_id=DESIGNEE, owner=OWNER)
    for n, services in enumerate((a, b, a)):
        services.store.record_turn(held_turn(conversation.id, f"question {n}"))
    thread = b.store.thread(b.store.get(conversation.id, owner=OWNER))
    seqs = [m.seq for m in thread]
    assert seqs == list(range(seqs[0], seqs[0] + 6))
    assert [m.content for m in thread if m.role == "user"] == ["question 0", "question 1", "question 2"]
    assert [m.role for m in thread] == ["user", "assistant"] * 3
    assert len(a.review.open_items(frozenset({CONSUMER}))) == 3
    assert b.store.for_owners(frozenset({OWNER}), CONSUMER)[0].id == conversation.id


def test_a_held_reply_answered_on_one_instance_is_in_the_thread_the_other_reads(
    two: tuple[Services, Services],
) -> None:
    a, b = two
    seed_consumer(a)
    for services in two:  # known identifiers only: Presidio is not what this test is about
        services.review = ReviewQueue(services.store, RedactStage(Redactor(allow_list=[], detect=False)))
    conversation = a.store.create(consumer_id=CONSUMER, designee_id=DESIGNEE, owner=OWNER)
    a.store.record_turn(held_turn(conversation.id))
    (item,) = b.review.open_items(frozenset({CONSUMER}))
    clinician = cheap_accounts(b).create_user(username="nurse", password=PASSWORD, role="clinician")
    b.review.resolve(item.id, consumers=frozenset({CONSUMER}), reviewer_id=clinician, action="approve")
    thread = a.store.thread(a.store.get(conversation.id, owner=OWNER))
    assert thread[-1].role == "clinician"
    assert thread[-1].content == "Keep the dose the plan gives; the team will call."
    assert [m.review for m in thread if m.review] == ["resolved"] and a.review.open_items(frozenset({CONSUMER})) == []
    with pytest.raises(ConflictError):
        a.review.resolve(item.id, consumers=frozenset({CONSUMER}), reviewer_id=clinician, action="approve")


def test_consent_changed_on_one_instance_applies_to_the_plan_the_other_reads(two: tuple[Services, Services]) -> None:
    a, b = two
    seed_consumer(a)
    granted, revoked = a.consent.set_scopes(CONSUMER, DESIGNEE, {"medications"})
    assert "medications" not in revoked
    designee = next(d for d in b.store.plan(CONSUMER).designees if d.id == DESIGNEE)
    assert {s.value for s in designee.scopes} == {"medications"}
    (row,) = [d for d in b.consent.designees(CONSUMER) if d.designee_id == DESIGNEE]
    assert row.scopes == frozenset({"medications"}) and row.set_in_app


def test_feedback_is_stored_once_per_call_and_only_on_replies(two: tuple[Services, Services]) -> None:
    a, b = two
    seed_consumer(a)
    conversation = a.store.create(consumer_id=CONSUMER, designee_id=DESIGNEE, owner=OWNER)
    reply_id = a.store.record_turn(held_turn(conversation.id))
    b.store.add_feedback(conversation_id=conversation.id, message_id=reply_id, user_id="u1", rating=-1, comment=" no ")
    question_id = next(m.id for m in a.store.messages(conversation.id) if m.role == "user")
    with pytest.raises(Exception, match="no such reply"):
        a.store.add_feedback(
            conversation_id=conversation.id, message_id=question_id, user_id="u1", rating=1, comment=""
        )
    with a.db.session() as s:
        rows = list(s.scalars(select(FeedbackRow)))
        assert [(r.message_id, r.rating, r.comment) for r in rows] == [(reply_id, -1, "no")]
        assert s.scalar(select(func.count()).select_from(FeedbackRow)) == 1


def test_the_queue_comes_a_page_at_a_time_urgent_first_then_the_longest_waiting(
    two: tuple[Services, Services],
) -> None:
    a, _ = two
    seed_consumer(a)
    queue = ReviewQueue(a.store, RedactStage(Redactor(allow_list=[], detect=False)))
    conversation = a.store.create(consumer_id=CONSUMER, designee_id=DESIGNEE, owner=OWNER)
    for n in range(7):
        turn = held_turn(conversation.id, f"question {n}")
        turn.urgency = "urgent" if n in (3, 5) else "routine"
        a.store.record_turn(turn)
    consumers = frozenset({CONSUMER})
    first = queue.queue_page(consumers, offset=0, limit=3)
    assert [e.question for e in first.entries] == ["question 3", "question 5", "question 0"]
    assert (first.total, first.urgent, first.has_older) == (7, 2, True)
    last = queue.queue_page(consumers, offset=6, limit=3)
    assert [e.question for e in last.entries] == ["question 6"] and not last.has_older
    every = [e.question for e in queue.open_items(consumers)]
    assert every == ["question 3", "question 5", "question 0", "question 1", "question 2", "question 4", "question 6"]
    assert queue.queue_page(frozenset({"someone-else"})).total == 0


def test_two_turns_begun_from_the_same_vault_keep_each_ones_names(two: tuple[Services, Services]) -> None:
    """Two turns of one conversation at once (two tabs): each redacted with a copy of the vault read at its start, so
    both named a different person <PERSON_1>. The second written must not take the first one's name away."""
    a, b = two
    seed_consumer(a)
    conversation = a.store.create(consumer_id=CONSUMER, designee_id=DESIGNEE, owner=OWNER)
    first, second = PseudonymVault(), PseudonymVault()
    ann = first.placeholder("PERSON", "ann lee", "Ann Lee")
    bob = second.placeholder("PERSON", "bob ray", "Bob Ray")
    assert ann == bob == "<PERSON_1>"
    for services, vault, reply in ((a, first, f"Call {ann} today."), (b, second, f"Ask {bob} about it.")):
        turn = held_turn(conversation.id, reply)
        turn.reply, turn.draft, turn.vault = reply, reply, vault.to_dict()
        services.store.record_turn(turn)
    thread = a.store.thread(a.store.get(conversation.id, owner=OWNER))
    assert [m.content for m in thread if m.role == "assistant"] == ["Call Ann Lee today.", "Ask Bob Ray about it."]
    drafts = sorted(item.draft for item in review_items(a.store, CONSUMER))
    assert drafts == ["Ask <PERSON_2> about it.", "Call <PERSON_1> today."]  # the second renumbered, in its item too
