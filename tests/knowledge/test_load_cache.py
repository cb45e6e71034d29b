"""The parsed knowledge base kept between processes: read back only for the same files, never stale, never fatal."""

from __future__ import annotations

from pathlib import Path

import pytest

from guide.errors import KnowledgeError
from guide.knowledge import loader
from tests.knowledge.conftest import first_article


def test_a_second_load_reads_the_cached_copy(
    knowledge_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    first = loader.load(knowledge_copy, cache_dir=cache)
    assert len(list(cache.glob("knowledge-*.pickle"))) == 1

    def no_parsing(root: Path) -> None:
        raise AssertionError("the files were parsed again")

    monkeypatch.setattr(loader, "_collect", no_parsing)
    second = loader.load(knowledge_copy, cache_dir=cache)
    assert [a.meta.id for a in second.articles] == [a.meta.id for a in first.articles]
    assert [f.id for f in second.red_flags.red_flags] == [f.id for f in first.red_flags.red_flags]
    assert second.passages() == first.passages()
    assert second.root == knowledge_copy


def test_an_edited_file_is_read_from_the_files(knowledge_copy: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    loader.load(knowledge_copy, cache_dir=cache)
    article = first_article(knowledge_copy)
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("## What it is\n", "## What it is\nA sentence added by the test.\n", 1))
    edited = loader.load(knowledge_copy, cache_dir=cache)
    assert any("A sentence added by the test." in p.text for p in edited.passages())
    assert len(list(cache.glob("knowledge-*.pickle"))) == 1  # the old copy is gone


def test_a_broken_file_still_fails_with_a_cache(knowledge_copy: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    loader.load(knowledge_copy, cache_dir=cache)
    (knowledge_copy / "red_flags.yaml").write_text("red_flags: [\n", encoding="utf-8")
    with pytest.raises(KnowledgeError):
        loader.load(knowledge_copy, cache_dir=cache)


def test_a_damaged_copy_is_replaced(knowledge_copy: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    loader.load(knowledge_copy, cache_dir=cache)
    (copy,) = cache.glob("knowledge-*.pickle")
    copy.write_bytes(b"not a pickle")
    kb = loader.load(knowledge_copy, cache_dir=cache)
    assert kb.articles
    assert copy.read_bytes() != b"not a pickle"


def test_an_unwritable_cache_only_costs_speed(knowledge_copy: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("x")
    kb = loader.load(knowledge_copy, cache_dir=blocked / "cache")  # its parent is a file: nothing can be written
    assert kb.articles


def test_a_folder_with_no_copy_reads_the_installations_copy_and_writes_none(
    knowledge_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install, cache = tmp_path / "install", tmp_path / "cache"
    first = loader.load(knowledge_copy, cache_dir=install)

    def no_parsing(root: Path) -> None:
        raise AssertionError("the files were parsed again")

    monkeypatch.setattr(loader, "_collect", no_parsing)
    second = loader.load(knowledge_copy, cache_dir=cache, fallbacks=[install])
    assert [a.meta.id for a in second.articles] == [a.meta.id for a in first.articles]
    assert second.root == knowledge_copy
    assert not cache.exists() or not list(cache.glob("knowledge-*.pickle"))


def test_an_edited_file_is_not_read_from_the_installations_stale_copy(knowledge_copy: Path, tmp_path: Path) -> None:
    install, cache = tmp_path / "install", tmp_path / "cache"
    loader.load(knowledge_copy, cache_dir=install)
    article = first_article(knowledge_copy)
    article.write_text(
        article.read_text(encoding="utf-8").replace("## What it is\n", "## What it is\nAdded by the test.\n", 1)
    )
    edited = loader.load(knowledge_copy, cache_dir=cache, fallbacks=[install])
    assert any("Added by the test." in p.text for p in edited.passages())
