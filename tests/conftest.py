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


@pytest.fixture(scope="session")
def indexed_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with the demo consumers imported and the knowledge base indexed (built once)."""
    from guide.indexing import import_care_plans, index_knowledge
    from guide.services import Services

    data_dir = tmp_path_factory.mktemp("indexed")
    services = Services(make_settings(data_dir))
    import_care_plans(services, demo_bundles())
    index_knowledge(services)
    return data_dir


@pytest.fixture
def demo_services(indexed_dir: Path, tmp_path: Path) -> Iterator[object]:
    """Services over a private copy of the indexed data folder, so tests do not see each other."""
    import shutil

    from guide.services import Services

    data_dir = tmp_path / "data"
    shutil.copytree(indexed_dir, data_dir)
    yield Services(make_settings(data_dir))
