"""`guide kb check` on the real knowledge base, and on broken copies of it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from guide.cli import app
from guide.errors import KnowledgeError
from guide.knowledge import loader
from guide.resources import data_folder
from tests.knowledge.conftest import first_article

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
def test_check_lists_each_problem_and_exits_non_zero(
    knowledge_copy: Path, breakage, expected: str, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    breakage(first_article(knowledge_copy))
    monkeypatch.setenv("GUIDE_KNOWLEDGE_DIR", str(knowledge_copy))
    result = runner.invoke(app, ["kb", "check"])
    assert result.exit_code == 1
    assert expected in result.output


def test_an_undefined_drug_class_is_reported(knowledge_copy: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = knowledge_copy / "interactions.yaml"
    path.write_text(path.read_text().replace("drug_classes: [", "drug_classes: [no_such_class, ", 1))
    monkeypatch.setenv("GUIDE_KNOWLEDGE_DIR", str(knowledge_copy))
    result = runner.invoke(app, ["kb", "check"])
    assert result.exit_code == 1
    assert "'no_such_class' is not defined" in result.output


def test_search_before_indexing_says_what_to_do(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("GUIDE_DATA_DIR", str(tmp_path / "empty"))
    monkeypatch.setenv("GUIDE_SERVER_URL", "")  # never a server some other process runs on the default port
    result = runner.invoke(app, ["kb", "search", "honey for cough", "--json"])
    assert result.exit_code == 2
    assert "guide kb index" in result.output


def test_every_entry_says_when_and_by_whom_it_was_last_reviewed() -> None:
    kb = loader.load(KB)
    entries = [a.meta for a in kb.articles] + kb.interactions.interactions + kb.hazards.hazards
    entries += kb.red_flags.red_flags
    assert all(e.last_reviewed and len(e.reviewed_by) >= 3 for e in entries)


def test_an_entry_without_a_reviewer_is_a_problem(knowledge_copy: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = knowledge_copy / "hazards.yaml"
    text = path.read_text()
    first = text.index("  reviewed_by:")
    path.write_text(text[:first] + text[text.index("\n", first) + 1 :])
    monkeypatch.setenv("GUIDE_KNOWLEDGE_DIR", str(knowledge_copy))
    result = runner.invoke(app, ["kb", "check"])
    assert result.exit_code == 1
    assert "reviewed_by" in result.output


def test_review_warnings_name_entries_past_their_date_and_awaiting_sign_off(knowledge_copy: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = knowledge_copy / "red_flags.yaml"
    text = path.read_text()
    first = text.index("  last_reviewed:")
    end = text.index("\n", first)
    path.write_text(text[:first] + "  last_reviewed: 2020-01-15" + text[end:])
    flag_id = text[:first].rsplit("- id: ", 1)[1].split("\n", 1)[0]
    monkeypatch.setenv("GUIDE_KNOWLEDGE_DIR", str(knowledge_copy))
    result = runner.invoke(app, ["kb", "check"])
    assert result.exit_code == 0, result.output
    assert f"red_flags.yaml: {flag_id}: review due (last reviewed 2020-01-15" in result.output
    strict = runner.invoke(app, ["kb", "check", "--strict"])
    assert strict.exit_code == 1


def test_a_pending_reviewer_is_listed_as_awaiting_sign_off() -> None:
    kb = loader.load(KB)
    pending = [r.id for r in kb.red_flags.red_flags if r.reviewed_by.lower().startswith("pending")]
    warnings = loader.review_warnings(kb, date(2026, 12, 2))
    assert pending, "the issue-14 red flags await a clinician's sign-off"
    for flag_id in pending:
        assert any(w.startswith(f"red_flags.yaml: {flag_id}: awaiting clinician sign-off") for w in warnings)


def test_a_picture_without_a_cause_is_refused() -> None:
    from pydantic import ValidationError

    from guide.knowledge.models import Picture

    with pytest.raises(ValidationError, match="classes, words or names"):
        Picture(signs=["confus\\w*"])
    with pytest.raises(ValidationError, match="valid regular expression"):
        Picture(signs=["(unclosed"], words=["lithium"])
    # valid as written, broken in the apostrophe-free form triage compiles ("(?:'+s| is)" -> "(?:+s| is)")
    with pytest.raises(ValidationError, match="valid regular expression"):
        Picture(signs=["walking like she(?:'+s| is) drunk"], words=["lithium"])


def test_a_key_written_twice_in_a_knowledge_file_is_an_error_that_names_it(knowledge_copy: Path) -> None:
    path = knowledge_copy / "red_flags.yaml"
    text = path.read_text(encoding="utf-8")
    # an edit that lost the '- id:' line of the next flag merges two flags into one mapping: the first would be lost
    assert "- id: chest-pain\n  label: Chest pain or pressure\n" in text
    path.write_text(
        text.replace(
            "- id: chest-pain\n  label: Chest pain or pressure\n",
            "- id: chest-pain\n  label: Chest pain\n  label: Chest pressure\n",
            1,
        ),
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError, match="(?s)red_flags.yaml: not valid YAML.*'label' twice"):
        loader.load(knowledge_copy)


def test_a_key_written_twice_in_the_redactors_configuration_is_an_error() -> None:
    import yaml

    from redaction.lexicon import DuplicateKeyError, _Yaml11WordsLoader

    with pytest.raises(DuplicateKeyError, match="'regex' twice"):
        yaml.load("- name: a\n  regex: x\n  regex: y\n", Loader=_Yaml11WordsLoader)  # noqa: S506 - a safe loader
    assert yaml.load("- name: a\n  regex: x\n- name: b\n  regex: y\n", Loader=_Yaml11WordsLoader) == [  # noqa: S506
        {"name": "a", "regex": "x"},
        {"name": "b", "regex": "y"},
    ]
