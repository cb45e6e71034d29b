"""`guide kb check` on the real knowledge base, and on broken copies of it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from guide.cli import app
from guide.kb import loader
from guide.resources import data_folder

runner = CliRunner()
KB = data_folder("knowledge")


def test_the_whole_knowledge_base_passes_check() -> None:
    result = runner.invoke(app, ["kb", "check"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("ok:")


def test_articles_split_into_citable_passages() -> None:
    kb = loader.load(KB)
    passages = kb.passages()
    assert len(passages) >= 5 * len(kb.articles)
    assert all(p.id.startswith("kb:") and p.text for p in passages)


@pytest.fixture
def broken_kb(tmp_path: Path) -> Path:
    root = tmp_path / "knowledge"
    shutil.copytree(KB, root)
    return root


def _first_article(root: Path) -> Path:
    return sorted((root / "articles").glob("*/*.md"))[0]


@pytest.mark.parametrize(
    ("breakage", "expected"),
    [
        (lambda p: p.write_text(p.read_text().replace("evidence:", "evidense:", 1)), "evidense"),
        (
            lambda p: p.write_text(p.read_text().replace("## Safety and interactions", "## Safety", 1)),
            "missing section '## Safety and interactions'",
        ),
        (lambda p: p.write_text(p.read_text().replace("url: https://", "url: http://", 1)), "https"),
        (lambda p: p.rename(p.with_name("renamed-file.md")), "does not match the file name"),
    ],
    ids=["unknown-key", "missing-section", "plain-http-source", "id-mismatch"],
)
def test_check_lists_each_problem_and_exits_non_zero(broken_kb: Path, breakage, expected: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    breakage(_first_article(broken_kb))
    monkeypatch.setenv("GUIDE_KNOWLEDGE_DIR", str(broken_kb))
    result = runner.invoke(app, ["kb", "check"])
    assert result.exit_code == 1
    assert expected in result.output


def test_an_undefined_drug_class_is_reported(broken_kb: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = broken_kb / "interactions.yaml"
    path.write_text(path.read_text().replace("drug_classes: [", "drug_classes: [no_such_class, ", 1))
    monkeypatch.setenv("GUIDE_KNOWLEDGE_DIR", str(broken_kb))
    result = runner.invoke(app, ["kb", "check"])
    assert result.exit_code == 1
    assert "'no_such_class' is not defined" in result.output


def test_search_before_indexing_says_what_to_do(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("GUIDE_DATA_DIR", str(tmp_path / "empty"))
    result = runner.invoke(app, ["kb", "search", "honey for cough", "--json"])
    assert result.exit_code == 2
    assert "guide kb index" in result.output
