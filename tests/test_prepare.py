"""`guide prepare`: the installation's cache a new data folder reads before it has its own (guide/prepare.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from guide.knowledge import loader
from guide.knowledge.indexer import index_knowledge
from guide.ml.embeddings import CachedQueries, build_embeddings
from guide.prepare import prepare
from guide.services import Services
from tests.conftest import make_settings


def test_prepare_makes_the_cache_once_and_a_new_folder_reads_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install = tmp_path / "install"
    # the caller's environment points at a database nobody may touch: prepare works on the embedded defaults
    monkeypatch.setenv("GUIDE_DATABASE_URL", "postgresql+psycopg://nobody@127.0.0.1:9/none")
    monkeypatch.setenv("GUIDE_LLM_MODE", "openai")
    settings = make_settings(tmp_path / "caller", install_cache_dir=install)
    # a process that already holds the model (loaded from another cache) still writes the export
    build_embeddings(make_settings(tmp_path / "elsewhere")).embed_query("loaded here first")
    assert prepare(settings) is True
    assert len(list(install.glob("knowledge-*.pickle"))) == 1
    assert len(list(install.glob("regex-*.pickle"))) == 1
    assert (next(install.glob("minilm-onnx-*")) / "manifest.json").exists()
    assert (next(install.glob("minilm-int8-*")) / "manifest.json").exists()  # what the redactor reads words with
    assert len(list(install.glob("known-vectors-*.npz"))) == 1  # the knowledge base's texts, embedded once
    assert json.loads((install / "prepared.json").read_text())["source_sha256"]
    assert not (tmp_path / "caller").exists(), "prepare wrote into the caller's data folder"
    assert prepare(settings) is False, "an unchanged tree was prepared again"
    # a process that already holds every pattern (compiled earlier, nothing new) still writes them all
    next(install.glob("regex-*.pickle")).unlink()
    assert prepare(settings, force=True) is True
    assert len(list(install.glob("regex-*.pickle"))) == 1

    def no_parsing(root: Path) -> None:
        raise AssertionError("the knowledge files were parsed again")

    monkeypatch.setattr(loader, "_collect", no_parsing)
    monkeypatch.delenv("GUIDE_DATABASE_URL")
    monkeypatch.delenv("GUIDE_LLM_MODE")
    fresh = Services(make_settings(tmp_path / "new-folder", install_cache_dir=install))
    assert fresh.kb.articles
    # a new folder's index into an empty store takes every vector from the installation: the model is never loaded
    result = index_knowledge(fresh)
    assert result.indexed == len(fresh.kb.articles) and result.passages > 0
    embeddings = fresh.vectors.embeddings
    assert isinstance(embeddings, CachedQueries)
    assert not embeddings.loaded, "kb index ran the model on texts the installation had embedded"
    assert fresh.knowledge_search.search("how much salt a day", 3)
    off = Services(make_settings(tmp_path / "off", install_cache_dir=install, install_cache=False))
    with pytest.raises(AssertionError, match="parsed again"):
        off.kb  # noqa: B018 - with the installation's cache switched off the files are read


def test_the_installations_cache_is_looked_in_only_when_on_and_not_the_folders_own(tmp_path: Path) -> None:
    on = make_settings(tmp_path, install_cache_dir=tmp_path / "install")
    assert on.cache_fallbacks == (tmp_path / "install",)
    assert make_settings(tmp_path, install_cache_dir=tmp_path / "install", install_cache=False).cache_fallbacks == ()
    same = make_settings(tmp_path, install_cache_dir=tmp_path / "cache")
    assert same.cache_path == tmp_path / "cache" and same.cache_fallbacks == ()
