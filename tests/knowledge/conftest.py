"""A copy of the real knowledge base that a test may break or edit."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from guide.resources import data_folder

KB = data_folder("knowledge")


@pytest.fixture
def knowledge_copy(tmp_path: Path) -> Path:
    root = tmp_path / "knowledge"
    shutil.copytree(KB, root)
    return root


def first_article(root: Path) -> Path:
    return sorted((root / "articles").glob("*/*.md"))[0]
