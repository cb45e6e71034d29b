"""Settings for a second service instance over the server stores (PostgreSQL and a Chroma server), for tests."""

from __future__ import annotations

import uuid
from pathlib import Path

from devservers.servers import copy_collections
from tests.conftest import make_settings


def server_settings(server_indexed: dict[str, object], data_dir: Path, *, read_only: bool = False) -> object:
    """Settings for one instance on the scaled shape: a private PostgreSQL copy of the indexed demo data and, unless
    `read_only`, a private copy of its Chroma collections (a fresh prefix); `read_only` reads the shared `idx` ones."""
    cluster, server, client = server_indexed["cluster"], server_indexed["server"], server_indexed["client"]
    prefix = "idx"
    if not read_only:
        prefix = f"t{uuid.uuid4().hex[:12]}"
        copy_collections(client, client, "idx", prefix)
    url = cluster.create_database(template=server_indexed["template"])  # type: ignore[attr-defined]
    return make_settings(
        data_dir,
        database_url=url,
        store_mode="server",
        chroma_host="127.0.0.1",
        chroma_port=server.port,  # type: ignore[attr-defined]
        collection_prefix=prefix,
    )
