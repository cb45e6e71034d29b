"""`guide db upgrade` is the schema path: a database made at the previous release's schema, with data in it,
upgrades to the newest and keeps every row, on SQLite and PostgreSQL. A server database is never upgraded
behind the operator's back: the service refuses to start on an old schema and says what to run."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from typer.testing import CliRunner

from devservers.servers import PostgresCluster
from guide.cli import app
from guide.services import Services
from guide.settings import Settings
from guide.store.db.session import Database, SchemaOutOfDateError, current_revision, head_revision, migrate
from tests.conftest import make_settings

PREVIOUS = "0002"
NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


@pytest.fixture
def empty_settings(db_backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Settings:
    """Settings on an empty database (no schema at all) of each backend."""
    if db_backend == "sqlite":
        return make_settings(tmp_path)
    return make_settings(tmp_path, database_url=request.getfixturevalue("postgres").create_database())


def _fill_previous_release(url: str) -> None:
    """Rows as the previous release wrote them: one consumer, a conversation with a turn, a review item, a user,
    a session, a failed sign-in, audit events and feedback."""
    rows = [
        "INSERT INTO consumers (id, plan, source, content_hash, vault, updated_at) "
        "VALUES ('c1', '{}', 'b.json', 'h1', '{}', :now)",
        "INSERT INTO users (id, username, display_name, password_hash, role, active, created_at) "
        "VALUES ('u1', 'elena', 'Elena', 'x', 'caregiver', true, :now)",
        "INSERT INTO conversations (id, consumer_id, owner, vault, created_at) "
        "VALUES ('k1', 'c1', 'designee:d1', '{}', :now)",
        "INSERT INTO messages (id, conversation_id, seq, role, content, redacted, reasons, citations, created_at) "
        "VALUES ('m1', 'k1', 0, 'user', 'question', 'question', '[]', '[]', :now)",
        "INSERT INTO messages (id, conversation_id, seq, role, content, redacted, reasons, citations, created_at) "
        "VALUES ('m2', 'k1', 1, 'assistant', 'held', 'held', '[]', '[]', :now)",
        "INSERT INTO review_items (id, conversation_id, message_id, consumer_id, urgency, status, reasons, draft, "
        "draft_citations, created_at, final_answer) "
        "VALUES ('r1', 'k1', 'm2', 'c1', 'routine', 'open', '[]', 'draft', '[]', :now, '')",
        "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) "
        "VALUES ('t1', 'u1', 'c', :now, :now)",
        "INSERT INTO login_attempts (key, at) VALUES ('user:elena', :now)",
        "INSERT INTO audit_events (at, actor_id, actor_role, action, target, detail) "
        "VALUES (:now, 'u1', 'caregiver', 'turn', 'k1', '{}')",
        "INSERT INTO audit_events (at, actor_id, actor_role, action, target, detail) "
        "VALUES (:now, 'u1', 'caregiver', 'sign_in', '', '{}')",
        "INSERT INTO feedback (message_id, user_id, rating, comment, created_at) VALUES ('m2', 'u1', 1, 'ok', :now)",
    ]
    engine = create_engine(url)
    with engine.begin() as connection:
        for statement in rows:
            connection.execute(text(statement), {"now": NOW})
    engine.dispose()


COUNTS = {
    "consumers": 1,
    "users": 1,
    "conversations": 1,
    "messages": 2,
    "review_items": 1,
    "sessions": 1,
    "login_attempts": 1,
    "audit_events": 2,
    "feedback": 1,
}


def test_guide_db_upgrade_brings_the_previous_release_to_head_and_loses_nothing(empty_settings: Settings) -> None:
    database = Database(empty_settings)
    migrate(database.engine, PREVIOUS)
    assert current_revision(database.engine) == PREVIOUS
    _fill_previous_release(empty_settings.sqlalchemy_url)

    env = {"GUIDE_DATA_DIR": str(empty_settings.data_dir), "GUIDE_DATABASE_URL": empty_settings.database_url or ""}
    result = CliRunner().invoke(app, ["db", "upgrade"], env=env)
    assert result.exit_code == 0, result.output
    assert f"{PREVIOUS} -> {head_revision()}" in result.output

    assert current_revision(database.engine) == head_revision()
    with database.engine.connect() as c:
        counts = {t: c.scalar(select(func.count()).select_from(text(t))) for t in COUNTS}
        assert counts == COUNTS
        assert c.scalar(text("SELECT last_seq FROM conversations WHERE id = 'k1'")) == 1  # the new counter is filled
        assert list(c.execute(text("SELECT id, seq FROM messages ORDER BY seq"))) == [("m1", 0), ("m2", 1)]
    services = Services(empty_settings)  # the upgraded database serves: the next turn takes the next position
    from guide.store.conversations import next_seq

    with services.db.session() as s:
        assert next_seq(s, "k1", 2) == 2
    again = CliRunner().invoke(app, ["db", "upgrade"], env=env)  # idempotent
    assert again.exit_code == 0 and f"database schema: {head_revision()}" in again.output
    database.engine.dispose()
    services.db.engine.dispose()


def test_a_postgresql_database_behind_the_release_is_refused_with_the_command_to_run(
    postgres: PostgresCluster, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, database_url=postgres.create_database())
    database = Database(settings)
    migrate(database.engine, PREVIOUS)
    with pytest.raises(SchemaOutOfDateError, match="guide db upgrade"):
        _ = Services(settings).db
    assert current_revision(database.engine) == PREVIOUS  # nothing was changed behind the operator's back
    database.engine.dispose()


def test_embedded_sqlite_is_upgraded_on_first_use_by_the_same_migrations(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    migrate(Database(settings).engine, PREVIOUS)
    assert current_revision(Services(settings).db.engine) == head_revision()


def test_the_head_revision_the_code_names_is_the_one_alembic_reads() -> None:
    from guide.store.db.session import HEAD_REVISION

    assert HEAD_REVISION == head_revision()


def test_a_database_at_the_head_is_opened_without_importing_alembic(tmp_path: Path) -> None:
    """A cold command on an up-to-date database does not pay for Alembic's import; an empty one is still migrated."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from guide.settings import Settings\n"
        "from guide.store.db.session import Database, current_revision\n"
        f"db = Database(Settings(data_dir=Path({str(tmp_path)!r})))\n"
        "db.ensure_schema()\n"
        "print(current_revision(db.engine), 'alembic' in sys.modules)\n"
    )
    first = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    again = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert first.stdout.split() == [head_revision(), "True"]  # an empty database: migrated, with Alembic
    assert again.stdout.split() == [head_revision(), "False"]  # at the head: Alembic never imported
