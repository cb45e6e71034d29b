"""Suite files: kinds, setup, and every file under evals/suites/ loads."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

from evals.runner import knowledge_folder
from evals.suites import SUITES, RedactionSuite, RetrievalSuite, Suite, load_suite, parse_suite

ARTICLE = """---
id: {id}
title: Gardening
modality: lifestyle
---
body
"""


@pytest.mark.parametrize("path", sorted(SUITES.glob("*.yaml")), ids=lambda p: p.stem)
def test_every_suite_file_loads(path: Path) -> None:
    suite = load_suite(path)
    assert suite.size > 0
    if isinstance(suite, Suite):
        suite.setup_files()  # every setup path exists


def test_the_kind_picks_the_model_and_conversation_is_the_default() -> None:
    assert isinstance(load_suite("retrieval"), RetrievalSuite)
    assert isinstance(load_suite("redaction"), RedactionSuite)
    assert isinstance(load_suite("escalation"), Suite)
    assert len(load_suite("retrieval").questions) == 292  # type: ignore[union-attr]
    assert [c.name for c in load_suite("redaction").corpora] == [  # type: ignore[union-attr]
        "main",
        "heldout",
        "seed99",
        "train",
        "dev",
        "frozen",
        "dev_handwritten2",
        "dev_handwritten3",
        "dev_handwritten4",
        "dev_handwritten5",
        "dev_handwritten6",
        "dev_handwritten7",
        "dev_handwritten8",
        "dev_handwritten9",
        "dev_handwritten10",
        "dev_handwritten11",
        "dev_handwritten12",
        "dev_handwritten13",
        "dev_handwritten14",
        "dev_handwritten15",
        "dev_handwritten16",
        "dev_handwritten17",
        "dev_handwritten18",
        "dev_handwritten19",
        "dev_handwritten20",
        "dev_handwritten21",
        "dev_handwritten22",
        "dev_handwritten23",
        "dev_handwritten24",
        "dev_handwritten25",
        "dev_handwritten26",
        "dev_handwritten27",
        "dev_handwritten28",
        "dev_handwritten29",
        "dev_handwritten30",
        "dev_handwritten31",
        "dev_handwritten32",
        "dev_handwritten33",
        "dev_handwritten34",
        "dev_handwritten35",
        "dev_handwritten36",
        "dev_handwritten37",
        "dev_handwritten38",
        "dev_handwritten39",
        "dev_handwritten40",
        "dev_handwritten41",
        "dev_handwritten42",
        "dev_handwritten43",
        "dev_handwritten44",
        "dev_handwritten45",
        "dev_handwritten46",
        "dev_handwritten47",
        "dev_handwritten48",
        "dev_handwritten49",
        "dev_handwritten50",
        "dev_handwritten51",
        "dev_handwritten52",
        "dev_handwritten53",
        "dev_handwritten54",
        "dev_handwritten55",
        "dev_handwritten56",
        "dev_handwritten57",
        "dev_handwritten58",
        "dev_handwritten59",
        "dev_handwritten60",
        "dev_handwritten61",
        "dev_handwritten62",
        "dev_handwritten63",
        "dev_handwritten64",
        "dev_handwritten65",
        "dev_handwritten66",
        "dev_handwritten67",
        "dev_handwritten68",
        "dev_handwritten69",
        "dev_handwritten70",
        "dev_handwritten71",
        "dev_handwritten72",
        "dev_handwritten73",
        "dev_handwritten74",
        "dev_handwritten75",
        "dev_handwritten76",
        "dev_handwritten77",
        "dev_handwritten78",
        "dev_handwritten79",
        "dev_handwritten80",
        "dev_handwritten81",
        "namewords1",
        "namewords2",
        "namewords3",
    ]


def test_unknown_keys_and_kinds_are_errors() -> None:
    with pytest.raises(ValidationError):
        parse_suite({"suite": "x", "cases": [], "extra": 1})
    with pytest.raises(ValidationError):
        parse_suite({"suite": "x", "kind": "vibes", "cases": []})


def _suite_file(folder: Path, setup: dict[str, list[str]] | None) -> Path:
    data = {"suite": "s", "cases": [{"id": "c", "consumer": "demo-p1", "turns": [
        {"question": "q", "expect": {"decision": "answered"}}]}]}  # fmt: skip
    if setup is not None:
        data["setup"] = setup
    path = folder / "s.yaml"
    path.write_text(yaml.safe_dump(data))
    return path


def test_setup_paths_are_relative_to_the_suite_file_and_key_the_data_folder(tmp_path: Path) -> None:
    (tmp_path / "fx" / "kb").mkdir(parents=True)
    (tmp_path / "fx" / "p6.json").write_text("{}")
    (tmp_path / "fx" / "kb" / "gardening.md").write_text(ARTICLE.format(id="gardening"))
    assert load_suite(_suite_file(tmp_path, None)).setup_key() == "default"  # type: ignore[union-attr]
    suite = load_suite(_suite_file(tmp_path, {"bundles": ["fx/p6.json"], "knowledge": ["fx/kb"]}))
    assert isinstance(suite, Suite)
    bundles, folders = suite.setup_files()
    assert bundles == [tmp_path / "fx" / "p6.json"] and folders == [tmp_path / "fx" / "kb"]
    key = suite.setup_key()
    assert key.startswith("setup-")
    (tmp_path / "fx" / "kb" / "gardening.md").write_text(ARTICLE.format(id="gardening") + "changed\n")
    assert suite.setup_key() != key  # different contents, different data folder


def test_a_missing_setup_path_is_named(tmp_path: Path) -> None:
    suite = load_suite(_suite_file(tmp_path, {"bundles": ["nope.json"]}))
    with pytest.raises(FileNotFoundError, match="nope.json"):
        suite.setup_files()  # type: ignore[union-attr]


def test_extra_articles_join_a_copy_of_the_knowledge_base_by_modality(tmp_path: Path) -> None:
    base = tmp_path / "knowledge"
    (base / "articles" / "lifestyle").mkdir(parents=True)
    (base / "red_flags.yaml").write_text("red_flags: []\n")
    (base / "articles" / "lifestyle" / "walking.md").write_text(ARTICLE.format(id="walking"))
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "gardening.md").write_text(ARTICLE.format(id="gardening"))  # flat: placed by its front matter
    target = knowledge_folder(tmp_path / "data" / "knowledge", base, [extra])
    assert sorted(p.relative_to(target).as_posix() for p in target.rglob("*.*")) == [
        "articles/lifestyle/gardening.md",
        "articles/lifestyle/walking.md",
        "red_flags.yaml",
    ]
    assert not (base / "articles" / "lifestyle" / "gardening.md").exists()  # the real knowledge/ is untouched
    (extra / "walking.md").write_text(ARTICLE.format(id="walking"))
    with pytest.raises(FileExistsError, match="walking.md"):
        knowledge_folder(tmp_path / "data" / "knowledge", base, [extra])


def test_a_redaction_suite_counts_the_messages_its_run_scores(tmp_path: Path) -> None:
    """The progress bar's total and `guide eval list` count a file's messages, not the generated corpora's default
    `n` (a 450-message file once showed as 660)."""
    labelled = tmp_path / "few.jsonl"
    labelled.write_text('{"id": "a"}\n\n{"id": "b"}\n{"id": "c"}\n', encoding="utf-8")
    suite = parse_suite(
        {
            "suite": "r",
            "kind": "redaction",
            "corpora": [
                {"name": "few", "file": str(labelled)},
                {"name": "gone", "file": str(tmp_path / "missing.jsonl")},
                {"name": "generated", "n": 5},
            ],
        }
    )
    assert isinstance(suite, RedactionSuite)
    assert [c.messages() for c in suite.corpora] == [3, 0, 5]
    assert suite.size == 8


def test_a_styled_split_counts_its_generated_and_hand_written_messages() -> None:
    from evals.redaction.generator import generate_styled

    suite = parse_suite({"suite": "r", "kind": "redaction", "corpora": [{"name": "t", "split": "train", "n": 7}]})
    assert suite.size == len(generate_styled(7, 17, "train")) > 7
