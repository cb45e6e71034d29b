"""Shared fixtures: real SQLite, real Chroma in a temporary folder, the real embedding model."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from guide.demo import demo_bundles  # noqa: E402
from guide.settings import Settings  # noqa: E402

SHARED_FHIR = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "fhir"
# CI clones the repository next to shared/, and so does a developer checkout.
for candidate in (SHARED_FHIR, Path.cwd().parent / "shared" / "fixtures" / "fhir"):
    if candidate.is_dir():
        SHARED_FHIR = candidate
        break


def synthea_bundles() -> list[Path]:
    """The public Synthea bundles in ../shared/fixtures/fhir, when that folder exists."""
    return sorted(SHARED_FHIR.glob("*.json")) if SHARED_FHIR.is_dir() else []


def requires_synthea() -> pytest.MarkDecorator:
    """Skip, with the reason, where the shared Synthea fixtures are not checked out."""
    return pytest.mark.skipif(not synthea_bundles(), reason=f"shared Synthea fixtures not found at {SHARED_FHIR}")


def make_settings(data_dir: Path, **overrides: object) -> Settings:
    """Settings for a test: its own data folder, development identity header on."""
    values: dict[str, object] = {"data_dir": data_dir, "env": "test", "dev_auth": True}
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


def copy_data_dir(source: Path, target: Path, *, skip: tuple[str, ...] = ()) -> Path:
    """A private copy of an indexed data folder for a test. The model cache under `cache/` (the ONNX export, about
    90 MB, and other files written once and only read after) is hard-linked, not copied: a copy per test filled
    CI's disk (2,196 tests in, `No space left on device`). Where links cannot be made it is copied."""
    import shutil

    def link_or_copy(src: str, dst: str) -> object:
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)
        return dst

    shutil.copytree(source, target, ignore=shutil.ignore_patterns("cache", *skip))
    if (source / "cache").is_dir():
        shutil.copytree(source / "cache", target / "cache", copy_function=link_or_copy)
    return target


@pytest.fixture(scope="session")
def indexed_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with the demo consumers imported and the knowledge base indexed (built once)."""
    from guide.careplan.importer import import_care_plans
    from guide.knowledge.indexer import index_knowledge
    from guide.services import Services

    data_dir = tmp_path_factory.mktemp("indexed")
    services = Services(make_settings(data_dir))
    import_care_plans(services, demo_bundles())
    index_knowledge(services)
    return data_dir


@pytest.fixture
def demo_services(indexed_dir: Path, tmp_path: Path) -> Iterator[object]:
    """Services over a private copy of the indexed data folder, so tests do not see each other."""
    from guide.services import Services

    yield Services(make_settings(copy_data_dir(indexed_dir, tmp_path / "data")))


# --- Real servers: a throwaway PostgreSQL cluster and a `chroma run` process per test session (issue 20) ---


@pytest.fixture(scope="session")
def postgres() -> Iterator[object]:
    """A PostgreSQL cluster in a temporary folder for this session; skipped only outside CI when not installed."""
    from devservers.servers import PostgresCluster, postgres_bin, servers_required

    bin_dir = postgres_bin()
    if bin_dir is None:
        reason = "PostgreSQL server binaries (initdb, pg_ctl) not found: apt-get install postgresql"
        if servers_required():
            pytest.fail(f"{reason} (CI or GUIDE_REQUIRE_SERVERS=1 requires them)")
        pytest.skip(reason)
    cluster = PostgresCluster(bin_dir).start()
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def postgres_migrated(postgres) -> str:  # type: ignore[no-untyped-def]
    """The name of a database at the newest schema, a template each test copies."""
    from sqlalchemy import create_engine

    from guide.store.db.session import migrate

    url = postgres.create_database()
    engine = create_engine(url)
    migrate(engine)
    engine.dispose()
    return url.rsplit("/", 1)[1]


@pytest.fixture(scope="session")
def chroma_server() -> Iterator[object]:
    """A Chroma server (`chroma run`) for this session; skipped only outside CI when chromadb has no `chroma`."""
    from devservers.servers import ChromaServer, chroma_bin, servers_required

    command = chroma_bin()
    if command is None:
        if servers_required():
            pytest.fail("the `chroma` command of chromadb is missing (CI or GUIDE_REQUIRE_SERVERS=1 requires it)")
        pytest.skip("the `chroma` command of chromadb is missing")
    server = ChromaServer(command).start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_backend(request: pytest.FixtureRequest) -> str:
    """Each relational backend in turn: embedded SQLite, then a real PostgreSQL."""
    return str(request.param)


@pytest.fixture
def store_settings(db_backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Settings:
    """Settings on an empty database at the newest schema, of the backend `db_backend` names."""
    if db_backend == "sqlite":
        return make_settings(tmp_path)
    cluster = request.getfixturevalue("postgres")
    url = cluster.create_database(template=request.getfixturevalue("postgres_migrated"))
    return make_settings(tmp_path, database_url=url)


@pytest.fixture(scope="session")
def server_indexed(indexed_dir: Path, request: pytest.FixtureRequest) -> dict[str, object]:
    """The indexed demo data copied into PostgreSQL (a template database) and the Chroma server (prefix `idx`)."""
    import chromadb

    from devservers.servers import copy_collections, copy_rows

    cluster, server = request.getfixturevalue("postgres"), request.getfixturevalue("chroma_server")
    url = cluster.create_database(template=request.getfixturevalue("postgres_migrated"))
    copy_rows(make_settings(indexed_dir).sqlalchemy_url, url)
    no_telemetry = chromadb.Settings(anonymized_telemetry=False)
    embedded = chromadb.PersistentClient(path=str(make_settings(indexed_dir).chroma_dir), settings=no_telemetry)
    remote = chromadb.HttpClient(host="127.0.0.1", port=server.port, settings=no_telemetry)
    copy_collections(embedded, remote, "guide", "idx")
    return {"template": url.rsplit("/", 1)[1], "cluster": cluster, "server": server, "client": remote}


@pytest.fixture
def server_services(server_indexed: dict[str, object], indexed_dir: Path, tmp_path: Path) -> Iterator[object]:
    """Like `demo_services`, on the scaled shape: a private PostgreSQL database and Chroma collections (copies of
    the indexed demo data on the session's servers), GUIDE_STORE_MODE=server."""
    from guide.services import Services
    from tests.store.instances import server_settings

    data_dir = copy_data_dir(indexed_dir, tmp_path / "data", skip=("chroma", "guide.db*"))
    settings = server_settings(server_indexed, data_dir)
    services = Services(settings)
    yield services
    if "db" in services.__dict__:
        services.db.engine.dispose()
