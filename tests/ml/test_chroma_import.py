"""chromadb imported lean (`guide.ml.vectorstore.import_chromadb`): the `overrides` decorator and the OTLP exporter are
only replaced while chromadb is imported, and the store it opens works. Each check runs in a fresh interpreter, as the
test process may have imported chromadb already."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

EXPORTER = "opentelemetry.exporter.otlp.proto.grpc.trace_exporter"


def _run(code: str, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_the_lean_import_leaves_overrides_and_the_exporter_as_they_were_and_the_store_works(tmp_path: Path) -> None:
    out = _run(
        f"""
import sys, overrides
before = overrides.override, overrides.overrides
from guide.ml.vectorstore import import_chromadb
chromadb = import_chromadb()
assert (overrides.override, overrides.overrides) == before, "overrides not restored"
assert {EXPORTER!r} not in sys.modules, "the exporter stand-in was left behind"
assert import_chromadb() is chromadb
client = chromadb.PersistentClient(path={str(tmp_path / "chroma")!r}, settings=chromadb.Settings(anonymized_telemetry=False))
store = client.get_or_create_collection("lean", metadata={{"hnsw:space": "cosine"}})
store.add(ids=["a", "b"], documents=["x", "y"], embeddings=[[1.0, 0.0], [0.0, 1.0]])
found = store.query(query_embeddings=[[0.9, 0.1]], n_results=1)
print(found["ids"][0][0])
""",
        env={"CHROMA_OTEL_COLLECTION_ENDPOINT": ""},
    )
    assert out.strip() == "a"


def test_with_an_otel_endpoint_configured_the_real_exporter_is_imported() -> None:
    out = _run(
        f"""
import sys
from guide.ml.vectorstore import import_chromadb, _NoSpanExporter
import_chromadb()
from chromadb.telemetry import opentelemetry as tel
print(tel.OTLPSpanExporter is not _NoSpanExporter, {EXPORTER!r} in sys.modules)
""",
        env={"CHROMA_OTEL_COLLECTION_ENDPOINT": "http://127.0.0.1:4317"},
    )
    assert out.split() == ["True", "True"]


def test_without_an_endpoint_chroma_never_gets_a_working_exporter_it_would_not_use() -> None:
    out = _run(
        """
from guide.ml.vectorstore import import_chromadb, _NoSpanExporter
import_chromadb()
from chromadb.telemetry import opentelemetry as tel
print(tel.OTLPSpanExporter is _NoSpanExporter)
""",
        env={"CHROMA_OTEL_COLLECTION_ENDPOINT": ""},
    )
    assert out.strip() == "True"
