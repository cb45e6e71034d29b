"""Throwaway PostgreSQL clusters and Chroma servers for tests and benchmarks: real processes on free ports,
started and stopped by the caller. Nothing is downloaded: the binaries come from the machine (Debian's
`postgresql` package, `chroma` from the chromadb wheel)."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

PG_USER = "guide"


def servers_required() -> bool:
    """In CI a missing server is a failure, not a skip."""
    return os.environ.get("CI", "").lower() == "true" or os.environ.get("GUIDE_REQUIRE_SERVERS") == "1"


def free_port() -> int:
    """A TCP port nobody listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def postgres_bin() -> Path | None:
    """The folder holding initdb and pg_ctl: on PATH, else Debian's versioned folder (newest first)."""
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).resolve().parent
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if (Path(folder) / "pg_ctl").exists() and (Path(folder) / "initdb").exists():
            return Path(folder)
    return None


def chroma_bin() -> Path | None:
    """The `chroma` command of the running Python's environment."""
    candidate = Path(sys.executable).parent / "chroma"
    return candidate if candidate.exists() else (Path(p) if (p := shutil.which("chroma")) else None)


def _as_postgres(argv: list[str]) -> list[str]:
    """initdb refuses root: run the server's commands as the `postgres` user when we are root."""
    return ["runuser", "-u", "postgres", "--", *argv] if os.geteuid() == 0 else argv


@dataclass
class PostgresCluster:
    """A cluster in a temporary folder, trusting local connections from 127.0.0.1 only, fsync off (a test cluster)."""

    bin_dir: Path
    port: int = field(default_factory=free_port)
    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="guide-pg-")))

    @property
    def data(self) -> Path:
        return self.root / "data"

    def start(self) -> PostgresCluster:
        if os.geteuid() == 0:
            shutil.chown(self.root, user="postgres", group="postgres")
        self.root.chmod(0o700)
        initdb = [str(self.bin_dir / "initdb"), "-D", str(self.data), "-U", PG_USER, "-A", "trust", "--no-sync"]
        subprocess.run(_as_postgres([*initdb, "-E", "UTF8"]), check=True, capture_output=True)
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
        start = [str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-l", str(self.root / "log"), "-w", "-o", options]
        subprocess.run(_as_postgres([*start, "start"]), check=True, capture_output=True)
        return self

    def stop(self) -> None:
        stop = [str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"]
        subprocess.run(_as_postgres(stop), capture_output=True)
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        """A SQLAlchemy URL for the psycopg 3 driver."""
        return f"postgresql+psycopg://{PG_USER}@127.0.0.1:{self.port}/{database}"

    def create_database(self, template: str | None = None) -> str:
        """A new, empty (or copied from `template`) database; returns its URL."""
        import psycopg

        name = f"t_{uuid.uuid4().hex[:16]}"
        with psycopg.connect(f"host=127.0.0.1 port={self.port} user={PG_USER} dbname=postgres", autocommit=True) as c:
            c.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.url(name)


@dataclass
class ChromaServer:
    """`chroma run` on a free port with its own folder."""

    command: Path
    port: int = field(default_factory=free_port)
    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="guide-chroma-")))
    process: subprocess.Popen[bytes] | None = None

    def start(self, timeout_s: float = 60) -> ChromaServer:
        log = (self.root / "log").open("wb")
        argv = [str(self.command), "run", "--path", str(self.root / "data"), "--host", "127.0.0.1", "--port"]
        self.process = subprocess.Popen([*argv, str(self.port)], stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"chroma run exited: {(self.root / 'log').read_text()[-2000:]}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return self
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("chroma run did not listen in time")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.root, ignore_errors=True)


def copy_rows(source_url: str, target_url: str) -> None:
    """Every row of every table from one database to another at the same schema (PostgreSQL's counters follow)."""
    from sqlalchemy import create_engine, insert, select, text

    from guide.store.db.models import Base

    source, target = create_engine(source_url), create_engine(target_url)
    try:
        with source.connect() as read, target.begin() as write:
            for table in Base.metadata.sorted_tables:
                rows = [dict(r._mapping) for r in read.execute(select(table))]
                if rows:
                    write.execute(insert(table), rows)
                if target.dialect.name == "postgresql" and "id" in table.c and table.c.id.autoincrement is True:
                    write.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                            f"COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM {table.name}"
                        )
                    )
    finally:
        source.dispose()
        target.dispose()


def copy_collections(source: object, target: object, source_prefix: str, target_prefix: str) -> None:
    """The guide's Chroma collections, vectors included (nothing is embedded again), under a new prefix."""
    from guide.ml.vectorstore import CAREPLAN, KNOWLEDGE

    for name in (CAREPLAN, KNOWLEDGE):
        collection = source.get_collection(f"{source_prefix}_{name}")  # type: ignore[attr-defined]
        data = collection.get(include=["embeddings", "documents", "metadatas"])
        copy = target.create_collection(f"{target_prefix}_{name}", metadata={"hnsw:space": "cosine"})  # type: ignore[attr-defined]
        for start in range(0, len(data["ids"]), 500):
            end = start + 500
            copy.add(
                ids=data["ids"][start:end],
                embeddings=data["embeddings"][start:end],
                documents=data["documents"][start:end],
                metadatas=data["metadatas"][start:end],
            )
