"""Engine, sessions and migrations (Alembic, run programmatically)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from guide.errors import GuideError
from guide.settings import Settings

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"
# The newest migration of guide/store/migrations/versions, so a process whose database is already there never imports
# Alembic (0.3 s of every cold command: `guide ask`, `guide serve`, `guide careplan import`). A test checks it against
# Alembic's own reading of the migrations: a new migration must change it.
HEAD_REVISION = "0004"


def make_engine(settings: Settings) -> Engine:
    """An engine for the configured database; SQLite gets foreign keys and a busy timeout."""
    url = settings.sqlalchemy_url
    if url.startswith("sqlite"):
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(
        url, pool_pre_ping=True, pool_size=settings.db_pool_size, max_overflow=settings.db_pool_overflow
    )


class SchemaOutOfDateError(GuideError):
    """A server database not at the newest migration: `guide db upgrade` brings it there."""


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")  # with WAL: durable across crashes of the app, one fsync per checkpoint
    cursor.close()


def alembic_config(url: str) -> Config:
    """Alembic configuration pointing at the bundled migrations."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision`, the newest by default (idempotent): what `guide db upgrade` runs."""
    from alembic import command

    config = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def head_revision() -> str:
    """The newest migration bundled with this release, as Alembic reads the migrations."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    if head is None:  # pragma: no cover - the package ships its migrations
        raise GuideError("no migrations found")
    return head


def current_revision(engine: Engine) -> str | None:
    """The migration the database is at (None: an empty database): Alembic's own version table, read with plain SQL
    (one row; Alembic is imported only to migrate)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        rows = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(rows) > 1:  # several heads: never written by this project's linear migrations
        raise GuideError(f"the database records {len(rows)} schema versions; run `guide db upgrade`")
    return rows[0] if rows else None


class Database:
    """An engine and its session factory."""

    def __init__(self, settings: Settings) -> None:
        self.engine = make_engine(settings)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def embedded(self) -> bool:
        """SQLite in the data folder: one host, so the service may bring its own schema up to date."""
        return self.engine.dialect.name == "sqlite"

    def migrate(self) -> None:
        """Apply migrations."""
        migrate(self.engine)

    def migrate_to(self, revision: str) -> None:
        """Apply migrations up to `revision` (`guide db upgrade`)."""
        migrate(self.engine, revision)

    def ensure_schema(self) -> None:
        """Embedded SQLite is upgraded in place (the same code as `guide db upgrade`); a server database is only
        checked: several instances start at once, and upgrading it is a deliberate step before they start."""
        current = current_revision(self.engine)
        if current == HEAD_REVISION:  # up to date: nothing to do, and Alembic is never imported
            return
        if self.embedded:
            self.migrate()
            return
        head = head_revision()
        if current != head:
            raise SchemaOutOfDateError(
                f"the database schema is at {current or 'nothing'}, this release needs {head}: run `guide db upgrade`"
            )

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()
